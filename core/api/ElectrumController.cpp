#include "ElectrumController.h"

#include "BatchRequest.h"
#include "Problem.h"
#include "QueryRequest.h"
#include "ServerListing.h"
#include "query/QueryService.h"
#include "tor/TorService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

QByteArray maxAge(std::chrono::seconds ttl)
{
    return "max-age=" + QByteArray::number(qint64(std::max<qint64>(0, ttl.count())));
}

// The body sent differs from the stored one by "cached"/"age"/timings, so the tag is weak (same content, not bytes).
QByteArray weakTag(const QByteArray& strongTag)
{
    return strongTag.isEmpty() ? QByteArray() : "W/" + strongTag;
}

QByteArray opaqueTag(QByteArray tag)
{
    tag = tag.trimmed();
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    return tag;
}

// RFC 9211: "fwd=request" when the client asked to skip the lookup, "fwd=bypass" when the policy never caches.
QByteArray forwardStatus(CacheUse why, const CacheStatus& stored)
{
    QByteArray value = "btc-worker";
    switch (why) {
    case CacheUse::NotReached: // no Cache-Status is sent for these
    case CacheUse::Hit:        // not forwarded; hits carry the cache's own status
    case CacheUse::Miss:
        value += "; fwd=uri-miss";
        break;
    case CacheUse::Skipped:
        value += "; fwd=request";
        break;
    case CacheUse::Uncacheable:
        value += "; fwd=bypass";
        break;
    }
    if (stored.outcome == CacheOutcome::Stored)
        value += "; stored; ttl=" + QByteArray::number(qint64(stored.ttl.count()));
    if (stored.degraded)
        value += "; detail=degraded";
    return value;
}

// The stored body (a compact JSON object) with "cached", "age" and "cache_backend" put in front: no parsing and no
// writing of the whole answer again, so a hit costs the same for 100 bytes and for megabytes.
QByteArray hitBody(const QByteArray& stored, const CacheStatus& status)
{
    QByteArray body = "{\"cached\":true,\"age\":" + QByteArray::number(qint64(status.age.count())) +
                      ",\"cache_backend\":" +
                      QJsonDocument(QJsonArray{status.backend}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    const QByteArray rest = stored.trimmed().mid(1); // after the '{'
    body += rest.trimmed().startsWith('}') ? QByteArray() : QByteArray(",");
    return body + rest;
}

HttpReply hitReply(const QByteArray& stored, const CacheStatus& status, const CacheRequestHeaders& headers)
{
    const QByteArray etag = weakTag(status.etag);
    HttpReply reply;
    if (!etag.isEmpty() && headers.matches(etag)) {
        reply.status = HttpStatus::NotModified;
    } else {
        reply.contentType = QByteArrayLiteral("application/json");
        reply.body = hitBody(stored, status);
    }
    reply.withHeader(QByteArrayLiteral("Cache-Status"), status.headerValue().toLatin1());
    reply.withHeader(QByteArrayLiteral("Age"), QByteArray::number(qint64(status.age.count())));
    if (!etag.isEmpty())
        reply.withHeader(QByteArrayLiteral("ETag"), etag);
    reply.withHeader(QByteArrayLiteral("Cache-Control"), maxAge(status.ttl));
    return reply;
}

// An answer the server gave just now: stored form plus this call's timings, tagged like the stored form.
HttpReply freshReply(const QueryAnswer& answer, CacheUse why, const CacheRequestHeaders& headers)
{
    QJsonObject body = answer.body;
    body.insert(u"cached"_s, false);
    body.insert(u"elapsed_ms"_s, answer.elapsedMs);
    body.insert(u"fresh_connection"_s, answer.freshConnection);
    const QByteArray etag = weakTag(answer.etag);
    HttpReply reply;
    if (headers.matches(etag)) {
        reply.status = HttpStatus::NotModified;
    } else {
        reply = HttpReply::json(QJsonDocument(body));
    }
    reply.withHeader(QByteArrayLiteral("Cache-Status"), forwardStatus(why, answer.cache));
    reply.withHeader(QByteArrayLiteral("ETag"), etag);
    if (answer.cache.outcome == CacheOutcome::Stored)
        reply.withHeader(QByteArrayLiteral("Cache-Control"), maxAge(answer.cache.ttl));
    else
        reply = noStore(std::move(reply));
    return reply;
}

HttpReply queryReply(const QueryOutcome& outcome, const CacheRequestHeaders& headers, const QString& instance)
{
    if (!outcome.answer) {
        // Errors are never stored; the Cache-Status says why the server was asked (for failures it was).
        HttpReply reply = problemNoStore(outcome.answer.error(), instance);
        if (outcome.cacheUse != CacheUse::NotReached)
            reply.withHeader(QByteArrayLiteral("Cache-Status"), forwardStatus(outcome.cacheUse, CacheStatus{}));
        return reply;
    }
    if (outcome.cacheUse == CacheUse::Hit) {
        const QueryAnswer& hit = outcome.answer.value();
        return hitReply(hit.stored.isEmpty() ? QJsonDocument(hit.body).toJson(QJsonDocument::Compact) : hit.stored,
                        hit.cache, headers);
    }
    return freshReply(outcome.answer.value(), outcome.cacheUse, headers);
}

} // namespace

CacheRequestHeaders CacheRequestHeaders::from(const QByteArray& cacheControl, const QByteArray& pragma,
                                              const QByteArray& ifNoneMatch)
{
    CacheRequestHeaders out;
    for (const QByteArray& directive : cacheControl.split(',')) {
        const QByteArray d = directive.trimmed().toLower();
        if (d == "no-cache" || d == "no-store" || d == "max-age=0")
            out.noCache = true;
    }
    if (cacheControl.trimmed().isEmpty() && pragma.trimmed().toLower() == "no-cache")
        out.noCache = true;
    out.ifNoneMatch = ifNoneMatch.trimmed();
    return out;
}

bool CacheRequestHeaders::matches(const QByteArray& etag) const
{
    if (ifNoneMatch.isEmpty() || etag.isEmpty())
        return false;
    if (ifNoneMatch == "*")
        return true;
    const QByteArray wanted = opaqueTag(etag);
    for (const QByteArray& tag : ifNoneMatch.split(',')) {
        if (opaqueTag(tag) == wanted)
            return true;
    }
    return false;
}

ElectrumController::ElectrumController(QueryService& queries, ServerListCache& serverLists, const TorService& tor,
                                       QObject* context)
    : m_queries(queries), m_serverLists(serverLists), m_tor(tor), m_context(context)
{
}

namespace {

Query questionFor(const QueryRequest& request, const CacheRequestHeaders& cacheHeaders)
{
    Query ask;
    ask.server = request.server;
    ask.method = request.method;
    ask.params = request.params;
    ask.bitcoinAddress = request.bitcoinAddress;
    ask.timeout = request.timeout;
    ask.readCache = request.useCache && !cacheHeaders.noCache;
    // cache=false keeps this answer out of the cache altogether; no-cache only revalidates, so its answer is stored.
    ask.writeCache = request.useCache;
    ask.verify = request.verify;
    ask.consensus = request.consensus;
    return ask;
}

// The answer once the API is being destroyed: the engine's side has nothing to ask with any more.
std::function<HttpReply()> shuttingDown(const QString& instance)
{
    return [problem = problemNoStore(Error::make(ErrorKind::Internal, u"the API is shutting down"_s), instance)] {
        return problem;
    };
}

} // namespace

Result<Query> ElectrumController::queryFor(const QUrlQuery& query, const CacheRequestHeaders& cacheHeaders) const
{
    auto parsed = parseQueryRequest(query);
    if (!parsed)
        return parsed.error();
    return questionFor(parsed.value(), cacheHeaders);
}

std::optional<HttpReply> ElectrumController::queryAtOnce(const Query& ask, const QString& instance,
                                                         const CacheRequestHeaders& cacheHeaders) const
{
    const std::optional<QueryOutcome> hit = m_queries.cachedAtOnce(ask);
    if (!hit)
        return std::nullopt;
    return queryReply(*hit, cacheHeaders, instance);
}

void ElectrumController::query(const Query& ask, const QString& instance, ReplyLater reply,
                               const CacheRequestHeaders& cacheHeaders)
{
    if (!m_context) {
        reply(shuttingDown(instance));
        return;
    }
    m_queries.run(ask, m_context, [instance, cacheHeaders, reply = std::move(reply)](const QueryOutcome& outcome) {
        reply([outcome, cacheHeaders, instance] { return queryReply(outcome, cacheHeaders, instance); });
    });
}

std::optional<HttpReply> ElectrumController::serversAtOnce(const QUrlQuery& query, const QString& instance) const
{
    const Result<ServerListQuery> parsed = parseServerListQuery(query);
    if (!parsed)
        return problemNoStore(parsed.error(), instance);
    std::optional<QByteArray> body = m_serverLists.freshBody(m_health, parsed.value());
    if (!body)
        return std::nullopt;
    HttpReply reply;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = std::move(*body);
    return noStore(reply);
}

Result<QList<Query>> ElectrumController::batchCalls(const QUrlQuery& query, const QByteArray& contentType,
                                                    const QByteArray& body,
                                                    const CacheRequestHeaders& cacheHeaders) const
{
    auto parsed = parseBatchRequest(query, contentType, body);
    if (!parsed)
        return parsed.error();
    QList<Query> calls = std::move(parsed).value().calls;
    if (cacheHeaders.noCache) {
        for (Query& call : calls)
            call.readCache = false; // revalidate: the answers are still stored
    }
    return calls;
}

std::optional<HttpReply> ElectrumController::batchAtOnce(const QList<Query>& calls) const
{
    QList<QueryOutcome> outcomes;
    outcomes.reserve(calls.size());
    for (const Query& call : calls) {
        std::optional<QueryOutcome> hit = m_queries.cachedAtOnce(call);
        if (!hit)
            return std::nullopt;
        outcomes.append(std::move(*hit));
    }
    return batchReply(outcomes);
}

void ElectrumController::batch(const QList<Query>& calls, const QString& instance, ReplyLater reply)
{
    if (!m_context) {
        reply(shuttingDown(instance));
        return;
    }
    m_queries.runBatch(calls, m_context, [reply = std::move(reply)](const QList<QueryOutcome>& outcomes) {
        reply([outcomes] { return batchReply(outcomes); });
    });
}

HttpReply ElectrumController::servers(const QUrlQuery& query, const QString& instance) const
{
    const Result<ServerListQuery> parsed = parseServerListQuery(query);
    if (!parsed)
        return problemNoStore(parsed.error(), instance);
    HttpReply reply;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = m_serverLists.body(m_health, parsed.value());
    return noStore(reply);
}

HttpReply ElectrumController::tor() const
{
    return noStore(HttpReply::json(QJsonDocument(m_tor.statusJson())));
}

} // namespace btcw
