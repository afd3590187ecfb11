// The core objects one process shares: the window and the local API use the same pool, pins and directory.
#pragma once

#include "Clock.h"
#include "Result.h"
#include "cache/CacheSettings.h"
#include "health/HealthMonitor.h"
#include "monitor/WatchAlerts.h"
#include "monitor/WatchFollower.h"
#include "net/ConnectionSettings.h"
#include "net/ProxyPolicy.h"
#include "tor/TorService.h"

#include <QObject>
#include <QString>
#include <memory>

namespace btcw {

class AnswerVerifier;
class BlockArrival;
class Cache;
class CertificatePinStore;
class ChainFollower;
class HealthHistory;
class QueryService;
class ResponseCache;
class ServerDirectory;
class ServerResolver;
class SessionPool;
class TargetGuard;
class WatchList;

struct EngineOptions
{
    QString dataDir; // where pins and user servers live; empty = nothing persisted
    ConnectionSettings connection;
    bool allowBroadcast = false; // broadcasts and server.add_peer change the server or the network: off unless enabled
    bool allowUnknownMethods = false; // methods outside protocol 1.4 … 1.6 (query/MethodPolicy): off unless enabled
    TorSettings tor;                  // how Tor is found or launched; tor.enabled = false keeps Tor off
    CacheSettings cache;              // embedded memory cache unless Redis is configured
    // Loopback, private, link-local and multicast targets are refused (SSRF guard) unless this is on.
    bool allowPrivateTargets = false;
    // Queries to a server with a confirmed .onion twin go to the twin while Tor is usable (see ServerIdentities).
    bool preferOnionTwin = false;
    HealthMonitorOptions health; // scans: concurrency, per-server budget, schedule, peer discovery
    AlertOptions alerts;         // which changes of watched servers are told, and how far behind counts
    WatchFollowOptions follow;   // live header subscriptions: watched servers, and every healthy one when asked
    // The one clock of the engine and everything it creates (tests pass a ManualClock); must outlive the engine.
    const Clock* clock = &systemClock();
};

class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(EngineOptions options, QObject* parent = nullptr);
    ~Engine() override;

    // Loads pins and the directory and starts looking for Tor; returns the problems found (the engine still works).
    QList<Error> start();

    const EngineOptions& options() const { return m_options; }
    const Clock& clock() const { return *m_options.clock; }
    SessionPool& pool() { return *m_pool; }
    CertificatePinStore& pins() { return *m_pins; }
    ServerDirectory& directory() { return *m_directory; }
    ProxyPolicy& proxies() { return m_proxies; }
    TorService& tor() { return *m_tor; }
    ResponseCache& cache() { return *m_cache; }
    TargetGuard& targetGuard() { return *m_guard; }
    // The query use case (guard, cache, pool, tip): what the window's console and the API's /electrum/query call.
    QueryService& queries() { return *m_queries; }
    AnswerVerifier& verifier() { return *m_verifier; }
    // Every staged check's outcome, kept in <dataDir>/health-history.jsonl (memory only without a data dir).
    HealthHistory& history() { return *m_history; }
    // The latest check of every server, scans and peer discovery; what the window and the API show.
    HealthMonitor& health() { return *m_health; }
    // A server's addresses and twins: what the API's /electrum/resolve and the window's details pane call.
    ServerResolver& resolver() { return *m_resolver; }
    // Pushes from servers: announced tips (the cache and the health registry follow them) and the subscriptions of
    // the API's event streams.
    ChainFollower& follower() { return *m_follower; }
    // The servers the operator watches (starred): loaded from and saved to the settings by the app.
    WatchList& watchList() { return *m_watchList; }
    // Events of watched servers (down, up, behind, another certificate), from every check: the tray and --on-event.
    WatchAlerts& alerts() { return *m_alerts; }
    // Live header subscriptions to the watched servers (and the healthy ones when follow.followHealthy is on).
    WatchFollower& watchFollower() { return *m_watchFollower; }
    // When each server announced each new block, behind the first one: lags, percentiles, fork marks.
    BlockArrival& arrival() { return *m_arrival; }
    const BlockArrival& arrival() const { return *m_arrival; }

    // --- Live settings: what the settings dialog changes, applied at once (see core/settings/SettingsTable) ---
    // Applies the parts of `options` that can change while running: Tor (restarted only when its settings changed),
    // preferOnionTwin, the cache's TTL and backend (a changed Redis host or port swaps it; no host: the memory cache),
    // the scan options, the alert options, follow.followHealthy, allowBroadcast and allowPrivateTargets. dataDir,
    // connection and the start-up scan keep their values.
    void applySettings(const EngineOptions& options);
    // The Redis password from the secret store: applied now, and kept for a Redis backend made later.
    void setRedisPassword(const QString& password);
    // --- end of live settings ---

private:
    EngineOptions m_options;
    ProxyPolicy m_proxies;
    std::unique_ptr<CertificatePinStore> m_pins;
    std::unique_ptr<ServerDirectory> m_directory;
    std::unique_ptr<SessionPool> m_pool;
    std::unique_ptr<TorService> m_tor;
    std::unique_ptr<Cache> m_cacheBackend;
    std::unique_ptr<ResponseCache> m_cache;
    std::unique_ptr<TargetGuard> m_guard;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<AnswerVerifier> m_verifier;
    std::unique_ptr<HealthHistory> m_history;
    std::unique_ptr<HealthMonitor> m_health;
    std::unique_ptr<ServerResolver> m_resolver;
    std::unique_ptr<ChainFollower> m_follower;
    std::unique_ptr<WatchList> m_watchList;
    std::unique_ptr<WatchAlerts> m_alerts;
    std::unique_ptr<BlockArrival> m_arrival;
    std::unique_ptr<WatchFollower> m_watchFollower;
    QString m_redisPassword; // from the secret store, for the next Redis backend
};

} // namespace btcw
