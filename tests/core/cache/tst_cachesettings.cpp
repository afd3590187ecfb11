// CacheSettings from the environment and the makeCache factory: memory by default, Redis when REDIS_HOST is set.
#include "cache/CacheSettings.h"

#include <QTest>

using namespace btcw;

class TestCacheSettings : public QObject
{
    Q_OBJECT

private slots:
    void withoutRedisHostTheMemoryCacheIsUsed();
    void redisVariablesAreRead();
    void badPortOrDbIsAnError_data();
    void badPortOrDbIsAnError();
    void factoryPicksTheBackend();
};

void TestCacheSettings::withoutRedisHostTheMemoryCacheIsUsed()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("REDIS_PORT"), QStringLiteral("7000"));
    const auto settings = CacheSettings::fromEnvironment(env);
    QVERIFY(settings.ok());
    QVERIFY(!settings->usesRedis());
    QCOMPARE(makeCache(*settings)->backendName(), QStringLiteral("memory"));
}

void TestCacheSettings::redisVariablesAreRead()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("REDIS_HOST"), QStringLiteral(" 127.0.0.1 "));
    env.insert(QStringLiteral("REDIS_PASSWORD"), QStringLiteral("pw"));
    env.insert(QStringLiteral("REDIS_DB"), QStringLiteral("2"));
    const auto settings = CacheSettings::fromEnvironment(env);
    QVERIFY(settings.ok());
    QVERIFY(settings->usesRedis());
    QCOMPARE(settings->redis.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(settings->redis.port, quint16(6379));
    QCOMPARE(settings->redis.password, QStringLiteral("pw"));
    QVERIFY(settings->redis.passwordFromEnvironment);
    QCOMPARE(settings->redis.db, 2);
    QCOMPARE(settings->redis.keyPrefix, QByteArray("btcw:v1:"));

    // Unset: the secret store may provide it.
    env.remove(QStringLiteral("REDIS_PASSWORD"));
    const auto withoutPassword = CacheSettings::fromEnvironment(env);
    QVERIFY(withoutPassword.ok());
    QVERIFY(withoutPassword->redis.password.isEmpty());
    QVERIFY(!withoutPassword->redis.passwordFromEnvironment);
}

void TestCacheSettings::badPortOrDbIsAnError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("port zero") << QStringLiteral("REDIS_PORT") << QStringLiteral("0");
    QTest::newRow("port too big") << QStringLiteral("REDIS_PORT") << QStringLiteral("65536");
    QTest::newRow("port text") << QStringLiteral("REDIS_PORT") << QStringLiteral("redis");
    QTest::newRow("db negative") << QStringLiteral("REDIS_DB") << QStringLiteral("-1");
}

void TestCacheSettings::badPortOrDbIsAnError()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QProcessEnvironment env;
    env.insert(QStringLiteral("REDIS_HOST"), QStringLiteral("localhost"));
    env.insert(name, value);
    const auto settings = CacheSettings::fromEnvironment(env);
    QVERIFY(!settings.ok());
    QCOMPARE(settings.error().kind, ErrorKind::InvalidArgument);
    QVERIFY(settings.error().message.contains(name));
}

void TestCacheSettings::factoryPicksTheBackend()
{
    CacheSettings settings;
    settings.redis.host = QStringLiteral("127.0.0.1");
    settings.redis.port = 1; // nothing listens; the cache degrades, but it is the Redis backend
    const auto cache = makeCache(settings);
    QCOMPARE(cache->backendName(), isRedisSupported() ? QStringLiteral("redis") : QStringLiteral("memory"));
    settings.enabled = false;
    const auto memory = makeCache(settings);
    QCOMPARE(memory->backendName(), QStringLiteral("memory"));
    // A stored Redis password has nowhere to go in the memory cache.
    QVERIFY(!setRedisPassword(*memory, QStringLiteral("pw")));
}

QTEST_GUILESS_MAIN(TestCacheSettings)
#include "tst_cachesettings.moc"
