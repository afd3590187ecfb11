// Two API servers with their own engines sharing one real redis-server: an answer fetched through one is a hit
// in the other; with Redis killed, queries still answer (from the fallback), and the stats say degraded.
#include "ApiServer.h"
#include "ApiTestUtil.h"
#include "Engine.h"
#include "RedisTestServer.h"
#include "TestElectrumServer.h"

#include <QElapsedTimer>
#include <QTest>
#include <memory>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Instance
{
    std::unique_ptr<Engine> engine;
    std::unique_ptr<ApiServer> api;
    std::unique_ptr<ApiClient> client;
};

} // namespace

class TestApiRedisCache : public QObject
{
    Q_OBJECT

    RedisTestServer m_redis;
    std::unique_ptr<TestElectrumServer> m_electrum;
    Instance m_a;
    Instance m_b;

    Status startInstance(Instance& instance)
    {
        EngineOptions options = loopbackEngineOptions();
        options.cache.redis.host = m_redis.host();
        options.cache.redis.port = m_redis.port();
        options.cache.redis.connectTimeout = 1000ms;
        options.cache.redis.commandTimeout = 500ms;
        options.cache.redis.reconnectMin = 100ms;
        options.cache.redis.reconnectMax = 400ms;
        instance.engine = std::make_unique<Engine>(options);
        instance.engine->start();
        instance.api = std::make_unique<ApiServer>(*instance.engine, loopbackApiOptions());
        if (Status started = instance.api->start(); !started.ok())
            return started;
        instance.client = std::make_unique<ApiClient>(*instance.api);
        return success();
    }
    static QJsonObject stats(Instance& instance) { return instance.client->get(u"/electrum/cache"_s).json(); }
    qint64 keysInRedis()
    {
        auto reply = m_redis.command({"DBSIZE"});
        return reply ? reply.value().toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        if (RedisTestServer::executable().isEmpty())
            QSKIP("redis-server is not installed");
        const Status redis = m_redis.start();
        QVERIFY2(redis.ok(), qPrintable(redis.ok() ? QString() : redis.error().toString()));
        m_electrum = std::make_unique<TestElectrumServer>();
        QVERIFY2(m_electrum->start(), qPrintable(m_electrum->errorString()));
        for (Instance* instance : {&m_a, &m_b}) {
            const Status started = startInstance(*instance);
            QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!stats(m_a).value(u"degraded"_s).toBool(true), 5000);
        QCOMPARE(stats(m_a).value(u"backend"_s).toString(), u"redis"_s);
        QCOMPARE(stats(m_a).value(u"redis"_s).toObject().value(u"port"_s).toInt(), int(m_redis.port()));
    }

    void cleanupTestCase()
    {
        for (Instance* instance : {&m_a, &m_b}) {
            instance->client.reset();
            instance->api.reset();
            instance->engine.reset();
        }
        m_electrum.reset();
    }

    void answerFetchedThroughOneInstanceIsAHitInTheOther()
    {
        const QUrlQuery q = electrumQuery(m_electrum->tcpPort(), false, u"server.features"_s);
        const qint64 keysBefore = keysInRedis();
        const HttpResult first = m_a.client->get(u"/electrum/query"_s, q);
        QCOMPARE(first.status, 200);
        QVERIFY(first.header("cache-status").startsWith("btc-worker; fwd=uri-miss; stored"));
        QCOMPARE(m_electrum->requestsReceived(u"server.features"_s), 1);
        QTRY_COMPARE_WITH_TIMEOUT(keysInRedis(), keysBefore + 1, 5000); // the store is fire and forget

        const HttpResult second = m_b.client->get(u"/electrum/query"_s, q);
        QCOMPARE(second.status, 200);
        QVERIFY2(second.header("cache-status").startsWith("btc-worker; hit"), second.header("cache-status").data());
        QCOMPARE(second.json().value(u"cache_backend"_s).toString(), u"redis"_s);
        QCOMPARE(second.json().value(u"result"_s), first.json().value(u"result"_s));
        QCOMPARE(second.header("etag"), first.header("etag")); // same body, same tag in every process
        QCOMPARE(m_electrum->requestsReceived(u"server.features"_s), 1);
        QCOMPARE(stats(m_b).value(u"hits"_s).toInteger(), 1);
    }

    void queriesStillAnswerWhenRedisIsKilled()
    {
        m_redis.kill();
        const QUrlQuery q = electrumQuery(m_electrum->tcpPort(), false, u"server.banner"_s);
        for (int i = 0; i < 2; ++i) {
            QElapsedTimer clock;
            clock.start();
            const HttpResult r = m_a.client->get(u"/electrum/query"_s, q);
            QCOMPARE(r.status, 200);
            QVERIFY2(clock.elapsed() < 5000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
        }
        QTRY_VERIFY_WITH_TIMEOUT(stats(m_a).value(u"degraded"_s).toBool(), 5000);
        QVERIFY(!stats(m_a).value(u"degraded_reason"_s).toString().isEmpty());
        // Degraded answers say so in Cache-Status.
        const HttpResult later = m_a.client->get(u"/electrum/query"_s, q);
        QCOMPARE(later.status, 200);
        QVERIFY2(later.header("cache-status").endsWith("; detail=degraded"), later.header("cache-status").data());
    }
};

QTEST_GUILESS_MAIN(TestApiRedisCache)
#include "tst_apirediscache.moc"
