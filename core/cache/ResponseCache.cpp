#include "cache/ResponseCache.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace btcw {

QString cacheOutcomeName(CacheOutcome outcome)
{
    switch (outcome) {
    case CacheOutcome::Hit:
        return QStringLiteral("hit");
    case CacheOutcome::Miss:
        return QStringLiteral("miss");
    case CacheOutcome::Stored:
        return QStringLiteral("stored");
    case CacheOutcome::Uncacheable:
        return QStringLiteral("uncacheable");
    }
    return QStringLiteral("uncacheable");
}

QString CacheStatus::headerValue() const
{
    QString value = QStringLiteral("btc-worker");
    switch (outcome) {
    case CacheOutcome::Hit:
        value += QStringLiteral("; hit; ttl=%1").arg(ttl.count());
        break;
    case CacheOutcome::Miss:
        value += QStringLiteral("; fwd=uri-miss");
        break;
    case CacheOutcome::Stored:
        value += QStringLiteral("; fwd=uri-miss; stored; ttl=%1").arg(ttl.count());
        break;
    case CacheOutcome::Uncacheable:
        value += QStringLiteral("; fwd=bypass");
        break;
    }
    if (degraded)
        value += QStringLiteral("; detail=degraded");
    return value;
}

ResponseCache::ResponseCache(Cache& cache, CachePolicy policy, const Clock& clock, QObject* parent)
    : QObject(parent), m_cache(&cache), m_policy(std::move(policy)), m_clock(clock)
{
}

void ResponseCache::setBackend(Cache& cache)
{
    if (m_cache == &cache)
        return;
    {
        const QMutexLocker lock(&m_mutex);
        m_cache = &cache;
    }
    emit backendChanged(m_cache);
}

void ResponseCache::setTipHeight(const ServerAddress& server, int height)
{
    const QMutexLocker lock(&m_mutex);
    m_tips.insert(server, height);
}

void ResponseCache::setPolicy(CachePolicy policy)
{
    const QMutexLocker lock(&m_mutex);
    m_policy = std::move(policy);
}

std::optional<int> ResponseCache::tipHeight(const ServerAddress& server) const
{
    const auto it = m_tips.constFind(server);
    if (it == m_tips.cend())
        return std::nullopt;
    return it.value();
}

void ResponseCache::setScripthashStatus(const ServerAddress& server, const QString& scripthash,
                                        const QJsonValue& status)
{
    // A subscription's status is a 64-digit hex string or null; anything else is not a status to key on.
    if (scripthash.isEmpty() || !(status.isString() || status.isNull()))
        return;
    // More than a wallet's worth of addresses per server: start over rather than grow without bound (an entry that
    // is forgotten only makes its scripthash's next answer a miss).
    constexpr qsizetype kMaxStatusesPerServer = 100'000;
    const QMutexLocker lock(&m_mutex);
    const QString key = scripthash.toLower();
    QHash<QString, QString>& statuses = m_statuses[server];
    if (statuses.size() >= kMaxStatusesPerServer && !statuses.contains(key))
        statuses.clear();
    statuses.insert(key, status.toString());
}

std::optional<QString> ResponseCache::scripthashStatus(const ServerAddress& server, const QString& scripthash) const
{
    const auto perServer = m_statuses.constFind(server);
    if (perServer == m_statuses.cend())
        return std::nullopt;
    const auto it = perServer->constFind(scripthash.toLower());
    if (it == perServer->cend())
        return std::nullopt;
    return it.value();
}

CacheContext ResponseCache::withKnownState(const ServerAddress& server, const QString& method, const QJsonValue& params,
                                           CacheContext extra) const
{
    if (!extra.tipHeight)
        extra.tipHeight = tipHeight(server);
    if (!extra.scripthashStatus && method.startsWith(QLatin1String("blockchain.scripthash.")))
        extra.scripthashStatus = scripthashStatus(server, params.toArray().at(0).toString());
    return extra;
}

CacheStatus ResponseCache::baseStatus(const CacheDecision& decision) const
{
    CacheStatus status;
    status.backend = m_cache->backendName();
    status.degraded = m_cache->stats().degraded;
    status.decision = decision;
    return status;
}

void ResponseCache::lookup(const ServerAddress& server, const QString& method, const QJsonValue& params,
                           QObject* context, LookupCallback callback, CacheContext extra)
{
    const CacheContext facts = withKnownState(server, method, params, std::move(extra));
    const CacheDecision decision = m_policy.decide(method, params, facts);
    CacheStatus status = baseStatus(decision);
    if (!decision.isCacheable()) {
        QMetaObject::invokeMethod(
            context ? context : this,
            [callback = std::move(callback), status] {
                callback(CacheLookup{status, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    const QByteArray key = CachePolicy::makeKey(server.toString(), method, params, decision, facts);
    Cache& backend = *m_cache; // a later setBackend() does not touch this lookup
    backend.get(key, context ? context : this,
                [this, status, callback = std::move(callback)](std::optional<CachedValue> value) mutable {
                    if (!value) {
                        status.outcome = CacheOutcome::Miss;
                        callback(CacheLookup{status, {}});
                        return;
                    }
                    const QDateTime now = m_clock.utcNow();
                    status.outcome = CacheOutcome::Hit;
                    status.ttl = value->remaining(now);
                    status.age = value->age(now);
                    status.etag = value->etag;
                    callback(CacheLookup{status, std::move(value->body)});
                });
}

std::optional<CacheLookup> ResponseCache::lookupAtOnce(const ServerAddress& server, const QString& method,
                                                       const QJsonValue& params) const
{
    const QMutexLocker lock(&m_mutex);
    if (!m_cache->answersAtOnce())
        return std::nullopt;
    const CacheContext facts = withKnownState(server, method, params, {});
    const CacheDecision decision = m_policy.decide(method, params, facts);
    if (!decision.isCacheable())
        return std::nullopt;
    std::optional<CachedValue> value =
        m_cache->lookupAtOnce(CachePolicy::makeKey(server.toString(), method, params, decision, facts));
    if (!value)
        return std::nullopt;
    const QDateTime now = m_clock.utcNow();
    CacheStatus status = baseStatus(decision);
    status.outcome = CacheOutcome::Hit;
    status.ttl = value->remaining(now);
    status.age = value->age(now);
    status.etag = value->etag;
    return CacheLookup{status, std::move(value->body)};
}

CacheStatus ResponseCache::store(const ServerAddress& server, const QString& method, const QJsonValue& params,
                                 const QByteArray& body, CacheContext extra)
{
    if (method == QLatin1String("blockchain.headers.subscribe")) {
        const QJsonValue height = QJsonDocument::fromJson(body).object().value(QLatin1String("height"));
        if (height.isDouble() && height.toDouble() >= 0)
            setTipHeight(server, height.toInt());
    }
    const CacheContext facts = withKnownState(server, method, params, std::move(extra));
    const CacheDecision decision = m_policy.decide(method, params, facts);
    CacheStatus status = baseStatus(decision);
    if (!decision.isCacheable())
        return status;
    const QByteArray key = CachePolicy::makeKey(server.toString(), method, params, decision, facts);
    m_cache->put(key, body, decision.ttl);
    status.outcome = CacheOutcome::Stored;
    status.ttl = decision.ttl;
    status.etag = CachedValue::etagFor(body);
    return status;
}

} // namespace btcw
