// Unit (loopback, no tor): our own SOCKS5 client against a scripted SOCKS5 stand-in. Each CONNECT reply code reaches
// the error with who failed (the local Tor refusing the name, or the exit or the onion service path failing), at stage
// "connect"; names go to the proxy as names with the isolation credentials, never resolved here.
#include "FakeSocksServer.h"
#include "TorTestUtil.h"
#include "electrum/ServerAddress.h"
#include "electrum/SessionPool.h"
#include "net/ProxyPolicy.h"
#include "net/Socks5Handshake.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace btcw::test {

namespace {

const QString kName = u"electrum.example.org"_s;

// A handshake on a socket connected to `proxy`, run to its end.
std::optional<Status> handshake(FakeSocksServer& proxy, const ProxyTarget& target, const QString& user = u"u"_s,
                                const QString& password = u"p"_s)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, proxy.serverPort());
    if (!socket.waitForConnected(5'000))
        return std::nullopt;
    std::optional<Status> outcome;
    Socks5Handshake socks(&socket, target, user, password);
    socks.start([&outcome](const Status& status) { outcome = status; });
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 5'000); // the caller checks the outcome
    return outcome;
}

} // namespace

class TestSocks5Handshake : public QObject
{
    Q_OBJECT
private slots:
    void requestBytesFollowRfc1928();
    void nameGoesToTheProxyWithTheIsolationCredentials();
    void successLeavesTheStreamUnread();
    void replyCodeSaysWhoFailed_data();
    void replyCodeSaysWhoFailed();
    void refusedCredentialsAreTheProxysFailure();
    void notSocks5IsSaid();
    void sessionThroughTorReportsTheReplyCode_data();
    void sessionThroughTorReportsTheReplyCode();
    void closedSocksPortMeansTorUnavailable();
};

void TestSocks5Handshake::requestBytesFollowRfc1928()
{
    QCOMPARE(Socks5Handshake::greeting(true), QByteArray::fromHex("050102"));
    QCOMPARE(Socks5Handshake::greeting(false), QByteArray::fromHex("050100"));
    QCOMPARE(Socks5Handshake::authentication(u"ab"_s, u"xyz"_s).value(), QByteArray::fromHex("010261620378797a"));
    QVERIFY(!Socks5Handshake::authentication(QString(256, u'a'), u"p"_s).ok());
    QCOMPARE(Socks5Handshake::connectRequest(ProxyTarget::forHost(u"ab.onion"_s, 50001)).value(),
             QByteArray::fromHex("05010003086162") + QByteArray(".onion") + QByteArray::fromHex("c351"));
    QCOMPARE(Socks5Handshake::connectRequest(ProxyTarget::forHost(u"127.0.0.1"_s, 80)).value(),
             QByteArray::fromHex("050100017f0000010050"));
    QCOMPARE(Socks5Handshake::connectRequest(ProxyTarget::forHost(u"::1"_s, 80)).value(),
             QByteArray::fromHex("05010004000000000000000000000000000000010050"));
    QCOMPARE(Socks5Handshake::connectRequest(ProxyTarget::forHost(QString(256, u'a'), 1)).error().kind,
             ErrorKind::BadAddress);
}

void TestSocks5Handshake::nameGoesToTheProxyWithTheIsolationCredentials()
{
    FakeSocksServer proxy;
    QVERIFY(proxy.isListening());
    const auto outcome = handshake(proxy, ProxyTarget::forHost(kOnion, 50002), u"btcw-0123"_s, u"run-secret"_s);
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().message));
    QCOMPARE(proxy.greeting, QByteArray::fromHex("050102")); // only username/password offered
    QCOMPARE(proxy.user, u"btcw-0123"_s);
    QCOMPARE(proxy.password, u"run-secret"_s);
    QCOMPARE(proxy.addressType, 3);
    QCOMPARE(proxy.requestedHost, kOnion);
    QCOMPARE(proxy.requestedPort, quint16(50002));
}

void TestSocks5Handshake::successLeavesTheStreamUnread()
{
    FakeSocksServer proxy; // echoes what follows the CONNECT
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, proxy.serverPort());
    QVERIFY(socket.waitForConnected(5'000));
    std::optional<Status> outcome;
    Socks5Handshake socks(&socket, ProxyTarget::forHost(kName, 50001), u"u"_s, u"p"_s);
    socks.start([&](const Status& status) {
        outcome = status;
        socket.write("ping\n"); // the stream, right after the reply
    });
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 5'000));
    QVERIFY(outcome->ok());
    QVERIFY(QTest::qWaitFor([&] { return socket.bytesAvailable() >= 5; }, 5'000));
    QCOMPARE(socket.readAll(), QByteArray("ping\n"));
}

void TestSocks5Handshake::replyCodeSaysWhoFailed_data()
{
    QTest::addColumn<int>("reply");
    QTest::addColumn<bool>("onion");
    QTest::addColumn<int>("kind"); // an ErrorKind
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("localTor"); // the local Tor refused: never blamed on an exit
    QTest::newRow("0x01 general failure") << 0x01 << false << int(ErrorKind::Proxy) << u"general failure"_s << false;
    QTest::newRow("0x02 not allowed") << 0x02 << false << int(ErrorKind::Proxy) << u"the local Tor refused the name"_s
                                      << true;
    QTest::newRow("0x03 net unreachable") << 0x03 << false << int(ErrorKind::Unreachable) << u"exit relay"_s << false;
    QTest::newRow("0x04 host unreachable")
        << 0x04 << false << int(ErrorKind::HostNotFound) << u"exit relay could not resolve or reach"_s << false;
    QTest::newRow("0x05 refused") << 0x05 << false << int(ErrorKind::ConnectionRefused)
                                  << u"refused the connection (reported by Tor's exit relay)"_s << false;
    QTest::newRow("0x05 refused, onion") << 0x05 << true << int(ErrorKind::ConnectionRefused) << u"onion service"_s
                                         << false;
    QTest::newRow("0x06 TTL expired") << 0x06 << false << int(ErrorKind::Timeout) << u"timed out"_s << false;
    QTest::newRow("0x07 command") << 0x07 << false << int(ErrorKind::Proxy) << u"local Tor did not accept"_s << true;
    QTest::newRow("0xF0 descriptor") << 0xF0 << true << int(ErrorKind::Unreachable) << u"descriptor not found"_s
                                     << false;
    QTest::newRow("0xF2 introduction") << 0xF2 << true << int(ErrorKind::Unreachable) << u"introduction point"_s
                                       << false;
    QTest::newRow("0xF4 client auth") << 0xF4 << true << int(ErrorKind::Proxy) << u"client authorization"_s << false;
    QTest::newRow("0xF6 bad onion") << 0xF6 << true << int(ErrorKind::BadAddress) << u"the local Tor refused the name"_s
                                    << true;
    QTest::newRow("0xF7 intro timeout") << 0xF7 << true << int(ErrorKind::Timeout) << u"timed out"_s << false;
    QTest::newRow("0x42 unknown") << 0x42 << false << int(ErrorKind::Proxy) << u"unknown SOCKS5 code"_s << false;
}

void TestSocks5Handshake::replyCodeSaysWhoFailed()
{
    QFETCH(int, reply);
    QFETCH(bool, onion);
    QFETCH(int, kind);
    QFETCH(QString, words);
    QFETCH(bool, localTor);
    FakeSocksServer proxy;
    proxy.replyCode = quint8(reply);
    const auto outcome = handshake(proxy, ProxyTarget::forHost(onion ? kOnion : kName, 50001));
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    const Error& e = outcome->error();
    QCOMPARE(int(e.kind), kind);
    QVERIFY2(e.message.contains(words), qPrintable(e.message));
    QVERIFY2(e.message.contains(onion ? kOnion : kName), qPrintable(e.message));
    if (localTor)
        QVERIFY2(!e.message.contains(u"exit relay reported"_s), qPrintable(e.message));
    else
        QVERIFY2(!e.message.contains(u"local Tor refused"_s), qPrintable(e.message));
    QCOMPARE(e.stage, u"connect"_s);
    QVERIFY2(e.detail.contains(u"SOCKS5 reply 0x"_s + QString::number(reply, 16).rightJustified(2, u'0').toUpper()),
             qPrintable(e.detail));
}

void TestSocks5Handshake::refusedCredentialsAreTheProxysFailure()
{
    FakeSocksServer proxy;
    proxy.authStatus = 0x01;
    const auto outcome = handshake(proxy, ProxyTarget::forHost(kName, 50001));
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().kind, ErrorKind::Proxy);
    QVERIFY2(outcome->error().message.contains(u"credentials"_s), qPrintable(outcome->error().message));
    QVERIFY(proxy.requests.isEmpty()); // no CONNECT after a refusal: the name never went out
}

void TestSocks5Handshake::notSocks5IsSaid()
{
    FakeSocksServer proxy(FakeSocksServer::Mode::Garbage);
    const auto outcome = handshake(proxy, ProxyTarget::forHost(kName, 50001));
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().kind, ErrorKind::Proxy);
    QVERIFY2(outcome->error().message.contains(u"does not speak SOCKS5"_s), qPrintable(outcome->error().message));
    QVERIFY(proxy.requests.isEmpty());
}

void TestSocks5Handshake::sessionThroughTorReportsTheReplyCode_data()
{
    QTest::addColumn<int>("reply");
    QTest::addColumn<int>("kind"); // an ErrorKind
    QTest::addColumn<QString>("words");
    QTest::newRow("local Tor refused") << 0x02 << int(ErrorKind::Proxy) << u"the local Tor refused the name"_s;
    QTest::newRow("exit: host unreachable") << 0x04 << int(ErrorKind::HostNotFound) << u"Tor's exit relay"_s;
    QTest::newRow("exit: general failure") << 0x01 << int(ErrorKind::Proxy) << u"general failure"_s;
}

void TestSocks5Handshake::sessionThroughTorReportsTheReplyCode()
{
    QFETCH(int, reply);
    QFETCH(int, kind);
    QFETCH(QString, words);
    FakeSocksServer proxy;
    proxy.replyCode = quint8(reply);
    ProxyPolicy policy;
    policy.setRouteAllViaTor(true);
    policy.setTorSocks(std::make_pair(u"127.0.0.1"_s, proxy.serverPort()));
    SessionPool pool({}, nullptr, &policy);
    QObject context;
    std::optional<Result<CallResult>> outcome;
    pool.call(
        ServerAddress::create(kName, 50001, Transport::Tcp).value(), u"server.ping"_s, {}, &context,
        [&](Result<CallResult> r) { outcome = std::move(r); }, 10s);
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10'000));
    QVERIFY(!outcome->ok());
    const Error& e = outcome->error();
    QCOMPARE(int(e.kind), kind);
    QVERIFY2(e.message.contains(words), qPrintable(e.message));
    QCOMPARE(e.stage, u"connect"_s);
    QVERIFY2(!e.message.contains(u"###"_s) && !e.detail.contains(u"###"_s), qPrintable(e.detail));
    // The name went to the proxy as a name (ATYP 3) with the server's isolation user and the run's secret.
    QCOMPARE(proxy.addressType, 3);
    QCOMPARE(proxy.requestedHost, kName);
    QCOMPARE(proxy.user, ProxyPolicy::isolationKeyFor(ProxyTarget::forHost(kName, 50001)));
    QCOMPARE(proxy.password, ProxyPolicy::isolationPassword());
}

void TestSocks5Handshake::closedSocksPortMeansTorUnavailable()
{
    ProxyPolicy policy;
    policy.setTorSocks(std::make_pair(u"127.0.0.1"_s, closedPort()));
    SessionPool pool({}, nullptr, &policy);
    QObject context;
    std::optional<Result<CallResult>> outcome;
    pool.call(
        ServerAddress::create(kOnion, 50001, Transport::Tcp).value(), u"server.ping"_s, {}, &context,
        [&](Result<CallResult> r) { outcome = std::move(r); }, 10s);
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10'000));
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().kind, ErrorKind::TorUnavailable);
    QVERIFY2(outcome->error().message.contains(u"SOCKS port refused"_s), qPrintable(outcome->error().message));
}

} // namespace btcw::test

QTEST_GUILESS_MAIN(btcw::test::TestSocks5Handshake)
#include "tst_socks5handshake.moc"
