// ChainFollower against the test Electrum server: notifications of pooled sessions are routed (never taken for
// replies), an announced tip moves the cache's tip-dependent keys, listeners get state then pushes, a dropped
// connection is announced and subscribed again, and a session held for listeners is released when they go.
#include "TestElectrumServer.h"
#include "cache/MemoryCache.h"
#include "cache/ResponseCache.h"
#include "electrum/SessionPool.h"
#include "live/ChainFollower.h"
#include "net/TargetGuard.h"

#include <QSignalSpy>
#include <QTest>

using namespace btcw;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

struct Rig
{
    explicit Rig(std::chrono::milliseconds idle = 60'000ms)
    {
        ConnectionSettings settings;
        settings.idleTimeout = idle;
        pool = std::make_unique<SessionPool>(settings, nullptr, nullptr);
        guard.setAllowPrivateTargets(true);
        follower =
            std::make_unique<ChainFollower>(*pool, guard, cache, systemClock(), ChainFollowerOptions{50ms, 200ms});
    }
    MemoryCache memory;
    ResponseCache cache{memory};
    TargetGuard guard;
    std::unique_ptr<SessionPool> pool;
    std::unique_ptr<ChainFollower> follower;
};

ServerAddress tcpAddress(const TestElectrumServer& server)
{
    return ServerAddress::create(u"127.0.0.1"_s, server.tcpPort(), Transport::Tcp).value();
}

struct Events
{
    QList<LiveEvent> list;
    ChainFollower::Listener listener()
    {
        return [this](const LiveEvent& e) { list.append(e); };
    }
    int count(LiveEvent::Kind kind) const
    {
        return int(std::count_if(list.cbegin(), list.cend(), [kind](const LiveEvent& e) { return e.kind == kind; }));
    }
};

} // namespace

class TestChainFollower : public QObject
{
    Q_OBJECT
private slots:
    void aQuerysHeadersSubscriptionMovesTheCacheTip()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        Rig rig;
        QSignalSpy tips(rig.follower.get(), &ChainFollower::tipChanged);
        std::optional<Result<CallResult>> answer;
        rig.pool->call(tcpAddress(server), u"blockchain.headers.subscribe"_s, {}, nullptr,
                       [&answer](Result<CallResult> r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->ok());
        // The pooled session's own subscription (followTip) gives the tip it has now, then pushes move it.
        QTRY_COMPARE(tips.size(), 1);
        QCOMPARE(tips.at(0).at(2).toBool(), false); // answered, not announced: block arrival does not time it
        QCOMPARE(rig.cache.tipHeight(tcpAddress(server)).value_or(-1), 20);
        server.mineBlock();
        QTRY_COMPARE(tips.size(), 2);
        QCOMPARE(tips.at(1).at(2).toBool(), true); // pushed: timed as it arrived (block arrival counts it)
        QCOMPARE(rig.cache.tipHeight(tcpAddress(server)).value_or(-1), 21);
        QCOMPARE(rig.follower->tip(tcpAddress(server))->height, 21);
        QCOMPARE(rig.follower->tip(tcpAddress(server))->hash, server.blockHashHex(21));
        // A notification is never taken for a reply: the next call still gets its own answer.
        std::optional<Result<CallResult>> ping;
        rig.pool->call(tcpAddress(server), u"server.ping"_s, {}, nullptr, [&ping](Result<CallResult> r) { ping = r; });
        server.mineBlock();
        QTRY_VERIFY(ping.has_value());
        QVERIFY(ping->ok());
        QVERIFY(ping->value().result.isNull());
        QTRY_COMPARE(rig.cache.tipHeight(tcpAddress(server)).value_or(-1), 22);
    }

    void listenersGetTheStateThenEachPush()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        Rig rig;
        const auto script = server.fundedScripts().at(1);
        Events events;
        QSignalSpy tips(rig.follower.get(), &ChainFollower::tipChanged);
        rig.follower->follow(tcpAddress(server), LiveTopics{true, {script.scriptHash}}, events.listener());
        QTRY_COMPARE(events.list.size(), 1);
        QCOMPARE(tips.size(), 1);
        QCOMPARE(tips.at(0).at(2).toBool(), false); // the subscription's answer: not an announcement
        const LiveEvent state = events.list.at(0);
        QCOMPARE(state.kind, LiveEvent::Kind::State);
        QCOMPARE(state.tip->height, 20);
        QCOMPARE(state.statuses.value(script.scriptHash).toString(), server.statusOf(script.scriptHash));
        QCOMPARE(server.headerSubscribers(), 1);
        QCOMPARE(server.scripthashSubscribers(script.scriptHash), 1);

        server.setStatus(script.scriptHash, QString(64, u'b'));
        QTRY_COMPARE(events.count(LiveEvent::Kind::Status), 1);
        server.mineBlock();
        QTRY_COMPARE(events.count(LiveEvent::Kind::Header), 1);
        QCOMPARE(events.list.last().tip->height, 21);
    }

    void aSecondListenerSharesTheConnection()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        Rig rig;
        Events a, b;
        rig.follower->follow(tcpAddress(server), LiveTopics{true, {}}, a.listener());
        QTRY_COMPARE(a.list.size(), 1);
        rig.follower->follow(tcpAddress(server), LiveTopics{true, {}}, b.listener());
        QTRY_COMPARE(b.list.size(), 1);
        QCOMPARE(b.list.at(0).kind, LiveEvent::Kind::State);
        QCOMPARE(server.connectionsAccepted(), 1);
        QCOMPARE(rig.follower->feedCount(), 1);
    }

    void aDroppedConnectionIsAnnouncedAndSubscribedAgain()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        Rig rig;
        Events events;
        rig.follower->follow(tcpAddress(server), LiveTopics{true, {}}, events.listener());
        QTRY_COMPARE(events.count(LiveEvent::Kind::State), 1);
        server.closeAllClients();
        QTRY_COMPARE(events.count(LiveEvent::Kind::Disconnected), 1);
        QTRY_COMPARE(events.count(LiveEvent::Kind::State), 2);
        QVERIFY(events.list.last().reconnects >= 1);
        server.mineBlock();
        QTRY_COMPARE(events.count(LiveEvent::Kind::Header), 1);
    }

    void aRefusedSubscriptionIsAProblemAndTheEnd()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        server.setMethodError(u"blockchain.headers.subscribe"_s, -32601, u"no subscriptions here"_s);
        Rig rig;
        Events events;
        rig.follower->follow(tcpAddress(server), LiveTopics{true, {}}, events.listener());
        QTRY_COMPARE(events.list.size(), 1);
        QCOMPARE(events.list.at(0).kind, LiveEvent::Kind::Problem);
        QVERIFY(events.list.at(0).error.message.contains(u"no subscriptions here"_s));
        QCOMPARE(rig.follower->listenerCount(), 0);
        QTRY_COMPARE(rig.follower->feedCount(), 0);
    }

    void aPrivateTargetIsRefused()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        Rig rig;
        rig.guard.setAllowPrivateTargets(false);
        Events events;
        rig.follower->follow(tcpAddress(server), LiveTopics{true, {}}, events.listener());
        QTRY_COMPARE(events.list.size(), 1);
        QCOMPARE(events.list.at(0).kind, LiveEvent::Kind::Refused);
        QCOMPARE(events.list.at(0).error.kind, ErrorKind::NotAllowed);
        QCOMPARE(server.connectionsAccepted(), 0);
    }

    void aHeldSessionStaysOpenAndClosesWhenIdleOnceReleased()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        Rig rig(300ms);
        Events events;
        const quint64 id = rig.follower->follow(tcpAddress(server), LiveTopics{true, {}}, events.listener());
        QTRY_COMPARE(events.count(LiveEvent::Kind::State), 1);
        // Held: well past the idle timeout the connection is still there, delivering pushes.
        QTest::qWait(1200);
        QCOMPARE(rig.pool->sessionCount(), 1);
        server.mineBlock();
        QTRY_COMPARE(events.count(LiveEvent::Kind::Header), 1);
        rig.follower->unfollow(id);
        QCOMPARE(rig.follower->feedCount(), 0);
        // Released: a connection that only receives notifications is closed once idle.
        QTimer miner;
        QObject::connect(&miner, &QTimer::timeout, &server, [&server] { server.mineBlock(); });
        miner.start(100);
        QTRY_COMPARE_WITH_TIMEOUT(rig.pool->sessionCount(), 0, 5000);
        QTRY_COMPARE(server.openConnections(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChainFollower)
#include "tst_chainfollower.moc"
