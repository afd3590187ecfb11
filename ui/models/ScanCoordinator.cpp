#include "ScanCoordinator.h"

#include "health/HealthHistory.h"
#include "health/HealthMonitor.h"
#include "models/ServerTableModel.h"

#include <QLocale>
#include <QTimer>
#include <algorithm>

namespace btcw {

ScanCoordinator::ScanCoordinator(HealthMonitor& health, const HealthHistory& history, const ServerDirectory& directory,
                                 ServerTableModel* model, QObject* parent)
    : QObject(parent), m_health(health), m_history(history), m_directory(directory), m_model(model)
{
    m_agreementTimer = new QTimer(this);
    m_agreementTimer->setSingleShot(true);
    m_agreementTimer->setInterval(250); // a scan of thousands reports many times a second: redraw lags in batches
    connect(m_agreementTimer, &QTimer::timeout, this, &ScanCoordinator::applyTipAgreements);

    connect(&health, &HealthMonitor::reportReady, this, &ScanCoordinator::onHealthReport);
    connect(&health, &HealthMonitor::scanStarted, this, [this](BitcoinNetwork, int total) { onScanStarted(total); });
    connect(&health, &HealthMonitor::progress, this, &ScanCoordinator::onProgress);
    connect(&health, &HealthMonitor::scanFinished, this, &ScanCoordinator::onScanFinished);
    connect(&health, &HealthMonitor::discoveryStarted, this, &ScanCoordinator::onDiscoveryStarted);
    connect(&health, &HealthMonitor::discoveryFinished, this, &ScanCoordinator::onDiscoveryFinished);
}

QList<ScanCoordinator::NetworkScan> ScanCoordinator::splitByNetwork(const QList<ServerEntry>& entries,
                                                                    QStringList* skipped)
{
    QList<NetworkScan> scans;
    for (const ServerEntry& entry : entries) {
        const auto network = networkFromName(entry.network);
        const ServerAddress address = entry.preferredAddress();
        if (!network || !address.isValid()) {
            if (skipped && !skipped->contains(entry.network))
                skipped->append(entry.network);
            continue;
        }
        auto it = std::find_if(scans.begin(), scans.end(), [&](const NetworkScan& s) { return s.network == *network; });
        if (it == scans.end()) {
            scans.append(NetworkScan{*network, {}, {}});
            it = scans.end() - 1;
        }
        it->servers.append(address);
        it->keys.append(entry.key());
    }
    return scans;
}

QString ScanCoordinator::discoverySummaryText(const PeerDiscoverySummary& summary, const QStringList& suspicious)
{
    QString text = summary.cancelled ? tr("Peer discovery cancelled: ") : tr("Peer discovery: ");
    if (summary.candidates == 0 && summary.added == 0 && summary.failed == 0)
        text += tr("no new servers were announced");
    else
        text += tr("%1 new servers checked, %2 added, %3 failed")
                    .arg(summary.candidates)
                    .arg(summary.added)
                    .arg(summary.failed);
    if (!suspicious.isEmpty())
        text += tr("; %1 announced many unverifiable peers").arg(suspicious.join(QStringLiteral(", ")));
    return text;
}

void ScanCoordinator::checkEntries(const QList<ServerEntry>& entries)
{
    QStringList skipped;
    const QList<NetworkScan> scans = splitByNetwork(entries, &skipped);
    if (!skipped.isEmpty())
        emit statusMessage(tr("Not checked: servers of networks without a known genesis (%1).")
                               .arg(skipped.join(QStringLiteral(", "))),
                           8000);
    if (scans.isEmpty())
        return;
    if (m_pending.isEmpty() && m_checkingKeys.isEmpty()) {
        m_scansInBatch = 0;
        m_scanInBatch = 0;
    }
    m_scansInBatch += int(scans.size());
    m_pending.append(scans);
    if (m_health.isBusy())
        emit statusMessage(tr("The check starts when the running one has finished."), 5000);
    else
        continueWithNextScan();
}

void ScanCoordinator::startNextScan()
{
    HealthMonitor& health = m_health;
    if (m_pending.isEmpty() || health.isBusy())
        return;
    const NetworkScan scan = m_pending.takeFirst();
    ++m_scanInBatch;
    m_checkingKeys = scan.keys;
    for (const QString& key : scan.keys)
        m_model->setState(key, ServerState::Checking);
    if (!health.startScan(scan.network, scan.servers)) {
        m_checkingKeys.clear();
        m_pending.clear();
        restoreKnownStatuses();
        emit statusMessage(tr("The check could not start."), 5000);
    }
}

void ScanCoordinator::continueWithNextScan()
{
    startNextScan();
    if (!m_health.isBusy())
        emit finished();
}

void ScanCoordinator::onScanStarted(int total)
{
    onProgress(0, total);
}

void ScanCoordinator::onProgress(int done, int total)
{
    QString text = tr("Checked %1 of %2").arg(done).arg(total);
    if (m_scansInBatch > 1)
        text += QLatin1Char(' ') + tr("(%1, network %2 of %3)")
                                       .arg(networkName(m_health.status().network))
                                       .arg(m_scanInBatch)
                                       .arg(m_scansInBatch);
    emit progressChanged(done, qMax(1, total), text);
}

void ScanCoordinator::onHealthReport(const HealthReport& report, BitcoinNetwork network)
{
    const std::optional<double> uptime = m_history.uptimePercent(report.server, std::chrono::hours(24));
    m_model->setReport(networkName(network), report, uptime);
    m_agreementDirty.insert(int(network));
    if (!m_agreementTimer->isActive())
        m_agreementTimer->start();
}

void ScanCoordinator::applyTipAgreements()
{
    m_agreementTimer->stop();
    const QSet<int> dirty = std::exchange(m_agreementDirty, {});
    for (const int network : dirty) {
        const auto n = BitcoinNetwork(network);
        m_model->setTipAgreement(networkName(n), m_health.registry().tipAgreement(n));
    }
}

void ScanCoordinator::restoreKnownStatuses()
{
    const HealthMonitor& health = m_health;
    const HealthHistory& history = m_history;
    QHash<QString, ServerStatus> known;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->status(row).state != ServerState::Unknown)
            continue;
        const ServerEntry& entry = m_model->entry(row);
        for (const ServerAddress& address : {entry.preferredAddress(), entry.address(Transport::Tcp)}) {
            if (!address.isValid())
                continue;
            std::optional<ServerStatus> status;
            if (const auto report = health.registry().latest(address))
                status = ServerStatus::fromReport(*report);
            else if (const auto record = history.lastReport(address))
                status = ServerStatus::fromRecord(*record);
            if (status) {
                status->uptime24h = history.uptimePercent(address, std::chrono::hours(24));
                known.insert(entry.key(), *status);
                break;
            }
        }
    }
    m_model->setStatuses(known);
    // Lags and forks of this run's reports.
    for (const QString& name : m_directory.networks()) {
        if (const auto network = networkFromName(name))
            m_agreementDirty.insert(int(*network));
    }
    applyTipAgreements();
}

void ScanCoordinator::onScanFinished(bool cancelled)
{
    applyTipAgreements();
    // Rows the scan did not reach (cancelled) go back to what is known about them.
    for (const QString& key : std::as_const(m_checkingKeys)) {
        const int row = m_model->rowForKey(key);
        if (row < 0 || m_model->status(row).state != ServerState::Checking)
            continue;
        const ServerStatus& status = m_model->status(row);
        m_model->setState(key, !status.lastChecked.isValid() ? ServerState::Unknown
                               : status.reason.isEmpty()     ? ServerState::Up
                                                             : ServerState::Down);
    }
    m_checkingKeys.clear();
    const ScanStatus& done = m_health.status();
    if (cancelled) {
        m_pending.clear();
        emit progressHidden();
        emit statusMessage(tr("Check cancelled after %1 of %2 servers.").arg(done.done).arg(done.total), 8000);
        emit finished();
        return;
    }
    emit statusMessage(
        tr("Checked %n server(s) of %1: %2 up.", nullptr, done.total).arg(networkName(done.network)).arg(done.up),
        8000);
    m_discoveryNetwork = done.network; // the monitor may go on to discover this network's peers
    // After the monitor's own reaction to the finished scan (it may start a discovery): the next scan waits for it.
    QTimer::singleShot(0, this, [this] {
        if (m_health.isBusy())
            return;
        emit progressHidden();
        continueWithNextScan();
    });
}

void ScanCoordinator::discoverPeers(std::optional<BitcoinNetwork> network)
{
    HealthMonitor& health = m_health;
    const BitcoinNetwork target = network.value_or(health.status().network);
    if (health.isBusy()) {
        emit statusMessage(tr("Peer discovery starts when the running check has finished."), 5000);
        return;
    }
    m_discoveryNetwork = target;
    if (!health.startDiscovery(target))
        emit statusMessage(
            tr("No healthy %1 server to ask for peers: check the servers first.").arg(networkName(target)), 8000);
}

void ScanCoordinator::onDiscoveryStarted(int announcers)
{
    // Busy: the number of peers is not known until the announcers answer.
    emit progressChanged(0, 0, tr("Discovering peers"));
    emit statusMessage(tr("Peer discovery: asking %n server(s) for their peers…", nullptr, announcers), 0);
}

void ScanCoordinator::onDiscoveryFinished(const PeerDiscoverySummary& summary)
{
    emit progressHidden();
    const QString network = networkName(m_discoveryNetwork);
    QStringList suspicious;
    for (const AnnouncerSummary& announcer : summary.announcers) {
        const QString key = network + QLatin1Char('/') + announcer.server.host();
        m_model->setSuspicious(key, announcer.suspicious);
        if (announcer.suspicious)
            suspicious.append(announcer.server.toString());
    }
    emit statusMessage(discoverySummaryText(summary, suspicious), 15'000);
    if (summary.cancelled) {
        m_pending.clear();
        emit finished();
    } else {
        continueWithNextScan();
    }
}

void ScanCoordinator::cancel()
{
    m_pending.clear();
    m_health.cancel();
}

void ScanCoordinator::onLiveTip(const ServerAddress& server, const LiveTip& tip)
{
    if (m_model->setLiveTip(server, tip.height, tip.hash, tip.seenAt) == 0)
        return; // not a server of the table
    const std::optional<BitcoinNetwork> network = m_health.registry().networkOf(server);
    if (!network) {
        emit statusMessage(tr("New block %1 on %2.").arg(QLocale().toString(tip.height), server.host()), 10'000);
        return;
    }
    // The registry took the new tip already (the engine connects first): the agreement can be drawn at once.
    m_agreementDirty.insert(int(*network));
    applyTipAgreements();
    const int agreed = m_health.registry().tipAgreement(*network).bestHeight;
    emit statusMessage(tr("New block %1 on %2 (agreed height %3).")
                           .arg(QLocale().toString(tip.height), server.host(), QLocale().toString(agreed)),
                       10'000);
}

} // namespace btcw
