// Asks healthy servers for their peers (server.peers.subscribe), checks each new one, adds those that pass.
#pragma once

#include "Result.h"
#include "electrum/ServerAddress.h"
#include "health/HealthCheck.h"
#include "health/HealthReport.h"
#include "net/ProxyPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <chrono>
#include <optional>

namespace btcw {

class CertificatePinStore;
class ServerDirectory;
class SessionPool;

// Who told us about a peer, when, and what it said the peer offers.
struct PeerProvenance
{
    ServerAddress announcedBy;
    QDateTime announcedAt; // UTC
    QString ip;            // the announcement's first field
    QStringList features;  // e.g. ["v1.4", "s50002", "t50001", "p10000"]
};

// One announced peer, as we would connect to it.
struct PeerCandidate
{
    QString host; // normalised: the announced host name, or the IP when the name is empty or unusable
    std::optional<quint16> tcpPort;
    std::optional<quint16> tlsPort;
    QString version; // "1.4" from "v1.4", may be empty
    QString pruning; // "10000" from "p10000", empty when not pruning
    PeerProvenance provenance;

    // TLS when a TLS port was announced, else TCP.
    ServerAddress preferredAddress() const;
    QJsonObject toJson() const;
};

struct PeerListParse
{
    QList<PeerCandidate> candidates;
    int junk = 0;         // entries that are not [ip, host, [features…]] with a usable host and port
    int duplicates = 0;   // the same address twice in one list
    QStringList problems; // "entry 3: …", at most a few dozen
};

// Parses server.peers.subscribe's result. Junk entries are skipped and counted; a result that is not a list is an
// error. At most maxEntries entries are looked at; the rest count as junk.
Result<PeerListParse> parsePeerList(const QJsonValue& result, const ServerAddress& announcedBy,
                                    const QDateTime& announcedAt, int maxEntries = 1000);

// What one queried server announced and how its peers fared.
struct AnnouncerSummary
{
    ServerAddress server;
    bool answered = false;
    Error error;       // when !answered
    int announced = 0; // entries in its list
    int junk = 0;
    int known = 0;    // already in the directory, or already seen in this run
    int skipped = 0;  // not checked: .onion without Tor
    int refused = 0;  // a non-public address while private targets are not allowed
    int verified = 0; // passed the check (here or for another announcer in this run)
    int failed = 0;
    bool suspicious = false; // many of its announcements could not be verified

    QJsonObject toJson() const;
};

struct PeerDiscoverySummary
{
    QList<AnnouncerSummary> announcers;
    int candidates = 0; // distinct new peers that were checked
    int verified = 0;
    int failed = 0;
    int added = 0; // verified peers written to the directory
    int twins = 0; // verified peers another known server announces as its own address: recorded as its twins
    bool cancelled = false;

    QList<ServerAddress> suspiciousAnnouncers() const;
    const AnnouncerSummary* announcer(const ServerAddress& server) const;
    QJsonObject toJson() const;
};

struct PeerDiscoveryOptions
{
    HealthCheckOptions check; // per candidate, with its time budget; its network decides the directory network
    int concurrency = 8;      // candidate checks in flight at once
    int maxCandidates = 200;  // new peers checked per run; later ones are left for another run
    int maxEntriesPerServer = 1000;
    std::chrono::milliseconds peersTimeout{15'000}; // server.peers.subscribe per announcer
    bool allowPrivateTargets = false; // loopback/private IPs are refused unless on (tests, private networks)
    // An announcer is suspicious when at least this many entries were judged and more than the share failed.
    int suspiciousMinAnnounced = 5;
    double suspiciousFailShare = 0.5;
};

class PeerDiscovery : public QObject
{
    Q_OBJECT
public:
    // `pool` asks the announcers; `directory` (may be null: nothing is added) receives verified peers.
    PeerDiscovery(SessionPool* pool, ServerDirectory* directory, ProxyPolicy proxies, CertificatePinStore* pins,
                  PeerDiscoveryOptions options, QObject* parent = nullptr);
    ~PeerDiscovery() override;

    // Asks each server (the caller's healthy ones) for its peers. False when already running.
    // finished() is always emitted later, from the event loop.
    bool start(const QList<ServerAddress>& healthyServers);
    void cancel();
    bool isRunning() const { return m_running; }

    // Everyone who announced this peer (any transport of its host), across runs of this object.
    QList<PeerProvenance> provenance(const QString& host) const;

signals:
    void candidateFound(const btcw::PeerCandidate& candidate);
    void candidateVerified(const btcw::PeerCandidate& candidate, const btcw::HealthReport& report);
    void candidateRejected(const btcw::PeerCandidate& candidate, const btcw::HealthReport& report);
    void finished(const btcw::PeerDiscoverySummary& summary);

private:
    struct Pending
    {
        PeerCandidate candidate;
        QList<int> announcers; // indexes into m_summary.announcers
    };

    void onPeers(int announcer, const Result<QJsonValue>& result);
    void consider(int announcer, const PeerCandidate& candidate);
    bool isKnown(const PeerCandidate& candidate) const;
    bool isRefused(const PeerCandidate& candidate) const;
    void launchChecks();
    void onCheckFinished(HealthCheck* check, const HealthReport& report);
    void finishIfDone();
    void judgeAnnouncers();

    QPointer<SessionPool> m_pool;
    QPointer<ServerDirectory> m_directory;
    ProxyPolicy m_proxies;
    QPointer<CertificatePinStore> m_pins;
    PeerDiscoveryOptions m_options;

    bool m_running = false;
    quint64 m_run = 0; // bumped per start and by cancel, so late answers of an old run are ignored
    int m_askedOutstanding = 0;
    QList<ServerAddress> m_seeds;
    PeerDiscoverySummary m_summary;
    QHash<ServerAddress, int> m_byAddress; // address being or already checked in this run → index in m_pending
    QList<Pending> m_pending;              // every candidate of this run, in order found
    QList<bool> m_outcome;                 // per m_pending: checked and passed
    QList<bool> m_done;                    // per m_pending: check finished
    qsizetype m_nextToCheck = 0;
    QHash<HealthCheck*, int> m_checks; // in flight → index in m_pending
    QHash<QString, QList<PeerProvenance>> m_provenance;
};

} // namespace btcw
