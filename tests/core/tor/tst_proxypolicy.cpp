// Unit: which proxy a server gets, stream isolation, remote name resolution and SOCKS error mapping.
#include "FakeSocksServer.h"
#include "TorTestUtil.h"
#include "electrum/ServerAddress.h"
#include "net/ProxyPolicy.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace btcw::test {

namespace {

ServerAddress address(const QString& host, int port, Transport transport = Transport::Tcp)
{
    auto parsed = ServerAddress::create(host, port, transport);
    if (!parsed.ok())
        qFatal("bad test address %s: %s", qPrintable(host), qPrintable(parsed.error().message));
    return parsed.value();
}

ProxyPolicy policyWithTor(quint16 port)
{
    ProxyPolicy policy;
    policy.setTorSocks(std::make_pair(u"127.0.0.1"_s, port));
    return policy;
}

// Connects through the chosen proxy; returns the socket's final error, nullopt when connected.
std::optional<QAbstractSocket::SocketError> connectThrough(const ProxyChoice& choice, const ServerAddress& server,
                                                           QString* text)
{
    QTcpSocket socket;
    socket.setProxy(choice.proxy);
    socket.connectToHost(server.host(), server.port());
    const bool settled = QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::ConnectedState ||
                   socket.state() == QAbstractSocket::UnconnectedState;
        },
        10'000);
    *text = socket.errorString();
    if (settled && socket.state() == QAbstractSocket::ConnectedState)
        return std::nullopt;
    return socket.error();
}

} // namespace

class TestProxyPolicy : public QObject
{
    Q_OBJECT
private slots:
    void clearnetServerConnectsDirectly();
    void onionWithoutTorIsAClearError();
    void onionGoesThroughTorWithRemoteNameLookup();
    void routeAllSendsEveryServerThroughTor();
    void routeAllWithoutTorNeverFallsBackToDirect();
    void isolationKeysDifferPerServerAndAreStable();
    void hostNameIsHandedToTheProxyNotResolvedLocally();
    void refusingProxyGivesAProxyErrorNotADnsError();
    void socksRepliesMapToPlainReasons_data();
    void socksRepliesMapToPlainReasons();
    void nonSocksPortIsReportedAsWrongPort();
    void failureTextsAreUserWordsAndFollowTheStage();
    void isolationPasswordIsARandomSecretPerRun();
    void isolationPasswordDiffersBetweenTwoRuns();
    void printIsolationPassword(); // run by isolationPasswordDiffersBetweenTwoRuns in a child process
};

void TestProxyPolicy::clearnetServerConnectsDirectly()
{
    const ProxyPolicy policy = policyWithTor(9050);
    const auto choice = policy.choose(address(u"electrum.example.org"_s, 50002, Transport::Tls).proxyTarget());
    QVERIFY(choice.ok());
    QCOMPARE(choice->proxy.type(), QNetworkProxy::NoProxy);
    QVERIFY(!choice->viaTor);
    QVERIFY(choice->isolationKey.isEmpty());
}

void TestProxyPolicy::onionWithoutTorIsAClearError()
{
    ProxyPolicy policy;
    policy.setTorUnavailableReason(u"no running Tor found at 127.0.0.1:9050"_s);
    const auto choice = policy.choose(address(kOnion, 50001).proxyTarget());
    QVERIFY(!choice.ok());
    QCOMPARE(choice.error().kind, ErrorKind::TorUnavailable);
    QVERIFY2(choice.error().message.startsWith(u".onion servers need Tor; Tor is not running"_s),
             qPrintable(choice.error().message));
    QVERIFY(choice.error().message.contains(u"127.0.0.1:9050"_s));
}

void TestProxyPolicy::onionGoesThroughTorWithRemoteNameLookup()
{
    const ProxyPolicy policy = policyWithTor(19050);
    const auto choice = policy.choose(address(kOnion, 50001).proxyTarget());
    QVERIFY(choice.ok());
    QVERIFY(choice->viaTor);
    QCOMPARE(choice->proxy.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(choice->proxy.hostName(), u"127.0.0.1"_s);
    QCOMPARE(choice->proxy.port(), quint16(19050));
    QVERIFY(choice->proxy.capabilities().testFlag(QNetworkProxy::HostNameLookupCapability));
    QCOMPARE(choice->proxy.user(), choice->isolationKey);
    QVERIFY(!choice->proxy.password().isEmpty());
}

void TestProxyPolicy::routeAllSendsEveryServerThroughTor()
{
    ProxyPolicy policy = policyWithTor(9050);
    policy.setRouteAllViaTor(true);
    for (const auto& server : {address(u"electrum.example.org"_s, 50002, Transport::Tls),
                               address(u"127.0.0.1"_s, 50001), address(kOnion, 50001)}) {
        const auto choice = policy.choose(server.proxyTarget());
        QVERIFY(choice.ok());
        QVERIFY2(choice->viaTor, qPrintable(server.toString()));
        QCOMPARE(choice->proxy.type(), QNetworkProxy::Socks5Proxy);
    }
}

void TestProxyPolicy::routeAllWithoutTorNeverFallsBackToDirect()
{
    ProxyPolicy policy;
    policy.setRouteAllViaTor(true);
    policy.setTorUnavailableReason(u"Tor is still starting (bootstrapped 40%)"_s);
    const auto choice = policy.choose(address(u"electrum.example.org"_s, 50002, Transport::Tls).proxyTarget());
    QVERIFY(!choice.ok());
    QCOMPARE(choice.error().kind, ErrorKind::TorUnavailable);
    QVERIFY2(choice.error().message.contains(u"not connecting directly"_s), qPrintable(choice.error().message));
    QVERIFY(choice.error().message.contains(u"40%"_s));
}

void TestProxyPolicy::isolationKeysDifferPerServerAndAreStable()
{
    const ProxyPolicy policy = policyWithTor(9050);
    const auto a = policy.choose(address(kOnion, 50001).proxyTarget());
    const auto b = policy.choose(address(kOnion, 50002, Transport::Tls).proxyTarget());
    const auto aAgain = policyWithTor(9150).choose(address(kOnion, 50001).proxyTarget());
    QVERIFY(a.ok() && b.ok() && aAgain.ok());
    QVERIFY(a->isolationKey.startsWith(u"btcw-"_s));
    QVERIFY(a->isolationKey != b->isolationKey);
    QCOMPARE(a->isolationKey, aAgain->isolationKey);
    QCOMPARE(ProxyPolicy::isolationKeyFor(address(kOnion, 50001).proxyTarget()), a->isolationKey);
    QVERIFY(a->isolationKey.size() < 255); // fits a SOCKS5 user name
}

void TestProxyPolicy::hostNameIsHandedToTheProxyNotResolvedLocally()
{
    FakeSocksServer socks;
    ProxyPolicy policy = policyWithTor(socks.serverPort());
    policy.setRouteAllViaTor(true);
    for (const QString& host : {kOnion, u"electrum.example.org"_s}) {
        const ServerAddress server = address(host, 50001);
        const auto choice = policy.choose(server.proxyTarget());
        QVERIFY(choice.ok());
        QString text;
        QVERIFY(!connectThrough(*choice, server, &text).has_value());
        QCOMPARE(socks.addressType, 3); // a domain name, not an address resolved here
        QCOMPARE(socks.requestedHost, host);
        QCOMPARE(socks.requestedPort, quint16(50001));
        QCOMPARE(socks.user, choice->isolationKey);
        QCOMPARE(socks.password, ProxyPolicy::isolationPassword());
    }
}

void TestProxyPolicy::refusingProxyGivesAProxyErrorNotADnsError()
{
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    const ServerAddress server = address(kOnion, 50001);
    const auto choice = policyWithTor(deadPort).choose(server.proxyTarget());
    QVERIFY(choice.ok());
    QString text;
    const auto error = connectThrough(*choice, server, &text);
    // A local lookup of a .onion would have failed first, as HostNotFoundError.
    QCOMPARE(error, QAbstractSocket::ProxyConnectionRefusedError);
    const Error plain = describeProxyFailure(*error, text, server.proxyTarget());
    QCOMPARE(plain.kind, ErrorKind::TorUnavailable);
    QCOMPARE(plain.message, u"Tor's SOCKS port refused the connection (is Tor running?)"_s);
}

void TestProxyPolicy::socksRepliesMapToPlainReasons_data()
{
    QTest::addColumn<int>("reply");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("words");
    // General failure (0x01) for a host name reaches us as HostNotFoundError: Qt folds the two together.
    QTest::newRow("general failure") << 0x01 << int(ErrorKind::HostNotFound) << u"could not find or reach"_s;
    QTest::newRow("host unreachable") << 0x04 << int(ErrorKind::HostNotFound) << u"could not find or reach"_s;
    QTest::newRow("refused") << 0x05 << int(ErrorKind::ConnectionRefused) << u"refused the connection"_s;
    QTest::newRow("ttl expired") << 0x06 << int(ErrorKind::Timeout) << u"TTL expired"_s;
    QTest::newRow("network unreachable") << 0x03 << int(ErrorKind::Unreachable) << u"network is unreachable"_s;
    QTest::newRow("onion descriptor not found") << 0xF0 << int(ErrorKind::Unreachable) << u"descriptor"_s;
    QTest::newRow("onion introduction failed") << 0xF2 << int(ErrorKind::Unreachable) << u"introduc"_s;
    QTest::newRow("onion rendezvous failed") << 0xF3 << int(ErrorKind::Unreachable) << u"rendezvous"_s;
    QTest::newRow("onion bad address") << 0xF6 << int(ErrorKind::Unreachable) << u"not valid"_s;
    QTest::newRow("onion intro timed out") << 0xF7 << int(ErrorKind::Unreachable) << u"timed out"_s;
}

void TestProxyPolicy::socksRepliesMapToPlainReasons()
{
    QFETCH(int, reply);
    QFETCH(int, kind);
    QFETCH(QString, words);
    FakeSocksServer socks;
    socks.replyCode = quint8(reply);
    const ServerAddress server = address(kOnion, 50001);
    const auto choice = policyWithTor(socks.serverPort()).choose(server.proxyTarget());
    QVERIFY(choice.ok());
    QString text;
    const auto error = connectThrough(*choice, server, &text);
    QVERIFY(error.has_value());
    const Error plain = describeProxyFailure(*error, text, server.proxyTarget());
    QVERIFY2(plain.message.contains(words, Qt::CaseInsensitive),
             qPrintable(u"%1 -> %2 (Qt: %3 \"%4\")"_s.arg(reply, 0, 16).arg(plain.message).arg(int(*error)).arg(text)));
    QCOMPARE(int(plain.kind), kind);
    QVERIFY(plain.detail.contains(text)); // Qt's own words stay available
}

void TestProxyPolicy::nonSocksPortIsReportedAsWrongPort()
{
    FakeSocksServer garbage(FakeSocksServer::Mode::Garbage);
    const ServerAddress server = address(kOnion, 50001);
    const auto choice = policyWithTor(garbage.serverPort()).choose(server.proxyTarget());
    QVERIFY(choice.ok());
    QString text;
    const auto error = connectThrough(*choice, server, &text);
    QCOMPARE(error, QAbstractSocket::ProxyProtocolError);
    QVERIFY(describeProxyFailure(*error, text, server.proxyTarget()).message.contains(u"does not speak SOCKS5"_s));

    FakeSocksServer closing(FakeSocksServer::Mode::CloseAtOnce);
    const auto choice2 = policyWithTor(closing.serverPort()).choose(server.proxyTarget());
    QVERIFY(choice2.ok());
    const auto error2 = connectThrough(*choice2, server, &text);
    QCOMPARE(error2, QAbstractSocket::ProxyConnectionClosedError);
    QCOMPARE(describeProxyFailure(*error2, text, server.proxyTarget()).kind, ErrorKind::Proxy);
}

void TestProxyPolicy::failureTextsAreUserWordsAndFollowTheStage()
{
    const ProxyTarget onion = address(kOnion, 50001).proxyTarget();
    const ProxyTarget clearnet = address(u"electrum.example.org"_s, 50002, Transport::Tls).proxyTarget();
    // Qt's own text for a closed connection carries "###" (Qt 6.4 … 6.8).
    const QString qtText = u"Remote host closed connection###"_s;
    const Error atRequest = describeProxyFailure(QAbstractSocket::RemoteHostClosedError, qtText, onion, u"request"_s);
    QVERIFY2(!atRequest.detail.contains(u"###"_s), qPrintable(atRequest.detail));
    QVERIFY2(!atRequest.message.contains(u"###"_s), qPrintable(atRequest.message));
    QVERIFY2(atRequest.detail.contains(u"Remote host closed connection"_s), qPrintable(atRequest.detail));
    QVERIFY2(!atRequest.detail.contains(u"while connecting"_s), qPrintable(atRequest.detail));
    QVERIFY2(atRequest.detail.contains(u"answer"_s), qPrintable(atRequest.detail));
    const Error atConnect = describeProxyFailure(QAbstractSocket::RemoteHostClosedError, qtText, onion);
    QVERIFY2(atConnect.detail.contains(u"while connecting"_s), qPrintable(atConnect.detail));
    QVERIFY(describeProxyFailure(QAbstractSocket::SocketTimeoutError, u"timeout"_s, onion, u"handshake"_s)
                .detail.contains(u"during the Electrum handshake"_s));
    QVERIFY(!describeProxyFailure(QAbstractSocket::SocketTimeoutError, u"timeout"_s, onion, u"request"_s)
                 .message.contains(u"connecting"_s));
    // A host name Tor could not take: Qt cannot tell the local Tor's refusal (reply 1) from the exit's (reply 4),
    // so the words never blame the exit alone.
    const Error name = describeProxyFailure(QAbstractSocket::HostNotFoundError, u"Host not found"_s, clearnet);
    QVERIFY2(name.message.contains(u"the local Tor refused the name"_s), qPrintable(name.message));
    QVERIFY2(!name.message.contains(u"Tor's exit reported a failure"_s), qPrintable(name.message));
}

void TestProxyPolicy::isolationPasswordIsARandomSecretPerRun()
{
    // Within a run: one secret for every server (the user name alone separates servers).
    const QString password = ProxyPolicy::isolationPassword();
    QCOMPARE(ProxyPolicy::isolationPassword(), password);
    QVERIFY(password != u"btc-worker"_s); // the old fixed password: the same circuits after a restart
    static const QRegularExpression form(u"^btcw-run-[0-9a-f]{32}$"_s);
    QVERIFY2(form.match(password).hasMatch(), qPrintable(password));
    QVERIFY(ProxyPolicy::makeRunSecret() != ProxyPolicy::makeRunSecret());
    // And it is what the proxy carries, next to the per-server user name.
    const auto choice = policyWithTor(9050).choose(address(kOnion, 50001).proxyTarget());
    QVERIFY(choice.ok());
    QCOMPARE(choice->proxy.password(), password);
    QCOMPARE(choice->proxy.user(), ProxyPolicy::isolationKeyFor(address(kOnion, 50001).proxyTarget()));
}

void TestProxyPolicy::printIsolationPassword()
{
    qInfo("run-secret=%s", qPrintable(ProxyPolicy::isolationPassword()));
}

void TestProxyPolicy::isolationPasswordDiffersBetweenTwoRuns()
{
    if (qEnvironmentVariableIsSet("BTCW_TEST_CHILD"))
        QSKIP("child run");
    auto secretOfOneRun = []() -> QString {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BTCW_TEST_CHILD"_s, u"1"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"printIsolationPassword"_s});
        if (!child.waitForFinished(30'000))
            return {};
        static const QRegularExpression line(u"run-secret=(btcw-run-[0-9a-f]{32})"_s);
        return line.match(QString::fromUtf8(child.readAllStandardOutput())).captured(1);
    };
    const QString first = secretOfOneRun();
    const QString second = secretOfOneRun();
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());
    QVERIFY2(first != second, "a restarted app must not reuse its previous run's circuits");
    QVERIFY(first != ProxyPolicy::isolationPassword());
}
} // namespace btcw::test

QTEST_GUILESS_MAIN(btcw::test::TestProxyPolicy)
#include "tst_proxypolicy.moc"
