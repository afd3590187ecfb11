// /electrum/check, /electrum/tip and the health fields of /electrum/servers against the test Electrum server.
#include "ApiServer.h"
#include "ApiTestUtil.h"
#include "Clock.h"
#include "Engine.h"
#include "ServerListing.h"
#include "TestElectrumServer.h"
#include "directory/ServerDirectory.h"
#include "health/HealthHistory.h"
#include "health/HealthMonitor.h"
#include "health/HealthRegistry.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <memory>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestApiHealth : public QObject
{
    Q_OBJECT

    ApiHarness m_h;

    static std::unique_ptr<TestElectrumServer> startServer(int blocks)
    {
        TestElectrumServer::Options options;
        options.blocks = blocks;
        auto server = std::make_unique<TestElectrumServer>(options);
        if (!server->start())
            return nullptr;
        return server;
    }
    HttpResult check(quint16 port, bool tls, const QString& network = u"regtest"_s, const QString& timeout = {})
    {
        QUrlQuery q = electrumQuery(port, tls);
        if (!network.isEmpty())
            q.addQueryItem(u"network"_s, network);
        if (!timeout.isEmpty())
            q.addQueryItem(u"timeout"_s, timeout);
        return m_h.client->get(u"/electrum/check"_s, q, {}, 60'000);
    }
    static QStringList stageNames(const QJsonObject& report)
    {
        QStringList names;
        for (const auto& s : report.value(u"stages"_s).toArray())
            names << s.toObject().value(u"name"_s).toString();
        return names;
    }
    static QJsonObject serverIn(const QJsonArray& servers, const QString& address)
    {
        for (const auto& s : servers) {
            if (s.toObject().value(u"server"_s).toString() == address)
                return s.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_h.startEngine();
        const QString failed = m_h.startApi();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_h.stop(); }

    void healthyServerPassesEveryStage()
    {
        auto server = startServer(20);
        QVERIFY(server);
        for (const bool tls : {false, true}) {
            const HttpResult r = check(tls ? server->tlsPort() : server->tcpPort(), tls);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
            const QJsonObject report = r.json();
            QVERIFY2(report.value(u"ok"_s).toBool(), r.body.constData());
            QCOMPARE(report.value(u"verdict"_s).toString(), u"ok"_s);
            QCOMPARE(report.value(u"network"_s).toString(), u"regtest"_s);
            QCOMPARE(report.value(u"height"_s).toInt(), 20);
            QCOMPARE(report.value(u"tipHash"_s).toString(), server->blockHashHex(20));
            const QStringList names = stageNames(report);
            QStringList expected{u"connect"_s, u"version"_s, u"features"_s, u"tip"_s, u"header"_s, u"ping"_s};
            if (tls)
                expected.insert(1, u"tls"_s);
            QCOMPARE(names, expected);
            for (const auto& s : report.value(u"stages"_s).toArray()) {
                QVERIFY(s.toObject().value(u"ok"_s).toBool());
                QVERIFY(s.toObject().value(u"ms"_s).toInteger(-1) >= 0);
            }
        }
    }

    void silentServerFailsAtANamedStage()
    {
        auto server = startServer(20);
        QVERIFY(server);
        server->setFault(TestElectrumServer::Fault::Silent);
        QElapsedTimer clock;
        clock.start();
        const HttpResult r = check(server->tcpPort(), false, u"regtest"_s, u"3"_s);
        QVERIFY2(clock.elapsed() < 15'000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
        QCOMPARE(r.status, 200); // the report is the answer, healthy or not
        const QJsonObject report = r.json();
        QCOMPARE(report.value(u"ok"_s).toBool(true), false);
        const QString failed = report.value(u"failedStage"_s).toString();
        QCOMPARE(failed, u"version"_s); // connected, then no answer to server.version
        QVERIFY2(report.value(u"verdict"_s).toString().startsWith(failed + u": "_s), r.body.constData());
        QVERIFY(stageNames(report).contains(u"connect"_s));
    }

    void wrongNetworkFailsTheFeaturesStage()
    {
        auto server = startServer(20);
        QVERIFY(server);
        const HttpResult r = check(server->tcpPort(), false, u"mainnet"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"ok"_s).toBool(true), false);
        QCOMPARE(r.json().value(u"failedStage"_s).toString(), u"features"_s);
        QCOMPARE(r.json().value(u"network"_s).toString(), u"mainnet"_s);
    }

    void badCheckParametersGive400()
    {
        QUrlQuery badPort;
        badPort.addQueryItem(u"url"_s, u"127.0.0.1"_s);
        badPort.addQueryItem(u"port"_s, u"abc"_s);
        const HttpResult port = m_h.client->get(u"/electrum/check"_s, badPort);
        QCOMPARE(port.status, 400);
        QVERIFY(port.json().value(u"detail"_s).toString().startsWith(u"port: 'abc'"_s));

        QUrlQuery badNetwork = electrumQuery(50001, false);
        badNetwork.addQueryItem(u"network"_s, u"moonnet"_s);
        const HttpResult network = m_h.client->get(u"/electrum/check"_s, badNetwork);
        QCOMPARE(network.status, 400);
        QVERIFY(network.json().value(u"detail"_s).toString().startsWith(u"network: 'moonnet'"_s));

        QUrlQuery unknown = electrumQuery(50001, false);
        unknown.addQueryItem(u"method"_s, u"server.features"_s);
        QCOMPARE(m_h.client->get(u"/electrum/check"_s, unknown).status, 400);
        QCOMPARE(m_h.client->get(u"/electrum/check"_s).status, 400); // no url

        QUrlQuery badTip;
        badTip.addQueryItem(u"network"_s, u"moonnet"_s);
        QCOMPARE(m_h.client->get(u"/electrum/tip"_s, badTip).status, 400);
    }

    void tipShowsTheLagOfAServerBehind()
    {
        auto behind = startServer(20);
        auto ahead = startServer(25);
        QVERIFY(behind && ahead);
        QVERIFY(check(behind->tcpPort(), false).json().value(u"ok"_s).toBool());
        QVERIFY(check(ahead->tcpPort(), false).json().value(u"ok"_s).toBool());

        QUrlQuery regtest;
        regtest.addQueryItem(u"network"_s, u"regtest"_s);
        const HttpResult r = m_h.client->get(u"/electrum/tip"_s, regtest);
        QCOMPARE(r.status, 200);
        const QJsonObject tip = r.json();
        QCOMPARE(tip.value(u"network"_s).toString(), u"regtest"_s);
        QCOMPARE(tip.value(u"bestHeight"_s).toInt(), 25);
        QCOMPARE(tip.value(u"bestHash"_s).toString(), ahead->blockHashHex(25));
        QCOMPARE(tip.value(u"forkedCount"_s).toInt(), 0);
        const QJsonArray servers = tip.value(u"servers"_s).toArray();
        const QJsonObject b = serverIn(servers, u"127.0.0.1:%1:t"_s.arg(behind->tcpPort()));
        const QJsonObject a = serverIn(servers, u"127.0.0.1:%1:t"_s.arg(ahead->tcpPort()));
        QCOMPARE(b.value(u"height"_s).toInt(), 20);
        QCOMPARE(b.value(u"lag"_s).toInt(), 5);
        QCOMPARE(a.value(u"lag"_s).toInt(), 0);
        QCOMPARE(b.value(u"forked"_s).toBool(true), false);
        QVERIFY(!b.value(u"checked_at"_s).toString().isEmpty());

        // Other networks' tips are separate: nothing was checked for mainnet.
        QUrlQuery mainnet;
        mainnet.addQueryItem(u"network"_s, u"mainnet"_s);
        const QJsonObject none = m_h.client->get(u"/electrum/tip"_s, mainnet).json();
        QCOMPARE(none.value(u"checked"_s).toInt(-1), 1); // the wrong-network check above
        QCOMPARE(none.value(u"bestHeight"_s).toInt(), -1);

        // The server list shows what the last check found, and filters on it.
        ServerEntry entry;
        entry.host = u"127.0.0.1"_s;
        entry.kind = ServerAddress::classifyHost(entry.host);
        entry.tcpPort = behind->tcpPort();
        entry.network = u"regtest"_s;
        entry.source = u"user"_s;
        QVERIFY(m_h.engine->directory().add(entry).ok());
        QUrlQuery up = regtest;
        up.addQueryItem(u"status"_s, u"up"_s);
        const HttpResult list = m_h.client->get(u"/electrum/servers"_s, up);
        QCOMPARE(list.status, 200);
        QJsonObject listed;
        for (const auto& s : list.json().value(u"servers"_s).toArray()) {
            QCOMPARE(s.toObject().value(u"status"_s).toString(), u"up"_s);
            if (s.toObject().value(u"host"_s).toString() == entry.host)
                listed = s.toObject();
        }
        QCOMPARE(listed.value(u"height"_s).toInt(), 20);
        QCOMPARE(listed.value(u"lag"_s).toInt(), 5);
        QVERIFY(listed.value(u"latency_ms"_s).toInteger(-1) >= 0);
        QVERIFY(!listed.value(u"last_check"_s).toString().isEmpty());
        // Every check lands in the engine's history: this server has one good check today.
        QCOMPARE(listed.value(u"uptime_24h"_s).toDouble(-1), 100.0);
        QCOMPARE(listed.value(u"uptime_7d"_s).toDouble(-1), 100.0);
        QVERIFY(m_h.engine->history().recordCount() >= 2);

        QUrlQuery down = regtest;
        down.addQueryItem(u"status"_s, u"down"_s);
        for (const auto& s : m_h.client->get(u"/electrum/servers"_s, down).json().value(u"servers"_s).toArray())
            QVERIFY(s.toObject().value(u"host"_s).toString() != entry.host);
        QUrlQuery bad = regtest;
        bad.addQueryItem(u"status"_s, u"sideways"_s);
        QCOMPARE(m_h.client->get(u"/electrum/servers"_s, bad).status, 400);
    }

    void serverListShowsADirectoryChangeOrANewReportAtOnce()
    {
        ServerEntry entry;
        entry.host = u"198.51.100.7"_s;
        entry.kind = ServerAddress::classifyHost(entry.host);
        entry.tcpPort = 50001;
        entry.network = u"regtest"_s;
        entry.source = u"user"_s;
        QUrlQuery regtest;
        regtest.addQueryItem(u"network"_s, u"regtest"_s);
        auto statusInList = [&]() -> QString {
            const HttpResult list = m_h.client->get(u"/electrum/servers"_s, regtest);
            for (const auto& s : list.json().value(u"servers"_s).toArray()) {
                if (s.toObject().value(u"host"_s).toString() == entry.host)
                    return s.toObject().value(u"status"_s).toString();
            }
            return list.status == 200 ? u"absent"_s : u"error"_s;
        };
        // Every step below comes well within the list's maximum age: only the invalidation can show it.
        QCOMPARE(statusInList(), u"absent"_s);
        QVERIFY(m_h.engine->directory().add(entry).ok());
        QCOMPARE(statusInList(), u"unknown"_s);

        HealthReport report;
        report.server = entry.address(Transport::Tcp);
        report.checkedAt = QDateTime::currentDateTimeUtc();
        report.ok = true;
        report.height = 7;
        report.latencyMs = 3;
        m_h.engine->health().record(report, BitcoinNetwork::Regtest);
        QCOMPARE(statusInList(), u"up"_s);
        report.checkedAt = report.checkedAt.addSecs(1);
        report.ok = false;
        report.failedStage = u"connect"_s;
        report.error = Error::make(ErrorKind::ConnectionRefused, u"refused"_s);
        m_h.engine->health().record(report, BitcoinNetwork::Regtest);
        QCOMPARE(statusInList(), u"down"_s);

        QVERIFY(m_h.engine->directory().remove(entry.network, entry.host).ok());
        QCOMPARE(statusInList(), u"absent"_s);
    }

    void serverListBodiesAreReusedUntilTheyAge()
    {
        ManualClock clock;
        ServerListCache cache(m_h.engine->directory(), m_h.engine->history(), m_h.engine->health(),
                              std::chrono::seconds(2), clock);
        const HealthRegistry* health = &m_h.engine->health().registry();
        ServerListQuery query;
        query.network = u"regtest"_s;
        const QByteArray first = cache.body(health, query);
        QVERIFY(first.startsWith("{\"count\":"));
        QCOMPARE(cache.body(health, query), first);
        QCOMPARE(cache.builds(), 1);
        ServerListQuery byHost = query;
        byHost.sort = u"host"_s;
        cache.body(health, byHost);
        QCOMPARE(cache.builds(), 2); // one body per query

        clock.advance(1'999ms);
        cache.body(health, query);
        QCOMPARE(cache.builds(), 2);
        clock.advance(1ms);
        cache.body(health, query); // the uptime windows have slid: built again
        QCOMPARE(cache.builds(), 3);

        ServerEntry entry;
        entry.host = u"198.51.100.8"_s;
        entry.kind = ServerAddress::classifyHost(entry.host);
        entry.tlsPort = 50002;
        entry.network = u"regtest"_s;
        entry.source = u"user"_s;
        QVERIFY(m_h.engine->directory().add(entry).ok());
        QCOMPARE(cache.size(), 0);
        QVERIFY(cache.body(health, query).contains("198.51.100.8"));
        QCOMPARE(cache.builds(), 4);
        HealthReport report;
        report.server = entry.address(Transport::Tls);
        report.checkedAt = QDateTime::currentDateTimeUtc();
        report.ok = true;
        m_h.engine->health().record(report, BitcoinNetwork::Regtest);
        QCOMPARE(cache.size(), 0);
        QVERIFY(m_h.engine->directory().remove(entry.network, entry.host).ok());
    }
};

QTEST_GUILESS_MAIN(TestApiHealth)
#include "tst_apihealth.moc"
