// ResponseCache: the API facade; policy + keys + tip tracking + Cache-Status facts over a MemoryCache.
#include "Clock.h"
#include "cache/MemoryCache.h"
#include "cache/ResponseCache.h"

#include <QJsonArray>
#include <QTest>

using namespace btcw;
using namespace std::chrono_literals;

class TestResponseCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void missThenStoreThenHitWithAgeTtlAndEtag();
    void uncacheableMethodsBypass();
    void newTipMakesTipDependentEntriesUnreachable();
    void newScripthashStatusMakesThatScripthashsEntriesUnreachable();
    void headersSubscribeAnswerUpdatesTheTip();
    void settledEntriesSurviveANewTip();
    void serversDoNotShareEntries();
    void headerValueFollowsRfc9211();

private:
    CacheLookup lookupNow(const ServerAddress& server, const QString& method, const QJsonValue& params);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MemoryCache> m_memory;
    std::unique_ptr<ResponseCache> m_cache;
    ServerAddress m_server;
    ServerAddress m_other;
};

void TestResponseCache::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_memory = std::make_unique<MemoryCache>(MemoryCacheLimits{}, *m_clock);
    m_cache = std::make_unique<ResponseCache>(*m_memory, CachePolicy(), *m_clock);
    m_server = ServerAddress::create(u"electrum.example.org", 50002, Transport::Tls).value();
    m_other = ServerAddress::create(u"electrum.example.org", 50001, Transport::Tcp).value();
}

void TestResponseCache::cleanup()
{
    m_cache.reset();
    m_memory.reset();
    m_clock.reset();
}

CacheLookup TestResponseCache::lookupNow(const ServerAddress& server, const QString& method, const QJsonValue& params)
{
    std::optional<CacheLookup> result;
    m_cache->lookup(server, method, params, this, [&](CacheLookup lookup) { result = std::move(lookup); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 2000))
        qFatal("lookup() did not answer");
    return *result;
}

void TestResponseCache::missThenStoreThenHitWithAgeTtlAndEtag()
{
    const QString method = QStringLiteral("server.features");
    const CacheLookup miss = lookupNow(m_server, method, QJsonArray{});
    QCOMPARE(miss.status.outcome, CacheOutcome::Miss);
    QVERIFY(!miss.body);
    QCOMPARE(miss.status.backend, QStringLiteral("memory"));

    const QByteArray body = R"({"genesis_hash":"00"})";
    const CacheStatus stored = m_cache->store(m_server, method, QJsonArray{}, body);
    QCOMPARE(stored.outcome, CacheOutcome::Stored);
    QCOMPARE(stored.ttl, 600s);
    QCOMPARE(stored.etag, CachedValue::etagFor(body));

    m_clock->advance(100s);
    const CacheLookup hit = lookupNow(m_server, method, QJsonArray{});
    QCOMPARE(hit.status.outcome, CacheOutcome::Hit);
    QCOMPARE(hit.body.value_or(QByteArray()), body);
    QCOMPARE(hit.status.age, 100s);
    QCOMPARE(hit.status.ttl, 500s);
    QCOMPARE(hit.status.etag, stored.etag);

    m_clock->advance(500s);
    QCOMPARE(lookupNow(m_server, method, QJsonArray{}).status.outcome, CacheOutcome::Miss);
}

void TestResponseCache::uncacheableMethodsBypass()
{
    const QString method = QStringLiteral("blockchain.transaction.broadcast");
    const QJsonArray params{QStringLiteral("0200")};
    const CacheStatus stored = m_cache->store(m_server, method, params, "\"txid\"");
    QCOMPARE(stored.outcome, CacheOutcome::Uncacheable);
    QCOMPARE(m_memory->stats().entries, qint64(0));
    QCOMPARE(lookupNow(m_server, method, params).status.outcome, CacheOutcome::Uncacheable);
}

void TestResponseCache::newTipMakesTipDependentEntriesUnreachable()
{
    const QString method = QStringLiteral("blockchain.scripthash.get_balance");
    const QJsonArray params{QStringLiteral("ab")};
    m_cache->setTipHeight(m_server, 100);
    QCOMPARE(m_cache->store(m_server, method, params, "{\"confirmed\":1}").outcome, CacheOutcome::Stored);
    QCOMPARE(lookupNow(m_server, method, params).status.outcome, CacheOutcome::Hit);
    m_cache->setTipHeight(m_server, 101);
    QCOMPARE(lookupNow(m_server, method, params).status.outcome, CacheOutcome::Miss);
}

void TestResponseCache::newScripthashStatusMakesThatScripthashsEntriesUnreachable()
{
    const QString balance = QStringLiteral("blockchain.scripthash.get_balance");
    const QString history = QStringLiteral("blockchain.scripthash.get_history");
    const QString paid = QString(64, u'a');
    const QString other = QString(64, u'b');
    m_cache->setTipHeight(m_server, 100);
    m_cache->setScripthashStatus(m_server, paid, QJsonValue::Null); // no history yet
    for (const QString& method : {balance, history}) {
        QCOMPARE(m_cache->store(m_server, method, QJsonArray{paid}, "{}").outcome, CacheOutcome::Stored);
        QCOMPARE(m_cache->store(m_server, method, QJsonArray{other}, "{}").outcome, CacheOutcome::Stored);
    }
    QCOMPARE(lookupNow(m_server, balance, QJsonArray{paid}).status.outcome, CacheOutcome::Hit);

    // A payment: a new status, no new block. Only that scripthash's answers on that server go.
    m_cache->setScripthashStatus(m_server, paid, QString(64, u'c'));
    QCOMPARE(m_cache->scripthashStatus(m_server, paid), std::optional<QString>(QString(64, u'c')));
    QCOMPARE(lookupNow(m_server, balance, QJsonArray{paid}).status.outcome, CacheOutcome::Miss);
    QCOMPARE(lookupNow(m_server, history, QJsonArray{paid}).status.outcome, CacheOutcome::Miss);
    QCOMPARE(lookupNow(m_server, balance, QJsonArray{other}).status.outcome, CacheOutcome::Hit);
    QCOMPARE(lookupNow(m_server, history, QJsonArray{other}).status.outcome, CacheOutcome::Hit);
    QCOMPARE(m_cache->scripthashStatus(m_other, paid), std::nullopt);

    // Stored under the new status, found under it (also through lookupAtOnce, the API's hot path), in any case.
    QCOMPARE(m_cache->store(m_server, balance, QJsonArray{paid}, "{}").outcome, CacheOutcome::Stored);
    QCOMPARE(lookupNow(m_server, balance, QJsonArray{paid}).status.outcome, CacheOutcome::Hit);
    QVERIFY(m_cache->lookupAtOnce(m_server, balance, QJsonArray{paid}).has_value());
    m_cache->setScripthashStatus(m_server, paid.toUpper(), QString(64, u'd'));
    QVERIFY(!m_cache->lookupAtOnce(m_server, balance, QJsonArray{paid}).has_value());

    // What is not a status (a number, an object) is ignored rather than keyed on.
    m_cache->setScripthashStatus(m_server, other, QJsonValue(5));
    QCOMPARE(m_cache->scripthashStatus(m_server, other), std::nullopt);
    QCOMPARE(lookupNow(m_server, balance, QJsonArray{other}).status.outcome, CacheOutcome::Hit);
}

void TestResponseCache::headersSubscribeAnswerUpdatesTheTip()
{
    const QString method = QStringLiteral("blockchain.headers.subscribe");
    m_cache->store(m_server, method, QJsonArray{}, R"({"height":800123,"hex":"00"})");
    QCOMPARE(m_cache->tipHeight(m_server), std::optional<int>(800123));
    QCOMPARE(m_cache->tipHeight(m_other), std::nullopt);
    const CacheLookup hit = lookupNow(m_server, method, QJsonArray{});
    QCOMPARE(hit.status.outcome, CacheOutcome::Hit);
    QCOMPARE(hit.status.ttl, 15s);
}

void TestResponseCache::settledEntriesSurviveANewTip()
{
    const QString method = QStringLiteral("blockchain.block.header");
    m_cache->setTipHeight(m_server, 1000);
    QCOMPARE(m_cache->store(m_server, method, QJsonArray{10}, "\"hdr\"").ttl, 24h);
    m_cache->setTipHeight(m_server, 1001);
    QCOMPARE(lookupNow(m_server, method, QJsonArray{10}).status.outcome, CacheOutcome::Hit);
}

void TestResponseCache::serversDoNotShareEntries()
{
    const QString method = QStringLiteral("server.banner");
    m_cache->store(m_server, method, QJsonArray{}, "\"hello\"");
    QCOMPARE(lookupNow(m_server, method, QJsonArray{}).status.outcome, CacheOutcome::Hit);
    QCOMPARE(lookupNow(m_other, method, QJsonArray{}).status.outcome, CacheOutcome::Miss);
}

void TestResponseCache::headerValueFollowsRfc9211()
{
    CacheStatus status;
    status.outcome = CacheOutcome::Hit;
    status.ttl = 25s;
    QCOMPARE(status.headerValue(), QStringLiteral("btc-worker; hit; ttl=25"));
    status.outcome = CacheOutcome::Stored;
    status.ttl = 30s;
    QCOMPARE(status.headerValue(), QStringLiteral("btc-worker; fwd=uri-miss; stored; ttl=30"));
    status.outcome = CacheOutcome::Uncacheable;
    status.degraded = true;
    QCOMPARE(status.headerValue(), QStringLiteral("btc-worker; fwd=bypass; detail=degraded"));
}

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
