// Drives the engine's health monitor for the server table: one queued scan per network, rows marked checking and put
// back, tip agreement redrawn in batches, remembered statuses, discovery summaries. No widgets: the window shows the
// progress and messages it signals.
#pragma once

#include "directory/ServerDirectory.h"
#include "health/ChainParams.h"
#include "health/HealthReport.h"
#include "health/PeerDiscovery.h"
#include "live/LiveEvent.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <optional>

class QTimer;

namespace btcw {

class HealthHistory;
class HealthMonitor;
class ServerTableModel;

class ScanCoordinator : public QObject
{
    Q_OBJECT
public:
    // One scan of one network: the servers to check and the table rows shown "checking" while it runs.
    struct NetworkScan
    {
        BitcoinNetwork network = BitcoinNetwork::Mainnet;
        QList<ServerAddress> servers;
        QStringList keys;
    };

    // Follows every scan and discovery of the engine's monitor (the API's and the schedule's too) into `model`.
    // The three services must outlive the coordinator.
    ScanCoordinator(HealthMonitor& health, const HealthHistory& history, const ServerDirectory& directory,
                    ServerTableModel* model, QObject* parent = nullptr);

    // Queues one scan per network of these entries and starts the first when the monitor is free.
    void checkEntries(const QList<ServerEntry>& entries);
    // Asks the healthy servers of `network` (by default the last scanned one) for their peers.
    void discoverPeers(std::optional<BitcoinNetwork> network = std::nullopt);
    // Stops the running scan or discovery and drops the scans still waiting.
    void cancel();
    // Rows without a status yet take the monitor's latest report of this run, else the last check in the history.
    void restoreKnownStatuses();
    // A subscribed server announced a new tip (ChainFollower::tipChanged): its rows take the height, the tip agreement
    // of its network is redrawn, and the status bar says so with the agreed height.
    void onLiveTip(const btcw::ServerAddress& server, const btcw::LiveTip& tip);

    // Scans queued and not started yet.
    int pendingScans() const { return int(m_pending.size()); }

    // The entries split into one scan per network, in the order the networks first appear (a scan checks the genesis
    // of one network). Entries of networks without a known genesis, or without a usable address, go to `skipped`
    // (network names, once each).
    static QList<NetworkScan> splitByNetwork(const QList<ServerEntry>& entries, QStringList* skipped = nullptr);
    // The status-bar line after a discovery; `suspicious` names the announcers of many unverifiable peers.
    static QString discoverySummaryText(const PeerDiscoverySummary& summary, const QStringList& suspicious);

signals:
    // A scan or discovery runs: `maximum` 0 means busy without a count. `text` is the progress bar's format.
    void progressChanged(int value, int maximum, const QString& text);
    // Nothing runs for the moment (the next queued scan may start right after).
    void progressHidden();
    // A line for the status bar; `timeoutMs` 0 keeps it until the next.
    void statusMessage(const QString& text, int timeoutMs);
    // The monitor is idle and no scan waits: every scan of the last checkEntries() (and any discovery) is over.
    void finished();

private:
    void startNextScan();
    void onScanStarted(int total);
    void onProgress(int done, int total);
    void onHealthReport(const HealthReport& report, BitcoinNetwork network);
    void onScanFinished(bool cancelled);
    void onDiscoveryStarted(int announcers);
    void onDiscoveryFinished(const PeerDiscoverySummary& summary);
    void continueWithNextScan();
    void applyTipAgreements();

    HealthMonitor& m_health;
    const HealthHistory& m_history;
    const ServerDirectory& m_directory;
    ServerTableModel* m_model;
    QList<NetworkScan> m_pending; // asked for, not started yet (the monitor was busy, or another network is first)
    QStringList m_checkingKeys;   // rows of the running scan started here
    int m_scansInBatch = 0;       // scans of the current "check all", for "network 2 of 3"
    int m_scanInBatch = 0;
    QSet<int> m_agreementDirty; // int(BitcoinNetwork) of networks whose tip agreement changed since it was last shown
    QTimer* m_agreementTimer = nullptr;
    BitcoinNetwork m_discoveryNetwork = BitcoinNetwork::Mainnet; // of the running or last peer discovery
};

} // namespace btcw
