// /electrum/query, /electrum/batch, /electrum/servers, /electrum/tor: HTTP in, a core call, HTTP out (problem+json on
// failure).
#pragma once

#include "HttpReply.h"
#include "Result.h"
#include "query/QueryService.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace btcw {

class HealthRegistry;
class QueryService;
class ServerListCache;
class TorService;

// What the client said about caching: Cache-Control/Pragma no-cache skip the lookup, If-None-Match may give 304.
struct CacheRequestHeaders
{
    bool noCache = false;
    QByteArray ifNoneMatch;

    static CacheRequestHeaders from(const QByteArray& cacheControl, const QByteArray& pragma,
                                    const QByteArray& ifNoneMatch);
    // True when If-None-Match names this entity tag (weak comparison) or is "*".
    bool matches(const QByteArray& etag) const;
};

// The *AtOnce functions may run on any thread (the API's HTTP threads call them first); the others run on the engine's.
class ElectrumController
{
public:
    // Hands over how to make the reply; the caller runs it where the reply is sent (an HTTP thread), so a big answer
    // is serialised there and not on the engine's thread.
    using ReplyLater = std::function<void(std::function<HttpReply()> makeReply)>;
    using Respond = std::function<void(const HttpReply&)>;

    // The services must outlive the controller; answers for a destroyed `context` are dropped.
    ElectrumController(QueryService& queries, ServerListCache& serverLists, const TorService& tor, QObject* context);

    // GET /electrum/query, on the HTTP thread: the question, or the problem with the request.
    Result<Query> queryFor(const QUrlQuery& query, const CacheRequestHeaders& cacheHeaders = {}) const;
    // The answer when the memory cache has it for a target that passes without a lookup; nullopt: query() answers.
    std::optional<HttpReply> queryAtOnce(const Query& ask, const QString& instance,
                                         const CacheRequestHeaders& cacheHeaders = {}) const;
    // On the engine's thread: asks (cache, then server) and answers through `reply`, exactly once.
    void query(const Query& ask, const QString& instance, ReplyLater reply,
               const CacheRequestHeaders& cacheHeaders = {});
    // GET /electrum/servers, when the body for this query is built and fresh (or the query is bad); else nullopt.
    std::optional<HttpReply> serversAtOnce(const QUrlQuery& query, const QString& instance) const;
    // POST /electrum/batch (BatchRequest.h), on the HTTP thread: its calls, or the reply when the body is bad or every
    // call is a hit the memory cache answers at once. Cache-Control: no-cache skips the lookups, as for query().
    Result<QList<Query>> batchCalls(const QUrlQuery& query, const QByteArray& contentType, const QByteArray& body,
                                    const CacheRequestHeaders& cacheHeaders) const;
    std::optional<HttpReply> batchAtOnce(const QList<Query>& calls) const;
    // On the engine's thread: asks the server (one JSON-RPC batch for the misses) and answers through `reply`, whose
    // array is made on the HTTP thread.
    void batch(const QList<Query>& calls, const QString& instance, ReplyLater reply);
    // GET /electrum/servers?network=…&kind=…&status=up|down|unknown (status from the latest health checks)
    HttpReply servers(const QUrlQuery& query, const QString& instance) const;
    // GET /electrum/tor
    HttpReply tor() const;

    // Where /electrum/servers finds the latest health check of each server (none: no health fields). Set before the
    // API serves.
    void setHealthRegistry(const HealthRegistry* registry) { m_health = registry; }

private:
    QueryService& m_queries;
    ServerListCache& m_serverLists;
    const TorService& m_tor;
    QPointer<QObject> m_context;
    const HealthRegistry* m_health = nullptr;
};

} // namespace btcw
