// The engine's view of server health: the latest staged check of every server, directory scans with bounded
// concurrency (on demand and on a schedule), history, tip heights for the cache, and peer discovery after a scan.
// The window and the local API both drive and read this one object.
#pragma once

#include "Clock.h"
#include "Result.h"
#include "electrum/ServerAddress.h"
#include "health/ChainParams.h"
#include "health/HealthRegistry.h"
#include "health/HealthReport.h"
#include "health/PeerDiscovery.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace btcw {

class CertificatePinStore;
class HealthHistory;
class HealthScan;
class ProxyPolicy;
class ServerDirectory;
class SessionPool;
class TargetGuard;

// What the monitor works with; the engine owns them all and they outlive the monitor.
struct HealthMonitorServices
{
    ServerDirectory& directory; // what a scan checks, where verified peers go
    SessionPool& pool;          // connection settings; peer discovery asks announcers through it
    ProxyPolicy& proxies;       // Tor for .onion (or everything)
    CertificatePinStore& pins;  // TLS trust on first use
    TargetGuard& guard;         // single checks of caller-chosen servers pass the SSRF guard
    HealthHistory& history;     // every report is kept
    // True while Tor is still being found or launched: the start-up scan waits for it (see torStateChanged()).
    std::function<bool()> torSettling;
    // Where a single check of a server goes instead (its preferred confirmed .onion twin); null or nullopt: itself.
    std::function<std::optional<ServerAddress>(const ServerAddress&)> twinRoute;
};

struct HealthMonitorOptions
{
    int concurrency = 32;                             // checks in flight at once during a scan
    std::chrono::milliseconds budget{20'000};         // per server, connect to last reply
    std::chrono::milliseconds interval{0};            // re-scan the last scanned network this often; 0 = never
    bool discoverPeers = true;                        // after a scan, ask healthy servers for their peers
    int maxAnnouncers = 8;                            // healthy servers asked per discovery (the fastest first)
    int maxCandidates = 100;                          // new peers checked per discovery
    BitcoinNetwork network = BitcoinNetwork::Mainnet; // what scheduled scans check until another network is scanned
    bool scanAtStart = false;                         // start(): scan `network` once Tor has settled (or after 60 s)
    bool checkProof = false; // each check adds the "proof" stage (HealthCheckOptions::checkProof): health/checkProof
};

// What the monitor is doing, or did last.
struct ScanStatus
{
    bool running = false;
    BitcoinNetwork network = BitcoinNetwork::Mainnet;
    int total = 0;
    int done = 0;
    int up = 0; // of the done ones
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running or before the first scan
    bool cancelled = false;
    bool discovering = false;
    std::optional<PeerDiscoverySummary> lastDiscovery;
};

class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    // clock: stamps the scans and the checks.
    explicit HealthMonitor(HealthMonitorServices services, HealthMonitorOptions options = {},
                           const Clock& clock = systemClock(), QObject* parent = nullptr);
    ~HealthMonitor() override;

    // Takes effect from the next scan; restarts the schedule.
    void setOptions(const HealthMonitorOptions& options);
    // Called by Engine::start(): runs the start-up scan when the options ask for one. Tor is given time to be found
    // (or launched) first, so .onion servers are not all reported down in the first scan.
    void start();
    // Tor's state changed: a start-up scan that waits for Tor to settle looks again.
    void torStateChanged();
    const HealthMonitorOptions& options() const { return m_options; }

    // Checks every server the directory lists for `network` (each on its preferred transport). False, and nothing
    // happens, while a scan or a discovery is running.
    bool startScan(BitcoinNetwork network);
    // Checks these servers only (e.g. what the window's table shows).
    bool startScan(BitcoinNetwork network, const QList<ServerAddress>& servers);
    // Stops the scan and any discovery at once: scanFinished(true) / discoveryFinished are emitted before returning.
    void cancel();
    bool isBusy() const { return m_status.running || m_status.discovering; }
    const ScanStatus& status() const { return m_status; }

    // Asks the healthy servers of the latest reports for `network` for their peers; verified peers join the
    // directory with their provenance. False while busy or when no server of that network is healthy.
    bool startDiscovery(BitcoinNetwork network);
    // Everyone who announced this host, across discoveries of this run of the program.
    QList<PeerProvenance> provenance(const QString& host) const;

    // One staged check of one server now, for the API's /electrum/check and the window alike: the target passes the
    // SSRF guard first (allowPrivateTarget: the user typed it into the window), then the report is kept like a
    // scan's and handed to `done`. With a twin route, the twin is checked (the report is the twin's, with a note). A
    // refused target is an error and no report. Answers on `context`, exactly once.
    void checkOne(const ServerAddress& server, BitcoinNetwork network, std::chrono::milliseconds budget,
                  QObject* context, std::function<void(Result<HealthReport>)> done, bool allowPrivateTarget = false);

    // A report from elsewhere: kept like a scan's.
    void record(const HealthReport& report, BitcoinNetwork network);
    // The server answered with data that failed verification: its latest report turns into the verdict
    // "proof: served invalid data: <the exact mismatch>", kept like a scan's.
    void recordServedInvalidData(const ServerAddress& server, BitcoinNetwork network, const Error& error);

    const HealthRegistry& registry() const { return m_registry; }
    HealthRegistry& registry() { return m_registry; }

signals:
    void scanStarted(btcw::BitcoinNetwork network, int total);
    void reportReady(const btcw::HealthReport& report, btcw::BitcoinNetwork network);
    void progress(int done, int total);
    void scanFinished(bool cancelled);
    void discoveryStarted(int announcers);
    void peerVerified(const btcw::PeerCandidate& candidate, const btcw::HealthReport& report);
    void discoveryFinished(const btcw::PeerDiscoverySummary& summary);

private:
    HealthCheckOptions checkOptions(BitcoinNetwork network) const;
    void onScanFinished(bool cancelled);
    void onScheduled();
    void keepInHistory(const HealthReport& report);

    HealthMonitorServices m_services;
    const Clock& m_clock;
    HealthMonitorOptions m_options;
    QList<QPointer<HealthCheck>> m_singleChecks; // checkOne's, still running
    bool m_waitingForTor = false;
    HealthRegistry m_registry;
    ScanStatus m_status;
    std::unique_ptr<HealthScan> m_scan;
    std::unique_ptr<PeerDiscovery> m_discovery;
    QHash<QString, QList<PeerProvenance>> m_provenance;
    QTimer m_schedule;
};

} // namespace btcw
