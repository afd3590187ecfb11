// Proof for issue #23, finding 1: under "route all via Tor" no entry point (query, check, scan, peer discovery)
// resolves a host name locally. The engine's target guard gets a resolver that counts (and refuses) every call, and
// a SOCKS5 server on loopback, standing in for Tor, records that each name arrived as a name (ATYP 3) and forwards
// the stream to the project's test Electrum server.
#include "Engine.h"
#include "FakeSocksServer.h"
#include "TestElectrumServer.h"
#include "directory/ServerDirectory.h"
#include "net/TargetGuard.h"
#include "query/QueryService.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace btcw::test {

class TestRouteAllNames : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<HealthReport>();
        qRegisterMetaType<PeerDiscoverySummary>();
        qRegisterMetaType<PeerCandidate>();
    }
    void noEntryPointResolvesANameLocally();
};

void TestRouteAllNames::noEntryPointResolvesANameLocally()
{
    TestElectrumServer electrum;
    QVERIFY(electrum.start());
    // The scanned server announces a peer by name only: discovery must hand that name to Tor too.
    electrum.setPeers(QJsonArray{
        QJsonArray{QString(), u"peer.example.net"_s, QJsonArray{u"v1.4"_s, u"t%1"_s.arg(electrum.tcpPort())}}});
    FakeSocksServer tor(FakeSocksServer::Mode::Forward);
    tor.forwardPort = electrum.tcpPort();
    QVERIFY(tor.isListening());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EngineOptions options;
    options.dataDir = dir.path();
    options.tor.enabled = true;
    options.tor.autoDetect = false;
    options.tor.allowLaunch = false;
    options.tor.socksHost = u"127.0.0.1"_s;
    options.tor.socksPort = tor.serverPort();
    options.tor.routeAllViaTor = true;
    options.allowPrivateTargets = false; // names are Tor's: the guard must not need to look at them
    options.health.concurrency = 1;
    options.health.budget = 5s;
    Engine engine(options);
    QStringList lookups;
    engine.targetGuard().setResolver([&lookups](const QString& host, QObject*, TargetGuard::ResolveCallback done) {
        lookups << host; // a local lookup: the leak this test exists to catch
        done(Error::make(ErrorKind::HostNotFound, u"local resolution is forbidden in this test"_s));
    });
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(engine.tor().isUsable(), 5000);
    auto namesSent = [&tor] {
        QStringList names;
        for (const auto& r : std::as_const(tor.requests)) {
            if (r.addressType != 3)
                return QStringList{u"non-name request: type %1 %2"_s.arg(r.addressType).arg(r.host)};
            names << r.host;
        }
        return names;
    };

    // 1. Query (what /electrum/query runs).
    Query query;
    query.server = ServerAddress::create(u"query.example.org"_s, electrum.tcpPort(), Transport::Tcp).value();
    query.method = u"blockchain.headers.subscribe"_s;
    query.timeout = 5s;
    std::optional<QueryOutcome> outcome;
    QObject context;
    engine.queries().run(query, &context, [&](const QueryOutcome& o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10'000);
    QVERIFY2(outcome->answer.ok(), qPrintable(outcome->answer.ok() ? QString() : outcome->answer.error().toString()));
    QVERIFY2(lookups.isEmpty(), qPrintable(lookups.join(u", "_s)));
    QVERIFY2(namesSent().contains(u"query.example.org"_s), qPrintable(namesSent().join(u", "_s)));

    // 2. Check (what /electrum/check runs).
    std::optional<Result<HealthReport>> report;
    engine.health().checkOne(ServerAddress::create(u"check.example.org"_s, electrum.tcpPort(), Transport::Tcp).value(),
                             BitcoinNetwork::Regtest, 5s, &context,
                             [&](Result<HealthReport> r) { report = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10'000);
    QVERIFY2(report->ok(), qPrintable(report->ok() ? QString() : report->error().toString()));
    QVERIFY2(lookups.isEmpty(), qPrintable(lookups.join(u", "_s)));
    QVERIFY2(namesSent().contains(u"check.example.org"_s), qPrintable(namesSent().join(u", "_s)));

    // 3. Scan, then 4. the peer discovery that follows it.
    HealthMonitor& monitor = engine.health();
    QSignalSpy finished(&monitor, &HealthMonitor::scanFinished);
    QSignalSpy discovered(&monitor, &HealthMonitor::discoveryFinished);
    QVERIFY(
        monitor.startScan(BitcoinNetwork::Regtest,
                          {ServerAddress::create(u"scan.example.org"_s, electrum.tcpPort(), Transport::Tcp).value()}));
    QVERIFY(finished.wait(20'000));
    QVERIFY2(lookups.isEmpty(), qPrintable(lookups.join(u", "_s)));
    QVERIFY2(namesSent().contains(u"scan.example.org"_s), qPrintable(namesSent().join(u", "_s)));
    if (discovered.isEmpty() && !monitor.status().discovering)
        QVERIFY(monitor.startDiscovery(BitcoinNetwork::Regtest));
    QVERIFY(!discovered.isEmpty() || discovered.wait(30'000));
    QVERIFY2(lookups.isEmpty(), qPrintable(lookups.join(u", "_s)));
    QVERIFY2(namesSent().contains(u"peer.example.net"_s), qPrintable(namesSent().join(u", "_s)));

    // Every connection went to the SOCKS port with a name: none by address, none resolved here.
    for (const auto& r : std::as_const(tor.requests))
        QCOMPARE(r.addressType, 3);
}

} // namespace btcw::test

QTEST_GUILESS_MAIN(btcw::test::TestRouteAllNames)
#include "tst_routeallnames.moc"
