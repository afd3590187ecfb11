#include "TestElectrumServer.h"
#include "electrum/SessionPool.h"
#include "net/CertificatePinStore.h"
#include "net/ProxyPolicy.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTest>
#include <QTimer>

using namespace btcw;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;

namespace {

struct Outcome
{
    std::optional<Result<CallResult>> value;
    SessionPool::Callback callback()
    {
        return [this](Result<CallResult> r) { value = std::move(r); };
    }
};

ServerAddress tlsAddress(const TestElectrumServer& server)
{
    return ServerAddress::create(u"127.0.0.1", server.tlsPort(), Transport::Tls).value();
}

} // namespace

class TestSessionPool : public QObject
{
    Q_OBJECT
private slots:
    void repeatedCallsReuseOneConnection()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        CertificatePinStore pins;
        ProxyPolicy proxies;
        SessionPool pool({}, &pins, &proxies);
        for (int i = 0; i < 3; ++i) {
            Outcome tip;
            pool.call(tlsAddress(server), QStringLiteral("blockchain.headers.subscribe"), {}, nullptr, tip.callback());
            QTRY_VERIFY_WITH_TIMEOUT(tip.value.has_value(), 5000);
            QVERIFY2(tip.value->ok(), qPrintable(tip.value->ok() ? QString() : tip.value->error().toString()));
            QCOMPARE(tip.value->value().freshConnection, i == 0);
            QCOMPARE(tip.value->value().protocol, QStringLiteral("1.6"));
            QCOMPARE(tip.value->value().certificateSha256, server.certificateSha256());
        }
        QCOMPARE(server.connectionsAccepted(), 1);
        QCOMPARE(pool.sessionCount(), 1);
    }

    void serverVersionIsAnsweredFromTheHandshake()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ProxyPolicy proxies;
        SessionPool pool({}, nullptr, &proxies);
        const auto address = ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
        for (int i = 0; i < 2; ++i) {
            Outcome version;
            pool.call(address, QStringLiteral("server.version"), {}, nullptr, version.callback());
            QTRY_VERIFY_WITH_TIMEOUT(version.value.has_value(), 5000);
            QVERIFY(version.value->ok());
            const QJsonArray v = version.value->value().result.toArray();
            QCOMPARE(v.size(), 2);
            QCOMPARE(v.at(1).toString(), QStringLiteral("1.6"));
        }
        // Electrum servers accept server.version once per connection: we never send it twice.
        QCOMPARE(server.requestsReceived(QStringLiteral("server.version")), 1);
    }

    void idleSessionsAreClosedAndReopenedOnDemand()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ConnectionSettings settings;
        settings.idleTimeout = 300ms;
        ProxyPolicy proxies;
        SessionPool pool(settings, nullptr, &proxies);
        const auto address = ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
        Outcome first;
        pool.call(address, QStringLiteral("server.ping"), {}, nullptr, first.callback());
        QTRY_VERIFY_WITH_TIMEOUT(first.value.has_value(), 5000);
        QCOMPARE(pool.sessionCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(pool.sessionCount(), 0, 5000);
        Outcome second;
        pool.call(address, QStringLiteral("server.ping"), {}, nullptr, second.callback());
        QTRY_VERIFY_WITH_TIMEOUT(second.value.has_value(), 5000);
        QVERIFY(second.value->ok());
        QVERIFY(second.value->value().freshConnection);
        QCOMPARE(server.connectionsAccepted(), 2);
    }

    void idleSessionIsClosedWhileTheServerStreamsNotifications()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ConnectionSettings settings;
        settings.idleTimeout = 400ms;
        ProxyPolicy proxies;
        SessionPool pool(settings, nullptr, &proxies);
        const auto address = ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
        Outcome tip;
        pool.call(address, QStringLiteral("blockchain.headers.subscribe"), {}, nullptr, tip.callback());
        QTRY_VERIFY_WITH_TIMEOUT(tip.value.has_value(), 5000);
        QVERIFY(tip.value->ok());
        QCOMPARE(pool.sessionCount(), 1);
        // A notification every 50 ms, far more often than the idle timeout: no client asks anything meanwhile.
        QTimer stream;
        QObject::connect(&stream, &QTimer::timeout, &server, [&server] { server.sendNotifications(1); });
        stream.start(50);
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(pool.sessionCount() == 0, 5000);
        qInfo("closed %lld ms after the last request while notifications kept coming", clock.elapsed());
        QVERIFY(clock.elapsed() < 2000);
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 5000);
    }

    void notificationFloodIsBoundedAndCutOff()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ProxyPolicy proxies;
        SessionPool pool({}, nullptr, &proxies);
        const auto address = ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
        Outcome tip;
        pool.call(address, QStringLiteral("blockchain.headers.subscribe"), {}, nullptr, tip.callback());
        QTRY_VERIFY_WITH_TIMEOUT(tip.value.has_value(), 5000);
        QVERIFY(tip.value->ok());
        auto session = pool.session(address);
        QVERIFY(session.ok());
        QPointer<ElectrumSession> flooded = session.value();
        std::optional<Error> reason;
        QObject::connect(flooded.data(), &ElectrumSession::closed, &server, [&reason](const Error& e) { reason = e; });
        // 100,000 notifications with nobody listening: counted without being parsed, then the session is cut.
        server.sendNotifications(100'000);
        QTRY_VERIFY_WITH_TIMEOUT(reason.has_value(), 10'000);
        QCOMPARE(reason->kind, ErrorKind::Protocol);
        QVERIFY2(reason->message.contains(QStringLiteral("notifications")), qPrintable(reason->message));
        // The next call gets a fresh session.
        Outcome again;
        pool.call(address, QStringLiteral("server.ping"), {}, nullptr, again.callback());
        QTRY_VERIFY_WITH_TIMEOUT(again.value.has_value(), 5000);
        QVERIFY(again.value->ok());
        QCOMPARE(again.value->value().freshConnection, true);
    }

    void aClosedSessionIsReplacedByTheNextCall()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ProxyPolicy proxies;
        SessionPool pool({}, nullptr, &proxies);
        const auto address = ServerAddress::create(u"127.0.0.1", server.tcpPort(), Transport::Tcp).value();
        Outcome first;
        pool.call(address, QStringLiteral("server.ping"), {}, nullptr, first.callback());
        QTRY_VERIFY_WITH_TIMEOUT(first.value.has_value(), 5000);
        server.closeAllClients();
        QTRY_COMPARE_WITH_TIMEOUT(pool.sessionCount(), 0, 5000);
        Outcome second;
        pool.call(address, QStringLiteral("server.ping"), {}, nullptr, second.callback());
        QTRY_VERIFY_WITH_TIMEOUT(second.value.has_value(), 5000);
        QVERIFY(second.value->ok());
    }

    void sessionIsReusedOnlyForTheAddressesItWasCheckedFor()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        ProxyPolicy proxies;
        SessionPool pool({}, nullptr, &proxies);
        // Unresolvable (.test is reserved), so every connection goes to a given address.
        const auto address = ServerAddress::create(u"rebind.test", server.tcpPort(), Transport::Tcp).value();
        const QHostAddress loopback(QHostAddress::LocalHost);
        const QHostAddress refusing(QStringLiteral("127.0.0.2")); // loopback on Linux, nothing listens there

        Outcome first;
        pool.call(address, QStringLiteral("server.ping"), {}, nullptr, first.callback(), {}, {loopback});
        QTRY_VERIFY_WITH_TIMEOUT(first.value.has_value(), 5000);
        QVERIFY2(first.value->ok(), qPrintable(first.value->ok() ? QString() : first.value->error().toString()));
        QVERIFY(first.value->value().freshConnection);

        // Connected to an address this check also produced, or asked for no address at all: reused.
        for (const QList<QHostAddress>& checked : {QList<QHostAddress>{refusing, loopback}, QList<QHostAddress>{}}) {
            Outcome again;
            pool.call(address, QStringLiteral("server.ping"), {}, nullptr, again.callback(), {}, checked);
            QTRY_VERIFY_WITH_TIMEOUT(again.value.has_value(), 5000);
            QVERIFY(again.value->ok());
            QVERIFY(!again.value->value().freshConnection);
        }
        QCOMPARE(server.connectionsAccepted(), 1);

        // A check that produced other addresses gets its own connection there (refused), never the pooled one.
        Outcome other;
        pool.call(address, QStringLiteral("server.ping"), {}, nullptr, other.callback(), {}, {refusing});
        QTRY_VERIFY_WITH_TIMEOUT(other.value.has_value(), 5000);
        QVERIFY(!other.value->ok());
        QCOMPARE(other.value->error().kind, ErrorKind::ConnectionRefused);
        QCOMPARE(server.connectionsAccepted(), 1);
        // The replaced session had nothing waiting, so it is closed rather than left open outside the pool.
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 5000);
        QCOMPARE(pool.sessionCount(), 0);
    }

    void replacedSessionAnswersItsWaitingCallsBeforeClosing()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        server.setMethodDelay(QStringLiteral("blockchain.headers.subscribe"), 600ms);
        ConnectionSettings settings;
        settings.idleTimeout = 1000ms; // the sweep, which closes replaced sessions, runs every 250 ms
        ProxyPolicy proxies;
        SessionPool pool(settings, nullptr, &proxies);
        const auto address = ServerAddress::create(u"rebind.test", server.tcpPort(), Transport::Tcp).value();
        const QHostAddress loopback(QHostAddress::LocalHost);

        Outcome slow;
        pool.call(address, QStringLiteral("blockchain.headers.subscribe"), {}, nullptr, slow.callback(), {},
                  {loopback});
        QTRY_COMPARE_WITH_TIMEOUT(server.requestsReceived(QStringLiteral("blockchain.headers.subscribe")), 1, 5000);
        Outcome other;
        pool.call(address, QStringLiteral("server.ping"), {}, nullptr, other.callback(), {},
                  {QHostAddress(QStringLiteral("127.0.0.2"))});
        QTRY_VERIFY_WITH_TIMEOUT(other.value.has_value(), 5000);
        QVERIFY(!other.value->ok());
        QTRY_VERIFY_WITH_TIMEOUT(slow.value.has_value(), 5000);
        QVERIFY2(slow.value->ok(), qPrintable(slow.value->ok() ? QString() : slow.value->error().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 5000);
    }

    void onionWithoutTorIsAClearError()
    {
        ProxyPolicy proxies;
        SessionPool pool({}, nullptr, &proxies);
        auto onion = ServerAddress::parse(u"explorerzydxu5ecjrkwceayqybizmpjjznk5izmitf2modhcusuqlid.onion:50001:t");
        QVERIFY2(onion.ok(), qPrintable(onion.ok() ? QString() : onion.error().message));
        Outcome outcome;
        pool.call(onion.value(), QStringLiteral("server.ping"), {}, nullptr, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 5000);
        QCOMPARE(outcome.value->error().kind, ErrorKind::TorUnavailable);
        QVERIFY(outcome.value->error().message.contains(QLatin1String("Tor")));
        QCOMPARE(pool.sessionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionPool)
#include "tst_sessionpool.moc"
