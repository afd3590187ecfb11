#include "Clock.h"
#include "TestElectrumServer.h"
#include "health/HealthCheck.h"
#include "health/HealthScan.h"
#include "health/TipAgreement.h"
#include "net/CertificatePinStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace btcw;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;

namespace {

ServerAddress tcpAddress(const TestElectrumServer& server)
{
    return ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
}

ServerAddress tlsAddress(const TestElectrumServer& server)
{
    return ServerAddress::create(u"127.0.0.1", server.tlsPort(), Transport::Tls).value();
}

HealthCheckOptions regtestOptions(std::chrono::milliseconds budget = 5s)
{
    HealthCheckOptions o;
    o.expectedNetwork = BitcoinNetwork::Regtest;
    o.budget = budget;
    return o;
}

// Runs one check to its end (bounded wait) and returns the report.
HealthReport runCheck(const ServerAddress& address, CertificatePinStore* pins, HealthCheckOptions options)
{
    HealthCheck check(address, ProxyPolicy{}, pins, std::move(options));
    QSignalSpy finished(&check, &HealthCheck::finished);
    check.start();
    if (!finished.wait(15'000))
        qFatal("the health check did not finish");
    return finished.at(0).at(0).value<HealthReport>();
}

QStringList stageNames(const HealthReport& r)
{
    QStringList names;
    for (const StageReport& s : r.stages)
        names << s.name;
    return names;
}

QString describe(const HealthReport& r)
{
    return r.server.toString() + QStringLiteral(" → ") + r.verdict() + QStringLiteral(" [") + stageNames(r).join(u',') +
           u']';
}

} // namespace

class TestHealthCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<HealthReport>(); }

    void healthyTlsServerPassesEveryStageAndPinsOnFirstUse()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        CertificatePinStore pins;
        const HealthReport r = runCheck(tlsAddress(server), &pins, regtestOptions());
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.verdict(), QStringLiteral("ok"));
        QCOMPARE(stageNames(r), (QStringList{QStringLiteral("connect"), QStringLiteral("tls"),
                                             QStringLiteral("version"), QStringLiteral("features"),
                                             QStringLiteral("tip"), QStringLiteral("header"), QStringLiteral("ping")}));
        for (const StageReport& s : r.stages) {
            QVERIFY2(s.ok, qPrintable(s.name));
            QVERIFY(s.ms >= 0);
            QVERIFY(!s.message.isEmpty());
            QVERIFY2(!s.code.isEmpty(), qPrintable(s.name)); // every message also as a code the window translates
        }
        QCOMPARE(r.stage(u"connect")->code.id, QStringLiteral("check.connected"));
        QCOMPARE(r.stage(u"tls")->code.id, QStringLiteral("check.pin-first-use"));
        QCOMPARE(r.stage(u"version")->code,
                 (MessageCode{QStringLiteral("check.protocol"),
                              {QStringLiteral("1.6"), TestElectrumServer::serverSoftware()}}));
        QCOMPARE(r.stage(u"features")->code,
                 (MessageCode{QStringLiteral("check.genesis-matches"), {QStringLiteral("regtest")}}));
        QCOMPARE(r.stage(u"header")->code, (MessageCode{QStringLiteral("check.header-match-genesis"),
                                                        {QStringLiteral("0"), QStringLiteral("regtest")}}));
        QCOMPARE(r.protocol, QStringLiteral("1.6"));
        QCOMPARE(r.software, TestElectrumServer::serverSoftware());
        QCOMPARE(r.height, server.tipHeight());
        QCOMPARE(r.tipHash, server.blockHashHex(server.tipHeight()));
        QCOMPARE(r.certificateSha256, server.certificateSha256());
        QCOMPARE(r.pinState, QStringLiteral("first-use"));
        QCOMPARE(pins.pin(tlsAddress(server).hostPort())->sha256, server.certificateSha256());
        QVERIFY(r.latencyMs >= 0);
        QVERIFY(r.notes.isEmpty()); // the server lists 127.0.0.1 with this TLS port
        QCOMPARE(r.features.value(QLatin1String("genesis_hash")).toString(), genesisHash(BitcoinNetwork::Regtest));
        QVERIFY(r.failedStage.isEmpty());
        QCOMPARE(server.requestsReceived(QStringLiteral("server.ping")), 1);

        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("ok"));
        QCOMPARE(json.value(QLatin1String("height")).toInt(), server.tipHeight());
        QCOMPARE(json.value(QLatin1String("stages")).toArray().size(), 7);
        QCOMPARE(json.value(QLatin1String("pinState")).toString(), QStringLiteral("first-use"));

        const HealthReport again = runCheck(tlsAddress(server), &pins, regtestOptions());
        QVERIFY2(again.ok, qPrintable(describe(again)));
        QCOMPARE(again.pinState, QStringLiteral("match"));
        QCOMPARE(server.connectionsAccepted(), 2); // a fresh session per check
    }

    void tcpCheckHasNoTlsStageAndCanSkipPing()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        HealthCheckOptions options = regtestOptions();
        options.measurePing = false;
        const QDateTime fixed = QDateTime::fromString(QStringLiteral("2026-11-02T12:00:00Z"), Qt::ISODate);
        ManualClock clock;
        clock.setUtcNow(fixed);
        options.clock = &clock;
        const HealthReport r = runCheck(tcpAddress(server), nullptr, options);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(stageNames(r),
                 (QStringList{QStringLiteral("connect"), QStringLiteral("version"), QStringLiteral("features"),
                              QStringLiteral("tip"), QStringLiteral("header")}));
        QVERIFY(r.certificateSha256.isEmpty());
        QVERIFY(r.pinState.isEmpty());
        QCOMPARE(r.latencyMs, qint64(-1));
        QCOMPARE(r.checkedAt, fixed);
        QCOMPARE(server.requestsReceived(QStringLiteral("server.ping")), 0);
    }

    void headerAtAKnownHeightMustMatch()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        HealthCheckOptions options = regtestOptions();
        options.knownHeight = 3;
        options.knownHeaderHash = server.blockHashHex(3);
        const HealthReport good = runCheck(tcpAddress(server), nullptr, options);
        QVERIFY2(good.ok, qPrintable(describe(good)));
        QCOMPARE(server.requestsReceived(QStringLiteral("blockchain.block.header")), 1);

        options.knownHeaderHash = server.blockHashHex(4);
        const HealthReport bad = runCheck(tcpAddress(server), nullptr, options);
        QVERIFY(!bad.ok);
        QCOMPARE(bad.failedStage, QStringLiteral("header"));
        QCOMPARE(bad.error.kind, ErrorKind::Protocol);
        QVERIFY2(bad.verdict().startsWith(QStringLiteral("header: header 3 hashes to ")), qPrintable(bad.verdict()));
        QVERIFY(bad.height >= 0); // the tip stage before it passed and is kept
        QVERIFY(bad.stage(u"ping") == nullptr);
    }

    void unlistedHostOrPortIsANoteNotAFailure()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        server.setServerFeaturesOverride(
            {{QStringLiteral("hosts"),
              QJsonObject{{QStringLiteral("electrum.example"), QJsonObject{{QStringLiteral("ssl_port"), 50002}}}}}});
        const HealthReport unlisted = runCheck(tcpAddress(server), nullptr, regtestOptions());
        QVERIFY2(unlisted.ok, qPrintable(describe(unlisted)));
        QCOMPARE(unlisted.notes.size(), 1);
        QVERIFY2(unlisted.notes.at(0).contains(QStringLiteral("127.0.0.1 is not among the hosts")),
                 qPrintable(unlisted.notes.at(0)));
        QVERIFY(unlisted.stage(u"features")->message.contains(QStringLiteral("electrum.example")));
        QCOMPARE(unlisted.noteCodes,
                 (QList<MessageCode>{{QStringLiteral("note.host-unlisted"),
                                      {QStringLiteral("127.0.0.1"), QStringLiteral("electrum.example")}}}));

        server.setServerFeaturesOverride(
            {{QStringLiteral("hosts"),
              QJsonObject{{QStringLiteral("127.0.0.1"), QJsonObject{{QStringLiteral("tcp_port"), 1}}}}}});
        const HealthReport otherPort = runCheck(tcpAddress(server), nullptr, regtestOptions());
        QVERIFY(otherPort.ok);
        QCOMPARE(
            otherPort.notes,
            QStringList{QStringLiteral("the server lists 127.0.0.1 with tcp_port 1, not %1").arg(server.tcpPort())});
    }

    void torUnavailableFailsTheConnectStageWithoutConnecting()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ProxyPolicy proxies;
        proxies.setRouteAllViaTor(true);
        proxies.setTorUnavailableReason(QStringLiteral("no tor binary"));
        HealthCheck check(tcpAddress(server), proxies, nullptr, regtestOptions());
        QSignalSpy finished(&check, &HealthCheck::finished);
        check.start();
        QCOMPARE(finished.size(), 0); // never synchronously
        QVERIFY(finished.wait(5000));
        const HealthReport r = finished.at(0).at(0).value<HealthReport>();
        QCOMPARE(r.failedStage, QStringLiteral("connect"));
        QCOMPARE(r.error.kind, ErrorKind::TorUnavailable);
        QCOMPARE(server.connectionsAccepted(), 0);
    }

    // One scan over servers that each misbehave in their own way; every verdict names the right stage.
    void scanGivesEachServerItsVerdict()
    {
        TestElectrumServer healthy;
        TestElectrumServer::Options lagOptions;
        lagOptions.blocks = 12;
        TestElectrumServer lagging(lagOptions);
        TestElectrumServer::Options mainnetOptions;
        mainnetOptions.network = QStringLiteral("mainnet");
        TestElectrumServer wrongGenesis(mainnetOptions);
        TestElectrumServer changedCert;
        TestElectrumServer silent;
        TestElectrumServer slow;
        TestElectrumServer gone;
        for (TestElectrumServer* s : {&healthy, &lagging, &wrongGenesis, &changedCert, &silent, &slow, &gone})
            QVERIFY(s->start());
        const quint16 refusedPort = gone.tcpPort();
        gone.stop();

        CertificatePinStore pins;
        const HealthReport pinned = runCheck(tlsAddress(changedCert), &pins, regtestOptions());
        QVERIFY2(pinned.ok, qPrintable(describe(pinned)));
        const QString lastSeenDay = pins.pin(tlsAddress(changedCert).hostPort())->lastSeen.date().toString(Qt::ISODate);
        changedCert.regenerateCertificate();
        silent.setFault(TestElectrumServer::Fault::Silent);
        slow.setMethodDelay(QStringLiteral("blockchain.headers.subscribe"), 10s);

        const ServerAddress refused = ServerAddress::create(u"127.0.0.1", refusedPort, Transport::Tcp).value();
        const QList<ServerAddress> servers{tlsAddress(healthy),
                                           tcpAddress(lagging),
                                           tcpAddress(wrongGenesis),
                                           tlsAddress(changedCert),
                                           tcpAddress(silent),
                                           tcpAddress(slow),
                                           refused};

        HealthScanOptions options;
        options.concurrency = 3;
        options.check = regtestOptions(2500ms); // room for a loaded machine, short enough for a quick test
        HealthScan scan(ProxyPolicy{}, &pins, options);
        QSignalSpy reports(&scan, &HealthScan::reportReady);
        QSignalSpy progress(&scan, &HealthScan::progress);
        QSignalSpy finished(&scan, &HealthScan::finished);
        int maxInFlight = 0;
        connect(&scan, &HealthScan::progress, this, [&] { maxInFlight = std::max(maxInFlight, scan.inFlight()); });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(scan.start(servers));
        QVERIFY(!scan.start(servers)); // one scan at a time
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(reports.size(), servers.size());
        QCOMPARE(progress.size(), servers.size());
        QCOMPARE(progress.last().at(0).toInt(), int(servers.size()));
        QCOMPARE(progress.last().at(1).toInt(), int(servers.size()));
        QVERIFY(maxInFlight <= 3);
        // Bounded: a server that never answers costs its budget, not the session's longer default timeouts.
        QVERIFY2(clock.elapsed() < 12'000, qPrintable(QString::number(clock.elapsed())));

        QHash<ServerAddress, HealthReport> byServer;
        for (const QList<QVariant>& args : reports) {
            const HealthReport r = args.at(0).value<HealthReport>();
            byServer.insert(r.server, r);
        }
        QCOMPARE(byServer.size(), servers.size());

        const HealthReport h = byServer.value(tlsAddress(healthy));
        QVERIFY2(h.ok, qPrintable(describe(h)));

        const HealthReport l = byServer.value(tcpAddress(lagging));
        QVERIFY2(l.ok, qPrintable(describe(l))); // lagging is not broken; TipAgreement tells
        QCOMPARE(l.height, 12);

        const HealthReport g = byServer.value(tcpAddress(wrongGenesis));
        QCOMPARE(g.failedStage, QStringLiteral("features"));
        QCOMPARE(g.verdict(), QStringLiteral("features: genesis is mainnet's, expected regtest"));
        QCOMPARE(g.height, -1); // nothing after the failed stage ran

        const HealthReport c = byServer.value(tlsAddress(changedCert));
        QCOMPARE(c.failedStage, QStringLiteral("tls"));
        QCOMPARE(c.error.kind, ErrorKind::CertificateChanged);
        QCOMPARE(c.pinState, QStringLiteral("changed"));
        QCOMPARE(c.certificateSha256, changedCert.certificateSha256());
        QCOMPARE(c.verdict(), QStringLiteral("tls: certificate changed since %1").arg(lastSeenDay));

        const HealthReport s = byServer.value(tcpAddress(silent));
        QCOMPARE(s.failedStage, QStringLiteral("version"));
        QCOMPARE(s.error.kind, ErrorKind::Timeout);
        QCOMPARE(s.verdict(), QStringLiteral("version: no answer within the 2.5 s budget"));
        QVERIFY(s.stage(u"connect")->ok);

        const HealthReport w = byServer.value(tcpAddress(slow));
        QCOMPARE(w.failedStage, QStringLiteral("tip"));
        QCOMPARE(w.error.kind, ErrorKind::Timeout);
        QVERIFY(w.stage(u"features")->ok);
        QVERIFY(w.totalMs >= 2400 && w.totalMs < 6000);

        const HealthReport r = byServer.value(refused);
        QCOMPARE(r.failedStage, QStringLiteral("connect"));
        QCOMPARE(r.error.kind, ErrorKind::ConnectionRefused);

        // The tips the scan saw: the lagging server is 8 blocks behind, nobody is on a fork.
        const TipAgreement agreement = computeTipAgreement(byServer.values());
        QCOMPARE(agreement.bestHeight, healthy.tipHeight());
        QCOMPARE(agreement.bestHash, healthy.blockHashHex(healthy.tipHeight()));
        QCOMPARE(agreement.forkedCount, 0);
        for (const ServerTip& tip : agreement.servers) {
            if (tip.server == tcpAddress(lagging))
                QCOMPARE(tip.lag, healthy.tipHeight() - 12);
            else if (tip.server == tlsAddress(healthy))
                QCOMPARE(tip.lag, 0);
            else if (tip.server == refused)
                QCOMPARE(tip.lag, -1);
        }
    }

    void cancelStopsPromptlyAndClosesSessions()
    {
        TestElectrumServer healthy;
        QVERIFY(healthy.start());
        std::vector<std::unique_ptr<TestElectrumServer>> silent;
        QList<ServerAddress> servers{tcpAddress(healthy), tlsAddress(healthy)};
        for (int i = 0; i < 6; ++i) {
            silent.push_back(std::make_unique<TestElectrumServer>());
            QVERIFY(silent.back()->start());
            silent.back()->setFault(TestElectrumServer::Fault::Silent);
            servers.append(tcpAddress(*silent.back()));
        }
        const auto openSilent = [&silent] {
            int n = 0;
            for (const auto& s : silent)
                n += s->openConnections();
            return n;
        };

        HealthScanOptions options;
        options.concurrency = 3;
        options.check = regtestOptions(60s);
        HealthScan scan(ProxyPolicy{}, nullptr, options);
        QSignalSpy reports(&scan, &HealthScan::reportReady);
        QSignalSpy finished(&scan, &HealthScan::finished);
        QVERIFY(scan.start(servers));
        // The two healthy checks finish; three silent ones then hang, the rest wait their turn.
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(openSilent(), 3, 10'000);
        QCOMPARE(scan.inFlight(), 3);

        QElapsedTimer clock;
        clock.start();
        scan.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!scan.isRunning());
        QCOMPARE(scan.inFlight(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(openSilent(), 0, 5000);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QTest::qWait(200);
        QCOMPARE(reports.size(), 2); // nothing reported after the cancel
        QCOMPARE(finished.size(), 1);
        int accepted = 0;
        for (const auto& s : silent)
            accepted += s->connectionsAccepted();
        QCOMPARE(accepted, 3); // the queued servers were never contacted
    }

    // 1,200 servers through 32 slots: every one reported, never more than 32 checks alive at once.
    void largeScanKeepsConcurrencyAndMemoryBounded()
    {
        // Holding 127.0.0.1:P means nothing can listen on 127.0.x.y:P for other y: every connection is refused.
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        const quint16 port = holder.serverPort();
        QList<ServerAddress> servers;
        for (int i = 0; i < 1200; ++i) {
            const QString host = QStringLiteral("127.0.%1.%2").arg(1 + i / 250).arg(1 + i % 250);
            servers.append(ServerAddress::create(host, port, Transport::Tcp).value());
        }
        HealthScanOptions options;
        options.check = regtestOptions(5s);
        HealthScan scan(ProxyPolicy{}, nullptr, options);
        QCOMPARE(options.concurrency, 32);
        int reports = 0;
        int refused = 0;
        int maxAlive = 0;
        connect(&scan, &HealthScan::reportReady, this, [&](const HealthReport& r) {
            ++reports;
            if (r.failedStage == QLatin1String("connect") && r.error.kind == ErrorKind::ConnectionRefused)
                ++refused;
            maxAlive = std::max(maxAlive, int(scan.findChildren<HealthCheck*>().size()));
            QVERIFY(scan.inFlight() <= 32);
        });
        QSignalSpy finished(&scan, &HealthScan::finished);
        QVERIFY(scan.start(servers));
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(reports, 1200);
        QCOMPARE(refused, 1200);
        // Finished checks are deleted as the scan goes: live objects stay near the concurrency, not the list size.
        QVERIFY2(maxAlive <= 2 * 32, qPrintable(QString::number(maxAlive)));
        QTRY_COMPARE_WITH_TIMEOUT(int(scan.findChildren<HealthCheck*>().size()), 0, 2000);
    }
};

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
