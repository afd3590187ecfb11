// Integration (private Tor network): the test Electrum server announces its own .onion as a twin; /electrum/resolve
// confirms it through Tor (same genesis, features and certificate), and with "prefer the confirmed .onion twin" on a
// query to the clearnet address goes through the twin and says so.
#include "ApiServer.h"
#include "Engine.h"
#include "PrivateTorNetwork.h"
#include "TestElectrumServer.h"
#include "directory/ServerDirectory.h"
#include "net/CertificatePinStore.h"
#include "tor/TorService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace btcw::test {

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
    QString text() const { return u"HTTP %1: %2"_s.arg(status).arg(QString::fromUtf8(QJsonDocument(body).toJson())); }
};

Answer get(QNetworkAccessManager& http, QUrl url, const QUrlQuery& query)
{
    url.setQuery(query);
    std::unique_ptr<QNetworkReply> reply(http.get(QNetworkRequest(url)));
    Answer answer;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 180'000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    return answer;
}

} // namespace

class TestOnionIdentity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_electrum.start(), qPrintable(m_electrum.errorString()));
        m_net = std::make_unique<PrivateTorNetwork>();
        Status started = m_net->start({m_electrum.tcpPort(), m_electrum.tlsPort()}, 120s);
        if (!started.ok()) {
            // As in tst_onionapi: a fresh private network on a loaded machine sometimes needs one clean restart.
            qWarning("private Tor network did not come up, starting it once more: %s",
                     qPrintable(started.error().message));
            started = m_net->start({m_electrum.tcpPort(), m_electrum.tlsPort()}, 120s);
        }
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        // The onion service publishes the server's ports as the same onion ports: a twin on the same ports.
        m_electrum.setAnnouncedHosts(QJsonObject{{m_net->onionHostname(), m_electrum.announcedPorts()}});

        m_options.dataDir = m_dataDir.path();
        m_options.tor.autoDetect = false; // never the developer's own tor on 9050
        m_options.tor.socksHost = u"127.0.0.1"_s;
        m_options.tor.socksPort = m_net->socksPort();
        m_options.tor.allowLaunch = false;
        m_options.allowPrivateTargets = true; // the clearnet address is 127.0.0.1
        m_options.health.discoverPeers = false;
        m_engine = std::make_unique<Engine>(m_options);
        QVERIFY(m_engine->start().isEmpty());
        ApiOptions api;
        api.port = 0;
        api.requireToken = false; // loopback only; the token is covered by tst_apisecurity
        m_api = std::make_unique<ApiServer>(*m_engine, api);
        QVERIFY(m_api->start().ok());
        QVERIFY2(QTest::qWaitFor([&] { return m_engine->tor().isUsable(); }, 10'000),
                 qPrintable(m_engine->tor().errorMessage()));
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_engine.reset();
        m_net.reset();
    }

    void onionTwinIsConfirmedThroughTor()
    {
        const Answer answer = get(m_http, url(u"/electrum/resolve"_s), server(u"127.0.0.1"_s));
        QVERIFY2(answer.status == 200, qPrintable(answer.text()));
        QJsonObject twin;
        for (const QJsonValue& v : answer.body.value(u"twins"_s).toArray()) {
            if (v.toObject().value(u"host"_s).toString() == m_net->onionHostname())
                twin = v.toObject();
        }
        QVERIFY2(twin.value(u"state"_s).toString() == u"confirmed", qPrintable(answer.text()));
        QVERIFY(twin.value(u"via_tor"_s).toBool());
        QVERIFY2(twin.value(u"reason"_s).toString().contains(u"same certificate"_s), qPrintable(answer.text()));
        QVERIFY2(twin.value(u"reason"_s).toString().contains(u"through Tor"_s), qPrintable(answer.text()));
        QCOMPARE(answer.body.value(u"identity_members"_s).toArray(),
                 (QJsonArray{m_net->onionHostname(), u"127.0.0.1"_s})); // seed order: .onion before IPs
        QVERIFY(m_engine->directory().identities().confirmedOnionTwin(u"127.0.0.1"_s).has_value());
    }

    void preferenceRoutesAQueryThroughTheTwin()
    {
        QUrlQuery ask = server(u"127.0.0.1"_s);
        ask.addQueryItem(u"method"_s, u"blockchain.headers.subscribe"_s);
        ask.addQueryItem(u"cache"_s, u"false"_s);

        // Off (the default): the address asked is the address used.
        Answer direct = get(m_http, url(u"/electrum/query"_s), ask);
        QVERIFY2(direct.status == 200, qPrintable(direct.text()));
        QCOMPARE(direct.body.value(u"server"_s).toString(), u"127.0.0.1:%1:s"_s.arg(m_electrum.tlsPort()));
        QVERIFY(!direct.body.contains(u"requested_server"_s));

        EngineOptions preferring = m_options;
        preferring.preferOnionTwin = true;
        m_engine->applySettings(preferring);
        const QString onion = u"%1:%2:s"_s.arg(m_net->onionHostname()).arg(m_electrum.tlsPort());
        const Answer routed = get(m_http, url(u"/electrum/query"_s), ask);
        QVERIFY2(routed.status == 200, qPrintable(routed.text()));
        QCOMPARE(routed.body.value(u"server"_s).toString(), onion);
        QCOMPARE(routed.body.value(u"requested_server"_s).toString(), u"127.0.0.1:%1:s"_s.arg(m_electrum.tlsPort()));
        QCOMPARE(routed.body.value(u"route"_s).toString(), u"onion-twin"_s);
        QCOMPARE(routed.body.value(u"result"_s).toObject().value(u"height"_s).toInt(), m_electrum.tipHeight());
        // The session really went to the .onion: its certificate was pinned under the onion's address.
        const auto pin = m_engine->pins().pin(u"%1:%2"_s.arg(m_net->onionHostname()).arg(m_electrum.tlsPort()));
        QVERIFY(pin.has_value());
        QCOMPARE(pin->sha256, m_electrum.certificateSha256());

        m_engine->applySettings(m_options);
        direct = get(m_http, url(u"/electrum/query"_s), ask);
        QCOMPARE(direct.body.value(u"server"_s).toString(), u"127.0.0.1:%1:s"_s.arg(m_electrum.tlsPort()));
    }

private:
    QUrl url(const QString& path) const
    {
        QUrl u = m_api->baseUrl();
        u.setPath(path);
        return u;
    }
    QUrlQuery server(const QString& host) const
    {
        QUrlQuery q;
        q.addQueryItem(u"url"_s, host);
        q.addQueryItem(u"port"_s, QString::number(m_electrum.tlsPort()));
        q.addQueryItem(u"ssl"_s, u"true"_s);
        q.addQueryItem(u"timeout"_s, u"90"_s);
        return q;
    }

    TestElectrumServer m_electrum;
    std::unique_ptr<PrivateTorNetwork> m_net;
    QTemporaryDir m_dataDir;
    EngineOptions m_options;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ApiServer> m_api;
    QNetworkAccessManager m_http;
};

} // namespace btcw::test

QTEST_GUILESS_MAIN(btcw::test::TestOnionIdentity)
#include "tst_onionidentity.moc"
