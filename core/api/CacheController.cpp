#include "CacheController.h"

#include "Problem.h"
#include "cache/CacheSettings.h"
#include "cache/ResponseCache.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace btcw {

using namespace Qt::StringLiterals;

CacheController::CacheController(ResponseCache& cache, const CacheSettings& settings)
    : m_cache(cache), m_settings(settings)
{
}

HttpReply CacheController::stats(const QUrlQuery& query, const QString& instance) const
{
    if (!query.isEmpty()) {
        // A GET must not change anything, so "?clear=true" is refused rather than quietly ignored.
        QString key = query.queryItems(QUrl::FullyDecoded).value(0).first;
        if (key.size() > 80) // never echo a huge name back
            key = key.left(80) + u"…"_s;
        return invalidArgument(u"'%1': unknown parameter; /electrum/cache takes none (the API only reads: clear the "
                               u"cache from the window, or restart btc-worker for the memory cache)"_s.arg(key),
                               instance);
    }
    ResponseCache& cache = m_cache;
    const CacheStats s = cache.cache().stats();
    const CachePolicy::Durations& ttl = cache.policy().durations();
    QJsonObject body{
        {u"enabled"_s, m_settings.enabled},
        {u"backend"_s, cache.cache().backendName()},
        {u"degraded"_s, s.degraded},
        {u"hits"_s, qint64(s.hits)},
        {u"misses"_s, qint64(s.misses)},
        {u"stores"_s, qint64(s.stores)},
        {u"evictions"_s, qint64(s.evictions)},
        {u"expirations"_s, qint64(s.expirations)},
        {u"entries"_s, s.entries},
        {u"bytes"_s, s.bytes},
        {u"ttl_seconds"_s,
         QJsonObject{
             {u"immutable"_s, qint64(ttl.immutable.count())},
             {u"server_info"_s, qint64(ttl.serverInfo.count())},
             {u"unconfirmed"_s, qint64(ttl.unconfirmed.count())},
             {u"tip_dependent"_s, qint64(ttl.tipDependent.count())},
         }},
    };
    if (s.degraded)
        body.insert(u"degraded_reason"_s, s.degradedReason);
    const RedisSettings& redis = m_settings.redis;
    if (m_settings.usesRedis()) // where, never the password
        body.insert(u"redis"_s, QJsonObject{{u"host"_s, redis.host}, {u"port"_s, redis.port}, {u"db"_s, redis.db}});
    return noStore(HttpReply::json(QJsonDocument(body)));
}

} // namespace btcw
