// How the response cache is set up: embedded by default, Redis when REDIS_HOST is configured.
#pragma once

#include "Result.h"
#include "cache/Cache.h"
#include "cache/CachePolicy.h"
#include "cache/MemoryCache.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <chrono>
#include <memory>

namespace btcw {

struct RedisSettings
{
    QString host; // hostname or IP; empty = no Redis
    quint16 port = 6379;
    QString password; // empty = no AUTH
    // REDIS_PASSWORD was set (even to nothing): it wins over a password kept in the secret store.
    bool passwordFromEnvironment = false;
    int db = 0; // SELECT db when not 0
    QByteArray keyPrefix = QByteArrayLiteral("btcw:v1:");
    std::chrono::milliseconds connectTimeout{2000};
    std::chrono::milliseconds commandTimeout{500}; // a reply slower than this is answered from the fallback
    std::chrono::milliseconds reconnectMin{250};
    std::chrono::milliseconds reconnectMax{30000};
};

struct CacheSettings
{
    bool enabled = true;
    MemoryCacheLimits memory; // the embedded cache, and Redis's fallback
    RedisSettings redis;
    // How long answers that change with each block may be kept (the settings' cache/ttlSeconds); 0 = never.
    std::chrono::seconds tipDependentTtl = CachePolicy::Durations{}.tipDependent;

    bool usesRedis() const { return enabled && !redis.host.isEmpty(); }

    // REDIS_HOST, REDIS_PORT (6379), REDIS_PASSWORD, REDIS_DB (0) over `stored` (the settings' Redis host and port):
    // each variable that is set wins. Without a host from either: the memory cache.
    // The Redis password may instead be kept in the secret store (key "redis-password", see setRedisPassword());
    // REDIS_PASSWORD, when set, wins.
    static Result<CacheSettings> fromEnvironment(const QProcessEnvironment& env, CacheSettings stored);
    static Result<CacheSettings>
    fromEnvironment(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    // The REDIS_* variables that override stored settings ("REDIS_HOST", "REDIS_PORT"), for the settings dialog.
    static QStringList redisOverrides(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
};

// True when this build can talk to Redis (hiredis was found at build time).
bool isRedisSupported();

// Hands the secret store's Redis password to `cache` if it is a RedisCache whose password did not come from
// REDIS_PASSWORD; true when it was applied. The cache reconnects at once if it was connected or refused.
bool setRedisPassword(Cache& cache, const QString& password);

// The cache the settings ask for: RedisCache (falling back to memory on its own) or MemoryCache.
// Without Redis support in the build, a Redis configuration gives a MemoryCache that reports itself degraded.
std::unique_ptr<Cache> makeCache(const CacheSettings& settings, const Clock& clock = systemClock(),
                                 QObject* parent = nullptr);

} // namespace btcw
