// /electrum/query, /electrum/batch, /electrum/servers, /electrum/tor: HTTP in, a core call, HTTP out (problem+json on
// failure).
#pragma once

#include "HttpReply.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>

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

class ElectrumController
{
public:
    using Respond = std::function<void(const HttpReply&)>;

    // The services must outlive the controller; answers for a destroyed `context` are dropped.
    ElectrumController(QueryService& queries, ServerListCache& serverLists, const TorService& tor, QObject* context);

    // GET /electrum/query: answers later (or at once on a bad request) through `respond`, exactly once.
    void query(const QUrlQuery& query, const QString& instance, Respond respond,
               const CacheRequestHeaders& cacheHeaders = {});
    // POST /electrum/batch (BatchRequest.h): answers later (or at once on a bad request) through `respond`, exactly
    // once. Cache-Control: no-cache skips the lookups, as for query().
    void batch(const QUrlQuery& query, const QByteArray& contentType, const QByteArray& body, const QString& instance,
               Respond respond, const CacheRequestHeaders& cacheHeaders = {});
    // GET /electrum/servers?network=…&kind=…&status=up|down|unknown (status from the latest health checks)
    HttpReply servers(const QUrlQuery& query, const QString& instance) const;
    // GET /electrum/tor
    HttpReply tor() const;

    // Where /electrum/servers finds the latest health check of each server (none: no health fields).
    void setHealthRegistry(const HealthRegistry* registry) { m_health = registry; }

private:
    QueryService& m_queries;
    ServerListCache& m_serverLists;
    const TorService& m_tor;
    QPointer<QObject> m_context;
    const HealthRegistry* m_health = nullptr;
};

} // namespace btcw
