#include "Clock.h"
#include "TestElectrumServer.h"
#include "directory/ServerDirectory.h"
#include "electrum/SessionPool.h"
#include "health/PeerDiscovery.h"
#include "net/CertificatePinStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace btcw;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-02T12:00:00Z"), Qt::ISODate);

// Each server gets its own loopback address, so the directory (one entry per host) tells them apart.
std::unique_ptr<TestElectrumServer> startServer(const QString& ip)
{
    return TestElectrumServer::startedOn(ip);
}

bool canListenOn(const QString& ip)
{
    QTcpServer probe;
    return probe.listen(QHostAddress(ip), 0);
}

// A port on `ip` where nothing listens.
quint16 closedPort(const QString& ip)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(ip), 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QJsonArray peer(const QString& ip, QStringList features)
{
    return QJsonArray{ip, QString(), QJsonArray::fromStringList(features)};
}

QString t(quint16 port)
{
    return QStringLiteral("t%1").arg(port);
}

QString s(quint16 port)
{
    return QStringLiteral("s%1").arg(port);
}

ServerAddress tcpOf(const QString& ip, const TestElectrumServer& server)
{
    return ServerAddress::create(ip, server.tcpPort(), Transport::Tcp).value();
}

PeerDiscoveryOptions regtestOptions()
{
    PeerDiscoveryOptions o;
    o.check.expectedNetwork = BitcoinNetwork::Regtest;
    o.check.budget = 5s;
    o.check.measurePing = false;
    static const ManualClock clock = [] { // stands still at kNow
        ManualClock c;
        c.setUtcNow(kNow);
        return c;
    }();
    o.check.clock = &clock;
    o.concurrency = 2;
    o.peersTimeout = 5s;
    o.allowPrivateTargets = true; // everything here is loopback
    return o;
}

PeerDiscoverySummary runDiscovery(PeerDiscovery& discovery, const QList<ServerAddress>& seeds)
{
    QSignalSpy finished(&discovery, &PeerDiscovery::finished);
    if (!discovery.start(seeds))
        qFatal("discovery did not start");
    if (!finished.wait(30'000))
        qFatal("discovery did not finish");
    return finished.at(0).at(0).value<PeerDiscoverySummary>();
}

} // namespace

class TestPeerDiscovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<HealthReport>();
        qRegisterMetaType<PeerCandidate>();
        qRegisterMetaType<PeerDiscoverySummary>();
        if (!canListenOn(QStringLiteral("127.0.0.2")))
            QSKIP("this system only listens on 127.0.0.1 (the whole 127/8 is needed to tell servers apart)");
    }

    // Issue #24: a verified peer that a known server lists in its own `hosts` is that server's twin, not a new server.
    void aPeerAnnouncedAsAKnownServersTwinIsRecordedAsItsTwin()
    {
        const QString ipA = QStringLiteral("127.0.0.2"), ipB = QStringLiteral("127.0.0.3");
        auto a = startServer(ipA), b = startServer(ipB);
        QVERIFY(a && b);
        a->setPeers(QJsonArray{peer(ipB, {QStringLiteral("v1.4"), t(b->tcpPort())})});

        QTemporaryDir dir;
        ServerDirectory directory(dir.filePath(QStringLiteral("servers.json")));
        ServerEntry knownA;
        knownA.host = ipA;
        knownA.tcpPort = a->tcpPort();
        knownA.network = QStringLiteral("regtest");
        QVERIFY(directory.add(knownA));
        // What a check of A recorded from its server.features: B is one of its own addresses.
        directory.identities().recordAnnounced(ipA, {AnnouncedHost{ipB, HostKind::IPv4, b->tcpPort(), std::nullopt}},
                                               QStringLiteral("server.features of %1").arg(ipA), kNow);

        CertificatePinStore pins;
        ProxyPolicy proxies;
        SessionPool pool(ConnectionSettings{}, &pins, &proxies);
        PeerDiscovery discovery(&pool, &directory, proxies, &pins, regtestOptions());
        const PeerDiscoverySummary summary = runDiscovery(discovery, {tcpOf(ipA, *a)});
        QCOMPARE(summary.verified, 1);
        QCOMPARE(summary.twins, 1);
        QCOMPARE(summary.added, 0);
        QVERIFY(!directory.find(QStringLiteral("regtest"), ipB)); // not an unrelated server
        const auto link = directory.identities().link(ipA, ipB);
        QVERIFY(link.has_value());
        QVERIFY2(link->provenance.contains(QStringLiteral("peer discovery: announced by %1").arg(ipA)),
                 qPrintable(link->provenance));
        QVERIFY2(link->provenance.startsWith(QStringLiteral("server.features of")), qPrintable(link->provenance));
    }

    void announcedPeersAreVerifiedAndAddedWithProvenanceAndJunkAnnouncersFlagged()
    {
        const QString ipA = QStringLiteral("127.0.0.2"), ipB = QStringLiteral("127.0.0.3"),
                      ipC = QStringLiteral("127.0.0.4"), ipE = QStringLiteral("127.0.0.5"),
                      ipF = QStringLiteral("127.0.0.6"), ipG = QStringLiteral("127.0.0.7"),
                      ipJ = QStringLiteral("127.0.0.8"), ipDead = QStringLiteral("127.0.0.9");
        auto a = startServer(ipA), b = startServer(ipB), c = startServer(ipC), e = startServer(ipE),
             f = startServer(ipF), g = startServer(ipG), j = startServer(ipJ);
        for (const auto* server : {a.get(), b.get(), c.get(), e.get(), f.get(), g.get(), j.get()})
            QVERIFY(server);
        const quint16 deadPort = closedPort(ipDead);
        QVERIFY(deadPort);

        // A: an honest server. Four good peers, one that is down, one already known, and itself.
        a->setPeers(QJsonArray{peer(ipB, {QStringLiteral("v1.4"), t(b->tcpPort())}),
                               peer(ipC, {QStringLiteral("v1.4"), s(c->tlsPort()), t(c->tcpPort())}),
                               peer(ipE, {t(e->tcpPort()), QStringLiteral("p1000")}), peer(ipG, {t(g->tcpPort())}),
                               peer(ipDead, {t(deadPort)}), peer(ipF, {t(f->tcpPort())}),
                               peer(ipA, {t(a->tcpPort())})});
        // J: mostly junk, one dead peer, and one good one (C) that A also announced.
        j->setPeers(QJsonArray{
            QStringLiteral("junk"), QJsonArray{1, 2, 3}, peer(QStringLiteral("127.0.0.1"), {QStringLiteral("v1.4")}),
            peer(QString(), {QStringLiteral("t50001")}), peer(QStringLiteral("127.0.0.1"), {QStringLiteral("t99999")}),
            peer(ipDead, {t(deadPort)}), peer(ipC, {QStringLiteral("v1.5"), s(c->tlsPort())})});

        QTemporaryDir dir;
        ServerDirectory directory(dir.filePath(QStringLiteral("servers.json")));
        ServerEntry knownF;
        knownF.host = ipF;
        knownF.tcpPort = f->tcpPort();
        knownF.network = QStringLiteral("regtest");
        QVERIFY(directory.add(knownF));

        CertificatePinStore pins;
        ProxyPolicy proxies;
        SessionPool pool(ConnectionSettings{}, &pins, &proxies);
        PeerDiscovery discovery(&pool, &directory, proxies, &pins, regtestOptions());
        QSignalSpy found(&discovery, &PeerDiscovery::candidateFound);
        QSignalSpy verified(&discovery, &PeerDiscovery::candidateVerified);
        QSignalSpy rejected(&discovery, &PeerDiscovery::candidateRejected);

        const ServerAddress seedA = tcpOf(ipA, *a), seedJ = tcpOf(ipJ, *j);
        const PeerDiscoverySummary summary = runDiscovery(discovery, {seedA, seedJ});
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.candidates, 5); // B, C, E, G and the dead one, each checked once
        QCOMPARE(summary.verified, 4);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.added, 4);
        QCOMPARE(found.size(), 5);
        QCOMPARE(verified.size(), 4);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).at(0).value<PeerCandidate>().host, ipDead);
        QVERIFY(!rejected.at(0).at(1).value<HealthReport>().ok);

        // Verified peers are in the directory as "peer", with the transport that was checked.
        for (const auto& [ip, server] : {std::pair{ipB, b.get()}, std::pair{ipE, e.get()}, std::pair{ipG, g.get()}}) {
            const auto entry = directory.find(QStringLiteral("regtest"), ip);
            QVERIFY2(entry, qPrintable(ip));
            QCOMPARE(entry->source, QStringLiteral("peer"));
            QCOMPARE(entry->tcpPort, std::optional<quint16>(server->tcpPort()));
        }
        const auto entryC = directory.find(QStringLiteral("regtest"), ipC);
        QVERIFY(entryC);
        QCOMPARE(entryC->tlsPort, std::optional<quint16>(c->tlsPort())); // TLS preferred and checked
        QVERIFY(!entryC->tcpPort);
        QCOMPARE(entryC->source, QStringLiteral("peer"));
        QCOMPARE(directory.find(QStringLiteral("regtest"), ipE)->pruning, QStringLiteral("1000"));
        QVERIFY(!directory.find(QStringLiteral("regtest"), ipDead));
        QCOMPARE(directory.find(QStringLiteral("regtest"), ipF)->source, QStringLiteral("user")); // untouched
        QCOMPARE(pins.pin(ServerAddress::create(ipC, c->tlsPort(), Transport::Tls)->hostPort())->sha256,
                 c->certificateSha256());

        // The known server and the announcers themselves were not checked again.
        QCOMPARE(f->requestsReceived(QStringLiteral("server.version")), 0);
        QCOMPARE(a->requestsReceived(QStringLiteral("server.features")), 0);
        QCOMPARE(c->connectionsAccepted(), 1); // announced twice, checked once

        // Provenance: who said what, when.
        const QList<PeerProvenance> aboutC = discovery.provenance(ipC);
        QCOMPARE(aboutC.size(), 2);
        QList<ServerAddress> tellers{aboutC.at(0).announcedBy, aboutC.at(1).announcedBy};
        QVERIFY(tellers.contains(seedA) && tellers.contains(seedJ));
        for (const PeerProvenance& p : aboutC) {
            QCOMPARE(p.announcedAt, kNow);
            QCOMPARE(p.ip, ipC);
            QVERIFY(p.features.contains(s(c->tlsPort())));
        }
        QCOMPARE(discovery.provenance(ipB).size(), 1);
        QCOMPARE(discovery.provenance(ipB).at(0).features, (QStringList{QStringLiteral("v1.4"), t(b->tcpPort())}));

        // Per announcer: A is honest, J is flagged.
        const AnnouncerSummary* sa = summary.announcer(seedA);
        QVERIFY(sa);
        QVERIFY(sa->answered);
        QCOMPARE(sa->announced, 7);
        QCOMPARE(sa->junk, 0);
        QCOMPARE(sa->known, 2); // F from the directory, A itself
        QCOMPARE(sa->verified, 4);
        QCOMPARE(sa->failed, 1);
        QVERIFY(!sa->suspicious);
        const AnnouncerSummary* sj = summary.announcer(seedJ);
        QVERIFY(sj);
        QCOMPARE(sj->announced, 7);
        QCOMPARE(sj->junk, 5);
        QCOMPARE(sj->verified, 1);
        QCOMPARE(sj->failed, 1);
        QVERIFY(sj->suspicious);
        QCOMPARE(summary.suspiciousAnnouncers(), QList<ServerAddress>{seedJ});
        QCOMPARE(summary.toJson().value(QLatin1String("announcers")).toArray().size(), 2);

        // A second run finds nothing new: everything verified is now known.
        QSignalSpy foundAgain(&discovery, &PeerDiscovery::candidateFound);
        const PeerDiscoverySummary again = runDiscovery(discovery, {seedA});
        QCOMPARE(again.candidates, 1); // only the dead peer is tried again
        QCOMPARE(again.announcer(seedA)->known, 6);
        QCOMPARE(foundAgain.size(), 1);
    }

    void privateAddressesAreRefusedUnlessAllowed()
    {
        auto a = startServer(QStringLiteral("127.0.0.2"));
        auto b = startServer(QStringLiteral("127.0.0.3"));
        QVERIFY(a && b);
        a->setPeers(QJsonArray{peer(QStringLiteral("127.0.0.3"), {t(b->tcpPort())}),
                               peer(QStringLiteral("10.1.2.3"), {QStringLiteral("t50001")}),
                               peer(QStringLiteral("169.254.1.1"), {QStringLiteral("s")})});
        ServerDirectory directory;
        ProxyPolicy proxies;
        SessionPool pool(ConnectionSettings{}, nullptr, &proxies);
        PeerDiscoveryOptions options = regtestOptions();
        options.allowPrivateTargets = false;
        PeerDiscovery discovery(&pool, &directory, proxies, nullptr, options);
        const PeerDiscoverySummary summary = runDiscovery(discovery, {tcpOf(QStringLiteral("127.0.0.2"), *a)});
        QCOMPARE(summary.candidates, 0);
        QCOMPARE(summary.announcers.at(0).refused, 3);
        QCOMPARE(b->connectionsAccepted(), 0);
        QVERIFY(directory.entries(QStringLiteral("regtest")).isEmpty());
    }

    void announcersThatFailOrAnswerBadlyAreReportedNotFatal()
    {
        auto a = startServer(QStringLiteral("127.0.0.2"));
        auto b = startServer(QStringLiteral("127.0.0.3"));
        QVERIFY(a && b);
        a->setMethodError(QStringLiteral("server.peers.subscribe"), -32601, QStringLiteral("unknown method"));
        b->setPeers(QJsonArray{});
        const quint16 deadPort = closedPort(QStringLiteral("127.0.0.9"));
        ProxyPolicy proxies;
        SessionPool pool(ConnectionSettings{}, nullptr, &proxies);
        PeerDiscovery discovery(&pool, nullptr, proxies, nullptr, regtestOptions());
        const ServerAddress dead = ServerAddress::create(u"127.0.0.9", deadPort, Transport::Tcp).value();
        const PeerDiscoverySummary summary = runDiscovery(
            discovery, {tcpOf(QStringLiteral("127.0.0.2"), *a), tcpOf(QStringLiteral("127.0.0.3"), *b), dead});
        QCOMPARE(summary.announcers.size(), 3);
        QVERIFY(!summary.announcers.at(0).answered);
        QCOMPARE(summary.announcers.at(0).error.kind, ErrorKind::Rpc);
        QVERIFY(summary.announcers.at(1).answered);
        QCOMPARE(summary.announcers.at(1).announced, 0);
        QVERIFY(!summary.announcers.at(2).answered);
        QCOMPARE(summary.announcers.at(2).error.kind, ErrorKind::ConnectionRefused);
        QVERIFY(summary.suspiciousAnnouncers().isEmpty());

        // Nothing to ask still finishes, later and once.
        QSignalSpy finished(&discovery, &PeerDiscovery::finished);
        QVERIFY(discovery.start({}));
        QCOMPARE(finished.size(), 0);
        QVERIFY(!discovery.start({})); // already running
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
    }

    void cancelStopsChecksPromptly()
    {
        auto a = startServer(QStringLiteral("127.0.0.2"));
        auto slow = startServer(QStringLiteral("127.0.0.3"));
        QVERIFY(a && slow);
        slow->setFault(TestElectrumServer::Fault::Silent);
        a->setPeers(QJsonArray{peer(QStringLiteral("127.0.0.3"), {t(slow->tcpPort())})});
        ProxyPolicy proxies;
        SessionPool pool(ConnectionSettings{}, nullptr, &proxies);
        PeerDiscoveryOptions options = regtestOptions();
        options.check.budget = 20s;
        PeerDiscovery discovery(&pool, nullptr, proxies, nullptr, options);
        QSignalSpy found(&discovery, &PeerDiscovery::candidateFound);
        QSignalSpy finished(&discovery, &PeerDiscovery::finished);
        QVERIFY(discovery.start({tcpOf(QStringLiteral("127.0.0.2"), *a)}));
        QVERIFY(found.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(slow->connectionsAccepted(), 1, 5000);
        QElapsedTimer clock;
        clock.start();
        discovery.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).value<PeerDiscoverySummary>().cancelled);
        QVERIFY(!discovery.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(slow->openConnections(), 0, 5000);
        QVERIFY(clock.elapsed() < 5000);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPeerDiscovery)
#include "tst_peerdiscovery.moc"
