// The project's Electrum server for tests: newline-delimited JSON-RPC over TCP and TLS on loopback, serving a
// deterministic regtest chain, with injectable faults, delays and errors. Runs on the calling thread's event loop.
#pragma once

#include "TestCertificate.h"
#include "TestChain.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <chrono>
#include <map>
#include <memory>

class QSslSocket;
class QTcpServer;

namespace btcw::test {

class TestElectrumServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        None,
        Silent,        // accepts connections, never answers
        SlowDrip,      // answers one byte at a time, a millisecond apart
        Garbage,       // answers every request with a line that is not JSON
        EndlessLine,   // sends bytes without a newline until the client closes (at most 64 MB)
        OversizedLine, // answers with a valid but 9 MB line (over Electrum's 8 MB cap)
        CloseMidReply, // writes half a reply, then closes
    };
    Q_ENUM(Fault)

    struct Options
    {
        bool replyOutOfOrder = false; // hold replies ~25 ms and send them in reverse order
        int blocks = 20;              // blocks on top of genesis: tipHeight() starts here
        // Network whose genesis hash server.features reports: regtest (the chain's own), mainnet, testnet,
        // testnet4, signet. Headers are always the regtest chain's.
        QString network = QStringLiteral("regtest");
        QString protocolMin = QStringLiteral("1.4");
        QString protocolMax = QStringLiteral("1.6");
        // ElectrumX serves requests sent before server.version at the lowest protocol; true instead answers them
        // with an error and closes, as the 1.6 spec allows.
        bool requireVersionFirst = false;
        QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
        quint16 tcpPort = 0; // 0: a free port
        quint16 tlsPort = 0;
        bool enableTcp = true;
        bool enableTls = true;
        qint64 maxLineBytes = 4 * 1024 * 1024; // longer request lines close the connection
        // Further entries of server.features' `hosts` besides the listen address ({"host": {"tcp_port": n, …}}),
        // e.g. the .onion twin a PrivateTorNetwork publishes for this server; a null value drops that host.
        QJsonObject announcedHosts;
        // Answer a JSON-RPC batch (an array) with one error object without id, as servers that take no batches do;
        // ElectrumX and Fulcrum (the default) answer an array with an array.
        bool refuseBatches = false;
        // Answer blockchain.transaction.get with verbose=true (bitcoind's decoding, as ElectrumX and Fulcrum with a
        // transaction index do); false refuses it as servers without one do.
        bool verboseTransactions = true;
    };

    static QString serverSoftware() { return QStringLiteral("TestElectrum 1.0"); }
    // Genesis hash of a network name as above; empty for an unknown name.
    static QString genesisHashFor(const QString& network);

    explicit TestElectrumServer(QObject* parent = nullptr);
    explicit TestElectrumServer(Options options, QObject* parent = nullptr);
    // A server listening on `ip` (e.g. its own 127/8 address, so a directory keyed by host tells servers apart),
    // started; null if it cannot listen there.
    static std::unique_ptr<TestElectrumServer> startedOn(const QString& ip, Options options);
    static std::unique_ptr<TestElectrumServer> startedOn(const QString& ip) { return startedOn(ip, Options()); }
    ~TestElectrumServer() override;

    // Listens on the TCP and TLS ports; false (see errorString()) if either cannot listen.
    bool start();
    void stop();
    QString errorString() const { return m_error; }
    quint16 tcpPort() const;
    quint16 tlsPort() const;

    QSslCertificate certificate() const { return m_certificate.certificate; }
    QString certificateSha256() const { return m_certificate.sha256(); }
    // A new key and certificate; TLS connections accepted from now on present it.
    void regenerateCertificate();

    const TestChain& chain() const { return m_chain; }
    int tipHeight() const { return m_chain.tipHeight(); }
    QString headerHex(int height) const { return m_chain.headerHex(height); }
    QString blockHashHex(int height) const { return hashToHex(m_chain.blockHash(height)); }
    // Mines one block and notifies header and scripthash subscribers (minerTag: see TestChain::mineBlock).
    void mineBlock(int minerTag = 0);
    // Puts a parseable raw transaction into the mempool (as a broadcast would); false if it does not parse.
    bool addToMempool(const QByteArray& raw) { return m_chain.addToMempool(raw, nullptr); }
    // Writes `count` notifications of `method` to every connected client at once (a flooding server).
    void sendNotifications(int count, const QString& method = QStringLiteral("blockchain.headers.subscribe"));
    QList<FundedScript> fundedScripts() const { return TestChain::scripts(); }

    // --- Live chain (TestElectrumLive.cpp): what a test needs to drive subscriptions ---
    // Listens again on the ports it had (after stop(), or to drop every client and come back); false if it cannot.
    bool restart();
    // Gives `scripthash` this status (a 64-hex-digit string; empty: no history, sent as null) instead of the chain's,
    // and notifies its subscribers with [scripthash, status] as ElectrumX does. clearStatus() goes back to the chain.
    void setStatus(const QString& scripthash, const QString& status);
    void clearStatus(const QString& scripthash);
    // The status a subscriber of `scripthash` is told now (the override, else the chain's; empty: null).
    QString statusOf(const QString& scripthash) const;
    // Connected clients subscribed to headers, and to `scripthash` (any scripthash when empty).
    int headerSubscribers() const;
    int scripthashSubscribers(const QString& scripthash = {}) const;

    // What clients did.
    QJsonArray lastClientVersionParams() const { return m_lastVersionParams; }
    int requestsReceived(const QString& method) const { return m_requestCounts.value(method); }
    int totalRequestsReceived() const;
    int connectionsAccepted() const { return m_accepted; }
    // Batch arrays received (answered or refused), and lines that carried a single request.
    int batchesReceived() const { return m_batches; }
    int singleRequestLinesReceived() const { return m_singleLines; }
    int openConnections() const { return int(m_clients.size()); }
    QStringList broadcastTxids() const { return m_broadcasts; }
    // Every request in arrival order with the number of replies the server had written by then: requests a client
    // sent together (pipelined) carry the same number, so the distinct numbers count its round trips.
    struct LoggedRequest
    {
        QString method;
        int repliesWrittenBefore = 0;
    };
    QList<LoggedRequest> requestLog() const { return m_requestLog; }
    void clearRequestLog() { m_requestLog.clear(); }
    void setVerboseTransactions(bool on) { m_options.verboseTransactions = on; }

    void closeAllClients();

    // Misbehaviour, applied to everything sent from now on.
    void setFault(Fault fault) { m_fault = fault; }
    void setRefuseBatches(bool refuse) { m_options.refuseBatches = refuse; }
    Fault fault() const { return m_fault; }
    // Holds every reply to `method` this long ("*": every method without a delay of its own).
    void setMethodDelay(const QString& method, std::chrono::milliseconds delay);
    // Answers `method` with this JSON-RPC error until cleared.
    void setMethodError(const QString& method, int code, const QString& message);
    void clearMethodError(const QString& method) { m_methodErrors.remove(method); }
    // Answers `method` with this result, whatever its parameters, until cleared (e.g. a 7 MB history).
    void setMethodResult(const QString& method, const QJsonValue& result) { m_methodResults.insert(method, result); }
    void clearMethodResult(const QString& method) { m_methodResults.remove(method); }

    // What the server says about itself.
    void setServerFeaturesOverride(const QJsonObject& keys) { m_featuresOverride = keys; } // replaces these keys
    // Replaces the extra `hosts` entries (see Options::announcedHosts).
    void setAnnouncedHosts(const QJsonObject& hosts) { m_options.announcedHosts = hosts; }
    // {"tcp_port": tcpPort(), "ssl_port": tlsPort()}: what a twin of this server on the same ports announces.
    QJsonObject announcedPorts() const;
    void setGenesisHash(const QString& hash) { m_genesisHash = hash; }
    void setProtocolRange(const QString& min, const QString& max);
    void setBanner(const QString& banner) { m_banner = banner; }
    void setDonationAddress(const QString& address) { m_donationAddress = address; }
    // server.peers.subscribe's answer: [[ip, host, ["v1.4", "s50002", "t50001"]], …].
    void setPeers(const QJsonArray& peers) { m_peers = peers; }
    // blockchain.estimatefee's answer in BTC/kB for any target (-1: "cannot estimate"); unset: a fixed curve.
    void setFeeEstimate(double btcPerKb) { m_feeEstimate = btcPerKb; }
    void setFeeHistogram(const QJsonArray& histogram) { m_feeHistogram = histogram; }

    // Lies about the chain, for verify=true and consensus=N (TestElectrumFaults.cpp). The chain itself stays honest;
    // only what is served changes.
    enum class ChainFault
    {
        None,
        BrokenLinkage,     // the header at faultHeight has a prev_hash that is not its parent's (and meets its target)
        MissedTarget,      // the header at faultHeight keeps its parent but its hash misses its target
        WrongMerkleBranch, // get_merkle's branch has its first hash changed (an empty branch gets one added)
        DifferentBalance,  // get_balance's confirmed value is 1,000 sat higher than the chain's
    };
    Q_ENUM(ChainFault)
    void setChainFault(ChainFault fault, int faultHeight = -1);
    ChainFault chainFault() const { return m_chainFault; }
    // What the server sends for the header at `height`, a chain fault applied.
    QString servedHeaderHex(int height) const;

signals:
    void requestReceived(const QString& method);

private:
    struct Client;
    struct Outcome
    {
        QJsonValue result;
        bool failed = false;
        int code = 0;
        QString message;
        bool closeAfter = false;
    };

    void accept(qintptr descriptor, bool tls);
    void onReadyRead(QSslSocket* socket);
    void dropClient(QSslSocket* socket);
    void closeAfterWriting(QSslSocket* socket);
    void handleLine(Client& client, const QByteArray& line);
    // Runs one request object; returns its reply object (empty for a notification) and the delay it asks for.
    QJsonObject runRequest(Client& client, const QJsonValue& request, std::chrono::milliseconds* delay, bool* close);
    Outcome dispatch(Client& client, const QString& method, const QJsonArray& params);
    QJsonObject features() const;
    void notifyStatusChanges();
    void send(QSslSocket* socket, const QJsonValue& message, bool holdable);
    void writeWithFault(Client& client, const QJsonValue& message);
    void flushHeld(QSslSocket* socket);
    void startEndlessLine(Client& client);
    Client* clientFor(QSslSocket* socket);
    QJsonArray servedMerkleBranch(const QList<QByteArray>& branch) const;
    qint64 balanceSkew() const { return m_chainFault == ChainFault::DifferentBalance ? 1000 : 0; }

    Options m_options;
    TestChain m_chain;
    TestCertificate m_certificate;
    std::unique_ptr<QTcpServer> m_tcp;
    std::unique_ptr<QTcpServer> m_tls;
    std::map<QSslSocket*, std::unique_ptr<Client>> m_clients;
    QString m_error;
    Fault m_fault = Fault::None;
    QHash<QString, std::chrono::milliseconds> m_delays;
    QHash<QString, std::pair<int, QString>> m_methodErrors;
    QHash<QString, QJsonValue> m_methodResults;
    QHash<QString, int> m_requestCounts;
    QJsonArray m_lastVersionParams;
    int m_accepted = 0;
    int m_batches = 0;
    int m_repliesWritten = 0;
    static constexpr qsizetype maxLoggedRequests = 10'000;
    QList<LoggedRequest> m_requestLog;
    int m_singleLines = 0;
    QStringList m_broadcasts;
    QJsonObject m_featuresOverride;
    QString m_genesisHash;
    QString m_protocolMin;
    QString m_protocolMax;
    QString m_banner = QStringLiteral("Welcome to the BTC Worker test Electrum server.");
    QString m_donationAddress;
    QJsonArray m_peers;
    std::optional<double> m_feeEstimate;
    QJsonArray m_feeHistogram;
    QHash<QString, QString> m_statusOverrides; // setStatus(): scripthash → status (empty: null)
    quint16 m_lastTcpPort = 0;                 // what restart() listens on again
    quint16 m_lastTlsPort = 0;
    ChainFault m_chainFault = ChainFault::None;
    int m_faultHeight = -1;
    QByteArray m_faultyHeader; // the header served at m_faultHeight
};

} // namespace btcw::test
