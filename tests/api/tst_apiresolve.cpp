// Integration: GET /electrum/resolve and the identities in /electrum/servers against the project's test Electrum
// servers on loopback: a hostname's records (an injected resolver: no DNS leaves the machine), an IP, an onion, the
// route-all-via-Tor rule, a confirmed twin, a conflicting one, junk in `hosts`, grouping, and bad input.
#include "ApiTestUtil.h"
#include "TestElectrumServer.h"
#include "directory/ServerDirectory.h"
#include "net/ProxyPolicy.h"
#include "net/TargetGuard.h"
#include "query/ServerResolver.h"

#include <QJsonArray>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace btcw::test {

namespace {

const QString kOnion = u"explorerzydxu5ecjrkwceayqybizmpjjznk5izmitf2modhcusuqlid.onion"_s;

QJsonObject byHost(const QJsonArray& list, const QString& host)
{
    for (const QJsonValue& v : list) {
        if (v.toObject().value(u"host"_s).toString() == host)
            return v.toObject();
    }
    return {};
}

QString text(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson());
}

} // namespace

class TestApiResolve : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        TestElectrumServer::Options other;
        other.network = u"mainnet"_s; // another chain on other ports: a twin that is not
        m_other = std::make_unique<TestElectrumServer>(other);
        QVERIFY2(m_other->start(), qPrintable(m_other->errorString()));
        const QJsonObject own = m_server.announcedPorts();
        m_server.setAnnouncedHosts(QJsonObject{
            {u"localhost"_s, own},
            {kOnion, own},
            {u"other.test"_s, m_other->announcedPorts()},
            {u"abcdefghijklmnop.onion"_s, own}, // v2: rejected
            {u"bad_name!"_s, own},
        });

        m_h.startEngine();
        // Names resolve here without any DNS: the guard (what connections use) and the resolve records alike.
        m_h.engine->targetGuard().setResolver(
            [this](const QString& host, QObject* context, TargetGuard::ResolveCallback done) {
                ++m_guardLookups;
                QTimer::singleShot(0, context, [host, done] {
                    if (host == u"localhost" || host == u"other.test")
                        done(QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost)});
                    else
                        done(Error::make(ErrorKind::HostNotFound, u"Cannot resolve %1."_s.arg(host)));
                });
            });
        m_h.engine->resolver().setRecordsLookup(
            [this](const QString& host, QObject* context, ServerResolver::RecordsCallback done) {
                ++m_recordLookups;
                QTimer::singleShot(0, context, [host, done] {
                    if (host != u"localhost") {
                        done(Error::make(ErrorKind::HostNotFound, u"Cannot resolve %1."_s.arg(host)));
                        return;
                    }
                    done(QList<AddressRecord>{{QHostAddress(QHostAddress::LocalHost), 300},
                                              {QHostAddress(QHostAddress::LocalHostIPv6), std::nullopt}});
                });
            });
        QCOMPARE(m_h.startApi(), QString());
    }

    void cleanupTestCase() { m_h.stop(); }

    void hostnameListsItsRecordsAnnouncedHostsAndTwins()
    {
        const HttpResult r = m_h.client->get(u"/electrum/resolve"_s, query(u"localhost"_s));
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"kind"_s).toString(), u"hostname"_s);

        const QJsonObject addresses = body.value(u"addresses"_s).toObject();
        QCOMPARE(addresses.value(u"lookup"_s).toString(), u"system"_s);
        const QJsonArray records = addresses.value(u"records"_s).toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).toObject().value(u"address"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(records.at(0).toObject().value(u"type"_s).toString(), u"A"_s);
        QCOMPARE(records.at(0).toObject().value(u"ttl"_s).toInt(), 300);
        QCOMPARE(records.at(1).toObject().value(u"type"_s).toString(), u"AAAA"_s);
        QVERIFY(records.at(1).toObject().value(u"ttl"_s).isNull()); // the resolver did not say

        const QJsonArray announced = body.value(u"announced_hosts"_s).toArray();
        QCOMPARE(byHost(announced, kOnion).value(u"kind"_s).toString(), u"onion"_s);
        QCOMPARE(byHost(announced, u"127.0.0.1"_s).value(u"kind"_s).toString(), u"ip"_s);
        QCOMPARE(byHost(announced, u"127.0.0.1"_s).value(u"ssl_port"_s).toInt(), int(m_server.tlsPort()));
        const QJsonArray rejected = body.value(u"rejected_hosts"_s).toArray();
        QCOMPARE(rejected.size(), 2);
        QVERIFY2(byHost(rejected, u"abcdefghijklmnop.onion"_s).value(u"reason"_s).toString().contains(u"version 2"_s),
                 qPrintable(text(body)));
        QVERIFY(!byHost(rejected, u"bad_name!"_s).value(u"reason"_s).toString().isEmpty());

        const QJsonArray twins = body.value(u"twins"_s).toArray();
        QCOMPARE(twins.size(), 3);
        const QJsonObject ip = byHost(twins, u"127.0.0.1"_s);
        QVERIFY2(ip.value(u"state"_s).toString() == u"confirmed", qPrintable(text(ip)));
        QVERIFY2(ip.value(u"reason"_s).toString().contains(u"same certificate"_s), qPrintable(text(ip)));
        const QJsonObject onion = byHost(twins, kOnion);
        QCOMPARE(onion.value(u"state"_s).toString(), u"unconfirmed"_s);
        QVERIFY2(onion.value(u"reason"_s).toString().startsWith(u"needs Tor"_s), qPrintable(text(onion)));
        const QJsonObject other = byHost(twins, u"other.test"_s);
        QCOMPARE(other.value(u"state"_s).toString(), u"conflicting"_s);
        QVERIFY2(other.value(u"reason"_s).toString().contains(u"another chain"_s), qPrintable(text(other)));

        QCOMPARE(body.value(u"identity_members"_s).toArray(), (QJsonArray{u"localhost"_s, u"127.0.0.1"_s}));
        QVERIFY(body.value(u"identity"_s).toString().startsWith(u"srv-"_s));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    }

    void ipAddressIsItsOwnRecordAndSharesTheIdentity()
    {
        const HttpResult r = m_h.client->get(u"/electrum/resolve"_s, query(u"127.0.0.1"_s));
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"kind"_s).toString(), u"ip"_s);
        const QJsonObject addresses = body.value(u"addresses"_s).toObject();
        QCOMPARE(addresses.value(u"lookup"_s).toString(), u"literal"_s);
        QCOMPARE(addresses.value(u"records"_s).toArray().at(0).toObject().value(u"address"_s).toString(),
                 u"127.0.0.1"_s);
        QCOMPARE(byHost(body.value(u"twins"_s).toArray(), u"localhost"_s).value(u"state"_s).toString(), u"confirmed"_s);
        const HttpResult named = m_h.client->get(u"/electrum/resolve"_s, query(u"localhost"_s));
        QCOMPARE(body.value(u"identity"_s), named.json().value(u"identity"_s));
        // The second resolve took server.features from the response cache, as a query would.
        QCOMPARE(named.json().value(u"features"_s).toObject().value(u"cached"_s).toBool(), true);
    }

    void onionIsNeverLookedUpLocally()
    {
        const int records = m_recordLookups;
        const int guard = m_guardLookups;
        const HttpResult r = m_h.client->get(u"/electrum/resolve"_s, query(kOnion));
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"kind"_s).toString(), u"onion"_s);
        QCOMPARE(body.value(u"addresses"_s).toObject().value(u"lookup"_s).toString(), u"none"_s);
        QVERIFY(body.value(u"addresses"_s).toObject().value(u"records"_s).toArray().isEmpty());
        // Tor is off in this engine: the server cannot be asked, and the answer says why.
        QCOMPARE(body.value(u"features"_s).toObject().value(u"error"_s).toString(), u"tor-unavailable"_s);
        QCOMPARE(m_recordLookups, records);
        QCOMPARE(m_guardLookups, guard);
    }

    void routeAllViaTorLooksUpNothingLocally()
    {
        const int records = m_recordLookups;
        const int guard = m_guardLookups;
        m_h.engine->proxies().setRouteAllViaTor(true);
        const HttpResult r = m_h.client->get(u"/electrum/resolve"_s, query(u"localhost"_s, u"true"_s));
        m_h.engine->proxies().setRouteAllViaTor(false);
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject addresses = r.json().value(u"addresses"_s).toObject();
        QCOMPARE(addresses.value(u"lookup"_s).toString(), u"tor"_s);
        QVERIFY(addresses.value(u"records"_s).toArray().isEmpty());
        QVERIFY2(addresses.value(u"note"_s).toString().contains(u"Tor's exit"_s), qPrintable(text(addresses)));
        QCOMPARE(m_recordLookups, records);
        QCOMPARE(m_guardLookups, guard);
    }

    void serversListIdentitiesAndGroupsConfirmedTwinsOnly()
    {
        for (const QString& host : {u"localhost"_s, u"127.0.0.1"_s, u"other.test"_s}) {
            ServerEntry entry;
            entry.host = host;
            entry.kind = ServerAddress::classifyHost(host);
            entry.network = u"regtest"_s;
            entry.tlsPort = host == u"other.test" ? m_other->tlsPort() : m_server.tlsPort();
            QVERIFY(m_h.engine->directory().add(entry).ok());
        }
        QUrlQuery q;
        q.addQueryItem(u"network"_s, u"regtest"_s);
        const QJsonArray servers = m_h.client->get(u"/electrum/servers"_s, q).json().value(u"servers"_s).toArray();
        const QJsonObject named = byHost(servers, u"localhost"_s);
        const QJsonObject ip = byHost(servers, u"127.0.0.1"_s);
        const QJsonObject other = byHost(servers, u"other.test"_s);
        QVERIFY2(!named.isEmpty() && !ip.isEmpty() && !other.isEmpty(),
                 qPrintable(text(QJsonObject{{u"s"_s, servers}})));
        QCOMPARE(named.value(u"identity"_s), ip.value(u"identity"_s));
        QVERIFY(other.value(u"identity"_s) != named.value(u"identity"_s)); // conflicting: never grouped
        QCOMPARE(byHost(named.value(u"twins"_s).toArray(), u"other.test"_s).value(u"state"_s).toString(),
                 u"conflicting"_s);
        QCOMPARE(byHost(other.value(u"twins"_s).toArray(), u"localhost"_s).value(u"state"_s).toString(),
                 u"conflicting"_s);

        q.addQueryItem(u"group"_s, u"identity"_s);
        const QJsonArray grouped = m_h.client->get(u"/electrum/servers"_s, q).json().value(u"servers"_s).toArray();
        QCOMPARE(grouped.size(), 2);
        const QJsonObject server = byHost(grouped, u"localhost"_s);
        QCOMPARE(server.value(u"identity"_s), named.value(u"identity"_s));
        QCOMPARE(server.value(u"address_count"_s).toInt(), 2);
        QCOMPARE(server.value(u"addresses"_s).toArray().size(), 2);
        QCOMPARE(byHost(grouped, u"other.test"_s).value(u"address_count"_s).toInt(), 1);
    }

    void badInputIsAProblem_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no url") << u"port=50002"_s << 400 << u"url"_s;
        QTest::newRow("bad host") << u"url=bad_name!"_s << 400 << u"url"_s;
        QTest::newRow("v2 onion") << u"url=abcdefghijklmnop.onion"_s << 400 << u"version 2"_s;
        QTest::newRow("bad port") << u"url=localhost&port=99999"_s << 400 << u"port"_s;
        QTest::newRow("bad recheck") << u"url=localhost&recheck=maybe"_s << 400 << u"recheck"_s;
        QTest::newRow("unknown parameter") << u"url=localhost&methdo=x"_s << 400 << u"methdo"_s;
        QTest::newRow("repeated parameter") << u"url=localhost&url=127.0.0.1"_s << 400 << u"url"_s;
    }

    void badInputIsAProblem()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const HttpResult r = m_h.client->get(u"/electrum/resolve"_s, QUrlQuery(query));
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY2(r.json().value(u"detail"_s).toString().contains(mentions), r.body.constData());
    }

    void privateTargetsAreRefusedUnlessAllowed()
    {
        m_h.engine->targetGuard().setAllowPrivateTargets(false);
        const HttpResult r = m_h.client->get(u"/electrum/resolve"_s, query(u"127.0.0.1"_s, u"true"_s));
        m_h.engine->targetGuard().setAllowPrivateTargets(true);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY2(r.json().value(u"detail"_s).toString().contains(u"loopback"_s), r.body.constData());
    }

    void groupParameterIsChecked()
    {
        const HttpResult r = m_h.client->get(u"/electrum/servers"_s, QUrlQuery(u"group=server"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY2(r.json().value(u"detail"_s).toString().contains(u"group"_s), r.body.constData());
    }

private:
    QUrlQuery query(const QString& host, const QString& recheck = {}) const
    {
        QUrlQuery q;
        q.addQueryItem(u"url"_s, host);
        q.addQueryItem(u"port"_s, QString::number(m_server.tlsPort()));
        q.addQueryItem(u"ssl"_s, u"true"_s);
        if (!recheck.isEmpty())
            q.addQueryItem(u"recheck"_s, recheck);
        return q;
    }

    TestElectrumServer m_server;
    std::unique_ptr<TestElectrumServer> m_other;
    ApiHarness m_h;
    int m_guardLookups = 0;
    int m_recordLookups = 0;
};

} // namespace btcw::test

QTEST_GUILESS_MAIN(btcw::test::TestApiResolve)
#include "tst_apiresolve.moc"
