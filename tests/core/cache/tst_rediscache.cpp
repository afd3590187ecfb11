// RedisCache against a real redis-server on loopback: sharing, TTL, AUTH/SELECT, clear, and surviving Redis failures.
#include "Clock.h"
#include "RedisTestServer.h"
#include "cache/RedisCache.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace btcw;
using namespace std::chrono_literals;

namespace {

RedisSettings settingsFor(const test::RedisTestServer& server)
{
    RedisSettings s;
    s.host = server.host();
    s.port = server.port();
    s.connectTimeout = 1000ms;
    s.commandTimeout = 500ms;
    s.reconnectMin = 100ms;
    s.reconnectMax = 400ms;
    return s;
}

// get() and wait (bounded) for the answer; the elapsed time goes to *elapsedMs when asked.
std::optional<CachedValue> getNow(Cache& cache, const QByteArray& key, QObject* context, qint64* elapsedMs = nullptr)
{
    bool answered = false;
    std::optional<CachedValue> result;
    QElapsedTimer timer;
    timer.start();
    cache.get(key, context, [&](std::optional<CachedValue> value) {
        answered = true;
        result = std::move(value);
    });
    if (!QTest::qWaitFor([&] { return answered; }, 5000))
        qFatal("get() did not answer within 5 s");
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return result;
}

} // namespace

class TestRedisCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sharesEntriesAcrossInstances();
    void expiresAfterTheRealTtl();
    void authenticatesAndSelectsTheDatabase();
    void wrongPasswordIsDegradedButAnswers();
    void missingPasswordIsDegradedUntilSetAndThenWorks();
    void changingThePasswordReconnectsAtOnceWithoutRevealingIt();
    void storedPasswordReachesTheCacheUnlessTheEnvironmentSetsIt();
    void unreachableRedisIsDegradedButAnswers();
    void keepsAnsweringWhenRedisDiesAndUsesItAgainAfterRestart();
    void aHungRedisDoesNotStallLookups();
    void clearRemovesOnlyOurPrefix();
    void valueEncodingRoundTrips();
};

void TestRedisCache::initTestCase()
{
    if (test::RedisTestServer::executable().isEmpty())
        QSKIP("redis-server is not installed");
}

void TestRedisCache::sharesEntriesAcrossInstances()
{
    test::RedisTestServer server;
    const Status started = server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));

    ManualClock clock;
    RedisCache writer(settingsFor(server), {}, clock);
    RedisCache reader(settingsFor(server), {}, clock);
    writer.start();
    reader.start();
    QTRY_VERIFY_WITH_TIMEOUT(writer.isReady() && reader.isReady(), 5000);
    QVERIFY(!writer.isDegraded());

    writer.put("shared", "hello", 60s);
    // The reader's connection is separate: the SET lands on Redis shortly after.
    QTRY_VERIFY_WITH_TIMEOUT(getNow(reader, "shared", this).has_value(), 3000);
    clock.advance(5s);
    const auto value = getNow(reader, "shared", this);
    QVERIFY(value.has_value());
    QCOMPARE(value->body, QByteArray("hello"));
    QCOMPARE(value->etag, CachedValue::etagFor("hello"));
    QCOMPARE(value->ttl, 60s);
    QCOMPARE(value->age(clock.utcNow()), 5s);

    // Stored in Redis itself under the versioned prefix, with Redis's own expiry.
    const auto ttl = server.command({"TTL", "btcw:v1:shared"});
    QVERIFY(ttl.ok());
    QVERIFY2(ttl->toInt() > 0 && ttl->toInt() <= 60, ttl->constData());
    QVERIFY(!getNow(reader, "absent", this).has_value());
    QVERIFY(reader.stats().hits >= 2);
    QVERIFY(reader.stats().misses >= 1);
    QCOMPARE(reader.backendName(), QStringLiteral("redis"));
    // Entries went to Redis, not to the fallback.
    QCOMPARE(writer.fallback().stats().entries, qint64(0));
}

void TestRedisCache::expiresAfterTheRealTtl()
{
    test::RedisTestServer server;
    QVERIFY(server.start().ok());
    RedisCache cache(settingsFor(server));
    cache.start();
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(), 5000);
    cache.put("short", "v", 1s);
    QVERIFY(getNow(cache, "short", this).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(!getNow(cache, "short", this).has_value(), 4000);
    QCOMPARE(server.command({"EXISTS", "btcw:v1:short"}).valueOr({}), QByteArray("0"));
}

void TestRedisCache::authenticatesAndSelectsTheDatabase()
{
    test::RedisTestServer server;
    QVERIFY(server.start({QStringLiteral("s3cret pass")}).ok());
    RedisSettings settings = settingsFor(server);
    settings.password = QStringLiteral("s3cret pass");
    settings.db = 3;
    RedisCache cache(settings);
    cache.start();
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(), 5000);
    cache.put("in-db-3", "v", 60s);
    QTRY_COMPARE_WITH_TIMEOUT(server.command({"EXISTS", "btcw:v1:in-db-3"}, 3).valueOr({}), QByteArray("1"), 3000);
    QCOMPARE(server.command({"EXISTS", "btcw:v1:in-db-3"}, 0).valueOr({}), QByteArray("0"));
    QCOMPARE(getNow(cache, "in-db-3", this).value_or(CachedValue{}).body, QByteArray("v"));
}

void TestRedisCache::wrongPasswordIsDegradedButAnswers()
{
    test::RedisTestServer server;
    QVERIFY(server.start({QStringLiteral("right")}).ok());
    RedisSettings settings = settingsFor(server);
    settings.password = QStringLiteral("wrong");
    RedisCache cache(settings);
    QSignalSpy degraded(&cache, &Cache::degradedChanged);
    cache.start();
    QTRY_VERIFY_WITH_TIMEOUT(cache.isDegraded(), 5000);
    QVERIFY2(cache.degradedReason().contains(QStringLiteral("AUTH")), qPrintable(cache.degradedReason()));
    QVERIFY(!degraded.isEmpty());
    QCOMPARE(degraded.first().at(0).toBool(), true);
    QVERIFY(!cache.isReady());
    // Still a working cache, from the fallback.
    cache.put("k", "v", 60s);
    QCOMPARE(getNow(cache, "k", this).value_or(CachedValue{}).body, QByteArray("v"));
    QVERIFY(cache.stats().degraded);
}

void TestRedisCache::missingPasswordIsDegradedUntilSetAndThenWorks()
{
    const QString password = QStringLiteral("p4ss-missing-xyz");
    test::RedisTestServer server;
    QVERIFY(server.start({password}).ok());
    RedisSettings settings = settingsFor(server);
    settings.reconnectMin = 5000ms; // a reconnect seen below is setPassword()'s doing, not the backoff's
    settings.reconnectMax = 5000ms;
    RedisCache cache(settings);
    cache.start();
    QTRY_VERIFY_WITH_TIMEOUT(cache.isDegraded(), 5000);
    QVERIFY(!cache.isReady());
    QVERIFY(cache.isRefusingAuthentication());
    QVERIFY2(cache.degradedReason().contains(QStringLiteral("requires a password")),
             qPrintable(cache.degradedReason()));
    QVERIFY(!cache.degradedReason().contains(password));

    cache.setPassword(password);
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(), 3000);
    QVERIFY(!cache.isDegraded());
    QVERIFY(!cache.isRefusingAuthentication());
    cache.put("after-auth", "v", 60s);
    QTRY_COMPARE_WITH_TIMEOUT(server.command({"EXISTS", "btcw:v1:after-auth"}).valueOr({}), QByteArray("1"), 3000);
}

void TestRedisCache::changingThePasswordReconnectsAtOnceWithoutRevealingIt()
{
    const QString right = QStringLiteral("right-pass-123");
    const QString wrong = QStringLiteral("wrong-pass-456");
    test::RedisTestServer server;
    QVERIFY(server.start({right}).ok());
    RedisSettings settings = settingsFor(server);
    settings.password = right;
    settings.reconnectMin = 5000ms;
    settings.reconnectMax = 5000ms;
    RedisCache cache(settings);
    QSignalSpy ready(&cache, &RedisCache::ready);
    cache.start();
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(), 5000);

    // Connected: a new (wrong) password is tried at once, and refused.
    cache.setPassword(wrong);
    QTRY_VERIFY_WITH_TIMEOUT(cache.isDegraded(), 3000);
    QVERIFY(cache.isRefusingAuthentication());
    const QString reason = cache.degradedReason();
    QVERIFY2(reason.contains(QStringLiteral("AUTH")), qPrintable(reason));
    QVERIFY(!reason.contains(wrong));
    QVERIFY(!reason.contains(right));
    QCOMPARE(cache.stats().degradedReason, reason);
    // Still answers, from the fallback.
    cache.put("k", "v", 60s);
    QCOMPARE(getNow(cache, "k", this).value_or(CachedValue{}).body, QByteArray("v"));

    // Refused: the right one is tried without waiting for the 5 s backoff.
    const int readyBefore = int(ready.count());
    cache.setPassword(right);
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(), 3000);
    QCOMPARE(int(ready.count()), readyBefore + 1);
    QVERIFY(!cache.isDegraded());
}

void TestRedisCache::storedPasswordReachesTheCacheUnlessTheEnvironmentSetsIt()
{
    const QString password = QStringLiteral("from-the-store");
    test::RedisTestServer server;
    QVERIFY(server.start({password}).ok());

    RedisSettings settings = settingsFor(server);
    RedisCache cache(settings);
    cache.start();
    QTRY_VERIFY_WITH_TIMEOUT(cache.isRefusingAuthentication(), 5000);
    QVERIFY(setRedisPassword(cache, password));
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(), 3000);

    // REDIS_PASSWORD set (here to a wrong value): the stored one is ignored.
    settings.password = QStringLiteral("from-env");
    settings.passwordFromEnvironment = true;
    RedisCache fromEnvironment(settings);
    fromEnvironment.start();
    QVERIFY(!setRedisPassword(fromEnvironment, password));
    QCOMPARE(fromEnvironment.settings().password, QStringLiteral("from-env"));
    QTRY_VERIFY_WITH_TIMEOUT(fromEnvironment.isDegraded(), 5000);
    QVERIFY(!fromEnvironment.isReady());
}

void TestRedisCache::unreachableRedisIsDegradedButAnswers()
{
    test::RedisTestServer server;
    QVERIFY(server.start().ok());
    RedisSettings settings = settingsFor(server);
    server.kill(); // the port is now closed
    RedisCache cache(settings);
    qint64 elapsed = 0;
    QVERIFY(!getNow(cache, "k", this, &elapsed).has_value());
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    QTRY_VERIFY_WITH_TIMEOUT(cache.isDegraded(), 3000);
    QVERIFY(!cache.degradedReason().isEmpty());
}

void TestRedisCache::keepsAnsweringWhenRedisDiesAndUsesItAgainAfterRestart()
{
    test::RedisTestServer server;
    QVERIFY(server.start().ok());
    RedisCache cache(settingsFor(server));
    QSignalSpy degraded(&cache, &Cache::degradedChanged);
    cache.start();
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(), 5000);
    cache.put("before", "b", 60s);
    QTRY_COMPARE_WITH_TIMEOUT(server.command({"EXISTS", "btcw:v1:before"}).valueOr({}), QByteArray("1"), 3000);

    server.kill();
    QTRY_VERIFY_WITH_TIMEOUT(cache.isDegraded(), 3000);
    QVERIFY(!degraded.isEmpty());
    QCOMPARE(degraded.last().at(0).toBool(), true);

    // Lookups keep answering, quickly, from the fallback.
    qint64 elapsed = 0;
    QVERIFY(!getNow(cache, "before", this, &elapsed).has_value());
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    cache.put("during", "d", 60s);
    QCOMPARE(getNow(cache, "during", this, &elapsed).value_or(CachedValue{}).body, QByteArray("d"));
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    QCOMPARE(cache.stats().entries, qint64(1));

    const Status restarted = server.restart();
    QVERIFY2(restarted.ok(), qPrintable(restarted.ok() ? QString() : restarted.error().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(), 5000);
    QVERIFY(!cache.isDegraded());
    QCOMPARE(degraded.last().at(0).toBool(), false);

    cache.put("after", "a", 60s);
    QTRY_COMPARE_WITH_TIMEOUT(server.command({"EXISTS", "btcw:v1:after"}).valueOr({}), QByteArray("1"), 3000);
    QCOMPARE(getNow(cache, "after", this).value_or(CachedValue{}).body, QByteArray("a"));
    // What was stored while Redis was away is still found (Redis misses, the fallback answers).
    QCOMPARE(getNow(cache, "during", this).value_or(CachedValue{}).body, QByteArray("d"));
}

void TestRedisCache::aHungRedisDoesNotStallLookups()
{
    test::RedisTestServer server;
    QVERIFY(server.start().ok());
    RedisCache cache(settingsFor(server));
    cache.start();
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(), 5000);
    if (!server.pause())
        QSKIP("cannot pause redis-server on this platform");
    qint64 elapsed = 0;
    QVERIFY(!getNow(cache, "k", this, &elapsed).has_value());
    // Answered by the command timeout (500 ms), not by a TCP timeout.
    QVERIFY2(elapsed >= 400 && elapsed < 1500, qPrintable(QString::number(elapsed)));
    QVERIFY(cache.isDegraded());
    QVERIFY2(cache.degradedReason().contains(QStringLiteral("did not answer")), qPrintable(cache.degradedReason()));
    QVERIFY(server.resume());
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(), 5000);
    QVERIFY(!cache.isDegraded());
}

void TestRedisCache::clearRemovesOnlyOurPrefix()
{
    test::RedisTestServer server;
    QVERIFY(server.start().ok());
    QCOMPARE(server.command({"SET", "someone-else:key", "x"}).valueOr({}), QByteArray("OK"));
    RedisCache cache(settingsFor(server));
    cache.start();
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(), 5000);
    for (int i = 0; i < 50; ++i)
        cache.put("k" + QByteArray::number(i), "v", 60s);
    QTRY_COMPARE_WITH_TIMEOUT(server.command({"DBSIZE"}).valueOr({}), QByteArray("51"), 3000);
    cache.clear();
    QTRY_COMPARE_WITH_TIMEOUT(server.command({"DBSIZE"}).valueOr({}), QByteArray("1"), 3000);
    QCOMPARE(server.command({"GET", "someone-else:key"}).valueOr({}), QByteArray("x"));
    QVERIFY(!getNow(cache, "k7", this).has_value());
}

void TestRedisCache::valueEncodingRoundTrips()
{
    CachedValue value;
    value.body = QByteArray("\0binary\r\n", 9);
    value.storedAt = QDateTime::fromMSecsSinceEpoch(1713614400123, QTimeZone::utc());
    value.ttl = 42s;
    value.etag = CachedValue::etagFor(value.body);
    const auto decoded = RedisCache::decodeValue(RedisCache::encodeValue(value));
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->body, value.body);
    QCOMPARE(decoded->storedAt, value.storedAt);
    QCOMPARE(decoded->ttl, value.ttl);
    QCOMPARE(decoded->etag, value.etag);
    QVERIFY(!RedisCache::decodeValue("plain text").has_value());
    QVERIFY(!RedisCache::decodeValue(RedisCache::encodeValue(value) + "trailing").has_value());
}

QTEST_GUILESS_MAIN(TestRedisCache)
#include "tst_rediscache.moc"
