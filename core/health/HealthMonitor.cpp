#include "HealthMonitor.h"

#include "directory/ServerDirectory.h"
#include "electrum/SessionPool.h"
#include "health/HealthCheck.h"
#include "health/HealthHistory.h"
#include "health/HealthScan.h"
#include "net/TargetGuard.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcMonitor, "btcw.health")

namespace btcw {

HealthMonitor::HealthMonitor(HealthMonitorServices services, HealthMonitorOptions options, const Clock& clock,
                             QObject* parent)
    : QObject(parent), m_services(std::move(services)), m_clock(clock)
{
    m_schedule.setSingleShot(false);
    connect(&m_schedule, &QTimer::timeout, this, &HealthMonitor::onScheduled);
    setOptions(options);
}

HealthMonitor::~HealthMonitor()
{
    // The scan, discovery and single checks own sessions; close them before the engine's pool and pins go.
    m_scan.reset();
    m_discovery.reset();
    for (const QPointer<HealthCheck>& check : std::as_const(m_singleChecks)) {
        if (check) {
            check->disconnect(this);
            delete check.data();
        }
    }
}

void HealthMonitor::setOptions(const HealthMonitorOptions& options)
{
    m_options = options;
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 1024);
    m_options.maxAnnouncers = std::max(1, m_options.maxAnnouncers);
    if (!m_status.startedAt.isValid())
        m_status.network = m_options.network; // the schedule's network until a scan says otherwise
    m_schedule.stop();
    if (m_options.interval.count() > 0)
        m_schedule.start(m_options.interval);
}

HealthCheckOptions HealthMonitor::checkOptions(BitcoinNetwork network) const
{
    HealthCheckOptions check;
    check.expectedNetwork = network;
    check.budget = m_options.budget;
    check.connection = m_services.pool.settings();
    check.clock = &m_clock;
    check.checkProof = m_options.checkProof;
    return check;
}

bool HealthMonitor::startScan(BitcoinNetwork network)
{
    QList<ServerAddress> servers;
    for (const ServerEntry& entry : m_services.directory.entries(networkName(network))) {
        if (const ServerAddress address = entry.preferredAddress(); address.isValid())
            servers.append(address);
    }
    return startScan(network, servers);
}

bool HealthMonitor::startScan(BitcoinNetwork network, const QList<ServerAddress>& servers)
{
    if (isBusy())
        return false;
    HealthScanOptions scanOptions;
    scanOptions.concurrency = m_options.concurrency;
    scanOptions.check = checkOptions(network);
    m_scan = std::make_unique<HealthScan>(m_services.proxies, &m_services.pins, scanOptions);
    connect(m_scan.get(), &HealthScan::reportReady, this, [this, network](const HealthReport& report) {
        if (report.ok)
            ++m_status.up;
        m_status.done = m_scan ? m_scan->doneCount() : m_status.done;
        record(report, network);
    });
    connect(m_scan.get(), &HealthScan::progress, this, [this](int done, int total) {
        m_status.done = done;
        emit progress(done, total);
    });
    connect(m_scan.get(), &HealthScan::finished, this, &HealthMonitor::onScanFinished);

    m_status.running = true;
    m_status.network = network;
    m_status.done = 0;
    m_status.up = 0;
    m_status.cancelled = false;
    m_status.startedAt = m_clock.utcNow();
    m_status.finishedAt = {};
    m_scan->start(servers);
    m_status.total = m_scan->total();
    emit scanStarted(network, m_status.total);
    return true;
}

void HealthMonitor::cancel()
{
    if (m_scan && m_scan->isRunning())
        m_scan->cancel();
    if (m_discovery && m_discovery->isRunning())
        m_discovery->cancel();
}

void HealthMonitor::onScanFinished(bool cancelled)
{
    if (!m_status.running)
        return;
    m_status.running = false;
    m_status.cancelled = cancelled;
    m_status.finishedAt = m_clock.utcNow();
    if (m_scan) {
        m_scan->disconnect(this);
        m_scan.release()->deleteLater(); // this runs inside the scan's own signal
    }
    qCInfo(lcMonitor) << "scan of" << networkName(m_status.network) << (cancelled ? "cancelled" : "finished") << "after"
                      << m_status.done << "of" << m_status.total << "servers," << m_status.up << "up";
    emit scanFinished(cancelled);
    if (!cancelled && m_options.discoverPeers)
        (void)startDiscovery(m_status.network);
}

bool HealthMonitor::startDiscovery(BitcoinNetwork network)
{
    if (isBusy())
        return false;
    // The fastest healthy servers are asked first: they answer soonest and are the least likely to be overloaded.
    QList<HealthReport> healthy;
    for (const HealthReport& report : m_registry.reports(network)) {
        if (report.ok)
            healthy.append(report);
    }
    std::stable_sort(healthy.begin(), healthy.end(), [](const HealthReport& a, const HealthReport& b) {
        return (a.latencyMs < 0 ? LLONG_MAX : a.latencyMs) < (b.latencyMs < 0 ? LLONG_MAX : b.latencyMs);
    });
    QList<ServerAddress> announcers;
    for (const HealthReport& report : std::as_const(healthy)) {
        if (announcers.size() >= m_options.maxAnnouncers)
            break;
        announcers.append(report.server);
    }
    if (announcers.isEmpty())
        return false;

    PeerDiscoveryOptions options;
    options.check = checkOptions(network);
    options.concurrency = std::min(m_options.concurrency, 16);
    options.maxCandidates = m_options.maxCandidates;
    options.allowPrivateTargets = m_services.guard.allowsPrivateTargets();
    m_discovery = std::make_unique<PeerDiscovery>(&m_services.pool, &m_services.directory, m_services.proxies,
                                                  &m_services.pins, options);
    connect(m_discovery.get(), &PeerDiscovery::candidateFound, this, [this](const PeerCandidate& candidate) {
        QList<PeerProvenance>& list = m_provenance[candidate.host];
        if (list.size() < 50)
            list.append(candidate.provenance);
    });
    connect(m_discovery.get(), &PeerDiscovery::candidateVerified, this,
            [this, network](const PeerCandidate& candidate, const HealthReport& report) {
                record(report, network);
                emit peerVerified(candidate, report);
            });
    connect(m_discovery.get(), &PeerDiscovery::candidateRejected, this,
            [this](const PeerCandidate&, const HealthReport& report) {
                // A rejected candidate is not in the directory; its history is kept for when it is added later.
                keepInHistory(report);
            });
    connect(m_discovery.get(), &PeerDiscovery::finished, this, [this](const PeerDiscoverySummary& summary) {
        m_status.discovering = false;
        m_status.lastDiscovery = summary;
        if (m_discovery) {
            m_discovery->disconnect(this);
            m_discovery.release()->deleteLater();
        }
        qCInfo(lcMonitor) << "peer discovery:" << summary.candidates << "new candidates," << summary.verified
                          << "verified," << summary.added << "added";
        emit discoveryFinished(summary);
    });
    m_status.discovering = true;
    m_discovery->start(announcers);
    emit discoveryStarted(int(announcers.size()));
    return true;
}

QList<PeerProvenance> HealthMonitor::provenance(const QString& host) const
{
    return m_provenance.value(host);
}

void HealthMonitor::checkOne(const ServerAddress& asked, BitcoinNetwork network, std::chrono::milliseconds budget,
                             QObject* context, std::function<void(Result<HealthReport>)> answer,
                             bool allowPrivateTarget)
{
    ServerAddress server = asked;
    std::function<void(Result<HealthReport>)> done = std::move(answer);
    if (const auto twin = m_services.twinRoute ? m_services.twinRoute(asked) : std::nullopt) {
        server = *twin;
        done = [done = std::move(done), asked](Result<HealthReport> report) {
            if (report.ok()) {
                HealthReport routed = report.value();
                routed.notes.append(QStringLiteral("checked through %1's confirmed .onion twin").arg(asked.toString()));
                done(routed);
                return;
            }
            done(report);
        };
    }
    // The same guard as a query: a name is resolved once here (or left to Tor), and the check connects there.
    m_services.guard.check(
        server.host(), context,
        [this, server, network, budget, context, done = std::move(done)](Result<CheckedTarget> allowed) mutable {
            if (!allowed) {
                done(allowed.error());
                return;
            }
            HealthCheckOptions options = checkOptions(network);
            options.addresses = allowed.value().addresses;
            options.budget = budget;
            auto* check = new HealthCheck(server, m_services.proxies, &m_services.pins, options, this);
            m_singleChecks.append(check);
            QPointer<QObject> receiver(context);
            connect(check, &HealthCheck::finished, this,
                    [this, check, network, receiver, done = std::move(done)](const HealthReport& report) {
                        m_singleChecks.removeAll(check);
                        check->deleteLater();
                        record(report, network);
                        if (receiver)
                            done(report);
                    });
            check->start();
        },
        allowPrivateTarget);
}

void HealthMonitor::record(const HealthReport& report, BitcoinNetwork network)
{
    m_registry.record(report, network);
    if (report.features.contains(QLatin1String("hosts"))) {
        // What a checked server says about its other addresses: announced twins, confirmed later by a resolve.
        const AnnouncedHosts hosts =
            parseAnnouncedHosts(report.features.value(QLatin1String("hosts")), m_services.guard.allowsPrivateTargets());
        m_services.directory.identities().recordAnnounced(
            report.server.host(), hosts.hosts, QStringLiteral("server.features of %1").arg(report.server.toString()),
            report.checkedAt);
    }
    keepInHistory(report);
    emit reportReady(report, network);
}

void HealthMonitor::recordServedInvalidData(const ServerAddress& server, BitcoinNetwork network, const Error& error)
{
    HealthReport report = m_registry.latest(server).value_or(HealthReport{});
    report.server = server;
    report.checkedAt = m_clock.utcNow();
    report.ok = false;
    report.failedStage = healthstage::Proof;
    report.error = error;
    report.stages.removeIf([](const StageReport& s) { return s.name == healthstage::Proof; });
    StageReport proof;
    proof.name = healthstage::Proof;
    proof.ms = 0;
    proof.message = QStringLiteral("served invalid data: ") + (error.detail.isEmpty() ? error.message : error.detail);
    proof.code = MessageCode{QStringLiteral("check.invalid-data"), {}};
    report.stages.append(proof);
    record(report, network);
}

void HealthMonitor::keepInHistory(const HealthReport& report)
{
    // The report stands without the history file; a write failure is logged, not fatal.
    if (const Status kept = m_services.history.record(report); !kept.ok())
        qCWarning(lcMonitor) << "health history:" << kept.error().toString();
}

void HealthMonitor::start()
{
    if (!m_options.scanAtStart)
        return;
    m_waitingForTor = true;
    QTimer::singleShot(0, this, &HealthMonitor::torStateChanged);
    QTimer::singleShot(std::chrono::seconds(60), this, [this] {
        m_waitingForTor = false;
        if (!m_status.startedAt.isValid() && !isBusy())
            startScan(m_options.network);
    });
}

void HealthMonitor::torStateChanged()
{
    if (!m_waitingForTor || (m_services.torSettling && m_services.torSettling()))
        return;
    m_waitingForTor = false;
    if (!m_status.startedAt.isValid() && !isBusy())
        startScan(m_options.network);
}

void HealthMonitor::onScheduled()
{
    if (!isBusy())
        startScan(m_status.network);
}

} // namespace btcw
