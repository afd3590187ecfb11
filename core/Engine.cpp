#include "Engine.h"

#include "PrivateFiles.h"
#include "cache/ResponseCache.h"
#include "directory/ServerDirectory.h"
#include "directory/WatchList.h"
#include "electrum/SessionPool.h"
#include "health/HealthHistory.h"
#include "live/ChainFollower.h"
#include "monitor/BlockArrival.h"
#include "net/CertificatePinStore.h"
#include "net/TargetGuard.h"
#include "query/AnswerVerifier.h"
#include "query/QueryService.h"
#include "query/ServerResolver.h"

#include <QDir>
#include <QLoggingCategory>

namespace btcw {

Q_LOGGING_CATEGORY(lcEngine, "btcw.engine")

static QString inDataDir(const QString& dataDir, const QString& name)
{
    return dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(name);
}

static CachePolicy cachePolicyFor(const CacheSettings& cache)
{
    CachePolicy::Durations durations;
    durations.tipDependent = cache.tipDependentTtl;
    return CachePolicy(durations);
}

Engine::Engine(EngineOptions options, QObject* parent) : QObject(parent), m_options(std::move(options))
{
    if (!m_options.clock)
        m_options.clock = &systemClock();
    const Clock& clock = *m_options.clock;
    m_pins = std::make_unique<CertificatePinStore>(
        inDataDir(m_options.dataDir, QStringLiteral("certificate-pins.json")), clock);
    m_directory =
        std::make_unique<ServerDirectory>(inDataDir(m_options.dataDir, QStringLiteral("servers.json")), clock);
    m_watchList = std::make_unique<WatchList>();
    m_options.connection.torConnectTimeout = m_options.tor.connectTimeout;
    m_proxies.setRouteAllViaTor(m_options.tor.routeAllViaTor);
    m_pool = std::make_unique<SessionPool>(m_options.connection, m_pins.get(), &m_proxies, clock);
    m_tor = std::make_unique<TorService>(m_proxies, m_options.tor);
    m_proxies.setTorAccess(m_tor.get()); // every connection that needs Tor may wait for it (and start it on demand)
    m_cacheBackend = makeCache(m_options.cache, clock);
    m_cache = std::make_unique<ResponseCache>(*m_cacheBackend, cachePolicyFor(m_options.cache), clock);
    m_guard = std::make_unique<TargetGuard>();
    m_guard->setAllowPrivateTargets(m_options.allowPrivateTargets);
    m_guard->setNamesResolvedByTor([this] { return m_proxies.routeAllViaTor(); });
    m_queries = std::make_unique<QueryService>(*m_guard, *m_cache, *m_pool);
    m_queries->setAllowBroadcast(m_options.allowBroadcast);
    m_queries->setAllowUnknownMethods(m_options.allowUnknownMethods);
    // "Use a server's confirmed .onion twin when Tor is available": queries and single checks alike.
    auto twinRoute = [this](const ServerAddress& server) -> std::optional<ServerAddress> {
        if (!m_options.preferOnionTwin || server.isOnion() || !m_tor->isUsable())
            return std::nullopt;
        const std::optional<TwinLink> twin = m_directory->identities().confirmedOnionTwin(server.host());
        if (!twin)
            return std::nullopt;
        const ServerAddress address = twin->twin.address(server.transport());
        return address.isValid() ? std::optional<ServerAddress>(address) : std::nullopt;
    };
    m_queries->setTwinRoute(twinRoute);
    // verify=true: each network's verified header chain lives in <dataDir>/headers/.
    m_verifier = std::make_unique<AnswerVerifier>(*m_pool, inDataDir(m_options.dataDir, QStringLiteral("headers")));
    m_queries->setVerifier(m_verifier.get());
    m_queries->setTwinsPreferred(m_options.preferOnionTwin);
    HealthHistoryOptions history;
    history.filePath = inDataDir(m_options.dataDir, HealthHistory::defaultFileName());
    history.clock = &clock;
    m_history = std::make_unique<HealthHistory>(history);
    auto torSettling = [this] {
        const TorState tor = m_tor->state();
        return tor == TorState::Detecting || tor == TorState::Launching || tor == TorState::Bootstrapping;
    };
    m_health = std::make_unique<HealthMonitor>(
        HealthMonitorServices{*m_directory, *m_pool, m_proxies, *m_pins, *m_guard, *m_history, torSettling, twinRoute},
        m_options.health, clock);
    m_alerts = std::make_unique<WatchAlerts>(*m_watchList, m_health->registry(), clock);
    m_alerts->setOptions(m_options.alerts);
    connect(m_health.get(), &HealthMonitor::reportReady, m_alerts.get(), &WatchAlerts::observe);
    m_resolver =
        std::make_unique<ServerResolver>(*m_queries, *m_guard, m_proxies, m_directory->identities(), *m_pins, clock);
    TwinCheckOptions twinChecks;
    twinChecks.connection = m_options.connection;
    twinChecks.torBudget = std::max<std::chrono::milliseconds>(twinChecks.torBudget, m_options.tor.connectTimeout);
    twinChecks.clock = &clock;
    m_resolver->setTwinCheckOptions(twinChecks);
    // consensus=N asks the server and N-1 healthy servers of its network that agree on the tip.
    m_queries->setConsensusPeers([this](const ServerAddress& server, int wanted) -> Result<QList<ServerAddress>> {
        const HealthRegistry& registry = m_health->registry();
        const std::optional<BitcoinNetwork> network = registry.networkOf(server);
        if (!network) {
            return Error::make(ErrorKind::InvalidArgument,
                               QStringLiteral("consensus needs the network of %1: check it first "
                                              "(GET /electrum/check) or scan its network")
                                   .arg(server.toString()));
        }
        return registry.agreeingServers(*network, server).mid(0, wanted);
    });
    // A verified answer that failed its check marks the server: "served invalid data".
    connect(m_verifier.get(), &AnswerVerifier::invalidDataServed, m_health.get(),
            &HealthMonitor::recordServedInvalidData);
    connect(m_tor.get(), &TorService::stateChanged, m_health.get(), &HealthMonitor::torStateChanged);
    // A checked server's height keys its tip-dependent cache entries, as a fresh headers.subscribe answer does.
    connect(m_health.get(), &HealthMonitor::reportReady, m_cache.get(), [this](const HealthReport& report) {
        if (report.height >= 0)
            m_cache->setTipHeight(report.server, report.height);
    });
    // An announced tip moves the cache's keys (ChainFollower) and the server's latest report, so the agreed tip and
    // the lags follow the chain between checks.
    m_follower = std::make_unique<ChainFollower>(*m_pool, *m_guard, *m_cache, clock);
    connect(m_follower.get(), &ChainFollower::tipChanged, m_health.get(),
            [this](const ServerAddress& server, const LiveTip& tip) {
                m_health->registry().updateTip(server, tip.height, tip.hash);
            });
    // Watched servers (and healthy ones, when asked) keep a header subscription; their announcements are timed.
    BlockArrivalOptions arrival;
    arrival.filePath = inDataDir(m_options.dataDir, BlockArrival::defaultFileName()); // beside the health history
    m_arrival = std::make_unique<BlockArrival>(clock, arrival);
    m_watchFollower = std::make_unique<WatchFollower>(*m_watchList, *m_directory, m_health->registry(), *m_follower);
    m_watchFollower->setOptions(m_options.follow);
    connect(m_health.get(), &HealthMonitor::reportReady, m_watchFollower.get(), [this] {
        if (m_watchFollower->options().followHealthy)
            m_watchFollower->reconcileSoon(); // the healthy servers may have changed
    });
    connect(m_watchFollower.get(), &WatchFollower::unfollowed, m_arrival.get(), &BlockArrival::forgetTip);
    connect(m_arrival.get(), &BlockArrival::forkChanged, m_alerts.get(), &WatchAlerts::observeFork);
    // The file is tried again at each sample: a failure is logged when it starts or its reason changes, not per block
    // and server.
    connect(m_arrival.get(), &BlockArrival::persistenceFailed, this, [last = QString()](const Error& error) mutable {
        const QString text = error.message + u' ' + error.detail;
        if (text == std::exchange(last, text))
            return;
        qCWarning(lcEngine).noquote() << text << "(samples are kept in memory meanwhile)";
    });
    connect(m_follower.get(), &ChainFollower::tipChanged, m_arrival.get(),
            [this](const ServerAddress& server, const LiveTip& tip, bool announced) {
                // Blocks are compared within one network: the one it is followed on, else its latest check's.
                QString network = m_watchFollower->networkOf(server).value_or(QString());
                if (network.isEmpty()) {
                    if (const auto checked = m_health->registry().networkOf(server))
                        network = networkName(*checked);
                }
                m_arrival->observe(network, server, tip, announced);
            });
}

Engine::~Engine()
{
    m_watchFollower.reset(); // unfollows before the follower goes
    m_follower.reset();      // releases the sessions it holds
    m_resolver.reset();      // its twin checks use the queries, the guard and the proxies
    m_alerts.reset();
    m_health.reset(); // its checks use the pool, pins, proxies and history
    m_queries.reset();
    m_verifier.reset(); // fetches through the pool
    m_pool.reset();     // sessions go before the pins and the proxy policy they use
    m_proxies.setTorAccess(nullptr);
    m_tor.reset();
    m_cache.reset(); // the facade before the backend it refers to
    m_cacheBackend.reset();
}

QList<Error> Engine::start()
{
    QList<Error> problems;
    if (!m_options.dataDir.isEmpty() && !makePrivateDirectory(m_options.dataDir)) {
        problems.append(Error::make(ErrorKind::Internal,
                                    QStringLiteral("Cannot create the data directory %1.").arg(m_options.dataDir)));
    }
    if (auto status = m_pins->load(); !status.ok())
        problems.append(status.error());
    if (auto status = m_directory->load(); !status.ok())
        problems.append(status.error());
    if (auto loaded = m_history->load(); !loaded.ok()) {
        problems.append(loaded.error());
    } else if (!loaded->problems.isEmpty()) {
        problems.append(Error::make(ErrorKind::Internal,
                                    QStringLiteral("The health history had unreadable lines; they were skipped."),
                                    loaded->problems.join(QStringLiteral("; "))));
    }
    if (auto loaded = m_arrival->load(); !loaded.ok())
        problems.append(loaded.error());
    if (m_options.tor.enabled)
        m_tor->start();
    m_health->start();
    return problems;
}

// --- Live settings ---

namespace {

// The Tor settings the settings dialog controls; the rest (binary, data dir, timeouts, password) stay as they are.
bool sameTorChoice(const TorSettings& a, const TorSettings& b)
{
    return a.enabled == b.enabled && a.autoDetect == b.autoDetect && a.socksHost == b.socksHost &&
           a.socksPort == b.socksPort && a.allowLaunch == b.allowLaunch && a.routeAllViaTor == b.routeAllViaTor &&
           a.controlPort == b.controlPort;
}

bool sameCacheBackend(const CacheSettings& a, const CacheSettings& b)
{
    if (a.usesRedis() != b.usesRedis())
        return false;
    return !a.usesRedis() || (a.redis.host == b.redis.host && a.redis.port == b.redis.port && a.redis.db == b.redis.db);
}

bool sameScanOptions(const HealthMonitorOptions& a, const HealthMonitorOptions& b)
{
    return a.concurrency == b.concurrency && a.budget == b.budget && a.interval == b.interval &&
           a.discoverPeers == b.discoverPeers && a.checkProof == b.checkProof;
}

} // namespace

void Engine::applySettings(const EngineOptions& options)
{
    m_options.allowBroadcast = options.allowBroadcast;
    m_queries->setAllowBroadcast(options.allowBroadcast); // the one method policy, for the API and the window
    m_options.allowPrivateTargets = options.allowPrivateTargets;
    m_options.preferOnionTwin = options.preferOnionTwin; // read by the queries' twin route at every query
    m_queries->setTwinsPreferred(options.preferOnionTwin);
    m_guard->setAllowPrivateTargets(options.allowPrivateTargets);

    if (!sameTorChoice(m_options.tor, options.tor)) {
        TorSettings tor = m_tor->settings(); // keeps the control password from the secret store
        tor.enabled = options.tor.enabled;
        tor.autoDetect = options.tor.autoDetect;
        tor.socksHost = options.tor.socksHost;
        tor.socksPort = options.tor.socksPort;
        tor.allowLaunch = options.tor.allowLaunch;
        tor.routeAllViaTor = options.tor.routeAllViaTor;
        tor.controlPort = options.tor.controlPort;
        m_options.tor = tor;
        m_options.tor.controlPassword.clear(); // options() is shown by the API: no secrets in it
        m_tor->setSettings(std::move(tor));    // also switches the proxy policy's route-all
    }

    m_options.cache.tipDependentTtl = options.cache.tipDependentTtl;
    m_cache->setPolicy(cachePolicyFor(m_options.cache));
    const bool swapBackend = !sameCacheBackend(m_options.cache, options.cache);
    m_options.cache.redis = options.cache.redis; // also a port saved while the host is empty: what the API shows
    if (swapBackend) {
        CacheSettings made = m_options.cache;
        if (!made.redis.passwordFromEnvironment)
            made.redis.password = m_redisPassword;
        std::unique_ptr<Cache> backend = makeCache(made, *m_options.clock);
        m_cache->setBackend(*backend);
        // Destroyed now, not later: a lookup still waiting on it is answered (from its fallback) on the caller's
        // context, which the facade gave it; nothing else holds the old backend past this call.
        std::swap(m_cacheBackend, backend);
        backend.reset();
    }

    HealthMonitorOptions health = m_health->options(); // keeps the network of the schedule and the start-up scan
    if (!sameScanOptions(health, options.health)) {
        health.concurrency = options.health.concurrency;
        health.budget = options.health.budget;
        health.interval = options.health.interval;
        health.discoverPeers = options.health.discoverPeers;
        health.checkProof = options.health.checkProof;
        m_health->setOptions(health); // restarts the schedule
    }
    m_options.health = m_health->options();
    m_options.alerts = options.alerts;
    m_alerts->setOptions(options.alerts);
    if (m_options.follow.followHealthy != options.follow.followHealthy) {
        m_options.follow.followHealthy = options.follow.followHealthy; // the rest is the engine's own, kept
        m_watchFollower->setOptions(m_options.follow);
    }
}

void Engine::setRedisPassword(const QString& password)
{
    m_redisPassword = password;
    btcw::setRedisPassword(*m_cacheBackend, password);
}

} // namespace btcw
