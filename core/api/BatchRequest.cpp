#include "BatchRequest.h"

#include "Problem.h"
#include "QueryRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

QString at(qsizetype index)
{
    return u"body[%1]"_s.arg(index);
}

// "application/json" with, at most, parameters; a charset must be UTF-8 (RFC 8259 allows nothing else).
Status checkContentType(QByteArrayView contentType)
{
    const QList<QByteArray> parts = contentType.toByteArray().split(';');
    const QByteArray mediaType = parts.first().trimmed().toLower();
    if (mediaType != "application/json") {
        const QString given = mediaType.isEmpty() ? u"none"_s : quotedValue(QString::fromLatin1(mediaType));
        return httpProblemError(HttpProblem::UnsupportedMediaType,
                                u"the body must be sent as 'Content-Type: application/json', not %1"_s.arg(given));
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts[i].trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 || parameter.left(equals).trimmed().toLower() != "charset")
            continue;
        QByteArray charset = parameter.mid(equals + 1).trimmed().toLower();
        if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
            charset = charset.mid(1, charset.size() - 2);
        if (charset != "utf-8" && charset != "utf8") {
            return httpProblemError(HttpProblem::UnsupportedMediaType,
                                    u"the body must be application/json in UTF-8, not charset %1"_s.arg(
                                        quotedValue(QString::fromLatin1(charset))));
        }
    }
    return success();
}

Result<Query> parseCall(const QJsonValue& value, qsizetype index, const ServerTarget& target)
{
    if (!value.isObject()) {
        return invalidParameter(at(index), u"not an object; each call is {\"method\": …, \"params\": […]} or "
                                           u"{\"method\": …, \"address\": …}"_s);
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"method" && it.key() != u"params" && it.key() != u"address") {
            return invalidParameter(
                at(index), u"unknown key %1; a call has method, params and address"_s.arg(quotedValue(it.key())));
        }
    }
    Query call;
    call.server = target.server;
    call.timeout = target.timeout;
    call.readCache = target.useCache;
    call.writeCache = target.useCache;

    const QJsonValue method = object.value(u"method"_s);
    if (!method.isString())
        return invalidParameter(at(index) + u".method"_s, method.isUndefined() ? u"missing"_s : u"must be a string"_s);
    auto name = checkMethodName(method.toString(), at(index) + u".method"_s);
    if (!name)
        return name.error();
    call.method = name.value();

    const QJsonValue params = object.value(u"params"_s);
    if (!params.isUndefined() && !params.isArray()) {
        return invalidParameter(at(index) + u".params"_s, u"must be a JSON array such as [] or [\"<txid>\", true]"_s);
    }
    call.params = params.toArray();

    const QJsonValue address = object.value(u"address"_s);
    if (!address.isUndefined()) {
        if (!address.isString() || address.toString().trimmed().isEmpty())
            return invalidParameter(at(index) + u".address"_s, u"must be a Bitcoin address as a string"_s);
        if (!isScripthashMethod(call.method)) {
            return invalidParameter(at(index) + u".address"_s,
                                    u"only used with blockchain.scripthash.* methods, not with "_s + call.method);
        }
        call.bitcoinAddress = address.toString().trimmed();
    }
    return call;
}

} // namespace

QStringList batchParameterNames()
{
    return serverTargetParameterNames();
}

Result<BatchRequest> parseBatchRequest(const QUrlQuery& query, QByteArrayView contentType, const QByteArray& body)
{
    if (Status type = checkContentType(contentType); !type)
        return type.error();
    if (body.size() > kMaxBatchBodyBytes) {
        return httpProblemError(
            HttpProblem::ContentTooLarge,
            u"the body is %1 bytes; a batch takes at most %2 bytes (1 MiB)"_s.arg(body.size()).arg(kMaxBatchBodyBytes));
    }
    if (Status names = checkParameterNames(query, batchParameterNames()); !names)
        return names.error();
    auto target = parseServerTarget(query);
    if (!target)
        return target.error();

    if (body.trimmed().isEmpty())
        return invalidParameter(u"body"_s,
                                u"empty; send a JSON array of calls like [{\"method\": \"server.features\"}]"_s);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return invalidParameter(u"body"_s,
                                u"not valid JSON (%1 at offset %2)"_s.arg(error.errorString()).arg(error.offset));
    if (!document.isArray())
        return invalidParameter(u"body"_s, u"must be a JSON array of calls like [{\"method\": \"server.features\"}]"_s);
    const QJsonArray calls = document.array();
    if (calls.isEmpty())
        return invalidParameter(u"body"_s, u"the array is empty; send at least one call"_s);
    if (calls.size() > kMaxBatchCalls) {
        return httpProblemError(
            HttpProblem::ContentTooLarge,
            u"the body has %1 calls; a batch takes at most %2"_s.arg(calls.size()).arg(kMaxBatchCalls));
    }

    BatchRequest request;
    request.server = target->server;
    request.calls.reserve(calls.size());
    for (qsizetype i = 0; i < calls.size(); ++i) {
        auto call = parseCall(calls.at(i), i, target.value());
        if (!call)
            return call.error();
        request.calls.append(std::move(call).value());
    }
    return request;
}

HttpReply batchReply(const QList<QueryOutcome>& outcomes)
{
    QJsonArray items;
    for (const QueryOutcome& outcome : outcomes) {
        if (!outcome.answer) {
            items.append(problemJson(outcome.answer.error(), {}));
            continue;
        }
        // A hit taken at once (QueryService::cachedAtOnce) carries only the stored form.
        const QJsonObject body = outcome.answer->body.isEmpty() && !outcome.answer->stored.isEmpty()
                                     ? QJsonDocument::fromJson(outcome.answer->stored).object()
                                     : outcome.answer->body;
        QJsonObject item{
            {u"method"_s, body.value(u"method"_s)},
            {u"result"_s, body.value(u"result"_s)},
            {u"cached"_s, outcome.cacheUse == CacheUse::Hit},
        };
        if (outcome.cacheUse == CacheUse::Hit)
            item.insert(u"age"_s, qint64(outcome.answer->cache.age.count()));
        if (const QJsonValue scripthash = body.value(u"scripthash"_s); scripthash.isString())
            item.insert(u"scripthash"_s, scripthash);
        items.append(item);
    }
    return noStore(HttpReply::json(QJsonDocument(items)));
}

} // namespace btcw
