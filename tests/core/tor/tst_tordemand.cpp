// Integration (real tor, no network): a .onion request starts our own tor on demand and waits for its bootstrap within
// its timeout; concurrent requests share one launch. The launched tor knows only a directory authority on a closed
// loopback port, so it contacts nobody and its bootstrap never completes: the requests must time out with the
// progress, never hang or launch twice. (DisableNetwork would not do: tor then opens no SOCKS port either.)
#include "TorTestUtil.h"
#include "electrum/ServerAddress.h"
#include "electrum/SessionPool.h"
#include "net/ProxyPolicy.h"
#include "tor/TorService.h"
#ifdef BTCW_HAVE_UI
#include "cache/MemoryCache.h"
#include "cache/ResponseCache.h"
#include "widgets/StatusIndicators.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QStatusBar>
#endif

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace btcw::test {

namespace {

// A private "network" of one authority that is not there: tor starts, listens, and waits for a consensus forever.
QStringList nowhereNetwork()
{
    const quint16 port = closedPort();
    return {u"TestingTorNetwork 1"_s, u"UseDefaultFallbackDirs 0"_s,
            u"DirAuthority nowhere orport=%1 no-v2 v3ident=%2 127.0.0.1:%1 %3"_s.arg(port).arg(QString(40, u'A'),
                                                                                               QString(40, u'B'))};
}

} // namespace

class TestTorDemand : public QObject
{
    Q_OBJECT
private slots:
    void concurrentOnionRequestsShareOneLaunchAndTimeOutWithTheProgress();
    void deadLaunchedTorIsLaunchedAgainByTheNextRequest();
};

void TestTorDemand::concurrentOnionRequestsShareOneLaunchAndTimeOutWithTheProgress()
{
    QTemporaryDir dir;
    TorSettings settings;
    settings.autoDetect = false; // never the machine's own tor
    settings.allowLaunch = true;
    settings.launchDataDir = dir.filePath(u"tor"_s);
    settings.extraTorrcLines = nowhereNetwork();
    settings.recheckInterval = 0ms;
    ProxyPolicy policy;
    TorService service(policy, settings);
    policy.setTorAccess(&service);
    QSignalSpy states(&service, &TorService::stateChanged);
    QSignalSpy progress(&service, &TorService::bootstrapChanged);
#ifdef BTCW_HAVE_UI
    // The window's status bar follows the service as it goes (offscreen).
    QStatusBar bar;
    MemoryCache cache;
    ResponseCache responses(cache);
    QStandardItemModel rows;
    StatusIndicators indicators(&bar, service, responses, &rows, &rows);
    QStringList shown;
    connect(&service, &TorService::bootstrapChanged, this, [&] { shown << indicators.torStatusText(); });
#endif
    service.start();
    QCOMPARE(service.state(), TorState::Idle); // nothing to detect, and nothing launched yet
    QVERIFY(service.launcher() == nullptr);
#ifdef BTCW_HAVE_UI
    QCOMPARE(indicators.torStatusText(), u"Tor: starts when needed"_s);
#endif

    SessionPool pool({}, nullptr, &policy);
    const ServerAddress onion = ServerAddress::create(kOnion, 50001, Transport::Tcp).value();
    std::optional<Result<CallResult>> first, second;
    QObject context;
    QElapsedTimer clock;
    clock.start();
    constexpr auto timeout = 6s;
    pool.call(
        onion, u"server.ping"_s, {}, &context, [&](Result<CallResult> r) { first = std::move(r); }, timeout);
    pool.call(
        onion, u"server.ping"_s, {}, &context, [&](Result<CallResult> r) { second = std::move(r); }, timeout);
    QVERIFY(service.launcher() != nullptr); // the first request started it
    QCOMPARE(service.waitingCount(), 2);

    // While they wait, the status says how far tor got.
    QVERIFY(QTest::qWaitFor([&] { return service.state() == TorState::Bootstrapping || first.has_value(); }, 10'000));
    const QJsonObject status = service.statusJson();
    QVERIFY2(service.state() == TorState::Bootstrapping, qPrintable(service.unavailableReason()));
    QCOMPARE(status.value(u"state"_s).toString(), u"bootstrapping"_s);
    QVERIFY(status.value(u"bootstrap"_s).isDouble());
    QCOMPARE(status.value(u"waiting"_s).toInt(), 2);
    QVERIFY(service.launcher()->processId() > 0);
#ifdef BTCW_HAVE_UI
    QCOMPARE(indicators.torStatusText(), u"Tor: bootstrapping %1%"_s.arg(service.bootstrapProgress()));
    // Every bootstrap step tor reported was on the status bar at once.
    QCOMPARE(shown.size(), progress.size());
    for (qsizetype i = 0; i < shown.size(); ++i)
        QCOMPARE(shown.at(i), u"Tor: bootstrapping %1%"_s.arg(progress.at(i).first().toInt()));
#endif

    QVERIFY(QTest::qWaitFor([&] { return first.has_value() && second.has_value(); }, 20'000));
    const qint64 waited = clock.elapsed();
    for (const auto* outcome : {&first, &second}) {
        QVERIFY(!(*outcome)->ok());
        const Error& error = (*outcome)->error();
        QCOMPARE(error.kind, ErrorKind::TorUnavailable);
        QVERIFY2(error.message.contains(u"Tor is still starting (bootstrapped"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"try again in a few seconds"_s), qPrintable(error.message));
    }
    // They waited for Tor for their whole timeout, and not much longer.
    QVERIFY2(waited >= 5900 && waited < 10'000, qPrintable(QString::number(waited)));
    QCOMPARE(service.waitingCount(), 0);
    QCOMPARE(pool.sessionCount(), 0);

    // One launch for both requests, and tor keeps bootstrapping for the next one.
    int launches = 0;
    for (const auto& args : states)
        launches += args.first().value<TorState>() == TorState::Launching ? 1 : 0;
    QCOMPARE(launches, 1);
    QCOMPARE(service.state(), TorState::Bootstrapping);
}

void TestTorDemand::deadLaunchedTorIsLaunchedAgainByTheNextRequest()
{
    QTemporaryDir dir;
    TorSettings settings;
    settings.autoDetect = false;
    settings.allowLaunch = true;
    settings.launchDataDir = dir.filePath(u"tor"_s);
    settings.extraTorrcLines = nowhereNetwork();
    settings.recheckInterval = 30s; // the periodic retry the next request must not wait for
    ProxyPolicy policy;
    TorService service(policy, settings);
    policy.setTorAccess(&service);
    QSignalSpy states(&service, &TorService::stateChanged);
    service.start();
    QCOMPARE(service.state(), TorState::Idle);

    SessionPool pool({}, nullptr, &policy);
    const ServerAddress onion = ServerAddress::create(kOnion, 50001, Transport::Tcp).value();
    QObject context;
    std::optional<Result<CallResult>> first;
    pool.call(
        onion, u"server.ping"_s, {}, &context, [&](Result<CallResult> r) { first = std::move(r); }, 20s);
    QVERIFY(QTest::qWaitFor([&] { return service.state() == TorState::Bootstrapping; }, 15'000));
    const qint64 firstPid = service.launcher()->processId();
    QVERIFY(firstPid > 0);

    // Our tor dies (killed, crashed): the service says so, and the waiting request fails with the reason.
    QElapsedTimer sinceDeath;
    sinceDeath.start();
    QCOMPARE(::kill(pid_t(firstPid), SIGKILL), 0);
    QVERIFY(QTest::qWaitFor([&] { return service.state() == TorState::Error; }, 5'000));
    QVERIFY(QTest::qWaitFor([&] { return first.has_value(); }, 5'000));
    QVERIFY(!first->ok());
    QCOMPARE(first->error().kind, ErrorKind::TorUnavailable);

    // The next request that needs Tor launches it again at once, not at the 30 s recheck.
    std::optional<Result<CallResult>> second;
    pool.call(
        onion, u"server.ping"_s, {}, &context, [&](Result<CallResult> r) { second = std::move(r); }, 20s);
    QVERIFY2(service.state() == TorState::Launching || service.state() == TorState::Bootstrapping,
             qPrintable(torStateName(service.state()) + u": "_s + service.unavailableReason()));
    QVERIFY(!second.has_value());
    QVERIFY(QTest::qWaitFor([&] { return service.state() == TorState::Bootstrapping; }, 15'000));
    QVERIFY(service.launcher()->processId() > 0);
    QVERIFY(service.launcher()->processId() != firstPid);
    QVERIFY2(sinceDeath.elapsed() < 20'000, qPrintable(QString::number(sinceDeath.elapsed())));
    int launches = 0;
    for (const auto& args : states)
        launches += args.first().value<TorState>() == TorState::Launching ? 1 : 0;
    QCOMPARE(launches, 2);
    QCOMPARE(service.waitingCount(), 1); // the second request waits for the new tor's bootstrap
}

} // namespace btcw::test

#ifdef BTCW_HAVE_UI
QTEST_MAIN(btcw::test::TestTorDemand)
#else
QTEST_GUILESS_MAIN(btcw::test::TestTorDemand)
#endif
#include "tst_tordemand.moc"
