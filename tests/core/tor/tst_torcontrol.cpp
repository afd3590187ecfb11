// Unit: the control-port client against a fake Tor speaking the real reply grammar.
#include "FakeControlPort.h"
#include "tor/TorControlClient.h"

#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace btcw::test {

namespace {

struct CookieFile
{
    QTemporaryDir dir;
    QByteArray cookie = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    QString path = dir.filePath(u"control_auth_cookie"_s);
    CookieFile()
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(cookie);
    }
};

// A fake Tor that does SAFECOOKIE properly (or lies about its server hash when told to).
std::function<QByteArray(const QByteArray&)> safeCookieTor(const CookieFile& cookie, bool lie = false)
{
    auto serverNonce = std::make_shared<QByteArray>(QByteArray(32, 'n'));
    auto clientNonce = std::make_shared<QByteArray>();
    return [&cookie, serverNonce, clientNonce, lie](const QByteArray& line) -> QByteArray {
        if (line.startsWith("PROTOCOLINFO"))
            return protocolInfo(u"COOKIE,SAFECOOKIE"_s, cookie.path);
        if (line.startsWith("AUTHCHALLENGE SAFECOOKIE ")) {
            *clientNonce = QByteArray::fromHex(line.mid(25));
            const QByteArray msg = cookie.cookie + *clientNonce + *serverNonce;
            QByteArray hash = QMessageAuthenticationCode::hash(
                msg, "Tor safe cookie authentication server-to-controller hash", QCryptographicHash::Sha256);
            if (lie)
                hash[0] = char(hash[0] ^ 1);
            return "250 AUTHCHALLENGE SERVERHASH=" + hash.toHex().toUpper() +
                   " SERVERNONCE=" + serverNonce->toHex().toUpper() + "\r\n";
        }
        if (line.startsWith("AUTHENTICATE ")) {
            const QByteArray msg = cookie.cookie + *clientNonce + *serverNonce;
            const QByteArray expected = QMessageAuthenticationCode::hash(
                msg, "Tor safe cookie authentication controller-to-server hash", QCryptographicHash::Sha256);
            return QByteArray::fromHex(line.mid(13)) == expected ? "250 OK\r\n"
                                                                 : "515 Authentication failed: bad hash\r\n";
        }
        return "510 Unrecognized command\r\n";
    };
}

bool waitAuthenticated(TorControlClient& client, QString* why)
{
    QSignalSpy ok(&client, &TorControlClient::authenticated);
    std::optional<Error> failure;
    QObject context;
    QObject::connect(&client, &TorControlClient::failed, &context, [&](const Error& e) { failure = e; });
    (void)QTest::qWaitFor([&] { return !ok.isEmpty() || failure.has_value(); }, 5000);
    if (failure)
        *why = failure->toString();
    return !ok.isEmpty();
}

} // namespace

class TestTorControl : public QObject
{
    Q_OBJECT
private slots:
    void authenticatesWithSafeCookie();
    void rejectsATorThatCannotProveTheCookie();
    void authenticatesWithPlainCookie();
    void authenticatesWithAHashedPassword();
    void wrongOrMissingPasswordFailsWithoutShowingIt();
    void readsMultiLineAndDataBlockReplies();
    void asyncEventsDoNotDisturbReplies();
    void errorReplyReachesTheCaller();
    void silentControlPortTimesOut();
    void parsesBootstrapLines();
};

void TestTorControl::authenticatesWithSafeCookie()
{
    CookieFile cookie;
    FakeControlPort tor;
    tor.handler = safeCookieTor(cookie);
    TorControlClient client;
    client.connectToTor(u"127.0.0.1"_s, tor.serverPort());
    QString why;
    QVERIFY2(waitAuthenticated(client, &why), qPrintable(why));
    QVERIFY(client.isAuthenticated());
    QCOMPARE(tor.commands.value(0), QByteArray("PROTOCOLINFO 1"));
    QVERIFY(tor.commands.value(1).startsWith("AUTHCHALLENGE SAFECOOKIE "));
}

void TestTorControl::rejectsATorThatCannotProveTheCookie()
{
    CookieFile cookie;
    FakeControlPort tor;
    tor.handler = safeCookieTor(cookie, /*lie=*/true);
    TorControlClient client;
    client.connectToTor(u"127.0.0.1"_s, tor.serverPort());
    QString why;
    QVERIFY(!waitAuthenticated(client, &why));
    QVERIFY2(why.contains(u"SAFECOOKIE"_s), qPrintable(why));
    // The cookie-derived answer was never sent to an impostor.
    for (const QByteArray& c : tor.commands)
        QVERIFY(!c.startsWith("AUTHENTICATE"));
}

void TestTorControl::authenticatesWithPlainCookie()
{
    CookieFile cookie;
    FakeControlPort tor;
    tor.handler = [&](const QByteArray& line) -> QByteArray {
        if (line.startsWith("PROTOCOLINFO"))
            return protocolInfo(u"COOKIE"_s, cookie.path);
        if (line == "AUTHENTICATE " + cookie.cookie.toHex())
            return "250 OK\r\n";
        return "515 Authentication failed\r\n";
    };
    TorControlClient client;
    client.connectToTor(u"127.0.0.1"_s, tor.serverPort());
    QString why;
    QVERIFY2(waitAuthenticated(client, &why), qPrintable(why));
}

void TestTorControl::authenticatesWithAHashedPassword()
{
    const QString password = u"pa\\ss \"quoted\""_s;
    FakeControlPort tor;
    tor.handler = hashedPasswordTor(password);
    TorControlClient client;
    client.setPassword(password);
    client.connectToTor(u"127.0.0.1"_s, tor.serverPort());
    QString why;
    QVERIFY2(waitAuthenticated(client, &why), qPrintable(why));
    QCOMPARE(tor.commands.value(1), QByteArray("AUTHENTICATE \"pa\\\\ss \\\"quoted\\\"\""));
}

void TestTorControl::wrongOrMissingPasswordFailsWithoutShowingIt()
{
    FakeControlPort tor;
    tor.handler = hashedPasswordTor(u"right-one"_s);
    {
        TorControlClient client;
        client.setPassword(u"wrong-one"_s);
        client.connectToTor(u"127.0.0.1"_s, tor.serverPort());
        QString why;
        QVERIFY(!waitAuthenticated(client, &why));
        QVERIFY2(why.contains(u"refused authentication"_s), qPrintable(why));
        QVERIFY(!why.contains(u"wrong-one"_s));
    }
    TorControlClient client; // no password: nothing it could offer
    client.connectToTor(u"127.0.0.1"_s, tor.serverPort());
    QString why;
    QVERIFY(!waitAuthenticated(client, &why));
    QVERIFY2(why.contains(u"no usable authentication method"_s), qPrintable(why));
}

void TestTorControl::readsMultiLineAndDataBlockReplies()
{
    FakeControlPort tor;
    tor.handler = [](const QByteArray& line) -> QByteArray {
        if (line.startsWith("PROTOCOLINFO"))
            return "250-PROTOCOLINFO 1\r\n250-AUTH METHODS=NULL\r\n250 OK\r\n";
        if (line == "AUTHENTICATE")
            return "250 OK\r\n";
        if (line.startsWith("GETINFO"))
            return "250-status/bootstrap-phase=NOTICE BOOTSTRAP PROGRESS=42 TAG=loading_descriptors "
                   "SUMMARY=\"Loading relay descriptors\"\r\n"
                   "250+config-text=\r\nSocksPort 9050\r\n..hidden dot line\r\n.\r\n"
                   "250-status/circuit-established=0\r\n250 OK\r\n";
        return "510 Unrecognized command\r\n";
    };
    TorControlClient client;
    client.connectToTor(u"127.0.0.1"_s, tor.serverPort());
    QString why;
    QVERIFY2(waitAuthenticated(client, &why), qPrintable(why));

    std::optional<Result<QMap<QString, QString>>> info;
    client.getInfo({u"status/bootstrap-phase"_s, u"config-text"_s, u"status/circuit-established"_s},
                   [&](const Result<QMap<QString, QString>>& r) { info = r; });
    QVERIFY(QTest::qWaitFor([&] { return info.has_value(); }, 5000));
    QVERIFY(info->ok());
    const auto values = info->value();
    QCOMPARE(values.value(u"config-text"_s), u"SocksPort 9050\n.hidden dot line"_s);
    QCOMPARE(values.value(u"status/circuit-established"_s), u"0"_s);
    const auto bootstrap = TorControlClient::parseBootstrap(values.value(u"status/bootstrap-phase"_s));
    QVERIFY(bootstrap);
    QCOMPARE(bootstrap->progress, 42);
    QCOMPARE(bootstrap->summary, u"Loading relay descriptors"_s);
}

void TestTorControl::asyncEventsDoNotDisturbReplies()
{
    FakeControlPort tor;
    tor.handler = [](const QByteArray& line) -> QByteArray {
        if (line.startsWith("PROTOCOLINFO"))
            return "250-PROTOCOLINFO 1\r\n250-AUTH METHODS=NULL\r\n250 OK\r\n";
        if (line == "AUTHENTICATE")
            return "250 OK\r\n";
        if (line == "SETEVENTS STATUS_CLIENT")
            // An event may arrive before the reply to the command that follows it.
            return "250 OK\r\n650 STATUS_CLIENT NOTICE BOOTSTRAP PROGRESS=80 TAG=ap_conn SUMMARY=\"Connecting\"\r\n";
        if (line.startsWith("GETINFO"))
            return "650-STATUS_CLIENT NOTICE CIRCUIT_ESTABLISHED\r\n650 extra\r\n"
                   "250-status/bootstrap-phase=NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY=\"Done\"\r\n250 OK\r\n";
        return "510 Unrecognized command\r\n";
    };
    TorControlClient client;
    QSignalSpy events(&client, &TorControlClient::asyncEvent);
    std::optional<TorBootstrap> fromEvent;
    QObject context;
    connect(&client, &TorControlClient::bootstrapChanged, &context, [&](const TorBootstrap& b) { fromEvent = b; });
    client.connectToTor(u"127.0.0.1"_s, tor.serverPort());
    QString why;
    QVERIFY2(waitAuthenticated(client, &why), qPrintable(why));
    std::optional<Status> subscribed;
    client.subscribeStatusEvents([&](const Status& s) { subscribed = s; });
    std::optional<Result<TorBootstrap>> polled;
    client.getBootstrap([&](const Result<TorBootstrap>& r) { polled = r; });
    QVERIFY(QTest::qWaitFor([&] { return polled.has_value(); }, 5000));
    QVERIFY(subscribed && subscribed->ok());
    QVERIFY(fromEvent);
    QCOMPARE(fromEvent->progress, 80);
    QVERIFY(polled->ok());
    QCOMPARE(polled->value().progress, 100);
    QVERIFY(polled->value().isDone());
    QCOMPARE(events.count(), 2);
    QCOMPARE(events.at(1).first().toStringList().size(), 2); // the multi-line event stays one event
}

void TestTorControl::errorReplyReachesTheCaller()
{
    FakeControlPort tor;
    tor.handler = [](const QByteArray& line) -> QByteArray {
        if (line.startsWith("PROTOCOLINFO"))
            return "250-PROTOCOLINFO 1\r\n250-AUTH METHODS=NULL\r\n250 OK\r\n";
        if (line == "AUTHENTICATE")
            return "250 OK\r\n";
        return "552 Unrecognized key \"nonsense\"\r\n";
    };
    TorControlClient client;
    client.connectToTor(u"127.0.0.1"_s, tor.serverPort());
    QString why;
    QVERIFY2(waitAuthenticated(client, &why), qPrintable(why));
    std::optional<Result<QMap<QString, QString>>> info;
    client.getInfo({u"nonsense"_s}, [&](const Result<QMap<QString, QString>>& r) { info = r; });
    QVERIFY(QTest::qWaitFor([&] { return info.has_value(); }, 5000));
    QVERIFY(!info->ok());
    QVERIFY2(info->error().message.contains(u"552"_s), qPrintable(info->error().message));
    QVERIFY(client.isAuthenticated()); // a refused command does not end the session
}

void TestTorControl::silentControlPortTimesOut()
{
    FakeControlPort tor; // never answers
    TorControlClient client;
    client.setTimeout(300ms);
    client.connectToTor(u"127.0.0.1"_s, tor.serverPort());
    QString why;
    QVERIFY(!waitAuthenticated(client, &why));
    QVERIFY2(why.contains(u"did not answer in time"_s), qPrintable(why));
}

void TestTorControl::parsesBootstrapLines()
{
    const auto warn = TorControlClient::parseBootstrap(
        u"WARN BOOTSTRAP PROGRESS=10 TAG=conn_done SUMMARY=\"Connected to a relay\" WARNING=\"Connection refused\" "
        u"REASON=CONNECTREFUSED COUNT=3 RECOMMENDATION=ignore"_s);
    QVERIFY(warn);
    QCOMPARE(warn->progress, 10);
    QCOMPARE(warn->tag, u"conn_done"_s);
    QCOMPARE(warn->warning, u"Connection refused"_s);
    QVERIFY(!TorControlClient::parseBootstrap(u"NOTICE CIRCUIT_ESTABLISHED"_s));
    const auto quoted = TorControlClient::parseKeywords(u"A=\"x \\\"y\\\" z\" B=2"_s);
    QCOMPARE(quoted.value(u"A"_s), u"x \"y\" z"_s);
    QCOMPARE(quoted.value(u"B"_s), u"2"_s);
}

} // namespace btcw::test

QTEST_GUILESS_MAIN(btcw::test::TestTorControl)
#include "tst_torcontrol.moc"
