// The engine's health monitor: a directory scan feeds the registry, the history and peer discovery; cancel, schedule.
#include "Engine.h"
#include "EventLoop.h"
#include "TestElectrumServer.h"
#include "directory/ServerDirectory.h"
#include "health/HealthHistory.h"
#include "health/HealthMonitor.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <numeric>

using namespace btcw;
using btcw::test::runQueuedEvents;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;

namespace {

bool canListenOn(const QString& ip)
{
    QTcpServer probe;
    return probe.listen(QHostAddress(ip), 0);
}

// Each server gets its own loopback address: the directory keeps one entry per host.
std::unique_ptr<TestElectrumServer> startServer(const QString& ip, int blocks = 20)
{
    TestElectrumServer::Options o;
    o.blocks = blocks;
    return TestElectrumServer::startedOn(ip, o);
}

EngineOptions engineOptions(const QString& dataDir)
{
    EngineOptions options;
    options.dataDir = dataDir;
    options.tor.enabled = false;
    options.allowPrivateTargets = true; // every server here is on loopback
    options.health.concurrency = 2;
    options.health.budget = 4s;
    return options;
}

ServerEntry regtestEntry(const QString& ip, const TestElectrumServer& server)
{
    ServerEntry entry;
    entry.host = ip;
    entry.kind = HostKind::IPv4;
    entry.network = QStringLiteral("regtest");
    entry.tcpPort = server.tcpPort();
    return entry;
}

ServerAddress tcpOf(const QString& ip, const TestElectrumServer& server)
{
    return ServerAddress::create(ip, server.tcpPort(), Transport::Tcp).value();
}

} // namespace

class TestHealthMonitor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<HealthReport>();
        qRegisterMetaType<PeerDiscoverySummary>();
        qRegisterMetaType<PeerCandidate>();
        if (!canListenOn(QStringLiteral("127.0.0.2")))
            QSKIP("this system only listens on 127.0.0.1 (servers need addresses of their own in 127/8)");
    }

    void scanRecordsEveryServerThenDiscoversPeersAndBothSurviveARestart()
    {
        const QString ipA = QStringLiteral("127.0.0.2"), ipB = QStringLiteral("127.0.0.3"),
                      ipPeer = QStringLiteral("127.0.0.4");
        auto a = startServer(ipA), lagging = startServer(ipB, 15), peer = startServer(ipPeer);
        QVERIFY(a && lagging && peer);
        // A announces the peer; the peer is not in the directory yet.
        a->setPeers(QJsonArray{QJsonArray{
            ipPeer, QString(), QJsonArray{QStringLiteral("v1.4"), QStringLiteral("t%1").arg(peer->tcpPort())}}});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            Engine engine(engineOptions(dir.path()));
            QVERIFY(engine.start().isEmpty());
            QVERIFY(engine.directory().remove(QStringLiteral("regtest"), QStringLiteral("127.0.0.1")).ok()); // bundled
            QVERIFY(engine.directory().add(regtestEntry(ipA, *a)).ok());
            QVERIFY(engine.directory().add(regtestEntry(ipB, *lagging)).ok());
            HealthMonitor& monitor = engine.health();
            QSignalSpy started(&monitor, &HealthMonitor::scanStarted);
            QSignalSpy reports(&monitor, &HealthMonitor::reportReady);
            QSignalSpy finished(&monitor, &HealthMonitor::scanFinished);
            QSignalSpy discovered(&monitor, &HealthMonitor::discoveryFinished);

            QVERIFY(monitor.startScan(BitcoinNetwork::Regtest));
            QVERIFY(monitor.status().running);
            QCOMPARE(monitor.status().total, 2);
            QVERIFY(!monitor.startScan(BitcoinNetwork::Regtest)); // one at a time
            QCOMPARE(started.size(), 1);
            QVERIFY(finished.wait(20'000));
            QCOMPARE(finished.at(0).at(0).toBool(), false);
            QCOMPARE(reports.size(), 2);
            QCOMPARE(monitor.status().done, 2);
            QCOMPARE(monitor.status().up, 2);
            QVERIFY(monitor.status().finishedAt.isValid());

            // Lag comes from the agreement over the registry.
            const TipAgreement tip = monitor.registry().tipAgreement(BitcoinNetwork::Regtest);
            QCOMPARE(tip.bestHeight, a->tipHeight());
            for (const ServerTip& s : tip.servers)
                QCOMPARE(s.lag, s.server == tcpOf(ipB, *lagging) ? a->tipHeight() - 15 : 0);
            QCOMPARE(engine.history().history(tcpOf(ipA, *a)).size(), 1);

            // Discovery follows the scan by itself: the announced peer is verified and joins with provenance.
            QVERIFY(monitor.status().discovering || !discovered.isEmpty());
            QVERIFY(discovered.size() == 1 || discovered.wait(30'000));
            const auto summary = discovered.at(0).at(0).value<PeerDiscoverySummary>();
            QCOMPARE(summary.added, 1);
            QVERIFY(!monitor.status().discovering);
            QVERIFY(monitor.status().lastDiscovery.has_value());
            const auto entry = engine.directory().find(QStringLiteral("regtest"), ipPeer);
            QVERIFY(entry.has_value());
            QCOMPARE(entry->source, QStringLiteral("peer"));
            QCOMPARE(entry->announcedBy, tcpOf(ipA, *a).toString());
            QVERIFY(entry->discoveredAt.isValid());
            QCOMPARE(monitor.provenance(ipPeer).size(), 1);
            QCOMPARE(monitor.provenance(ipPeer).at(0).announcedBy, tcpOf(ipA, *a));
            QVERIFY(monitor.registry().latest(tcpOf(ipPeer, *peer)).has_value());
        }
        // A new engine on the same data directory: the history and the peer's provenance are still there.
        Engine again(engineOptions(dir.path()));
        QVERIFY(again.start().isEmpty());
        QCOMPARE(again.history().history(tcpOf(ipA, *a)).size(), 1);
        QVERIFY(again.history().uptimePercent(tcpOf(ipB, *lagging), 24h).has_value());
        const auto entry = again.directory().find(QStringLiteral("regtest"), ipPeer);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->source, QStringLiteral("peer"));
        QCOMPARE(entry->announcedBy, tcpOf(ipA, *a).toString());
    }

    void cancelStopsAtOnceAndAllowsANewScan()
    {
        QTemporaryDir dir;
        Engine engine(engineOptions(dir.path()));
        QVERIFY(engine.start().isEmpty());
        std::vector<std::unique_ptr<TestElectrumServer>> silent;
        QList<ServerAddress> servers;
        for (int i = 0; i < 4; ++i) {
            silent.push_back(startServer(QStringLiteral("127.0.0.1")));
            QVERIFY(silent.back());
            silent.back()->setFault(TestElectrumServer::Fault::Silent);
            servers << tcpOf(QStringLiteral("127.0.0.1"), *silent.back());
        }
        HealthMonitor& monitor = engine.health();
        QSignalSpy finished(&monitor, &HealthMonitor::scanFinished);
        QSignalSpy discovered(&monitor, &HealthMonitor::discoveryFinished);
        QVERIFY(monitor.startScan(BitcoinNetwork::Regtest, servers));
        // The first checks (two at a time) are connected and waiting for an answer.
        QTRY_VERIFY_WITH_TIMEOUT(std::accumulate(silent.begin(), silent.end(), 0,
                                                 [](int n, const auto& s) { return n + s->connectionsAccepted(); }) >=
                                     2,
                                 5000);
        monitor.cancel();
        QCOMPARE(finished.size(), 1); // at once, not after the 4 s budget
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!monitor.isBusy());
        QVERIFY(monitor.status().cancelled);
        QVERIFY(monitor.status().done < 4);
        QVERIFY(runQueuedEvents());     // a discovery, even with nobody to ask, would finish from here
        QCOMPARE(discovered.size(), 0); // no discovery after a cancelled scan

        QVERIFY(monitor.startScan(BitcoinNetwork::Regtest, {}));
        QVERIFY(finished.wait(5'000));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
    }

    void scanAtStartChecksTheConfiguredNetworkOnce()
    {
        auto server = startServer(QStringLiteral("127.0.0.2"));
        QVERIFY(server);
        QTemporaryDir dir;
        EngineOptions options = engineOptions(dir.path());
        options.health.scanAtStart = true;
        options.health.network = BitcoinNetwork::Regtest;
        options.health.discoverPeers = false;
        Engine engine(options);
        QSignalSpy started(&engine.health(), &HealthMonitor::scanStarted);
        QSignalSpy finished(&engine.health(), &HealthMonitor::scanFinished);
        QVERIFY(engine.start().isEmpty()); // Tor is off here, so nothing to wait for
        QVERIFY(engine.directory().remove(QStringLiteral("regtest"), QStringLiteral("127.0.0.1")).ok()); // bundled
        QVERIFY(engine.directory().add(regtestEntry(QStringLiteral("127.0.0.2"), *server)).ok());
        QCOMPARE(started.size(), 0); // from the event loop, not inside start()
        QVERIFY(finished.wait(10'000));
        QCOMPARE(started.at(0).at(0).value<BitcoinNetwork>(), BitcoinNetwork::Regtest);
        QCOMPARE(engine.health().status().total, 1);
        QCOMPARE(engine.health().status().up, 1);
        QTest::qWait(300);
        QCOMPARE(started.size(), 1); // once, without a schedule
    }

    void scheduleRescansTheLastNetwork()
    {
        auto server = startServer(QStringLiteral("127.0.0.2"));
        QVERIFY(server);
        QTemporaryDir dir;
        Engine engine(engineOptions(dir.path()));
        QVERIFY(engine.start().isEmpty());
        QVERIFY(engine.directory().remove(QStringLiteral("regtest"), QStringLiteral("127.0.0.1")).ok()); // bundled
        QVERIFY(engine.directory().add(regtestEntry(QStringLiteral("127.0.0.2"), *server)).ok());
        HealthMonitor& monitor = engine.health();
        HealthMonitorOptions options = monitor.options();
        options.discoverPeers = false;
        options.interval = 300ms;
        QSignalSpy finished(&monitor, &HealthMonitor::scanFinished);
        QVERIFY(monitor.startScan(BitcoinNetwork::Regtest));
        monitor.setOptions(options);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 15'000); // the first scan and two on the schedule
        QVERIFY(engine.history().history(tcpOf(QStringLiteral("127.0.0.2"), *server)).size() >= 3);

        options.interval = 0ms; // off again
        monitor.setOptions(options);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.isBusy(), 10'000);
        const auto seen = finished.size();
        QTest::qWait(800);
        QCOMPARE(finished.size(), seen);
    }
};

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
