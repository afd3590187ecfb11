#include "cache/CacheSettings.h"

#ifdef BTCW_HAVE_HIREDIS
#include "cache/RedisCache.h"
#endif

namespace btcw {

namespace {

// A set variable must be a whole number in [min, max]; unset gives fallback.
Result<int> intFromEnvironment(const QProcessEnvironment& env, const QString& name, int fallback, int min, int max)
{
    const QString text = env.value(name).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return Error::make(ErrorKind::InvalidArgument,
                           QStringLiteral("%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max),
                           QStringLiteral("%1=%2").arg(name, text));
    return value;
}

} // namespace

Result<CacheSettings> CacheSettings::fromEnvironment(const QProcessEnvironment& env, CacheSettings stored)
{
    CacheSettings settings = std::move(stored);
    if (const QString host = env.value(QStringLiteral("REDIS_HOST")).trimmed(); !host.isEmpty())
        settings.redis.host = host;
    const Result<int> port = intFromEnvironment(env, QStringLiteral("REDIS_PORT"), settings.redis.port, 1, 65535);
    if (!port)
        return port.error();
    const Result<int> db = intFromEnvironment(env, QStringLiteral("REDIS_DB"), settings.redis.db, 0, 1 << 20);
    if (!db)
        return db.error();
    settings.redis.port = quint16(*port);
    settings.redis.db = *db;
    settings.redis.passwordFromEnvironment = env.contains(QStringLiteral("REDIS_PASSWORD"));
    if (settings.redis.passwordFromEnvironment)
        settings.redis.password = env.value(QStringLiteral("REDIS_PASSWORD"));
    return settings;
}

Result<CacheSettings> CacheSettings::fromEnvironment(const QProcessEnvironment& env)
{
    return fromEnvironment(env, CacheSettings{});
}

QStringList CacheSettings::redisOverrides(const QProcessEnvironment& env)
{
    QStringList set;
    for (const QString& name : {QStringLiteral("REDIS_HOST"), QStringLiteral("REDIS_PORT")})
        if (!env.value(name).trimmed().isEmpty())
            set << name;
    return set;
}

bool isRedisSupported()
{
#ifdef BTCW_HAVE_HIREDIS
    return true;
#else
    return false;
#endif
}

#ifndef BTCW_HAVE_HIREDIS
namespace {

// A memory cache standing in for a Redis this build cannot reach; says so in its stats.
class UnsupportedRedisCache : public MemoryCache
{
public:
    using MemoryCache::MemoryCache;
    CacheStats stats() const override
    {
        CacheStats s = MemoryCache::stats();
        s.degraded = true;
        s.degradedReason = QStringLiteral("this build has no Redis support; using the memory cache");
        return s;
    }
};

} // namespace
#endif

bool setRedisPassword(Cache& cache, const QString& password)
{
#ifdef BTCW_HAVE_HIREDIS
    auto* redis = qobject_cast<RedisCache*>(&cache);
    if (!redis || redis->settings().passwordFromEnvironment)
        return false;
    redis->setPassword(password);
    return true;
#else
    Q_UNUSED(cache);
    Q_UNUSED(password);
    return false;
#endif
}

std::unique_ptr<Cache> makeCache(const CacheSettings& settings, const Clock& clock, QObject* parent)
{
    if (!settings.usesRedis())
        return std::make_unique<MemoryCache>(settings.memory, clock, parent);
#ifdef BTCW_HAVE_HIREDIS
    auto cache = std::make_unique<RedisCache>(settings.redis, settings.memory, clock, parent);
    cache->start();
    return cache;
#else
    return std::make_unique<UnsupportedRedisCache>(settings.memory, clock, parent);
#endif
}

} // namespace btcw
