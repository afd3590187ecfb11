// /electrum/*: parse the query, call the engine, serialize the answer (problem+json on failure).
#pragma once

#include "Clock.h"
#include "HttpReply.h"
#include "Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <memory>

namespace btcw {

class Engine;
class HealthRegistry;
class ServerListCache;
struct QueryRequest;

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
    // Why a query went to the server rather than being answered from the cache (the Cache-Status "fwd" value).
    enum class Forward
    {
        Miss,        // looked up, not there
        Request,     // the client asked to skip the lookup (cache=false, Cache-Control: no-cache)
        Uncacheable, // the policy never caches this method or these params
    };

    // context: callbacks from the engine are dropped once it is destroyed. clock: ages the /electrum/servers bodies.
    ElectrumController(Engine& engine, QObject* context, const Clock& clock = systemClock());
    ~ElectrumController();

    // GET /electrum/query: answers later (or at once on a bad request) through `respond`, exactly once.
    void query(const QUrlQuery& query, const QString& instance, Respond respond,
               const CacheRequestHeaders& cacheHeaders = {});
    // GET /electrum/servers?network=…&kind=…&status=up|down|unknown (status from the latest health checks)
    HttpReply servers(const QUrlQuery& query, const QString& instance) const;
    // GET /electrum/tor
    HttpReply tor() const;

    // Where /electrum/servers finds the latest health check of each server (none: no health fields).
    void setHealthRegistry(const HealthRegistry* registry) { m_health = registry; }

    // Policy checks that need the engine's options (e.g. broadcasting is off unless enabled).
    Status checkAllowed(const QueryRequest& request) const;

private:
    struct Pending;
    void forward(const std::shared_ptr<const Pending>& pending, Forward why, Respond respond);

    Engine& m_engine;
    QPointer<QObject> m_context;
    bool m_targetCheckPassed = false;       // true only while query() re-enters for a target the guard let through
    QList<QHostAddress> m_checkedAddresses; // what the guard checked, while query() re-enters; the pool connects there
    const HealthRegistry* m_health = nullptr;
    std::unique_ptr<ServerListCache> m_serverLists; // /electrum/servers bodies until the directory or health change
};

} // namespace btcw
