// MemoryCache: LRU bounded by entries and bytes, TTL expiry on an injected clock, stats, asynchronous answers.
#include "Clock.h"
#include "cache/MemoryCache.h"

#include <QTest>

using namespace btcw;
using namespace std::chrono_literals;

namespace {

// Runs get() and waits (bounded) for its answer.
std::optional<CachedValue> getNow(Cache& cache, const QByteArray& key, QObject* context)
{
    bool answered = false;
    std::optional<CachedValue> result;
    cache.get(key, context, [&](std::optional<CachedValue> value) {
        answered = true;
        result = std::move(value);
    });
    if (!QTest::qWaitFor([&] { return answered; }, 2000))
        qFatal("get() did not answer");
    return result;
}

} // namespace

class TestMemoryCache : public QObject
{
    Q_OBJECT

private slots:
    void storedValueComesBackWithMetadata();
    void answersLaterNotInsideGet();
    void noAnswerOnceContextIsGone();
    void expiresAfterTtl();
    void zeroTtlStoresNothing();
    void evictsLeastRecentlyUsedBeyondEntryLimit();
    void evictsLeastRecentlyUsedBeyondByteLimit();
    void refusesAnEntryLargerThanTheByteLimit();
    void replacingAKeyKeepsBytesExact();
    void clearEmptiesEverything();
    void statsCountHitsAndMisses();
    void etagIsStableAndDependsOnBody();
};

void TestMemoryCache::storedValueComesBackWithMetadata()
{
    ManualClock clock;
    MemoryCache cache({}, clock);
    cache.put("k", "body", 30s);
    clock.advance(7s);
    const auto value = getNow(cache, "k", this);
    QVERIFY(value.has_value());
    QCOMPARE(value->body, QByteArray("body"));
    QCOMPARE(value->ttl, 30s);
    QCOMPARE(value->age(clock.utcNow()), 7s);
    QCOMPARE(value->remaining(clock.utcNow()), 23s);
    QCOMPARE(value->etag, CachedValue::etagFor("body"));
    QCOMPARE(cache.backendName(), QStringLiteral("memory"));
}

void TestMemoryCache::answersLaterNotInsideGet()
{
    MemoryCache cache;
    cache.put("k", "v", 10s);
    bool answered = false;
    cache.get("k", this, [&](std::optional<CachedValue>) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 2000);
}

void TestMemoryCache::noAnswerOnceContextIsGone()
{
    MemoryCache cache;
    auto* context = new QObject;
    bool answered = false;
    cache.get("k", context, [&](std::optional<CachedValue>) { answered = true; });
    delete context;
    // Another get queued after the first one: once it has answered, the first would have too.
    QVERIFY(!getNow(cache, "k", this).has_value());
    QVERIFY(!answered);
}

void TestMemoryCache::expiresAfterTtl()
{
    ManualClock clock;
    MemoryCache cache({}, clock);
    cache.put("k", "v", 10s);
    clock.advance(9999ms);
    QVERIFY(cache.lookupNow("k").has_value());
    clock.advance(1ms);
    QVERIFY(!cache.lookupNow("k").has_value());
    QCOMPARE(cache.stats().expirations, quint64(1));
    QCOMPARE(cache.stats().entries, qint64(0));
    QCOMPARE(cache.stats().bytes, qint64(0));
}

void TestMemoryCache::zeroTtlStoresNothing()
{
    MemoryCache cache;
    cache.put("k", "v", 0s);
    cache.put("n", "v", -5s);
    QCOMPARE(cache.stats().entries, qint64(0));
    QCOMPARE(cache.stats().stores, quint64(0));
}

void TestMemoryCache::evictsLeastRecentlyUsedBeyondEntryLimit()
{
    MemoryCache cache({3, 1 << 20});
    cache.put("a", "1", 60s);
    cache.put("b", "2", 60s);
    cache.put("c", "3", 60s);
    QVERIFY(cache.lookupNow("a")); // a is now the most recently used; b the least
    cache.put("d", "4", 60s);
    QVERIFY(cache.contains("a"));
    QVERIFY(!cache.contains("b"));
    QVERIFY(cache.contains("c"));
    QVERIFY(cache.contains("d"));
    QCOMPARE(cache.stats().entries, qint64(3));
    QCOMPARE(cache.stats().evictions, quint64(1));
}

void TestMemoryCache::evictsLeastRecentlyUsedBeyondByteLimit()
{
    // Each entry: 1-byte key + 10-byte body + 24-byte etag = 35 bytes; 100 bytes hold two.
    const QByteArray body(10, 'x');
    const qint64 entryBytes = 1 + body.size() + CachedValue::etagFor(body).size();
    QCOMPARE(entryBytes, qint64(35));
    MemoryCache cache({1000, 100});
    cache.put("a", body, 60s);
    cache.put("b", body, 60s);
    QCOMPARE(cache.stats().bytes, 2 * entryBytes);
    QVERIFY(cache.lookupNow("a"));
    cache.put("c", body, 60s);
    QVERIFY(cache.contains("a"));
    QVERIFY(!cache.contains("b"));
    QVERIFY(cache.contains("c"));
    QCOMPARE(cache.stats().bytes, 2 * entryBytes);
    QVERIFY(cache.stats().bytes <= cache.limits().maxBytes);
}

void TestMemoryCache::refusesAnEntryLargerThanTheByteLimit()
{
    MemoryCache cache({1000, 100});
    cache.put("small", "v", 60s);
    cache.put("huge", QByteArray(200, 'x'), 60s);
    QVERIFY(!cache.contains("huge"));
    QVERIFY(cache.contains("small")); // nothing was evicted for it
}

void TestMemoryCache::replacingAKeyKeepsBytesExact()
{
    MemoryCache cache;
    cache.put("k", QByteArray(100, 'a'), 60s);
    cache.put("k", QByteArray(10, 'b'), 60s);
    QCOMPARE(cache.stats().entries, qint64(1));
    QCOMPARE(cache.stats().bytes, qint64(1 + 10 + 24));
    QCOMPARE(cache.lookupNow("k")->body, QByteArray(10, 'b'));
}

void TestMemoryCache::clearEmptiesEverything()
{
    MemoryCache cache;
    cache.put("a", "1", 60s);
    cache.put("b", "2", 60s);
    cache.clear();
    QCOMPARE(cache.stats().entries, qint64(0));
    QCOMPARE(cache.stats().bytes, qint64(0));
    QVERIFY(!getNow(cache, "a", this).has_value());
}

void TestMemoryCache::statsCountHitsAndMisses()
{
    MemoryCache cache;
    cache.put("a", "1", 60s);
    QVERIFY(getNow(cache, "a", this));
    QVERIFY(getNow(cache, "a", this));
    QVERIFY(!getNow(cache, "zz", this));
    const CacheStats s = cache.stats();
    QCOMPARE(s.hits, quint64(2));
    QCOMPARE(s.misses, quint64(1));
    QCOMPARE(s.stores, quint64(1));
    QCOMPARE(s.entries, qint64(1));
    QVERIFY(!s.degraded);
}

void TestMemoryCache::etagIsStableAndDependsOnBody()
{
    const QByteArray tag = CachedValue::etagFor("hello");
    QCOMPARE(tag, CachedValue::etagFor("hello"));
    QVERIFY(tag != CachedValue::etagFor("hello!"));
    QVERIFY(tag.startsWith('"') && tag.endsWith('"'));
    QCOMPARE(tag.size(), 24); // quotes + 22 base64url characters of 128 bits
}

QTEST_GUILESS_MAIN(TestMemoryCache)
#include "tst_memorycache.moc"
