// Unit: the Tor service's states, what it tells the ProxyPolicy, and its status JSON (no real tor needed).
#include "FakeControlPort.h"
#include "FakeSocksServer.h"
#include "TorTestUtil.h"
#include "electrum/ServerAddress.h"
#include "electrum/SessionPool.h"
#include "health/HealthCheck.h"
#include "net/ProxyPolicy.h"
#include "tor/TorService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace btcw::test {

namespace {

TorSettings isolatedSettings(quint16 port)
{
    TorSettings s;
    s.autoDetect = false;  // never probe this machine's real 9050/9150 in a unit test
    s.allowLaunch = false; // nor launch a real tor (the tests that want one say so)
    s.socksHost = u"127.0.0.1"_s;
    s.socksPort = port;
    s.recheckInterval = 0ms;
    s.probeTimeout = 500ms;
    return s;
}

// A .onion call through a pool whose policy waits for `service`; returns what the pool answered.
Result<CallResult> onionCall(ProxyPolicy& policy, std::chrono::milliseconds timeout, qint64* elapsedMs)
{
    SessionPool pool({}, nullptr, &policy);
    std::optional<Result<CallResult>> outcome;
    QObject context;
    QElapsedTimer clock;
    clock.start();
    pool.call(
        ServerAddress::create(kOnion, 50001, Transport::Tcp).value(), u"server.ping"_s, {}, &context,
        [&](Result<CallResult> r) { outcome = std::move(r); }, timeout);
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, int(timeout.count()) + 5000))
        return Error::make(ErrorKind::Internal, u"the pool never answered"_s);
    *elapsedMs = clock.elapsed();
    return *outcome;
}

bool waitState(TorService& service, std::initializer_list<TorState> states, int ms = 5000)
{
    return QTest::qWaitFor([&] { return std::find(states.begin(), states.end(), service.state()) != states.end(); },
                           ms);
}

} // namespace

class TestTorService : public QObject
{
    Q_OBJECT
private slots:
    void detectsConfiguredTorAndPointsThePolicyAtIt();
    void noTorMeansOnionErrorsWithTheReason();
    void missingTorBinaryIsAnError();
    void routeAllSettingReachesThePolicy();
    void noticesWhenTheDetectedTorGoesAway();
    void stopTurnsEverythingOff();
    void controlPortWithAHashedPasswordUsesTheConfiguredOne();
    void changingTheControlPasswordRetriesAtOnce();
    void launchingAllowedStillStartsNoTorUntilARequestNeedsIt();
    void onionQueryWithoutTorOrTorProgramFailsAtOnceWithTheInstallHint();
    void onionQueryWithLaunchingOffSaysHowToTurnItOn();
    void requestsDuringDetectionWaitAndShareTheTorFound();
    void healthCheckOfAnOnionWaitsForTorInItsConnectStage();
    void configuredSocksPortNeverFallsBackToSystemTor();
    void stateFollowsTorDyingAndReturningWithinASecond();
    void firstRequestAfterTorIsBackSucceeds();
    void refusedSocksConnectionTriggersReDetectionAtOnce();
    void droppedStreamIsReportedInPlainWordsForItsStage();
    void controlPortConfirmsTheSocksPortOrTorIsRefused();
};

void TestTorService::detectsConfiguredTorAndPointsThePolicyAtIt()
{
    FakeSocksServer socks;
    ProxyPolicy policy;
    TorService service(policy, isolatedSettings(socks.serverPort()));
    QSignalSpy states(&service, &TorService::stateChanged);
    service.start();
    QVERIFY(waitState(service, {TorState::Detected, TorState::Error}));
    QCOMPARE(service.state(), TorState::Detected);
    QVERIFY(states.count() >= 2); // detecting, detected
    QVERIFY(policy.torSocks().has_value());
    QCOMPARE(policy.torSocks()->second, socks.serverPort());

    const QJsonObject json = service.statusJson();
    QCOMPARE(json.value(u"state"_s).toString(), u"detected"_s);
    QCOMPARE(json.value(u"source"_s).toString(), u"configured"_s);
    QCOMPARE(json.value(u"socks"_s).toObject().value(u"port"_s).toInt(), int(socks.serverPort()));
    QVERIFY(json.value(u"error"_s).isNull());

    const auto choice = policy.choose(ServerAddress::create(kOnion, 50001, Transport::Tcp).value().proxyTarget());
    QVERIFY(choice.ok());
    QCOMPARE(choice->proxy.port(), socks.serverPort());
}

void TestTorService::noTorMeansOnionErrorsWithTheReason()
{
    ProxyPolicy policy;
    const quint16 dead = closedPort();
    TorService service(policy, isolatedSettings(dead));
    service.start();
    QVERIFY(waitState(service, {TorState::Error}));
    QVERIFY(!policy.torSocks().has_value());
    QVERIFY2(service.errorMessage().contains(u"127.0.0.1:%1"_s.arg(dead)), qPrintable(service.errorMessage()));
    QVERIFY(service.errorMessage().contains(u"launching tor is not allowed"_s));
    QCOMPARE(service.statusJson().value(u"state"_s).toString(), u"error"_s);
    QVERIFY(service.statusJson().value(u"socks"_s).isNull());

    const auto choice = policy.choose(ServerAddress::create(kOnion, 50001, Transport::Tcp).value().proxyTarget());
    QVERIFY(!choice.ok());
    QVERIFY2(choice.error().message.contains(u"connection refused"_s), qPrintable(choice.error().message));
}

void TestTorService::missingTorBinaryIsAnError()
{
    QTemporaryDir dir;
    ProxyPolicy policy;
    TorSettings settings = isolatedSettings(closedPort());
    settings.allowLaunch = true;
    settings.torBinary = dir.filePath(u"no-such-tor"_s);
    settings.launchDataDir = dir.filePath(u"tor"_s);
    TorService service(policy, settings);
    service.start();
    QVERIFY(waitState(service, {TorState::Error}));
    QVERIFY2(service.errorMessage().contains(u"not found"_s), qPrintable(service.errorMessage()));
}

void TestTorService::routeAllSettingReachesThePolicy()
{
    ProxyPolicy policy;
    TorSettings settings = isolatedSettings(closedPort());
    settings.routeAllViaTor = true;
    TorService service(policy, settings);
    QVERIFY(policy.routeAllViaTor());
    service.start();
    QVERIFY(waitState(service, {TorState::Error}));
    const auto choice =
        policy.choose(ServerAddress::create(u"127.0.0.1"_s, 50001, Transport::Tcp).value().proxyTarget());
    QVERIFY(!choice.ok()); // no Tor: refused, not direct
    QCOMPARE(choice.error().kind, ErrorKind::TorUnavailable);
    QVERIFY(service.statusJson().value(u"route_all_via_tor"_s).toBool());
}

void TestTorService::noticesWhenTheDetectedTorGoesAway()
{
    auto socks = std::make_unique<FakeSocksServer>();
    ProxyPolicy policy;
    TorSettings settings = isolatedSettings(socks->serverPort());
    settings.recheckInterval = 100ms;
    TorService service(policy, settings);
    service.start();
    QVERIFY(waitState(service, {TorState::Detected}));
    socks.reset(); // Tor stops
    QVERIFY(waitState(service, {TorState::Error}));
    QVERIFY(!policy.torSocks().has_value());
}

void TestTorService::stopTurnsEverythingOff()
{
    FakeSocksServer socks;
    ProxyPolicy policy;
    TorService service(policy, isolatedSettings(socks.serverPort()));
    service.start();
    QVERIFY(waitState(service, {TorState::Detected}));
    service.stop();
    QCOMPARE(service.state(), TorState::Off);
    QVERIFY(!policy.torSocks().has_value());
    QCOMPARE(service.statusJson().value(u"state"_s).toString(), u"off"_s);
}

void TestTorService::controlPortWithAHashedPasswordUsesTheConfiguredOne()
{
    FakeSocksServer socks;
    FakeControlPort control;
    control.handler = hashedPasswordTor(u"tor-secret"_s, 100);
    ProxyPolicy policy;
    TorSettings settings = isolatedSettings(socks.serverPort());
    settings.controlPort = control.serverPort();
    settings.controlPassword = u"tor-secret"_s;
    TorService service(policy, settings);
    QSignalSpy bootstrap(&service, &TorService::bootstrapChanged);
    service.start();
    QVERIFY(waitState(service, {TorState::Detected}));
    QTRY_VERIFY_WITH_TIMEOUT(service.isControlAuthenticated(), 5000);
    QVERIFY(control.commands.contains(QByteArray("AUTHENTICATE \"tor-secret\"")));
    QTRY_COMPARE_WITH_TIMEOUT(service.bootstrapProgress(), 100, 5000);
    QVERIFY(!bootstrap.isEmpty());
    const QJsonObject json = service.statusJson();
    QCOMPARE(json.value(u"bootstrap"_s).toInt(), 100);
    QVERIFY(json.value(u"control"_s).toObject().value(u"authenticated"_s).toBool());
    QVERIFY(json.value(u"control"_s).toObject().value(u"error"_s).isNull());
    QVERIFY(service.controlError().isEmpty());
}

void TestTorService::changingTheControlPasswordRetriesAtOnce()
{
    FakeSocksServer socks;
    FakeControlPort control;
    control.handler = hashedPasswordTor(u"right-secret"_s);
    ProxyPolicy policy;
    TorSettings settings = isolatedSettings(socks.serverPort());
    settings.controlPort = control.serverPort();
    TorService service(policy, settings);
    service.start();
    QVERIFY(waitState(service, {TorState::Detected}));
    // No password yet: the control port cannot be used, and the service says why; SOCKS still works.
    QTRY_VERIFY_WITH_TIMEOUT(!service.controlError().isEmpty(), 5000);
    QVERIFY2(service.controlError().contains(u"no usable authentication method"_s), qPrintable(service.controlError()));
    QCOMPARE(service.state(), TorState::Detected);

    service.setControlPassword(u"wrong-secret"_s);
    QTRY_VERIFY_WITH_TIMEOUT(service.controlError().contains(u"refused authentication"_s), 5000);
    const QString status = QString::fromUtf8(QJsonDocument(service.statusJson()).toJson());
    QVERIFY(status.contains(u"refused authentication"_s));
    QVERIFY(!status.contains(u"wrong-secret"_s));
    QVERIFY(!service.controlError().contains(u"wrong-secret"_s));

    service.setControlPassword(u"right-secret"_s);
    QTRY_VERIFY_WITH_TIMEOUT(service.isControlAuthenticated(), 5000);
    QVERIFY(service.controlError().isEmpty());
    QVERIFY(!QString::fromUtf8(QJsonDocument(service.statusJson()).toJson()).contains(u"right-secret"_s));
}

void TestTorService::launchingAllowedStillStartsNoTorUntilARequestNeedsIt()
{
    ProxyPolicy policy;
    TorSettings settings = isolatedSettings(closedPort());
    settings.allowLaunch = true; // the default
    // A program that exists (never run here): the service must not start it before a request needs Tor.
    settings.torBinary = QCoreApplication::applicationFilePath();
    TorService service(policy, settings);
    policy.setTorAccess(&service);
    service.start();
    QVERIFY(waitState(service, {TorState::Idle, TorState::Error, TorState::Launching}));
    QCOMPARE(service.state(), TorState::Idle);
    QVERIFY(service.launcher() == nullptr); // no tor process for a user who never asks for a .onion
    QCOMPARE(service.statusJson().value(u"state"_s).toString(), u"idle"_s);
    QVERIFY(service.statusJson().value(u"launch"_s).toObject().value(u"allowed"_s).toBool());
    QVERIFY(service.statusJson().value(u"error"_s).isNull());
    // A clearnet server never needs Tor, so it neither waits nor starts one.
    const auto clearnet = ServerAddress::create(u"127.0.0.1"_s, 50001, Transport::Tcp).value().proxyTarget();
    QVERIFY(!policy.canWaitForTor(clearnet));
    QVERIFY(policy.canWaitForTor(ServerAddress::create(kOnion, 50001, Transport::Tcp).value().proxyTarget()));
}

void TestTorService::onionQueryWithoutTorOrTorProgramFailsAtOnceWithTheInstallHint()
{
    QTemporaryDir dir;
    ProxyPolicy policy;
    TorSettings settings = isolatedSettings(closedPort());
    settings.allowLaunch = true;
    settings.torBinary = dir.filePath(u"no-such-tor"_s);
    settings.launchDataDir = dir.filePath(u"tor"_s);
    TorService service(policy, settings);
    policy.setTorAccess(&service);
    service.start();
    // Asked while still detecting: the request waits for the detection, then fails at once, long before its timeout.
    qint64 elapsed = 0;
    const auto result = onionCall(policy, 30s, &elapsed);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::TorUnavailable);
    const QString message = result.error().message;
    QVERIFY2(message.contains(u"no tor program was found"_s), qPrintable(message));
    QVERIFY2(message.contains(u"sudo apt install tor"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Tor Browser"_s), qPrintable(message));
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    QCOMPARE(service.state(), TorState::Error);
    QVERIFY(service.launcher() == nullptr);
    QVERIFY(service.statusJson().value(u"error"_s).toString().contains(u"sudo apt install tor"_s));

    // Asked again once the service is in its error state: the same answer, without waiting.
    const auto again = onionCall(policy, 30s, &elapsed);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(u"sudo apt install tor"_s), qPrintable(again.error().message));
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
}

void TestTorService::onionQueryWithLaunchingOffSaysHowToTurnItOn()
{
    ProxyPolicy policy;
    TorSettings settings = isolatedSettings(closedPort());
    settings.allowLaunch = false;
    TorService service(policy, settings);
    policy.setTorAccess(&service);
    service.start();
    QVERIFY(waitState(service, {TorState::Error}));
    qint64 elapsed = 0;
    const auto result = onionCall(policy, 30s, &elapsed);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::TorUnavailable);
    const QString message = result.error().message;
    QVERIFY2(message.contains(u"launching tor is not allowed"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Launch our own tor when none is found"_s), qPrintable(message));
    QVERIFY2(message.contains(u"--launch-tor"_s), qPrintable(message));
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
}

void TestTorService::requestsDuringDetectionWaitAndShareTheTorFound()
{
    FakeSocksServer socks;
    ProxyPolicy policy;
    TorService service(policy, isolatedSettings(socks.serverPort()));
    policy.setTorAccess(&service);
    service.start();
    QCOMPARE(service.state(), TorState::Detecting);
    const ProxyTarget onion = ServerAddress::create(kOnion, 50001, Transport::Tcp).value().proxyTarget();
    QVERIFY(policy.canWaitForTor(onion));
    std::optional<Result<ProxyChoice>> first, second;
    QObject context;
    policy.chooseWhenTorReady(onion, &context, 10s, [&](Result<ProxyChoice> r) { first = std::move(r); });
    policy.chooseWhenTorReady(onion, &context, 10s, [&](Result<ProxyChoice> r) { second = std::move(r); });
    QCOMPARE(service.waitingCount(), 2);
    QVERIFY(!first && !second); // never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(first && second, 5000);
    QVERIFY2(first->ok(), qPrintable(first->ok() ? QString() : first->error().toString()));
    QVERIFY(second->ok());
    QCOMPARE(first->value().proxy.port(), socks.serverPort());
    QCOMPARE(second->value().proxy.port(), socks.serverPort());
    QVERIFY(first->value().viaTor);
    QCOMPARE(service.waitingCount(), 0);
    QCOMPARE(service.state(), TorState::Detected);
}

void TestTorService::healthCheckOfAnOnionWaitsForTorInItsConnectStage()
{
    FakeSocksServer socks; // answers SOCKS, then echoes: enough to prove the check went through it
    ProxyPolicy policy;
    TorService service(policy, isolatedSettings(socks.serverPort()));
    policy.setTorAccess(&service);
    service.start();
    QCOMPARE(service.state(), TorState::Detecting);
    HealthCheckOptions options;
    options.budget = 5s;
    // The check holds a copy of the policy taken while Tor was not usable yet, as scans do.
    HealthCheck check(ServerAddress::create(kOnion, 50001, Transport::Tcp).value(), policy, nullptr, options);
    QSignalSpy finished(&check, &HealthCheck::finished);
    check.start();
    QVERIFY(finished.wait(10'000));
    const HealthReport& report = check.report();
    QVERIFY(!report.stages.isEmpty());
    QCOMPARE(report.stages.first().name, QString(healthstage::Connect));
    QVERIFY2(report.stages.first().ok, qPrintable(report.stages.first().message));
    QCOMPARE(report.stages.first().message, u"connected through Tor"_s);
    QCOMPARE(socks.requestedHost, kOnion);
}

void TestTorService::configuredSocksPortNeverFallsBackToSystemTor()
{
    // A SOCKS5 listener standing in for a system tor on 9050 (and one for Tor Browser's 9150): with a configured
    // port that does not answer, neither may receive anything (issue #23, finding 2).
    FakeSocksServer standInFor9050;
    FakeSocksServer standInFor9150;
    ProxyPolicy policy;
    const quint16 dead = closedPort();
    TorSettings settings = isolatedSettings(dead);
    settings.autoDetect = true; // would probe the stand-ins, were the configured port not exclusive
    settings.systemSocksPort = standInFor9050.serverPort();
    settings.torBrowserSocksPort = standInFor9150.serverPort();
    TorService service(policy, settings);
    service.start();
    QVERIFY(waitState(service, {TorState::Detected, TorState::Error}));
    QCOMPARE(service.state(), TorState::Error);
    QVERIFY(!policy.torSocks().has_value());
    QCOMPARE(standInFor9050.connections, 0);
    QCOMPARE(standInFor9150.connections, 0);
    const QString message = service.errorMessage();
    QVERIFY2(message.contains(u"configured Tor SOCKS port 127.0.0.1:%1 does not answer"_s.arg(dead)),
             qPrintable(message));
    QVERIFY2(message.contains(u"no other port"_s), qPrintable(message));
    QVERIFY(service.statusJson().value(u"source"_s).isNull());

    // Without a configured port, auto-detection does find the stand-in (so the ports above were really probed-able).
    settings.socksPort = 0;
    service.setSettings(settings);
    QVERIFY(waitState(service, {TorState::Detected}));
    QCOMPARE(service.statusJson().value(u"source"_s).toString(), u"system"_s);
}

void TestTorService::stateFollowsTorDyingAndReturningWithinASecond()
{
    auto socks = std::make_unique<FakeSocksServer>();
    const quint16 port = socks->serverPort();
    ProxyPolicy policy;
    TorSettings settings = isolatedSettings(port); // recheckInterval 0: only the liveness probe can notice
    TorService service(policy, settings);
    service.start();
    QVERIFY(waitState(service, {TorState::Detected}));

    QElapsedTimer clock;
    socks.reset(); // Tor dies
    clock.start();
    QVERIFY(waitState(service, {TorState::Error}, 3000));
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(service.statusJson().value(u"state"_s).toString(), u"error"_s);
    QVERIFY(!policy.torSocks().has_value());

    socks = std::make_unique<FakeSocksServer>(FakeSocksServer::Mode::Socks, port); // Tor is back, same port
    QVERIFY(socks->isListening());
    clock.restart();
    QVERIFY(waitState(service, {TorState::Detected}, 3000));
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(service.statusJson().value(u"state"_s).toString(), u"detected"_s);
    QCOMPARE(policy.torSocks()->second, port);
}

void TestTorService::firstRequestAfterTorIsBackSucceeds()
{
    auto socks = std::make_unique<FakeSocksServer>();
    const quint16 port = socks->serverPort();
    ProxyPolicy policy;
    TorSettings settings = isolatedSettings(port);
    settings.livenessInterval = 60s; // no periodic probe in this test: only the request itself may look again
    TorService service(policy, settings);
    policy.setTorAccess(&service);
    service.start();
    QVERIFY(waitState(service, {TorState::Detected}));
    socks.reset();
    service.reportSocksFailure(); // what a refused connection does (see the next test)
    QVERIFY(waitState(service, {TorState::Error}, 3000));

    socks = std::make_unique<FakeSocksServer>(FakeSocksServer::Mode::Socks, port);
    QTest::qWait(250); // past the probe rate limit, and Tor has been back for a while: the next request must see it
    const auto target = ServerAddress::create(kOnion, 50001, Transport::Tcp).value().proxyTarget();
    QVERIFY(policy.canWaitForTor(target));
    std::optional<Result<ProxyChoice>> choice;
    QObject context;
    QElapsedTimer clock;
    clock.start();
    policy.chooseWhenTorReady(target, &context, 5s, [&](Result<ProxyChoice> r) { choice = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return choice.has_value(); }, 3000));
    QVERIFY2(choice->ok(), qPrintable(choice->ok() ? QString() : choice->error().toString()));
    QCOMPARE((*choice)->proxy.port(), port);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(service.state(), TorState::Detected);

    // While Tor stays away, a request still fails fast with the reason, not after its timeout.
    socks.reset();
    service.reportSocksFailure();
    QVERIFY(waitState(service, {TorState::Error}, 3000));
    QTest::qWait(250);
    choice.reset();
    clock.restart();
    policy.chooseWhenTorReady(target, &context, 5s, [&](Result<ProxyChoice> r) { choice = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return choice.has_value(); }, 3000));
    QVERIFY(!choice->ok());
    QCOMPARE(choice->error().kind, ErrorKind::TorUnavailable);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestTorService::refusedSocksConnectionTriggersReDetectionAtOnce()
{
    auto socks = std::make_unique<FakeSocksServer>();
    ProxyPolicy policy;
    TorSettings settings = isolatedSettings(socks->serverPort());
    settings.livenessInterval = 60s; // only the refused connection may make the service look again
    TorService service(policy, settings);
    policy.setTorAccess(&service);
    service.start();
    QVERIFY(waitState(service, {TorState::Detected}));
    socks.reset(); // Tor dies; the service still believes in it

    qint64 elapsed = 0;
    const auto result = onionCall(policy, 5s, &elapsed);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::TorUnavailable);
    QVERIFY2(result.error().message.contains(u"refused"_s), qPrintable(result.error().message));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(waitState(service, {TorState::Error}, 3000));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestTorService::droppedStreamIsReportedInPlainWordsForItsStage()
{
    // Tor accepts the CONNECT, then the stream is dropped before the server says anything (issue #23, finding 5).
    FakeSocksServer dropping(FakeSocksServer::Mode::CloseAfterConnect);
    ProxyPolicy policy;
    TorService service(policy, isolatedSettings(dropping.serverPort()));
    policy.setTorAccess(&service);
    service.start();
    QVERIFY(waitState(service, {TorState::Detected}));
    qint64 elapsed = 0;
    const auto result = onionCall(policy, 5s, &elapsed);
    QVERIFY(!result.ok());
    const Error& error = result.error();
    const QString all = error.message + u" | "_s + error.detail + u" | stage "_s + error.stage;
    QVERIFY2(!all.contains(u"###"_s), qPrintable(all));
    QVERIFY2(!error.stage.isEmpty() && error.stage != u"connect"_s, qPrintable(all));
    QVERIFY2(!all.contains(u"while connecting"_s), qPrintable(all));
    QVERIFY2(!error.message.contains(u"connecting"_s), qPrintable(all));
}

void TestTorService::controlPortConfirmsTheSocksPortOrTorIsRefused()
{
    FakeSocksServer socks;
    // Without a control port: usable, but "unverified".
    {
        ProxyPolicy policy;
        TorService service(policy, isolatedSettings(socks.serverPort()));
        service.start();
        QVERIFY(waitState(service, {TorState::Detected}));
        QCOMPARE(service.statusJson().value(u"socks_verification"_s).toString(), u"unverified"_s);
    }
    auto torListing = [](QByteArray listeners) {
        auto base = hashedPasswordTor(u"tor-secret"_s, 100);
        return [base, listeners](const QByteArray& line) -> QByteArray {
            if (line == "GETINFO net/listeners/socks")
                return "250-net/listeners/socks=" + listeners + "\r\n250 OK\r\n";
            return base(line);
        };
    };
    // The control port lists our SOCKS port: "verified".
    {
        FakeControlPort control;
        control.handler = torListing("\"127.0.0.1:" + QByteArray::number(socks.serverPort()) + "\"");
        ProxyPolicy policy;
        TorSettings settings = isolatedSettings(socks.serverPort());
        settings.controlPort = control.serverPort();
        settings.controlPassword = u"tor-secret"_s;
        TorService service(policy, settings);
        service.start();
        QVERIFY(waitState(service, {TorState::Detected}));
        QTRY_COMPARE_WITH_TIMEOUT(service.statusJson().value(u"socks_verification"_s).toString(), u"verified"_s, 5000);
        QVERIFY(service.isUsable());
    }
    // It lists another port: whatever answers on ours is not that Tor, and gets no names.
    {
        FakeControlPort control;
        control.handler = torListing("\"127.0.0.1:1\" \"unix:/run/tor/socks\"");
        ProxyPolicy policy;
        TorSettings settings = isolatedSettings(socks.serverPort());
        settings.controlPort = control.serverPort();
        settings.controlPassword = u"tor-secret"_s;
        TorService service(policy, settings);
        service.start();
        QVERIFY(waitState(service, {TorState::Detected}));
        QVERIFY(waitState(service, {TorState::Error}));
        QVERIFY(!policy.torSocks().has_value());
        QVERIFY2(service.errorMessage().contains(u"does not list"_s), qPrintable(service.errorMessage()));
        QTest::qWait(1500); // the liveness probe finds the port again, but does not take it back
        QCOMPARE(service.state(), TorState::Error);
    }
}

} // namespace btcw::test

QTEST_GUILESS_MAIN(btcw::test::TestTorService)
#include "tst_torservice.moc"
