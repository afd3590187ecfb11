// /electrum/query through the response cache: hits, Cache-Status/Age/ETag, 304, bypass, tip moves, errors, stats.
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

class TestApiCache : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestElectrumServer> m_electrum;
    ApiHarness m_h;

    HttpResult query(const QUrlQuery& q, const RequestHeaders& headers = {})
    {
        return m_h.client->get(u"/electrum/query"_s, q, headers);
    }
    QUrlQuery tcpQuery(const QString& method, const QString& params = {}) const
    {
        return electrumQuery(m_electrum->tcpPort(), false, method, params);
    }
    QJsonObject cacheStats() { return m_h.client->get(u"/electrum/cache"_s).json(); }

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

    void secondIdenticalQueryIsAHitWithCacheHeaders()
    {
        const QUrlQuery q = tcpQuery(u"server.banner"_s);
        const HttpResult first = query(q);
        QCOMPARE(first.status, 200);
        QCOMPARE(m_electrum->requestsReceived(u"server.banner"_s), 1);
        QCOMPARE(first.header("cache-status"), QByteArray("btc-worker; fwd=uri-miss; stored; ttl=600"));
        QCOMPARE(first.header("cache-control"), QByteArray("max-age=600"));
        QVERIFY2(first.header("etag").startsWith("W/\""), first.header("etag").constData());
        QVERIFY(!first.hasHeader("age"));
        QCOMPARE(first.json().value(u"cached"_s).toBool(true), false);
        QVERIFY(first.json().value(u"elapsed_ms"_s).isDouble());

        const HttpResult second = query(q);
        QCOMPARE(second.status, 200);
        QCOMPARE(m_electrum->requestsReceived(u"server.banner"_s), 1); // answered without asking the server
        QVERIFY2(second.header("cache-status").startsWith("btc-worker; hit; ttl="),
                 second.header("cache-status").constData());
        QVERIFY(second.hasHeader("age"));
        QVERIFY(second.header("age").toInt() >= 0 && second.header("age").toInt() <= 5);
        QVERIFY(second.header("cache-control").startsWith("max-age="));
        QCOMPARE(second.header("etag"), first.header("etag"));
        const QJsonObject hit = second.json();
        QCOMPARE(hit.value(u"cached"_s).toBool(), true);
        QCOMPARE(hit.value(u"cache_backend"_s).toString(), u"memory"_s);
        QVERIFY(hit.value(u"age"_s).isDouble());
        QVERIFY(!hit.contains(u"elapsed_ms"_s));
        for (const QString& key : {u"server"_s, u"method"_s, u"params"_s, u"result"_s, u"server_software"_s})
            QCOMPARE(hit.value(key), first.json().value(key));
    }

    void matchingEtagGives304WithoutBody()
    {
        const QUrlQuery q = tcpQuery(u"server.donation_address"_s);
        const HttpResult first = query(q);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("etag");
        QVERIFY(!etag.isEmpty());

        const HttpResult notModified = query(q, {{"If-None-Match", etag}});
        QCOMPARE(notModified.status, 304);
        QVERIFY(notModified.body.isEmpty());
        QCOMPARE(notModified.header("etag"), etag);
        QVERIFY(notModified.header("cache-status").startsWith("btc-worker; hit"));

        // The strong form of the same tag matches too (If-None-Match compares weakly).
        const HttpResult strong = query(q, {{"If-None-Match", "\"x\", " + etag.mid(2)}});
        QCOMPARE(strong.status, 304);

        const HttpResult other = query(q, {{"If-None-Match", "W/\"something-else\""}});
        QCOMPARE(other.status, 200);
        QCOMPARE(other.json().value(u"cached"_s).toBool(), true);
        QCOMPARE(m_electrum->requestsReceived(u"server.donation_address"_s), 1);
    }

    void bypassReachesTheServerAndStoresTheFreshAnswer()
    {
        const QUrlQuery q = tcpQuery(u"server.features"_s);
        QCOMPARE(query(q).status, 200);
        const int before = m_electrum->requestsReceived(u"server.features"_s);
        QCOMPARE(query(q).json().value(u"cached"_s).toBool(), true);
        QCOMPARE(m_electrum->requestsReceived(u"server.features"_s), before);

        QUrlQuery off = q;
        off.addQueryItem(u"cache"_s, u"false"_s);
        const HttpResult bypassed = query(off);
        QCOMPARE(bypassed.status, 200);
        QCOMPARE(bypassed.json().value(u"cached"_s).toBool(true), false);
        // Issue 17: cache=false neither reads nor writes the cache (it used to store the answer).
        QCOMPARE(bypassed.header("cache-status"), QByteArray("btc-worker; fwd=request"));
        QCOMPARE(m_electrum->requestsReceived(u"server.features"_s), before + 1);

        const HttpResult noCache = query(q, {{"Cache-Control", "no-cache"}});
        QCOMPARE(noCache.status, 200);
        QVERIFY(noCache.header("cache-status").startsWith("btc-worker; fwd=request"));
        QCOMPARE(m_electrum->requestsReceived(u"server.features"_s), before + 2);

        // The fresh answer was stored: the next plain query is a hit again.
        QCOMPARE(query(q).json().value(u"cached"_s).toBool(), true);
        QCOMPARE(m_electrum->requestsReceived(u"server.features"_s), before + 2);
    }

    void uncacheableMethodsAlwaysReachTheServer()
    {
        const QUrlQuery q = tcpQuery(u"server.ping"_s);
        const int before = m_electrum->requestsReceived(u"server.ping"_s);
        for (int i = 1; i <= 2; ++i) {
            const HttpResult r = query(q);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("cache-status"), QByteArray("btc-worker; fwd=bypass"));
            QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
            QCOMPARE(m_electrum->requestsReceived(u"server.ping"_s), before + i);
        }
    }

    void tipDependentAnswersAreDroppedWhenTheTipMoves()
    {
        const QList<FundedScript> scripts = m_electrum->fundedScripts();
        QVERIFY(!scripts.isEmpty());
        QUrlQuery tip = tcpQuery(u"blockchain.headers.subscribe"_s);
        tip.addQueryItem(u"cache"_s, u"false"_s);
        QCOMPARE(query(tip).json().value(u"result"_s).toObject().value(u"height"_s).toInt(), m_electrum->tipHeight());

        QUrlQuery balance = tcpQuery(u"blockchain.scripthash.get_balance"_s);
        balance.addQueryItem(u"address"_s, scripts.first().address);
        const int before = m_electrum->requestsReceived(u"blockchain.scripthash.get_balance"_s);
        const HttpResult first = query(balance);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("cache-status"), QByteArray("btc-worker; fwd=uri-miss; stored; ttl=15"));
        QCOMPARE(query(balance).json().value(u"cached"_s).toBool(), true);
        QCOMPARE(m_electrum->requestsReceived(u"blockchain.scripthash.get_balance"_s), before + 1);

        m_electrum->mineBlock();
        const HttpResult newTip = query(tip);
        QCOMPARE(newTip.json().value(u"result"_s).toObject().value(u"height"_s).toInt(), m_electrum->tipHeight());

        const HttpResult after = query(balance);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json().value(u"cached"_s).toBool(true), false);
        QVERIFY(after.header("cache-status").startsWith("btc-worker; fwd=uri-miss; stored"));
        QCOMPARE(m_electrum->requestsReceived(u"blockchain.scripthash.get_balance"_s), before + 2);
    }

    void errorsAreNeverCached()
    {
        const QUrlQuery q = tcpQuery(u"blockchain.block.header"_s, u"[2]"_s);
        m_electrum->setMethodError(u"blockchain.block.header"_s, 7, u"not today"_s);
        const HttpResult failed = query(q);
        m_electrum->clearMethodError(u"blockchain.block.header"_s);
        QCOMPARE(failed.status, 502);
        QCOMPARE(failed.header("cache-control"), QByteArray("no-store"));
        QVERIFY(!failed.hasHeader("etag"));
        const int before = m_electrum->requestsReceived(u"blockchain.block.header"_s);

        const HttpResult ok = query(q);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(u"result"_s).toString(), m_electrum->headerHex(2));
        QCOMPARE(ok.json().value(u"cached"_s).toBool(true), false);
        QCOMPARE(m_electrum->requestsReceived(u"blockchain.block.header"_s), before + 1);
    }

    void cacheStatsCountHitsMissesAndEntries()
    {
        const QJsonObject before = cacheStats();
        QCOMPARE(before.value(u"backend"_s).toString(), u"memory"_s);
        QCOMPARE(before.value(u"degraded"_s).toBool(true), false);
        QVERIFY(!before.contains(u"degraded_reason"_s));
        QCOMPARE(before.value(u"ttl_seconds"_s).toObject().value(u"tip_dependent"_s).toInt(), 15);

        const QUrlQuery q = tcpQuery(u"blockchain.block.header"_s, u"[1]"_s);
        QCOMPARE(query(q).status, 200); // miss, stored
        QCOMPARE(query(q).status, 200); // hit
        const QJsonObject after = cacheStats();
        QCOMPARE(after.value(u"hits"_s).toInteger(), before.value(u"hits"_s).toInteger() + 1);
        QCOMPARE(after.value(u"misses"_s).toInteger(), before.value(u"misses"_s).toInteger() + 1);
        QCOMPARE(after.value(u"entries"_s).toInteger(), before.value(u"entries"_s).toInteger() + 1);
        QVERIFY(after.value(u"bytes"_s).toInteger() > before.value(u"bytes"_s).toInteger());

        QUrlQuery clear;
        clear.addQueryItem(u"clear"_s, u"true"_s);
        const HttpResult refused = m_h.client->get(u"/electrum/cache"_s, clear);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json().value(u"detail"_s).toString().startsWith(u"'clear': unknown parameter"_s));
        QCOMPARE(cacheStats().value(u"entries"_s).toInteger(), after.value(u"entries"_s).toInteger());
    }

    void openApiDescribesTheCacheAndHealthEndpoints()
    {
        const QJsonObject doc = m_h.client->get(u"/openapi.json"_s).json();
        const QJsonObject paths = doc.value(u"paths"_s).toObject();
        for (const auto& path : {u"/electrum/cache"_s, u"/electrum/check"_s, u"/electrum/tip"_s})
            QVERIFY2(paths.contains(path), qPrintable(path));
        const QJsonObject headers = paths.value(u"/electrum/query"_s)
                                        .toObject()
                                        .value(u"get"_s)
                                        .toObject()
                                        .value(u"responses"_s)
                                        .toObject()
                                        .value(u"200"_s)
                                        .toObject()
                                        .value(u"headers"_s)
                                        .toObject();
        for (const auto& header : {u"Cache-Status"_s, u"Cache-Control"_s, u"ETag"_s, u"Age"_s})
            QVERIFY2(headers.contains(header), qPrintable(header));
        const QJsonObject schemas = doc.value(u"components"_s).toObject().value(u"schemas"_s).toObject();
        for (const auto& schema : {u"CacheStats"_s, u"HealthReport"_s, u"TipAgreement"_s}) {
            for (const auto& ref : schemas.value(schema).toObject().value(u"required"_s).toArray())
                QVERIFY2(schemas.value(schema).toObject().value(u"properties"_s).toObject().contains(ref.toString()),
                         qPrintable(schema + u"."_s + ref.toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiCache)
#include "tst_apicache.moc"
