// The cache as the API sees it: Electrum answers keyed by server, method, params and tip, with Cache-Status facts.
#pragma once

#include "cache/Cache.h"
#include "cache/CachePolicy.h"
#include "electrum/ServerAddress.h"

#include <QHash>
#include <QJsonValue>
#include <QMutex>
#include <QObject>
#include <functional>
#include <optional>

namespace btcw {

enum class CacheOutcome
{
    Hit,         // answered from the cache
    Miss,        // cacheable, not there: ask the server, then store()
    Stored,      // the answer was stored
    Uncacheable, // the policy never caches this method (or these params)
};

QString cacheOutcomeName(CacheOutcome outcome);

// What the API needs for its Cache-Status, Age and ETag headers.
struct CacheStatus
{
    CacheOutcome outcome = CacheOutcome::Uncacheable;
    QString backend;             // "memory" / "redis"
    bool degraded = false;       // Redis configured but the fallback answered
    std::chrono::seconds ttl{0}; // freshness left (hit) or given (stored)
    std::chrono::seconds age{0}; // since stored (hit)
    QByteArray etag;             // quoted strong tag of the body (hit, stored)
    CacheDecision decision;

    // RFC 9211 value: "btc-worker; hit; ttl=25", "btc-worker; fwd=uri-miss; stored; ttl=30", "btc-worker; fwd=bypass".
    QString headerValue() const;
};

struct CacheLookup
{
    CacheStatus status;
    std::optional<QByteArray> body; // set on a hit
};

class ResponseCache : public QObject
{
    Q_OBJECT
public:
    using LookupCallback = std::function<void(CacheLookup)>;

    // cache must outlive this object.
    explicit ResponseCache(Cache& cache, CachePolicy policy = {}, const Clock& clock = systemClock(),
                           QObject* parent = nullptr);

    // The tip height known for server; tip-dependent keys carry it, so a new tip makes old entries unreachable.
    void setTipHeight(const ServerAddress& server, int height);
    std::optional<int> tipHeight(const ServerAddress& server) const;
    // The status known for a scripthash on server (status null: no history); blockchain.scripthash.* keys carry it,
    // so a changed status makes that scripthash's older answers unreachable.
    void setScripthashStatus(const ServerAddress& server, const QString& scripthash, const QJsonValue& status);
    std::optional<QString> scripthashStatus(const ServerAddress& server, const QString& scripthash) const;

    // Answers (later, on the event loop, if context still exists) with a hit and its body, a miss or uncacheable.
    // extra.tipHeight, if unset, is the one known for server.
    void lookup(const ServerAddress& server, const QString& method, const QJsonValue& params, QObject* context,
                LookupCallback callback, CacheContext extra = {});
    // The stored answer when the backend holds it in this process (the memory cache): from any thread, at once, for the
    // API's hot path. nullopt whenever that cannot say (a miss, an uncacheable question, Redis): lookup() answers then.
    std::optional<CacheLookup> lookupAtOnce(const ServerAddress& server, const QString& method,
                                            const QJsonValue& params) const;
    // Stores a successful answer's body when the policy allows. A blockchain.headers.subscribe answer
    // ({"height": h, ...}) also updates the server's tip first.
    CacheStatus store(const ServerAddress& server, const QString& method, const QJsonValue& params,
                      const QByteArray& body, CacheContext extra = {});

    // The backend in use now; setBackend() may replace it, so hold on to this one only for the current call.
    Cache& cache() { return *m_cache; }
    const CachePolicy& policy() const { return m_policy; }

    // Live settings. A new backend answers the next lookup; a lookup already waiting on the old one still answers
    // (its caller's context gets the answer), as long as the old backend is destroyed, not leaked. `cache` must
    // outlive this object or the next setBackend().
    void setBackend(Cache& cache);
    // Applies to answers stored from now on; entries already stored keep the TTL they got.
    void setPolicy(CachePolicy policy);

signals:
    // After setBackend(): whoever shows the backend's state (the status bar) follows the new one.
    void backendChanged(btcw::Cache* backend);

private:
    // extra completed with what is known of server: its tip and, for a scripthash method, that scripthash's status.
    CacheContext withKnownState(const ServerAddress& server, const QString& method, const QJsonValue& params,
                                CacheContext extra) const;
    CacheStatus baseStatus(const CacheDecision& decision) const;

    // Written on the engine's thread only, under m_mutex; lookupAtOnce() reads them under it from other threads.
    mutable QMutex m_mutex;
    Cache* m_cache;
    CachePolicy m_policy;
    const Clock& m_clock; // timestamps of entries
    QHash<ServerAddress, int> m_tips;
    // server → scripthash → status ("" for null); bounded: a server's map is cleared past kMaxStatusesPerServer.
    QHash<ServerAddress, QHash<QString, QString>> m_statuses;
};

} // namespace btcw
