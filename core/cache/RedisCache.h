// The shared cache: Redis over hiredis on the Qt event loop, with an embedded fallback when Redis is unusable.
#pragma once

#include "cache/Cache.h"
#include "cache/CacheSettings.h"
#include "cache/MemoryCache.h"

#include <QHash>
#include <QHostInfo>
#include <QPointer>
#include <QTimer>

struct redisAsyncContext;
struct redisReply;

namespace btcw {

class RedisEventAdapter;

// Never fails a lookup: while Redis is connecting, down or slow, get/put use the embedded MemoryCache, the cache
// reports itself degraded (with the reason) and reconnects by itself with exponential backoff.
class RedisCache : public Cache
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected, // waiting to (re)connect
        Resolving,    // looking the host name up
        Connecting,   // TCP connect in progress
        Handshaking,  // AUTH / SELECT sent
        Ready,
    };
    Q_ENUM(State)

    explicit RedisCache(RedisSettings settings, MemoryCacheLimits fallbackLimits = {},
                        const Clock& clock = systemClock(), QObject* parent = nullptr);
    ~RedisCache() override;

    // Starts connecting (also done by the first get/put); later reconnects are automatic.
    void start();
    // Used from the next connection on; a connection that is up or being set up, or that Redis refused for its
    // password, is made again at once. The password never appears in degraded reasons.
    void setPassword(const QString& password);

    void get(const QByteArray& key, QObject* context, GetCallback callback) override;
    void put(const QByteArray& key, const QByteArray& body, std::chrono::seconds ttl) override;
    // Drops this cache's keys (prefix only, never the whole database) and the fallback's entries.
    void clear() override;
    CacheStats stats() const override;
    QString backendName() const override;

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    bool isDegraded() const { return m_degraded; }
    // The last connection failed because Redis wants a (different) password.
    bool isRefusingAuthentication() const { return m_authRefused; }
    QString degradedReason() const { return m_degradedReason; }
    const RedisSettings& settings() const { return m_settings; }
    MemoryCache& fallback() { return m_fallback; }

    // Encoding of a value in Redis (storedAt, ttl, etag, body); decode returns nullopt for anything else.
    static QByteArray encodeValue(const CachedValue& value);
    static std::optional<CachedValue> decodeValue(const QByteArray& data);

signals:
    // Connected, authenticated and on the right database.
    void ready();

private:
    enum class Command
    {
        Auth,
        Ping, // without a password: tells a Redis that needs one (NOAUTH) from one that does not
        Select,
        Get,
        Set,
        Scan,
        Delete,
    };
    struct Pending
    {
        Command command = Command::Get;
        QByteArray key; // the caller's key (without prefix)
        QPointer<QObject> context;
        bool hasContext = false;
        GetCallback callback; // empty once answered
    };

    static void onConnect(const redisAsyncContext* context, int status);
    static void onDisconnect(const redisAsyncContext* context, int status);
    static void onReply(redisAsyncContext* context, void* reply, void* privdata);

    void connectToRedis();
    void connectToAddress(const QString& address);
    void handleConnected();
    void handleReply(quint64 id, redisReply* reply);
    void handleGetReply(Pending& pending, redisReply* reply);
    void continueScan(redisReply* reply);
    void becomeReady();
    // Frees our context (only from the event loop, never inside a hiredis callback) and schedules a reconnect.
    void dropConnection(const QString& reason, bool authRefused = false);
    // The context is gone (hiredis freed it): mark it and schedule a reconnect.
    void connectionLost(const QString& reason, bool authRefused = false);
    // Drops whatever connection there is and starts a new one now, with the backoff reset.
    void reconnectNow();
    // Server or hiredis text, with the password masked should it ever be echoed back.
    QString redacted(QString text) const;
    void scheduleReconnect();
    void setDegraded(bool degraded, const QString& reason);

    // Queues a command; 0 if hiredis refused it (then pending is left untouched).
    quint64 send(Pending& pending, int argc, const char** argv, const size_t* lengths);
    // Runs f later on the event loop if the connection it was queued for is still the current one.
    void later(std::function<void()> f);
    void answer(Pending& pending, std::optional<CachedValue> value);
    void answerFromFallback(Pending& pending);

    RedisSettings m_settings;
    const Clock& m_clock; // timestamps of entries
    MemoryCache m_fallback;
    State m_state = State::Disconnected;
    redisAsyncContext* m_context = nullptr;
    RedisEventAdapter* m_adapter = nullptr;
    bool m_freeing = false; // we are inside redisAsyncFree: its callbacks must not touch m_context
    bool m_destroying = false;
    bool m_started = false;
    int m_lookupId = -1;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    std::chrono::milliseconds m_backoff;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    quint64 m_generation = 0; // bumped per connection, so queued work for an old one is ignored
    int m_handshakeLeft = 0;
    bool m_authRefused = false;
    bool m_degraded = false;
    QString m_degradedReason;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
    quint64 m_stores = 0;
};

} // namespace btcw
