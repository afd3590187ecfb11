// Integration: a private Tor network on loopback; onion reachability, no local DNS, launched-tor mode.
#include "OnionTestUtil.h"
#include "PrivateTorNetwork.h"
#include "electrum/ServerAddress.h"
#include "electrum/SessionPool.h"
#include "net/ProxyPolicy.h"
#include "tor/TorControlClient.h"
#include "tor/TorLauncher.h"
#include "tor/TorService.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <signal.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace btcw::test {

namespace {

QNetworkProxy socksProxy(quint16 port, const QString& user = u"btcw-test"_s)
{
    QNetworkProxy proxy(QNetworkProxy::Socks5Proxy, u"127.0.0.1"_s, port, user, u"btc-worker"_s);
    proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
    return proxy;
}

// Connects through the proxy and checks that a line comes back unchanged.
bool echoesThrough(const QNetworkProxy& proxy, const QString& host, quint16 port, QString* why)
{
    QTcpSocket socket;
    socket.setProxy(proxy);
    socket.connectToHost(host, port);
    if (!QTest::qWaitFor(
            [&] {
                return socket.state() == QAbstractSocket::ConnectedState ||
                       socket.state() == QAbstractSocket::UnconnectedState;
            },
            60'000) ||
        socket.state() != QAbstractSocket::ConnectedState) {
        *why = socket.errorString();
        return false;
    }
    socket.write("hello through tor\n");
    QByteArray got;
    (void)QTest::qWaitFor(
        [&] {
            got += socket.readAll();
            return got.endsWith('\n');
        },
        30'000);
    *why = QString::fromUtf8(got);
    return got == "hello through tor\n";
}

} // namespace

class TestPrivateTorNetwork : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void onionServiceEchoesThroughSocks();
    void unknownOnionFailsInsideTorNotInLocalDns();
    void clearnetLoopbackServerReachableThroughExit();
    void controlPortReportsBootstrapDone();
    void launchedTorBootstrapsOnPrivateNetworkAndStops();
    void serviceRecoversWhenItsLaunchedTorIsKilled();
    void cleanupTestCase();

private:
    EchoServer m_echo;
    std::unique_ptr<PrivateTorNetwork> m_net;
};

void TestPrivateTorNetwork::initTestCase()
{
    QVERIFY(m_echo.isListening());
    m_net = std::make_unique<PrivateTorNetwork>();
    QElapsedTimer clock;
    clock.start();
    Status started = m_net->start({m_echo.serverPort()}, 120s);
    if (!started.ok()) {
        // A fresh private network occasionally publishes no usable consensus in time on a loaded machine; one
        // clean restart (new keys, new directories) is still a real network, and the tests below are about us.
        qWarning("private Tor network did not come up, starting it once more: %s", qPrintable(started.error().message));
        started = m_net->start({m_echo.serverPort()}, 120s);
    }
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    qInfo("private Tor network up in %lld ms; onion %s", clock.elapsed(), qPrintable(m_net->onionHostname()));
    QVERIFY(m_net->onionHostname().endsWith(u".onion"_s));
    QCOMPARE(m_net->onionHostname().size(), 56 + 6);
}

void TestPrivateTorNetwork::onionServiceEchoesThroughSocks()
{
    // The same path ElectrumSession takes: ProxyPolicy picks Tor's SOCKS port with an isolation user name.
    const auto server = ServerAddress::create(m_net->onionHostname(), m_echo.serverPort(), Transport::Tcp);
    QVERIFY(server.ok());
    ProxyPolicy policy;
    policy.setTorSocks(std::make_pair(u"127.0.0.1"_s, m_net->socksPort()));
    const auto choice = policy.choose(server->proxyTarget());
    QVERIFY(choice.ok());
    QVERIFY(choice->viaTor);
    QString why;
    QVERIFY2(echoesThrough(choice->proxy, server->host(), server->port(), &why), qPrintable(why));
}

void TestPrivateTorNetwork::unknownOnionFailsInsideTorNotInLocalDns()
{
    // A well-formed onion nobody publishes: Tor itself must fail to find it. Had Qt resolved the name locally,
    // the error would be a plain HostNotFoundError before any proxy traffic; with ExtendedErrors on the SOCKS
    // port Tor answers 0xF0 (descriptor not found), which only Tor can say.
    const QString onion = unpublishedOnion();
    QVERIFY(!onion.isEmpty());
    const auto server = ServerAddress::create(onion, 50001, Transport::Tcp);
    QVERIFY(server.ok());
    ProxyPolicy policy;
    policy.setTorSocks(std::make_pair(u"127.0.0.1"_s, m_net->socksPort()));
    const auto choice = policy.choose(server->proxyTarget());
    QVERIFY(choice.ok());
    QTcpSocket socket;
    socket.setProxy(choice->proxy);
    socket.connectToHost(server->host(), server->port());
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 120'000));
    QCOMPARE(socket.error(), QAbstractSocket::UnknownSocketError);
    const Error plain = describeProxyFailure(socket.error(), socket.errorString(), server->proxyTarget());
    QVERIFY2(plain.message.contains(u"descriptor"_s), qPrintable(plain.toString()));

    // The same through a session, which speaks SOCKS5 itself: Tor's own reply code reaches the error.
    SessionPool pool({}, nullptr, &policy);
    QObject context;
    std::optional<Result<CallResult>> outcome;
    pool.call(
        *server, u"server.ping"_s, {}, &context, [&](Result<CallResult> r) { outcome = std::move(r); }, 120s);
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 130'000));
    QVERIFY(!outcome->ok());
    const Error& e = outcome->error();
    QVERIFY2(e.detail.contains(u"SOCKS5 reply 0xF0"_s), qPrintable(e.toString()));
    QVERIFY2(e.message.contains(u"descriptor not found"_s), qPrintable(e.message));
    QCOMPARE(e.stage, u"connect"_s);
}

void TestPrivateTorNetwork::clearnetLoopbackServerReachableThroughExit()
{
    // "Route all via Tor" for a clearnet server: the exits allow 127.0.0.0/8 only.
    QString why;
    QVERIFY2(
        echoesThrough(socksProxy(m_net->socksPort(), u"btcw-clearnet"_s), u"127.0.0.1"_s, m_echo.serverPort(), &why),
        qPrintable(why));
}

void TestPrivateTorNetwork::controlPortReportsBootstrapDone()
{
    TorControlClient control;
    QSignalSpy authenticated(&control, &TorControlClient::authenticated);
    QSignalSpy failed(&control, &TorControlClient::failed);
    control.connectToTor(u"127.0.0.1"_s, m_net->controlPort());
    QVERIFY(QTest::qWaitFor([&] { return !authenticated.isEmpty() || !failed.isEmpty(); }, 10'000));
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().toString()));

    std::optional<Result<QMap<QString, QString>>> info;
    control.getInfo({u"status/bootstrap-phase"_s, u"status/circuit-established"_s},
                    [&](const Result<QMap<QString, QString>>& r) { info = r; });
    QVERIFY(QTest::qWaitFor([&] { return info.has_value(); }, 10'000));
    QVERIFY(info->ok());
    const auto bootstrap = TorControlClient::parseBootstrap(info->value().value(u"status/bootstrap-phase"_s));
    QVERIFY(bootstrap);
    QCOMPARE(bootstrap->progress, 100);
    QCOMPARE(info->value().value(u"status/circuit-established"_s), u"1"_s);
}

void TestPrivateTorNetwork::launchedTorBootstrapsOnPrivateNetworkAndStops()
{
    QTemporaryDir dataDir;
    TorLaunchOptions options;
    options.dataDir = dataDir.path() + u"/tor"_s;
    options.extraTorrcLines = m_net->clientTorrcLines();
    auto launcher = std::make_unique<TorLauncher>(options);
    QSignalSpy ready(launcher.get(), &TorLauncher::ready);
    QSignalSpy failed(launcher.get(), &TorLauncher::failed);
    QSignalSpy progress(launcher.get(), &TorLauncher::bootstrapChanged);
    launcher->start();
    QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 90'000));
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().toString()));
    QCOMPARE(launcher->bootstrapProgress(), 100);
    QVERIFY(!progress.isEmpty());
    QVERIFY(launcher->socksEndpoint().has_value());
    const qint64 pid = launcher->processId();
    QVERIFY(pid > 0);

    QString why;
    QVERIFY2(
        echoesThrough(socksProxy(launcher->socksEndpoint()->second), m_net->onionHostname(), m_echo.serverPort(), &why),
        qPrintable(why));

    launcher->stop();
    QCOMPARE(launcher->state(), TorLauncher::State::Stopped);
    // QProcess reaped it: the pid no longer exists.
    QVERIFY(QTest::qWaitFor([&] { return !QFile::exists(u"/proc/%1"_s.arg(pid)); }, 5'000));
}

void TestPrivateTorNetwork::serviceRecoversWhenItsLaunchedTorIsKilled()
{
    QTemporaryDir dataDir;
    ProxyPolicy policy;
    TorSettings settings;
    settings.autoDetect = false; // nothing to detect: go straight to launching
    settings.allowLaunch = true;
    settings.launchAtStart = true; // not only on the first request
    settings.launchDataDir = dataDir.path() + u"/tor"_s;
    settings.extraTorrcLines = m_net->clientTorrcLines();
    settings.recheckInterval = std::chrono::milliseconds(500);
    TorService service(policy, settings);
    service.start();
    QVERIFY(QTest::qWaitFor([&] { return service.state() == TorState::Ready || service.state() == TorState::Error; },
                            90'000));
    QVERIFY2(service.state() == TorState::Ready, qPrintable(service.errorMessage()));
    QJsonObject status = service.statusJson();
    QCOMPARE(status.value(u"source"_s).toString(), u"launched"_s);
    QCOMPARE(status.value(u"bootstrap"_s).toInt(), 100);
    QVERIFY(policy.torSocks().has_value());

    // Tor dies under us: a clear error, no direct connection, and the service launches a new tor.
    const qint64 pid = service.launcher()->processId();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGKILL);
    QVERIFY(QTest::qWaitFor([&] { return service.state() == TorState::Error; }, 10'000));
    const auto server = ServerAddress::create(m_net->onionHostname(), m_echo.serverPort(), Transport::Tcp);
    QVERIFY(server.ok());
    const auto refused = policy.choose(server->proxyTarget());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"exited"_s), qPrintable(refused.error().message));

    QVERIFY(QTest::qWaitFor([&] { return service.state() == TorState::Ready; }, 90'000));
    QVERIFY(service.launcher()->processId() != pid);
    const auto choice = policy.choose(server->proxyTarget());
    QVERIFY(choice.ok());
    QString why;
    QVERIFY2(echoesThrough(choice->proxy, server->host(), server->port(), &why), qPrintable(why));
}

void TestPrivateTorNetwork::cleanupTestCase()
{
    const QString dir = m_net ? m_net->workDir() : QString();
    m_net.reset();
    if (!dir.isEmpty() && qEnvironmentVariableIntValue("BTCW_TORNET_KEEP") != 1)
        QVERIFY(!QFile::exists(dir));
}

} // namespace btcw::test

QTEST_GUILESS_MAIN(btcw::test::TestPrivateTorNetwork)
#include "tst_privatetornetwork.moc"
