// The embedded cache: LRU bounded by entry count and by bytes, entries expire after their TTL. Thread-safe: the API's
// HTTP threads look answers up at once (lookupAtOnce) while the engine's thread stores them.
#pragma once

#include "cache/Cache.h"

#include <QHash>
#include <QMutex>
#include <list>

namespace btcw {

struct MemoryCacheLimits
{
    qint64 maxEntries = 10000;
    qint64 maxBytes = 64 * 1024 * 1024; // key + body + etag of every entry
};

class MemoryCache : public Cache
{
    Q_OBJECT
public:
    explicit MemoryCache(MemoryCacheLimits limits = {}, const Clock& clock = systemClock(), QObject* parent = nullptr);

    void get(const QByteArray& key, QObject* context, GetCallback callback) override;
    void put(const QByteArray& key, const QByteArray& body, std::chrono::seconds ttl) override;
    void clear() override;
    CacheStats stats() const override;
    bool answersAtOnce() const override { return true; }
    std::optional<CachedValue> lookupAtOnce(const QByteArray& key) override;
    QString backendName() const override;

    // The synchronous lookup behind get(): counts a hit or miss and refreshes recency.
    std::optional<CachedValue> lookupNow(const QByteArray& key);
    // Stores a value as it is (storedAt and etag kept): how a fallback takes entries over.
    void insert(const QByteArray& key, CachedValue value);
    bool contains(const QByteArray& key) const;
    const MemoryCacheLimits& limits() const { return m_limits; }

private:
    struct Entry
    {
        QByteArray key;
        CachedValue value;
        qint64 bytes = 0;
    };
    using Order = std::list<Entry>; // front = most recently used

    // Callers hold m_mutex.
    std::optional<CachedValue> find(const QByteArray& key, bool countMiss);
    void insertLocked(const QByteArray& key, CachedValue value);
    void remove(Order::iterator it);
    void enforceLimits();

    mutable QMutex m_mutex; // guards everything below

    MemoryCacheLimits m_limits;
    const Clock& m_clock; // timestamps of entries
    Order m_order;
    QHash<QByteArray, Order::iterator> m_index;
    CacheStats m_stats;
};

} // namespace btcw
