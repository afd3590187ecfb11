// /electrum/scan and the filters of /electrum/servers, over a directory of test Electrum servers that behave
// differently (healthy, lagging, wrong genesis, silent) and one that announces a peer.
#include "ApiServer.h"
#include "ApiTestUtil.h"
#include "Engine.h"
#include "TestElectrumServer.h"
#include "directory/ServerDirectory.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString kHealthy = u"127.0.0.2"_s, kLagging = u"127.0.0.3"_s, kWrongChain = u"127.0.0.4"_s,
              kSilent = u"127.0.0.5"_s, kPeer = u"127.0.0.6"_s;

std::unique_ptr<TestElectrumServer> startServer(const QString& ip, int blocks = 20, const QString& network = {})
{
    TestElectrumServer::Options o;
    o.blocks = blocks;
    if (!network.isEmpty())
        o.network = network;
    return TestElectrumServer::startedOn(ip, o);
}

QUrlQuery regtest(std::initializer_list<std::pair<QString, QString>> more = {})
{
    QUrlQuery q;
    q.addQueryItem(u"network"_s, u"regtest"_s);
    for (const auto& [key, value] : more)
        q.addQueryItem(key, value);
    return q;
}

QStringList hostsOf(const HttpResult& r)
{
    QStringList hosts;
    for (const auto& s : r.json().value(u"servers"_s).toArray())
        hosts << s.toObject().value(u"host"_s).toString();
    return hosts;
}

} // namespace

class TestApiScan : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestElectrumServer> m_healthy, m_lagging, m_wrongChain, m_silent, m_peer;
    ApiHarness m_h;

    void addToDirectory(const QString& ip, const TestElectrumServer& server, bool tls = false)
    {
        ServerEntry entry;
        entry.host = ip;
        entry.kind = HostKind::IPv4;
        entry.network = u"regtest"_s;
        entry.tcpPort = server.tcpPort();
        if (tls)
            entry.tlsPort = server.tlsPort();
        QVERIFY(m_h.engine->directory().add(entry).ok());
    }

    QJsonObject listed(const QString& host) { return listedServer(*m_h.client, host, regtest()); }

private slots:
    void initTestCase()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress(kPeer), 0))
            QSKIP("this system only listens on 127.0.0.1 (servers need addresses of their own in 127/8)");
        m_healthy = startServer(kHealthy);
        m_lagging = startServer(kLagging, 15);
        m_wrongChain = startServer(kWrongChain, 20, u"mainnet"_s);
        m_silent = startServer(kSilent);
        m_peer = startServer(kPeer);
        QVERIFY(m_healthy && m_lagging && m_wrongChain && m_silent && m_peer);
        m_silent->setFault(TestElectrumServer::Fault::Silent);
        m_healthy->setPeers(QJsonArray{
            QJsonArray{kPeer, QString(), QJsonArray{u"v1.4"_s, u"t%1"_s.arg(m_peer->tcpPort())}},
        });

        EngineOptions options = loopbackEngineOptions();
        options.health.budget = 2500ms;
        options.health.concurrency = 4;
        m_h.startEngine(options);
        QVERIFY(m_h.engine->directory().remove(u"regtest"_s, u"127.0.0.1"_s).ok()); // the bundled regtest entry
        addToDirectory(kHealthy, *m_healthy, true);
        addToDirectory(kLagging, *m_lagging);
        addToDirectory(kWrongChain, *m_wrongChain);
        addToDirectory(kSilent, *m_silent);
        const QString failed = m_h.startApi();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_h.stop(); }

    void scanShowsEachVerdictLagAndTheDiscoveredPeer()
    {
        const HttpResult idle = m_h.client->get(u"/electrum/scan"_s, regtest());
        QCOMPARE(idle.status, 200);
        QCOMPARE(idle.json().value(u"running"_s).toBool(true), false);
        QVERIFY(idle.json().value(u"started_at"_s).isNull());

        const HttpResult started = m_h.client->get(u"/electrum/scan"_s, regtest({{u"action"_s, u"start"_s}}));
        QCOMPARE(started.status, 202);
        QCOMPARE(started.json().value(u"running"_s).toBool(), true);
        QCOMPARE(started.json().value(u"total"_s).toInt(), 4);
        QCOMPARE(started.json().value(u"network"_s).toString(), u"regtest"_s);

        const HttpResult again = m_h.client->get(u"/electrum/scan"_s, regtest({{u"action"_s, u"start"_s}}));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY2(again.json().value(u"detail"_s).toString().contains(u"action=cancel"_s), again.body.constData());

        // Long poll until the scan and the discovery after it are over.
        const HttpResult done = m_h.client->get(u"/electrum/scan"_s, regtest({{u"wait"_s, u"60"_s}}), {}, 90'000);
        QCOMPARE(done.status, 200);
        const QJsonObject state = done.json();
        QCOMPARE(state.value(u"running"_s).toBool(true), false);
        QCOMPARE(state.value(u"discovering"_s).toBool(true), false);
        QCOMPARE(state.value(u"done"_s).toInt(), 4);
        QCOMPARE(state.value(u"up"_s).toInt(), 2);
        QVERIFY(!state.value(u"finished_at"_s).toString().isEmpty());
        const QJsonObject discovery = state.value(u"last_discovery"_s).toObject();
        QCOMPARE(discovery.value(u"added"_s).toInt(), 1);

        const QJsonObject healthy = listed(kHealthy);
        QCOMPARE(healthy.value(u"status"_s).toString(), u"up"_s);
        QCOMPARE(healthy.value(u"verdict"_s).toString(), u"ok"_s);
        QCOMPARE(healthy.value(u"lag"_s).toInt(-1), 0);
        QCOMPARE(healthy.value(u"uptime_24h"_s).toDouble(-1), 100.0);

        const QJsonObject lagging = listed(kLagging);
        QCOMPARE(lagging.value(u"height"_s).toInt(), 15);
        QCOMPARE(lagging.value(u"lag"_s).toInt(), m_healthy->tipHeight() - 15);

        const QJsonObject wrong = listed(kWrongChain);
        QCOMPARE(wrong.value(u"status"_s).toString(), u"down"_s);
        QCOMPARE(wrong.value(u"failed_stage"_s).toString(), u"features"_s);
        QCOMPARE(wrong.value(u"verdict"_s).toString(), u"features: genesis is mainnet's, expected regtest"_s);
        QCOMPARE(wrong.value(u"uptime_24h"_s).toDouble(-1), 0.0);

        const QJsonObject silent = listed(kSilent);
        QCOMPARE(silent.value(u"failed_stage"_s).toString(), u"version"_s);

        const QJsonObject peer = listed(kPeer);
        QCOMPARE(peer.value(u"source"_s).toString(), u"peer"_s);
        QCOMPARE(peer.value(u"announced_by"_s).toString(),
                 u"%1:%2:s"_s.arg(kHealthy).arg(m_healthy->tlsPort())); // scanned over TLS
        QVERIFY(!peer.value(u"discovered_at"_s).toString().isEmpty());
        QCOMPARE(peer.value(u"status"_s).toString(), u"up"_s);
    }

    void serversFilterAndSortOnHealth()
    {
        // Relies on the scan of the test above.
        QCOMPARE(hostsOf(m_h.client->get(u"/electrum/servers"_s, regtest({{u"status"_s, u"up"_s}}))),
                 (QStringList{kHealthy, kLagging, kPeer}));
        QCOMPARE(hostsOf(m_h.client->get(u"/electrum/servers"_s, regtest({{u"max_lag"_s, u"0"_s}}))),
                 (QStringList{kHealthy, kPeer}));
        QCOMPARE(hostsOf(m_h.client->get(u"/electrum/servers"_s, regtest({{u"min_uptime"_s, u"99.5"_s}}))),
                 (QStringList{kHealthy, kLagging, kPeer}));
        QCOMPARE(hostsOf(m_h.client->get(u"/electrum/servers"_s, regtest({{u"transport"_s, u"tls"_s}}))),
                 QStringList{kHealthy});
        QCOMPARE(hostsOf(m_h.client->get(u"/electrum/servers"_s, regtest({{u"sort"_s, u"height"_s}}))).first(),
                 kLagging);
        // Servers without the figure come last in either direction.
        const QStringList byHeightDown =
            hostsOf(m_h.client->get(u"/electrum/servers"_s, regtest({{u"sort"_s, u"-height"_s}})));
        QCOMPARE(byHeightDown.size(), 5);
        QCOMPARE(byHeightDown.at(2), kLagging);
        QVERIFY(byHeightDown.mid(3).contains(kSilent) && byHeightDown.mid(3).contains(kWrongChain));
        QCOMPARE(hostsOf(m_h.client->get(u"/electrum/servers"_s, regtest({{u"sort"_s, u"-host"_s}}))).first(), kPeer);

        for (const auto& [key, value] : {std::pair{u"min_uptime"_s, u"abc"_s},
                                         {u"min_uptime"_s, u"101"_s},
                                         {u"max_lag"_s, u"-1"_s},
                                         {u"sort"_s, u"fastest"_s},
                                         {u"transport"_s, u"udp"_s},
                                         {u"colour"_s, u"red"_s}}) {
            const HttpResult bad = m_h.client->get(u"/electrum/servers"_s, regtest({{key, value}}));
            QCOMPARE(bad.status, 400);
            QVERIFY2(bad.json().value(u"detail"_s).toString().contains(key), bad.body.constData());
        }
        QUrlQuery twice = regtest({{u"sort"_s, u"lag"_s}});
        twice.addQueryItem(u"sort"_s, u"host"_s);
        QCOMPARE(m_h.client->get(u"/electrum/servers"_s, twice).status, 400);
    }

    void cancelStopsTheScanAndBadParametersAreRefused()
    {
        const HttpResult started = m_h.client->get(u"/electrum/scan"_s, regtest({{u"action"_s, u"start"_s}}));
        QCOMPARE(started.status, 202);
        const HttpResult cancelled = m_h.client->get(u"/electrum/scan"_s, regtest({{u"action"_s, u"cancel"_s}}));
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json().value(u"running"_s).toBool(true), false);
        QCOMPARE(cancelled.json().value(u"cancelled"_s).toBool(), true);

        QCOMPARE(m_h.client->get(u"/electrum/scan"_s, regtest({{u"action"_s, u"pause"_s}})).status, 400);
        QCOMPARE(m_h.client->get(u"/electrum/scan"_s, regtest({{u"wait"_s, u"600"_s}})).status, 400);
        QUrlQuery moon;
        moon.addQueryItem(u"network"_s, u"moonnet"_s);
        QCOMPARE(m_h.client->get(u"/electrum/scan"_s, moon).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestApiScan)
#include "tst_apiscan.moc"
