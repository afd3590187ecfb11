#include "cache/MemoryCache.h"

#include <QMetaObject>

namespace btcw {

MemoryCache::MemoryCache(MemoryCacheLimits limits, const Clock& clock, QObject* parent)
    : Cache(parent), m_limits(limits), m_clock(clock)
{
}

QString MemoryCache::backendName() const
{
    return QStringLiteral("memory");
}

void MemoryCache::get(const QByteArray& key, QObject* context, GetCallback callback)
{
    std::optional<CachedValue> found = lookupNow(key);
    QMetaObject::invokeMethod(
        context ? context : this,
        [callback = std::move(callback), found = std::move(found)]() mutable { callback(std::move(found)); },
        Qt::QueuedConnection);
}

std::optional<CachedValue> MemoryCache::lookupNow(const QByteArray& key)
{
    const QMutexLocker lock(&m_mutex);
    return find(key, true);
}

std::optional<CachedValue> MemoryCache::lookupAtOnce(const QByteArray& key)
{
    const QMutexLocker lock(&m_mutex);
    return find(key, false);
}

CacheStats MemoryCache::stats() const
{
    const QMutexLocker lock(&m_mutex);
    return m_stats;
}

bool MemoryCache::contains(const QByteArray& key) const
{
    const QMutexLocker lock(&m_mutex);
    return m_index.contains(key);
}

std::optional<CachedValue> MemoryCache::find(const QByteArray& key, bool countMiss)
{
    const auto found = m_index.constFind(key);
    if (found == m_index.cend()) {
        m_stats.misses += countMiss ? 1 : 0;
        return std::nullopt;
    }
    const Order::iterator it = found.value();
    if (it->value.isExpired(m_clock.utcNow())) {
        remove(it);
        ++m_stats.expirations;
        m_stats.misses += countMiss ? 1 : 0;
        return std::nullopt;
    }
    m_order.splice(m_order.begin(), m_order, it);
    ++m_stats.hits;
    return it->value;
}

void MemoryCache::put(const QByteArray& key, const QByteArray& body, std::chrono::seconds ttl)
{
    if (ttl.count() <= 0)
        return;
    CachedValue value;
    value.body = body;
    value.storedAt = m_clock.utcNow();
    value.ttl = ttl;
    value.etag = CachedValue::etagFor(body);
    const QMutexLocker lock(&m_mutex);
    insertLocked(key, std::move(value));
}

void MemoryCache::insert(const QByteArray& key, CachedValue value)
{
    const QMutexLocker lock(&m_mutex);
    insertLocked(key, std::move(value));
}

void MemoryCache::insertLocked(const QByteArray& key, CachedValue value)
{
    const auto existing = m_index.constFind(key);
    if (existing != m_index.cend())
        remove(existing.value());
    const qint64 bytes = key.size() + value.body.size() + value.etag.size();
    // One entry larger than the whole budget would evict everything and still not fit.
    if (bytes > m_limits.maxBytes || m_limits.maxEntries <= 0 || value.ttl.count() <= 0)
        return;
    m_order.push_front(Entry{key, std::move(value), bytes});
    m_index.insert(key, m_order.begin());
    m_stats.bytes += bytes;
    m_stats.entries = qint64(m_index.size());
    ++m_stats.stores;
    enforceLimits();
}

void MemoryCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_order.clear();
    m_index.clear();
    m_stats.entries = 0;
    m_stats.bytes = 0;
}

void MemoryCache::remove(Order::iterator it)
{
    m_stats.bytes -= it->bytes;
    m_index.remove(it->key);
    m_order.erase(it);
    m_stats.entries = qint64(m_index.size());
}

void MemoryCache::enforceLimits()
{
    while (!m_order.empty() && (m_stats.entries > m_limits.maxEntries || m_stats.bytes > m_limits.maxBytes)) {
        remove(std::prev(m_order.end()));
        ++m_stats.evictions;
    }
}

} // namespace btcw
