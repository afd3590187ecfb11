#include "TestElectrumServer.h"
#include "electrum/SessionPool.h"
#include "net/CertificatePinStore.h"
#include "net/ProxyPolicy.h"

#include <QTest>

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
