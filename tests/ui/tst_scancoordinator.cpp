// The scan coordinator without a window, over a real Engine and test servers on loopback: one scan per network in
// turn, waiting for a scan it did not start, cancelling drops the queue and puts rows back, discovery and summary
// texts.
#include "Engine.h"
#include "EventLoop.h"
#include "TestElectrumServer.h"
#include "health/HealthMonitor.h"
#include "models/ScanCoordinator.h"
#include "models/ServerTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace btcw;
using btcw::test::runQueuedEvents;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;

namespace {

EngineOptions optionsIn(const QTemporaryDir& dir, std::chrono::milliseconds budget = 5s)
{
    EngineOptions options;
    options.dataDir = dir.filePath(QStringLiteral("data"));
    options.tor.enabled = false;
    options.allowPrivateTargets = true;
    options.health.discoverPeers = false; // only scans unless a test asks
    options.health.budget = budget;
    options.health.concurrency = 4;
    return options;
}

// A server on 127.0.0.1 that reports `network`'s genesis (the directory tells networks apart, so one host serves both).
std::unique_ptr<TestElectrumServer> startServer(const QString& network)
{
    TestElectrumServer::Options options;
    options.network = network;
    auto server = std::make_unique<TestElectrumServer>(options);
    return server->start() ? std::move(server) : nullptr;
}

ServerEntry tcpEntry(const QString& network, const TestElectrumServer& server)
{
    ServerEntry e;
    e.host = QStringLiteral("127.0.0.1");
    e.kind = HostKind::IPv4;
    e.tcpPort = server.tcpPort();
    e.network = network;
    e.source = QStringLiteral("user");
    return e;
}

ServerState stateOf(const ServerTableModel& model, const ServerEntry& entry)
{
    return model.status(model.rowForKey(entry.key())).state;
}

} // namespace

class TestScanCoordinator : public QObject
{
    Q_OBJECT
private slots:
    void splitByNetworkKeepsFirstAppearanceOrderAndSkipsUnknownNetworks();
    void discoverySummaryCountsAndNamesSuspiciousAnnouncers();
    void checksEachNetworkInTurnWithProgressAndFinishesOnce();
    void waitsForAScanItDidNotStart();
    void cancelDropsWaitingScansAndPutsRowsBack();
    void discoveryWithoutHealthyServersSaysSo();
};

void TestScanCoordinator::splitByNetworkKeepsFirstAppearanceOrderAndSkipsUnknownNetworks()
{
    ServerEntry a, b, c, unknown;
    a.host = QStringLiteral("a.example.org");
    a.tlsPort = 50002;
    a.network = QStringLiteral("testnet");
    b.host = QStringLiteral("b.example.org");
    b.tcpPort = 50001;
    b.network = QStringLiteral("mainnet");
    c = a;
    c.host = QStringLiteral("c.example.org");
    unknown = b;
    unknown.network = QStringLiteral("nonesuch");

    QStringList skipped;
    const auto scans = ScanCoordinator::splitByNetwork({a, b, unknown, c, unknown}, &skipped);
    QCOMPARE(scans.size(), 2);
    QCOMPARE(scans.at(0).network, BitcoinNetwork::Testnet3);
    QCOMPARE(scans.at(0).keys, (QStringList{a.key(), c.key()}));
    QCOMPARE(scans.at(0).servers, (QList<ServerAddress>{a.preferredAddress(), c.preferredAddress()}));
    QCOMPARE(scans.at(1).network, BitcoinNetwork::Mainnet);
    QCOMPARE(scans.at(1).keys, QStringList{b.key()});
    QCOMPARE(skipped, QStringList{QStringLiteral("nonesuch")});
    QVERIFY(ScanCoordinator::splitByNetwork({}).isEmpty());
}

void TestScanCoordinator::discoverySummaryCountsAndNamesSuspiciousAnnouncers()
{
    PeerDiscoverySummary summary;
    QCOMPARE(ScanCoordinator::discoverySummaryText(summary, {}),
             QStringLiteral("Peer discovery: no new servers were announced"));
    summary.candidates = 3;
    summary.added = 2;
    summary.failed = 1;
    QCOMPARE(ScanCoordinator::discoverySummaryText(summary, {}),
             QStringLiteral("Peer discovery: 3 new servers checked, 2 added, 1 failed"));
    summary.cancelled = true;
    QCOMPARE(ScanCoordinator::discoverySummaryText(summary, {QStringLiteral("x:1:t"), QStringLiteral("y:2:s")}),
             QStringLiteral("Peer discovery cancelled: 3 new servers checked, 2 added, 1 failed; x:1:t, y:2:s "
                            "announced many unverifiable peers"));
}

void TestScanCoordinator::checksEachNetworkInTurnWithProgressAndFinishesOnce()
{
    auto regtest = startServer(QStringLiteral("regtest"));
    auto testnet = startServer(QStringLiteral("testnet"));
    QVERIFY(regtest && testnet);
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    ServerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ServerEntry regtestEntry = tcpEntry(QStringLiteral("regtest"), *regtest);
    const ServerEntry testnetEntry = tcpEntry(QStringLiteral("testnet"), *testnet);
    model.setEntries({regtestEntry, testnetEntry});
    ScanCoordinator scans(engine.health(), engine.history(), engine.directory(), &model);

    QSignalSpy started(&engine.health(), &HealthMonitor::scanStarted);
    QSignalSpy progress(&scans, &ScanCoordinator::progressChanged);
    QSignalSpy messages(&scans, &ScanCoordinator::statusMessage);
    QSignalSpy finished(&scans, &ScanCoordinator::finished);
    scans.checkEntries({regtestEntry, testnetEntry});
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).value<BitcoinNetwork>(), BitcoinNetwork::Regtest);
    QCOMPARE(scans.pendingScans(), 1);
    QCOMPARE(stateOf(model, regtestEntry), ServerState::Checking);
    QCOMPARE(stateOf(model, testnetEntry), ServerState::Unknown); // not in the running scan

    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(started.count(), 2);
    QCOMPARE(started.at(1).at(0).value<BitcoinNetwork>(), BitcoinNetwork::Testnet3);
    QCOMPARE(scans.pendingScans(), 0);
    QCOMPARE(stateOf(model, regtestEntry), ServerState::Up);
    QVERIFY(stateOf(model, testnetEntry) != ServerState::Checking);
    QVERIFY(model.status(model.rowForKey(testnetEntry.key())).lastChecked.isValid());

    QStringList texts;
    for (const auto& args : std::as_const(progress))
        texts.append(args.at(2).toString());
    QVERIFY2(texts.contains(QStringLiteral("Checked 0 of 1 (regtest, network 1 of 2)")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("Checked 1 of 1 (testnet, network 2 of 2)")), qPrintable(texts.join(u'|')));
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Checked 1 server(s) of testnet: %1 up.")
                                                   .arg(stateOf(model, testnetEntry) == ServerState::Up ? 1 : 0));
}

void TestScanCoordinator::waitsForAScanItDidNotStart()
{
    auto regtest = startServer(QStringLiteral("regtest"));
    QVERIFY(regtest);
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    ServerTableModel model;
    const ServerEntry entry = tcpEntry(QStringLiteral("regtest"), *regtest);
    model.setEntries({entry});
    ScanCoordinator scans(engine.health(), engine.history(), engine.directory(), &model);
    QSignalSpy started(&engine.health(), &HealthMonitor::scanStarted);
    QSignalSpy messages(&scans, &ScanCoordinator::statusMessage);
    QSignalSpy finished(&scans, &ScanCoordinator::finished);
    QList<qsizetype> scansStartedWhenFinished;
    connect(&scans, &ScanCoordinator::finished, this, [&] { scansStartedWhenFinished.append(started.count()); });

    // A scan of someone else's (the API's, the schedule's) is running: ours waits and says so.
    QVERIFY(engine.health().startScan(BitcoinNetwork::Regtest, {entry.preferredAddress()}));
    scans.checkEntries({entry});
    QCOMPARE(scans.pendingScans(), 1);
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("The check starts when the running one has finished."));
    QCOMPARE(stateOf(model, entry), ServerState::Unknown);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20'000);
    // Finished only after our own scan, not after the one it waited for.
    QCOMPARE(scansStartedWhenFinished, QList<qsizetype>{2});
    QCOMPARE(scans.pendingScans(), 0);
    QCOMPARE(stateOf(model, entry), ServerState::Up);
}

void TestScanCoordinator::cancelDropsWaitingScansAndPutsRowsBack()
{
    auto silent = startServer(QStringLiteral("regtest"));
    auto testnet = startServer(QStringLiteral("testnet"));
    QVERIFY(silent && testnet);
    silent->setFault(TestElectrumServer::Fault::Silent);
    QTemporaryDir dir;
    Engine engine(optionsIn(dir, 20s)); // longer than the test waits: only cancelling ends the scan in time
    engine.start();
    ServerTableModel model;
    const ServerEntry silentEntry = tcpEntry(QStringLiteral("regtest"), *silent);
    const ServerEntry testnetEntry = tcpEntry(QStringLiteral("testnet"), *testnet);
    model.setEntries({silentEntry, testnetEntry});
    ScanCoordinator scans(engine.health(), engine.history(), engine.directory(), &model);
    QSignalSpy started(&engine.health(), &HealthMonitor::scanStarted);
    QSignalSpy hidden(&scans, &ScanCoordinator::progressHidden);
    QSignalSpy messages(&scans, &ScanCoordinator::statusMessage);
    QSignalSpy finished(&scans, &ScanCoordinator::finished);

    scans.checkEntries({silentEntry, testnetEntry});
    QCOMPARE(scans.pendingScans(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(silent->connectionsAccepted() >= 1, 5000);
    scans.cancel();
    QVERIFY(!engine.health().isBusy());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(hidden.count(), 1);
    QCOMPARE(scans.pendingScans(), 0);
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Check cancelled after 0 of 1 servers."));
    QCOMPARE(stateOf(model, silentEntry), ServerState::Unknown); // never checked before
    // The testnet scan that waited never starts (a next scan is started from the event loop, as after a finished one).
    QVERIFY(runQueuedEvents());
    QCOMPARE(started.count(), 1);
    QCOMPARE(stateOf(model, testnetEntry), ServerState::Unknown);
}

void TestScanCoordinator::discoveryWithoutHealthyServersSaysSo()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    ServerTableModel model;
    ScanCoordinator scans(engine.health(), engine.history(), engine.directory(), &model);
    QSignalSpy messages(&scans, &ScanCoordinator::statusMessage);
    scans.discoverPeers(BitcoinNetwork::Signet);
    QVERIFY(!engine.health().isBusy());
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().at(0).toString(),
             QStringLiteral("No healthy signet server to ask for peers: check the servers first."));
}

QTEST_MAIN(TestScanCoordinator)
#include "tst_scancoordinator.moc"
