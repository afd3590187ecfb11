// Issue #19: watched servers keep a live header subscription, and the arrival lag of each block per server is timed
// from the real notifications of three test Electrum servers (one deliberately late), shown in /electrum/servers and
// /metrics.
#include "ApiServer.h"
#include "ApiTestUtil.h"
#include "Engine.h"
#include "TestElectrumServer.h"
#include "directory/ServerDirectory.h"
#include "directory/WatchList.h"
#include "live/ChainFollower.h"
#include "monitor/BlockArrival.h"
#include "monitor/WatchAlerts.h"
#include "monitor/WatchFollower.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString kFirst = u"127.0.0.2"_s, kSecond = u"127.0.0.3"_s, kLate = u"127.0.0.4"_s, kHealthy = u"127.0.0.5"_s;

std::unique_ptr<TestElectrumServer> startArrivalServer(const QString& ip)
{
    return TestElectrumServer::startedOn(ip);
}

ServerAddress tcpOf(const QString& ip, const TestElectrumServer& server)
{
    return ServerAddress::create(ip, server.tcpPort(), Transport::Tcp).value();
}

// The sample of `metric` (btcw_server_arrival_lag_seconds by default) for `host`, or -1 when there is none.
double arrivalSeconds(const QByteArray& exposition, const QString& host,
                      const QByteArray& metric = "btcw_server_arrival_lag_seconds")
{
    const QByteArray needle = "host=\"" + host.toLatin1() + '"';
    for (const QByteArray& line : exposition.split('\n')) {
        if (line.startsWith(metric + '{') && line.contains(needle))
            return line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return -1;
}

} // namespace

class TestApiArrival : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestElectrumServer> m_first, m_second, m_late, m_healthy;
    ApiHarness m_h;

    void addToDirectory(const QString& ip, const TestElectrumServer& server)
    {
        ServerEntry entry;
        entry.host = ip;
        entry.kind = HostKind::IPv4;
        entry.network = u"regtest"_s;
        entry.tcpPort = server.tcpPort();
        QVERIFY(m_h.engine->directory().add(entry).ok());
    }

    QJsonObject listed(const QString& host, const QString& group = {})
    {
        QUrlQuery regtest;
        regtest.addQueryItem(u"network"_s, u"regtest"_s);
        if (!group.isEmpty())
            regtest.addQueryItem(u"group"_s, group);
        return listedServer(*m_h.client, host, regtest);
    }

private slots:
    void initTestCase()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress(kHealthy), 0))
            QSKIP("this system only listens on 127.0.0.1 (servers need addresses of their own in 127/8)");
        probe.close();
        m_first = startArrivalServer(kFirst);
        m_second = startArrivalServer(kSecond);
        m_late = startArrivalServer(kLate);
        m_healthy = startArrivalServer(kHealthy);
        QVERIFY(m_first && m_second && m_late && m_healthy);

        EngineOptions options = loopbackEngineOptions();
        options.health.discoverPeers = false;
        options.connection.idleTimeout = 300ms; // a released subscription's connection goes soon
        m_h.startEngine(options);
        QVERIFY(m_h.engine->directory().remove(u"regtest"_s, u"127.0.0.1"_s).ok()); // the bundled regtest entry
        addToDirectory(kFirst, *m_first);
        addToDirectory(kSecond, *m_second);
        addToDirectory(kLate, *m_late);
        addToDirectory(kHealthy, *m_healthy);
        const QString failed = m_h.startApi();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_h.stop(); }

    void watchingAServerSubscribesToItsHeadersAndUnwatchingDropsIt()
    {
        QCOMPARE(m_first->headerSubscribers(), 0);
        m_h.engine->watchList().setWatched(u"regtest/"_s + kFirst, true);
        QTRY_COMPARE_WITH_TIMEOUT(m_first->headerSubscribers(), 1, 10'000);
        QVERIFY(m_h.engine->watchFollower().isFollowed(tcpOf(kFirst, *m_first)));
        QCOMPARE(m_second->headerSubscribers(), 0);

        m_h.engine->watchList().setWatched(u"regtest/"_s + kFirst, false);
        QTRY_VERIFY(!m_h.engine->watchFollower().isFollowed(tcpOf(kFirst, *m_first)));
        // Released: the connection, which only receives pushes now, is closed once idle.
        QTRY_COMPARE_WITH_TIMEOUT(m_first->headerSubscribers(), 0, 10'000);
    }

    void aLateServersArrivalLagIsItsDelayBehindTheFirst()
    {
        for (const QString& host : {kFirst, kSecond, kLate})
            m_h.engine->watchList().setWatched(u"regtest/"_s + host, true);
        for (const TestElectrumServer* server : {m_first.get(), m_second.get(), m_late.get()})
            QTRY_COMPARE_WITH_TIMEOUT(server->headerSubscribers(), 1, 10'000);
        const ServerAddress first = tcpOf(kFirst, *m_first), second = tcpOf(kSecond, *m_second),
                            late = tcpOf(kLate, *m_late);
        // Each one's subscription has answered (its tip is known): what comes next is a push.
        for (const ServerAddress& server : {first, second, late})
            QTRY_VERIFY(m_h.engine->follower().tip(server).has_value());
        const QJsonObject before = listed(kLate);
        QVERIFY(before.contains(u"arrival_lag_ms"_s));
        QVERIFY(before.value(u"arrival_lag_ms"_s).isNull());
        QVERIFY(before.value(u"arrival_p95_ms"_s).isNull());

        QSignalSpy arrived(&m_h.engine->arrival(), &BlockArrival::arrived);
        const int height = m_first->tipHeight() + 1;
        m_first->mineBlock();
        m_second->mineBlock();
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 2, 10'000);
        // The third server's block comes deliberately late: this wait is what the test measures, not a sync.
        constexpr qint64 kLateByMs = 400;
        QElapsedTimer gap;
        gap.start();
        QTest::qWait(int(kLateByMs));
        m_late->mineBlock();
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 3, 10'000);
        const qint64 elapsedMs = gap.elapsed();

        const BlockArrival& arrival = m_h.engine->arrival();
        const qint64 lagFirst = arrival.stats(first)->lastLagMs.value_or(-1);
        const qint64 lagSecond = arrival.stats(second)->lastLagMs.value_or(-1);
        const qint64 lagLate = arrival.stats(late)->lastLagMs.value_or(-1);
        qInfo("arrival lags: %s %lld ms, %s %lld ms, %s (mined %lld ms later) %lld ms", qPrintable(kFirst), lagFirst,
              qPrintable(kSecond), lagSecond, qPrintable(kLate), elapsedMs, lagLate);
        QCOMPARE(std::min(lagFirst, lagSecond), 0);         // whichever push was read first
        QVERIFY(std::max(lagFirst, lagSecond) < kLateByMs); // mined together: well under the late one's delay
        QVERIFY2(lagLate >= kLateByMs, qPrintable(QString::number(lagLate)));
        QVERIFY2(lagLate <= elapsedMs + 50, qPrintable(QString::number(lagLate))); // no older first time than ours
        QVERIFY(lagLate > std::max(lagFirst, lagSecond));
        QCOMPARE(arrival.stats(late)->lastHeight, height);
        QVERIFY(!arrival.stats(late)->forked);

        const QJsonObject row = listed(kLate);
        QCOMPARE(qint64(row.value(u"arrival_lag_ms"_s).toDouble()), lagLate);
        QCOMPARE(qint64(row.value(u"arrival_p50_ms"_s).toDouble()), lagLate); // one sample: every percentile is it
        QCOMPARE(qint64(row.value(u"arrival_p95_ms"_s).toDouble()), lagLate);
        QCOMPARE(qint64(row.value(u"arrival_p95_7d_ms"_s).toDouble()), lagLate);
        QCOMPARE(row.value(u"arrival_forked"_s).toBool(true), false);
        // Grouped by identity: the server's earliest address, here its only one.
        const QJsonObject grouped = listed(kLate, u"identity"_s);
        QCOMPARE(grouped.value(u"address_count"_s).toInt(), 1);
        QCOMPARE(qint64(grouped.value(u"arrival_lag_ms"_s).toDouble()), lagLate);
        QCOMPARE(grouped.value(u"arrival_forked"_s).toBool(true), false);
        const QJsonObject early = listed(lagFirst == 0 ? kFirst : kSecond);
        QCOMPARE(early.value(u"arrival_lag_ms"_s).toDouble(-1), 0.0);

        const HttpResult metrics = m_h.client->get(u"/metrics"_s);
        QCOMPARE(metrics.status, 200);
        QCOMPARE(arrivalSeconds(metrics.body, kLate), double(lagLate) / 1000.0);
        QCOMPARE(arrivalSeconds(metrics.body, lagFirst == 0 ? kFirst : kSecond), 0.0);
        QCOMPARE(arrivalSeconds(metrics.body, kHealthy), -1.0); // never followed: no sample

        for (const QString& host : {kFirst, kSecond, kLate})
            m_h.engine->watchList().setWatched(u"regtest/"_s + host, false);
    }

    void followingEveryHealthyServerTakesCheckedOnesWhenTurnedOn()
    {
        const ServerAddress healthy = tcpOf(kHealthy, *m_healthy);
        bool done = false;
        QObject context;
        m_h.engine->health().checkOne(healthy, BitcoinNetwork::Regtest, 5s, &context,
                                      [&done](const Result<HealthReport>& report) { done = report.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
        QVERIFY(m_h.engine->health().registry().latest(healthy)->ok);
        // Off by default: a passed check alone is not followed (the check's own connection goes when it is done).
        m_h.engine->watchFollower().reconcile();
        QVERIFY(!m_h.engine->watchFollower().isFollowed(healthy));
        QTRY_COMPARE_WITH_TIMEOUT(m_healthy->headerSubscribers(), 0, 10'000);

        EngineOptions options = m_h.engine->options();
        options.follow.followHealthy = true;
        m_h.engine->applySettings(options);
        QTRY_COMPARE_WITH_TIMEOUT(m_healthy->headerSubscribers(), 1, 10'000);
        QVERIFY(m_h.engine->watchFollower().isFollowed(healthy));

        options.follow.followHealthy = false;
        m_h.engine->applySettings(options);
        QTRY_VERIFY(!m_h.engine->watchFollower().isFollowed(healthy));
        QTRY_COMPARE_WITH_TIMEOUT(m_healthy->headerSubscribers(), 0, 10'000);
    }

    // Last: the late server's chain leaves the others' here.
    void aWatchedServerOnAnotherBlockIsMarkedAndToldOfOnce()
    {
        EngineOptions options = m_h.engine->options();
        options.alerts.forkSettle = 300ms; // long enough for the three pushes to arrive in any order
        m_h.engine->applySettings(options);
        for (const QString& host : {kFirst, kSecond, kLate})
            m_h.engine->watchList().setWatched(u"regtest/"_s + host, true);
        const ServerAddress first = tcpOf(kFirst, *m_first), second = tcpOf(kSecond, *m_second),
                            late = tcpOf(kLate, *m_late);
        for (const TestElectrumServer* server : {m_first.get(), m_second.get(), m_late.get()})
            QTRY_COMPARE_WITH_TIMEOUT(server->headerSubscribers(), 1, 10'000);
        // Each subscription has answered with the server's tip: what comes next is a push.
        for (const ServerAddress& server : {first, second, late})
            QTRY_VERIFY_WITH_TIMEOUT(m_h.engine->watchFollower().isFollowed(server) &&
                                         m_h.engine->follower().tip(server).value_or(LiveTip{}).height ==
                                             m_first->tipHeight(),
                                     10'000);
        QSignalSpy events(&m_h.engine->alerts(), &WatchAlerts::serverEvent);
        QSignalSpy arrived(&m_h.engine->arrival(), &BlockArrival::arrived);

        // Two servers agree on the next block; the third announces another one at that height.
        m_first->mineBlock();
        m_second->mineBlock();
        m_late->mineBlock(1);
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 3, 10'000);
        QCOMPARE_NE(m_late->blockHashHex(m_late->tipHeight()), m_first->blockHashHex(m_first->tipHeight()));
        QVERIFY(m_h.engine->arrival().stats(late)->forked);
        QVERIFY(!m_h.engine->arrival().stats(first)->forked);
        QCOMPARE(listed(kLate).value(u"arrival_forked"_s).toBool(), true);
        QCOMPARE(listed(kLate, u"identity"_s).value(u"arrival_forked"_s).toBool(), true);
        QCOMPARE(listed(kFirst).value(u"arrival_forked"_s).toBool(), false);

        const QByteArray metrics = m_h.client->get(u"/metrics"_s).body;
        QCOMPARE(arrivalSeconds(metrics, kLate, "btcw_server_arrival_forked"), 1.0);
        QCOMPARE(arrivalSeconds(metrics, kFirst, "btcw_server_arrival_forked"), 0.0);

        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5'000);
        const auto event = events.first().first().value<ServerEvent>();
        QCOMPARE(event.kind, ServerEvent::Kind::Forked);
        QCOMPARE(event.server, late);
        QCOMPARE(event.height, m_late->tipHeight());
        QCOMPARE(event.blockHash, m_late->blockHashHex(m_late->tipHeight()));
        QTest::qWait(500);
        QCOMPARE(events.size(), 1); // once, not per server or per push

        for (const QString& host : {kFirst, kSecond, kLate})
            m_h.engine->watchList().setWatched(u"regtest/"_s + host, false);
    }
};

QTEST_GUILESS_MAIN(TestApiArrival)
#include "tst_apiarrival.moc"
