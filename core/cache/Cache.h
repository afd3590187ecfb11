// The response cache interface: asynchronous get/put of opaque bodies with a TTL, shared by memory and Redis backends.
#pragma once

#include "Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>

namespace btcw {

struct CachedValue
{
    QByteArray body;
    QDateTime storedAt;
    std::chrono::seconds ttl{0};
    QByteArray etag; // strong validator: a hash of the body, quoted as an HTTP entity tag

    // Seconds since the value was stored (never negative).
    std::chrono::seconds age(const QDateTime& now) const;
    // Seconds left before the value expires (never negative).
    std::chrono::seconds remaining(const QDateTime& now) const;
    bool isExpired(const QDateTime& now) const { return remaining(now).count() <= 0; }

    // "\"<base64url of SHA-256(body), 22 chars>\"": same body, same tag, on every backend and process.
    static QByteArray etagFor(const QByteArray& body);
};

struct CacheStats
{
    quint64 hits = 0;
    quint64 misses = 0;
    quint64 stores = 0;
    quint64 evictions = 0;   // removed to respect the count or byte bound
    quint64 expirations = 0; // removed because their TTL ran out
    qint64 entries = 0;      // held locally (for Redis: in the fallback)
    qint64 bytes = 0;        // held locally (for Redis: in the fallback)
    bool degraded = false;   // a configured backend is unusable and the fallback answers instead
    QString degradedReason;
};

class Cache : public QObject
{
    Q_OBJECT
public:
    using GetCallback = std::function<void(std::optional<CachedValue>)>;

    explicit Cache(QObject* parent = nullptr) : QObject(parent) {}

    // Looks key up; callback runs later on the event loop (never inside get()), and not at all once context is gone.
    // A lookup always answers: a backend failure is a miss, never an error.
    virtual void get(const QByteArray& key, QObject* context, GetCallback callback) = 0;
    // Stores body for ttl (ttl <= 0 stores nothing); fire and forget.
    virtual void put(const QByteArray& key, const QByteArray& body, std::chrono::seconds ttl) = 0;
    // Drops every entry this cache owns.
    virtual void clear() = 0;
    // Whether lookupAtOnce() can answer: only a backend that holds its entries in this process (the memory cache).
    virtual bool answersAtOnce() const { return false; }
    // A lookup from any thread, answered at once, for the API's hot path. Counts a hit; a miss is not counted here
    // (the caller then takes the ordinary path, whose get() counts it). Backends that cannot answer at once say
    // nothing.
    virtual std::optional<CachedValue> lookupAtOnce(const QByteArray& key)
    {
        Q_UNUSED(key);
        return std::nullopt;
    }
    virtual CacheStats stats() const = 0;
    // "memory" or "redis": what the API reports in Cache-Status.
    virtual QString backendName() const = 0;

signals:
    // The configured backend became unusable (degraded = true, with a reason) or usable again.
    void degradedChanged(bool degraded, const QString& reason);
};

} // namespace btcw
