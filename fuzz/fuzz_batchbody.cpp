// parseBatchRequest and batchReply on arbitrary input, as POST /electrum/batch would receive it: the first line is
// the query string, the second the Content-Type, the rest the body.
#include "BatchRequest.h"
#include "FuzzCheck.h"
#include "Problem.h"
#include "QueryRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace btcw;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype first = bytes.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : bytes.indexOf('\n', first + 1);
    const QUrlQuery query(QString::fromUtf8(first < 0 ? bytes : bytes.left(first)));
    const QByteArray contentType =
        first < 0 ? QByteArray() : bytes.mid(first + 1, second < 0 ? -1 : second - first - 1);
    const QByteArray body = second < 0 ? QByteArray() : bytes.mid(second + 1);

    const auto parsed = parseBatchRequest(query, contentType, body);
    if (!parsed) {
        // Client errors only, each with a short message (never the whole body echoed back).
        const Error& error = parsed.error();
        BTCW_FUZZ_CHECK(error.kind == ErrorKind::InvalidArgument || error.kind == ErrorKind::BadAddress);
        BTCW_FUZZ_CHECK(!error.message.isEmpty());
        BTCW_FUZZ_CHECK(error.message.size() < 600);
        const HttpReply reply = problemReply(error, {});
        BTCW_FUZZ_CHECK(reply.status == 400 || reply.status == 413 || reply.status == 415);
        if (reply.status == 415) // another media type, or JSON in another charset
            BTCW_FUZZ_CHECK(contentType.split(';').first().trimmed().toLower() != "application/json" ||
                            contentType.toLower().contains("charset"));
        if (reply.status == 413) {
            const QJsonDocument document = QJsonDocument::fromJson(body);
            BTCW_FUZZ_CHECK(body.size() > kMaxBatchBodyBytes || document.array().size() > kMaxBatchCalls);
        }
        return 0;
    }

    // Accepted: JSON declared, within the limits, 1 … 1,000 calls to the one server, each well-formed.
    const BatchRequest& request = parsed.value();
    BTCW_FUZZ_CHECK(contentType.trimmed().toLower().startsWith("application/json"));
    BTCW_FUZZ_CHECK(body.size() <= kMaxBatchBodyBytes);
    BTCW_FUZZ_CHECK(request.server.isValid());
    BTCW_FUZZ_CHECK(!request.calls.isEmpty() && request.calls.size() <= kMaxBatchCalls);
    BTCW_FUZZ_CHECK(QJsonDocument::fromJson(body).array().size() == request.calls.size());
    QList<QueryOutcome> outcomes;
    for (qsizetype i = 0; i < request.calls.size(); ++i) {
        const Query& call = request.calls[i];
        BTCW_FUZZ_CHECK(call.server == request.server);
        BTCW_FUZZ_CHECK(checkMethodName(call.method, QStringLiteral("method")).ok());
        BTCW_FUZZ_CHECK(call.timeout.count() >= 0);
        BTCW_FUZZ_CHECK(call.readCache == call.writeCache);
        BTCW_FUZZ_CHECK(!call.allowPrivateTarget);
        if (!call.bitcoinAddress.isEmpty())
            BTCW_FUZZ_CHECK(isScripthashMethod(call.method) && call.bitcoinAddress == call.bitcoinAddress.trimmed());
        // Every other call failed, the rest answered with their params: the reply must keep that order.
        if (i % 2 == 0) {
            QueryAnswer answer;
            answer.body = QJsonObject{{QStringLiteral("method"), call.method}, {QStringLiteral("result"), call.params}};
            outcomes.append(QueryOutcome{answer, CacheUse::Miss});
        } else {
            outcomes.append(QueryOutcome{Error::make(ErrorKind::NotAllowed, call.method), CacheUse::NotReached});
        }
    }
    const HttpReply reply = batchReply(outcomes);
    BTCW_FUZZ_CHECK(reply.status == 200);
    const QJsonArray items = QJsonDocument::fromJson(reply.body).array();
    BTCW_FUZZ_CHECK(items.size() == request.calls.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        if (i % 2 == 0) {
            BTCW_FUZZ_CHECK(item.value(QStringLiteral("method")).toString() == request.calls[i].method);
            BTCW_FUZZ_CHECK(item.value(QStringLiteral("result")).toArray() == request.calls[i].params);
        } else {
            BTCW_FUZZ_CHECK(item.value(QStringLiteral("error_kind")).toString() == QStringLiteral("not-allowed"));
            BTCW_FUZZ_CHECK(item.value(QStringLiteral("detail")).toString() == request.calls[i].method);
        }
    }
    return 0;
}
