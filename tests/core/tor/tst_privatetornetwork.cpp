// Integration: a private Tor network on loopback; onion reachability, no local DNS, launched-tor mode.
#include "OnionTestUtil.h"
#include "PrivateTorNetwork.h"
#include "tor/TorControlClient.h"
#include "tor/TorLauncher.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
    const Status started = m_net->start({m_echo.serverPort()}, 120s);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    qInfo("private Tor network up in %lld ms; onion %s", clock.elapsed(), qPrintable(m_net->onionHostname()));
    QVERIFY(m_net->onionHostname().endsWith(u".onion"_s));
    QCOMPARE(m_net->onionHostname().size(), 56 + 6);
}

void TestPrivateTorNetwork::onionServiceEchoesThroughSocks()
{
    QString why;
    QVERIFY2(echoesThrough(socksProxy(m_net->socksPort()), m_net->onionHostname(), m_echo.serverPort(), &why),
             qPrintable(why));
}

void TestPrivateTorNetwork::unknownOnionFailsInsideTorNotInLocalDns()
{
    // A well-formed onion nobody publishes: Tor itself must fail to find it. Had Qt resolved the name locally,
    // the error would be a plain HostNotFoundError before any proxy traffic; with ExtendedErrors on the SOCKS
    // port Tor's answer is the onion-specific 0xF0..0xF7 code, which Qt reports as UnknownSocketError.
    QTcpSocket socket;
    socket.setProxy(socksProxy(m_net->socksPort(), u"btcw-unknown"_s));
    socket.connectToHost(randomOnion(), 50001);
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 120'000));
    qInfo("error %d: %s", int(socket.error()), qPrintable(socket.errorString()));
    QCOMPARE(socket.error(), QAbstractSocket::UnknownSocketError);
    QVERIFY2(socket.errorString().contains(u"SOCKSv5"_s), qPrintable(socket.errorString()));
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

void TestPrivateTorNetwork::cleanupTestCase()
{
    const QString dir = m_net ? m_net->workDir() : QString();
    m_net.reset();
    if (!dir.isEmpty())
        QVERIFY(!QFile::exists(dir));
}

} // namespace btcw::test

QTEST_GUILESS_MAIN(btcw::test::TestPrivateTorNetwork)
#include "tst_privatetornetwork.moc"
