// /electrum/pins and /electrum/pins/trust against a TLS test server whose certificate changes.
#include "ApiServer.h"
#include "ApiTestUtil.h"
#include "Engine.h"
#include "TestElectrumServer.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;

class TestApiPins : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestElectrumServer> m_electrum;
    ApiHarness m_h;
    QString m_oldSha;
    QString m_newSha;

    QUrlQuery pinQuery(const QString& sha256 = {}) const
    {
        QUrlQuery q;
        q.addQueryItem(u"url"_s, u"127.0.0.1"_s);
        q.addQueryItem(u"port"_s, QString::number(m_electrum->tlsPort()));
        if (!sha256.isEmpty())
            q.addQueryItem(u"sha256"_s, sha256);
        return q;
    }
    // A fresh answer over TLS (the cache would otherwise answer without connecting).
    HttpResult tlsQuery()
    {
        QUrlQuery q = electrumQuery(m_electrum->tlsPort(), true, u"server.banner"_s);
        q.addQueryItem(u"cache"_s, u"false"_s);
        return m_h.client->get(u"/electrum/query"_s, q);
    }

private slots:
    void initTestCase()
    {
        m_electrum = std::make_unique<TestElectrumServer>();
        QVERIFY2(m_electrum->start(), qPrintable(m_electrum->errorString()));
        m_h.startEngine();
        const QString failed = m_h.startApi();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase()
    {
        m_h.stop();
        m_electrum.reset();
    }

    void noPinsBeforeTheFirstTlsConnection()
    {
        const HttpResult all = m_h.client->get(u"/electrum/pins"_s);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().value(u"pins"_s).toArray().size(), 0);
        QCOMPARE(all.header("Cache-Control"), QByteArray("no-store"));
        const HttpResult one = m_h.client->get(u"/electrum/pins"_s, pinQuery());
        QCOMPARE(one.status, 404);
        QCOMPARE(one.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(one.json().value(u"detail"_s).toString().contains(u"127.0.0.1:%1"_s.arg(m_electrum->tlsPort())));
    }

    void firstQueryPinsTheCertificate()
    {
        const HttpResult q = tlsQuery();
        QVERIFY2(q.status == 200, q.body.constData());
        m_oldSha = m_electrum->certificateSha256();
        const QJsonArray pins = m_h.client->get(u"/electrum/pins"_s).json().value(u"pins"_s).toArray();
        QCOMPARE(pins.size(), 1);
        const QJsonObject pin = pins.first().toObject();
        QCOMPARE(pin.value(u"host_port"_s).toString(), u"127.0.0.1:%1"_s.arg(m_electrum->tlsPort()));
        QCOMPARE(pin.value(u"sha256"_s).toString(), m_oldSha);
        QCOMPARE(pin.value(u"changes"_s).toInt(), 0);
        QVERIFY(!pin.value(u"first_seen"_s).toString().isEmpty());
        QVERIFY(!pin.value(u"last_seen"_s).toString().isEmpty());
        QVERIFY(pin.value(u"pending"_s).isNull());
        QCOMPARE(pin.value(u"history"_s).toArray().size(), 0);
        // Nothing is pending, so there is nothing to trust.
        const HttpResult trust = m_h.client->get(u"/electrum/pins/trust"_s, pinQuery(m_oldSha));
        QCOMPARE(trust.status, 409);
        QVERIFY(trust.json().value(u"detail"_s).toString().contains(m_oldSha));
    }

    void changedCertificateIsRefusedAndShownAsPending()
    {
        m_electrum->regenerateCertificate();
        m_newSha = m_electrum->certificateSha256();
        QVERIFY(m_newSha != m_oldSha);
        m_electrum->closeAllClients(); // the pool's open session would otherwise go on with the old certificate
        HttpResult q;
        for (int attempt = 0; attempt < 5; ++attempt) { // until the pool has noticed the closed connection
            q = tlsQuery();
            if (q.json().value(u"error_kind"_s).toString() != u"connection-closed")
                break;
        }
        QCOMPARE(q.status, 502);
        QCOMPARE(q.json().value(u"error_kind"_s).toString(), u"certificate-changed"_s);
        const QString detail = q.json().value(u"detail"_s).toString();
        QVERIFY2(detail.contains(m_oldSha) && detail.contains(m_newSha), qPrintable(detail));

        const HttpResult one = m_h.client->get(u"/electrum/pins"_s, pinQuery());
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(u"sha256"_s).toString(), m_oldSha);
        const QJsonObject pending = one.json().value(u"pending"_s).toObject();
        QCOMPARE(pending.value(u"sha256"_s).toString(), m_newSha);
        QVERIFY(!pending.value(u"seen"_s).toString().isEmpty());
    }

    void badTrustRequestsChangeNothing_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown parameter") << u"sha=1"_s << 400;
        QTest::newRow("repeated port") << u"port=1"_s << 400;
        QTest::newRow("missing sha256") << QString() << 400;
    }
    void badTrustRequestsChangeNothing()
    {
        QFETCH(QString, extra);
        QFETCH(int, status);
        QUrlQuery q = pinQuery(extra.isEmpty() ? QString() : m_newSha);
        if (!extra.isEmpty())
            q.addQueryItem(extra.section(u'=', 0, 0), extra.section(u'=', 1));
        const HttpResult r = m_h.client->get(u"/electrum/pins/trust"_s, q);
        QCOMPARE(r.status, status);
        QCOMPARE(m_h.engine->pins().pin(u"127.0.0.1:%1"_s.arg(m_electrum->tlsPort()))->sha256, m_oldSha);
    }

    void wrongFingerprintIsRefusedNamingThePendingOne()
    {
        const HttpResult r = m_h.client->get(u"/electrum/pins/trust"_s, pinQuery(m_oldSha));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY2(r.json().value(u"detail"_s).toString().contains(m_newSha), r.body.constData());
        QCOMPARE(tlsQuery().json().value(u"error_kind"_s).toString(), u"certificate-changed"_s);
    }

    void onlyGetAndHeadAreAnswered()
    {
        const HttpResult r = m_h.client->request("POST", u"/electrum/pins/trust"_s, pinQuery(m_newSha));
        QCOMPARE(r.status, 405);
        QVERIFY(m_h.engine->pins().pin(u"127.0.0.1:%1"_s.arg(m_electrum->tlsPort()))->hasPending());
    }

    void withoutATokenTrustIsForbidden()
    {
        ApiOptions options = loopbackApiOptions();
        options.requireToken = false;
        ApiServer open(*m_h.engine, options);
        const Status started = open.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        ApiClient client(open);
        QCOMPARE(client.get(u"/electrum/pins"_s).status, 200); // reading is fine
        const HttpResult r = client.get(u"/electrum/pins/trust"_s, pinQuery(m_newSha));
        QCOMPARE(r.status, 403);
        QVERIFY2(r.json().value(u"detail"_s).toString().contains(u"--no-auth"_s), r.body.constData());
        QVERIFY(m_h.engine->pins().pin(u"127.0.0.1:%1"_s.arg(m_electrum->tlsPort()))->hasPending());
    }

    void trustingThePendingFingerprintLetsQueriesThrough()
    {
        const HttpResult r = m_h.client->get(u"/electrum/pins/trust"_s, pinQuery(m_newSha.toUpper()));
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject pin = r.json();
        QVERIFY(pin.value(u"trusted"_s).toBool());
        QCOMPARE(pin.value(u"sha256"_s).toString(), m_newSha);
        QCOMPARE(pin.value(u"changes"_s).toInt(), 1);
        QVERIFY(pin.value(u"pending"_s).isNull());
        const QJsonArray history = pin.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(u"sha256"_s).toString(), m_oldSha);
        QVERIFY(!history.first().toObject().value(u"replaced_at"_s).toString().isEmpty());

        const HttpResult q = tlsQuery();
        QVERIFY2(q.status == 200, q.body.constData());
        // Trusting is one-off: the same link does nothing a second time.
        QCOMPARE(m_h.client->get(u"/electrum/pins/trust"_s, pinQuery(m_newSha)).status, 409);
    }

    void openApiDescribesThePinEndpoints()
    {
        const QJsonObject paths = m_h.client->get(u"/openapi.json"_s).json().value(u"paths"_s).toObject();
        for (const auto& path : {u"/electrum/pins"_s, u"/electrum/pins/trust"_s})
            QVERIFY2(paths.value(path).toObject().contains(u"get"_s), qPrintable(path));
        const QJsonObject trust = paths.value(u"/electrum/pins/trust"_s).toObject().value(u"get"_s).toObject();
        for (const auto& status : {u"403"_s, u"409"_s})
            QVERIFY(trust.value(u"responses"_s).toObject().contains(status));
    }
};

QTEST_GUILESS_MAIN(TestApiPins)
#include "tst_apipins.moc"
