#include "Engine.h"

#include "PrivateFiles.h"
#include "cache/ResponseCache.h"
#include "directory/ServerDirectory.h"
#include "electrum/SessionPool.h"
#include "health/HealthHistory.h"
#include "net/CertificatePinStore.h"
#include "net/TargetGuard.h"
#include "query/QueryService.h"

#include <QDir>

namespace btcw {

static QString inDataDir(const QString& dataDir, const QString& name)
{
    return dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(name);
}

Engine::Engine(EngineOptions options, QObject* parent) : QObject(parent), m_options(std::move(options))
{
    m_pins =
        std::make_unique<CertificatePinStore>(inDataDir(m_options.dataDir, QStringLiteral("certificate-pins.json")));
    m_directory = std::make_unique<ServerDirectory>(inDataDir(m_options.dataDir, QStringLiteral("servers.json")));
    m_options.connection.torConnectTimeout = m_options.tor.connectTimeout;
    m_proxies.setRouteAllViaTor(m_options.tor.routeAllViaTor);
    m_pool = std::make_unique<SessionPool>(m_options.connection, m_pins.get(), &m_proxies);
    m_tor = std::make_unique<TorService>(m_proxies, m_options.tor);
    m_cacheBackend = makeCache(m_options.cache);
    m_cache = std::make_unique<ResponseCache>(*m_cacheBackend);
    m_guard = std::make_unique<TargetGuard>();
    m_guard->setAllowPrivateTargets(m_options.allowPrivateTargets);
    m_guard->setNamesResolvedByTor([this] { return m_proxies.routeAllViaTor(); });
    m_queries = std::make_unique<QueryService>(*m_guard, *m_cache, *m_pool);
    m_queries->setAllowBroadcast(m_options.allowBroadcast);
    m_queries->setAllowUnknownMethods(m_options.allowUnknownMethods);
    HealthHistoryOptions history;
    history.filePath = inDataDir(m_options.dataDir, HealthHistory::defaultFileName());
    m_history = std::make_unique<HealthHistory>(history);
    auto torSettling = [this] {
        const TorState tor = m_tor->state();
        return tor == TorState::Detecting || tor == TorState::Launching || tor == TorState::Bootstrapping;
    };
    m_health = std::make_unique<HealthMonitor>(
        HealthMonitorServices{*m_directory, *m_pool, m_proxies, *m_pins, *m_guard, *m_history, torSettling},
        m_options.health);
    connect(m_tor.get(), &TorService::stateChanged, m_health.get(), &HealthMonitor::torStateChanged);
    // A checked server's height keys its tip-dependent cache entries, as a fresh headers.subscribe answer does.
    connect(m_health.get(), &HealthMonitor::reportReady, m_cache.get(), [this](const HealthReport& report) {
        if (report.height >= 0)
            m_cache->setTipHeight(report.server, report.height);
    });
}

Engine::~Engine()
{
    m_health.reset(); // its checks use the pool, pins, proxies and history
    m_queries.reset();
    m_pool.reset(); // sessions go before the pins and the proxy policy they use
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
    if (m_options.tor.enabled)
        m_tor->start();
    m_health->start();
    return problems;
}

} // namespace btcw
