#include "cache/RedisCache.h"

#include "cache/RedisEventAdapter.h"

#include <QDataStream>
#include <QHostAddress>
#include <QIODevice>
#include <QTimeZone>
#include <algorithm>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

namespace btcw {

namespace {

constexpr quint32 valueMagic = 0x42574331; // "BWC1"

QString fromHiredis(const char* text)
{
    return text && *text ? QString::fromUtf8(text) : QStringLiteral("unknown error");
}

} // namespace

RedisCache::RedisCache(RedisSettings settings, MemoryCacheLimits fallbackLimits, const Clock& clock, QObject* parent)
    : Cache(parent), m_settings(std::move(settings)), m_clock(clock), m_fallback(fallbackLimits, m_clock),
      m_backoff(m_settings.reconnectMin)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Ready || m_state == State::Disconnected)
            return;
        if (m_lookupId >= 0) {
            QHostInfo::abortHostLookup(m_lookupId);
            m_lookupId = -1;
        }
        dropConnection(QStringLiteral("Redis at %1:%2 was not ready within %3 ms")
                           .arg(m_settings.host)
                           .arg(m_settings.port)
                           .arg(m_settings.connectTimeout.count()));
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RedisCache::connectToRedis);
}

RedisCache::~RedisCache()
{
    m_destroying = true;
    m_connectTimer.stop();
    m_reconnectTimer.stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_context) {
        m_freeing = true;
        redisAsyncFree(m_context); // pending replies come back as null: answered from the fallback
        m_context = nullptr;
    }
}

QString RedisCache::backendName() const
{
    return QStringLiteral("redis");
}

void RedisCache::start()
{
    if (m_started)
        return;
    m_started = true;
    connectToRedis();
}

void RedisCache::later(std::function<void()> f)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, f = std::move(f)] {
            if (generation == m_generation && !m_destroying)
                f();
        },
        Qt::QueuedConnection);
}

void RedisCache::connectToRedis()
{
    if (m_destroying || m_context || m_state != State::Disconnected)
        return;
    m_state = State::Resolving;
    m_connectTimer.start(m_settings.connectTimeout);
    QHostAddress literal;
    if (literal.setAddress(m_settings.host)) {
        connectToAddress(literal.toString());
        return;
    }
    // hiredis resolves names with a blocking getaddrinfo(); resolve here without blocking the event loop.
    m_lookupId = QHostInfo::lookupHost(m_settings.host, this, [this](const QHostInfo& info) {
        m_lookupId = -1;
        if (m_state != State::Resolving)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            dropConnection(QStringLiteral("cannot resolve Redis host %1: %2").arg(m_settings.host, info.errorString()));
            return;
        }
        connectToAddress(info.addresses().constFirst().toString());
    });
}

void RedisCache::connectToAddress(const QString& address)
{
    ++m_generation;
    m_state = State::Connecting;
    redisAsyncContext* context = redisAsyncConnect(address.toUtf8().constData(), m_settings.port);
    if (!context) {
        connectionLost(QStringLiteral("cannot allocate a Redis connection"));
        return;
    }
    if (context->err) {
        const QString reason = fromHiredis(context->errstr);
        redisAsyncFree(context);
        connectionLost(
            QStringLiteral("cannot connect to Redis at %1:%2: %3").arg(address).arg(m_settings.port).arg(reason));
        return;
    }
    context->data = this;
    m_adapter = new RedisEventAdapter(this);
    m_adapter->attach(context); // before the connect callback: hiredis arms the write watch right there
    m_context = context;
    redisAsyncSetConnectCallback(context, &RedisCache::onConnect);
    redisAsyncSetDisconnectCallback(context, &RedisCache::onDisconnect);

    // Commands queue until the socket connects; AUTH (or PING) and SELECT go first, in order.
    m_handshakeLeft = 0;
    if (!m_settings.password.isEmpty()) {
        const QByteArray password = m_settings.password.toUtf8();
        const char* argv[] = {"AUTH", password.constData()};
        const size_t lengths[] = {4, size_t(password.size())};
        Pending auth{Command::Auth, {}, {}, false, {}};
        if (send(auth, 2, argv, lengths))
            ++m_handshakeLeft;
    } else {
        // Without this, a Redis that wants a password would look ready and then refuse every GET and SET.
        const char* argv[] = {"PING"};
        const size_t lengths[] = {4};
        Pending ping{Command::Ping, {}, {}, false, {}};
        if (send(ping, 1, argv, lengths))
            ++m_handshakeLeft;
    }
    if (m_settings.db != 0) {
        const QByteArray db = QByteArray::number(m_settings.db);
        const char* argv[] = {"SELECT", db.constData()};
        const size_t lengths[] = {6, size_t(db.size())};
        Pending select{Command::Select, {}, {}, false, {}};
        if (send(select, 2, argv, lengths))
            ++m_handshakeLeft;
    }
}

void RedisCache::onConnect(const redisAsyncContext* context, int status)
{
    auto* self = static_cast<RedisCache*>(context->data);
    if (!self || self->m_freeing)
        return;
    if (status != REDIS_OK) {
        // hiredis frees the context right after this callback.
        const QString reason = QStringLiteral("cannot connect to Redis at %1:%2: %3")
                                   .arg(self->m_settings.host)
                                   .arg(self->m_settings.port)
                                   .arg(self->redacted(fromHiredis(context->errstr)));
        self->m_context = nullptr;
        self->later([self, reason] { self->connectionLost(reason); });
        return;
    }
    self->later([self] { self->handleConnected(); });
}

void RedisCache::onDisconnect(const redisAsyncContext* context, int status)
{
    auto* self = static_cast<RedisCache*>(context->data);
    if (!self || self->m_freeing)
        return;
    const QString reason =
        status == REDIS_OK
            ? QStringLiteral("Redis closed the connection")
            : QStringLiteral("lost the connection to Redis: %1").arg(self->redacted(fromHiredis(context->errstr)));
    self->m_context = nullptr; // hiredis frees it after this callback
    self->later([self, reason] { self->connectionLost(reason); });
}

void RedisCache::onReply(redisAsyncContext* context, void* reply, void* privdata)
{
    auto* self = static_cast<RedisCache*>(context->data);
    if (!self)
        return;
    self->handleReply(quint64(reinterpret_cast<quintptr>(privdata)), static_cast<redisReply*>(reply));
}

void RedisCache::handleConnected()
{
    if (!m_context || m_state != State::Connecting)
        return;
    m_state = State::Handshaking;
    if (m_handshakeLeft == 0)
        becomeReady();
}

void RedisCache::becomeReady()
{
    if (!m_context || m_state != State::Handshaking)
        return;
    m_state = State::Ready;
    m_connectTimer.stop();
    m_backoff = m_settings.reconnectMin;
    m_authRefused = false;
    setDegraded(false, {});
    emit ready();
}

void RedisCache::handleReply(quint64 id, redisReply* reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it.value());
    m_pending.erase(it);

    switch (pending.command) {
    case Command::Auth:
    case Command::Ping:
    case Command::Select: {
        if (!reply)
            return; // the connection is going away; its loss is reported by the disconnect path
        if (reply->type == REDIS_REPLY_ERROR) {
            const QString text = redacted(QString::fromUtf8(reply->str, int(reply->len)));
            const bool wantsPassword = text.startsWith(QStringLiteral("NOAUTH"));
            const bool authRefused = pending.command == Command::Auth || wantsPassword;
            QString reason;
            if (wantsPassword && pending.command != Command::Auth) {
                reason = QStringLiteral("Redis at %1:%2 requires a password and none is set (%3)")
                             .arg(m_settings.host)
                             .arg(m_settings.port)
                             .arg(text);
            } else {
                reason = QStringLiteral("Redis refused %1: %2")
                             .arg(pending.command == Command::Auth   ? QStringLiteral("AUTH (wrong password?)")
                                  : pending.command == Command::Ping ? QStringLiteral("PING")
                                                                     : QStringLiteral("SELECT"),
                                  text);
            }
            later([this, reason, authRefused] { dropConnection(reason, authRefused); });
            return;
        }
        if (--m_handshakeLeft == 0)
            later([this] { becomeReady(); });
        return;
    }
    case Command::Get:
        handleGetReply(pending, reply);
        return;
    case Command::Scan:
        continueScan(reply);
        return;
    case Command::Set:
    case Command::Delete:
        return;
    }
}

void RedisCache::handleGetReply(Pending& pending, redisReply* reply)
{
    if (!pending.callback)
        return; // already answered from the fallback after a timeout
    if (reply && reply->type == REDIS_REPLY_STRING) {
        std::optional<CachedValue> value = decodeValue(QByteArray(reply->str, qsizetype(reply->len)));
        if (value && !value->isExpired(m_clock.utcNow())) {
            ++m_hits;
            answer(pending, std::move(value));
            return;
        }
    }
    // Not in Redis (or unreadable, or an error): the fallback may hold what was stored while Redis was away.
    answerFromFallback(pending);
}

void RedisCache::continueScan(redisReply* reply)
{
    if (!reply || reply->type != REDIS_REPLY_ARRAY || reply->elements != 2 || !m_context)
        return;
    const redisReply* cursor = reply->element[0];
    const redisReply* keys = reply->element[1];
    if (keys->type == REDIS_REPLY_ARRAY && keys->elements > 0) {
        std::vector<const char*> argv{"DEL"};
        std::vector<size_t> lengths{3};
        for (size_t i = 0; i < keys->elements; ++i) {
            argv.push_back(keys->element[i]->str);
            lengths.push_back(keys->element[i]->len);
        }
        Pending del{Command::Delete, {}, {}, false, {}};
        send(del, int(argv.size()), argv.data(), lengths.data());
    }
    const QByteArray next(cursor->str, qsizetype(cursor->len));
    if (next == "0")
        return;
    const QByteArray pattern = m_settings.keyPrefix + '*';
    const char* argv[] = {"SCAN", next.constData(), "MATCH", pattern.constData(), "COUNT", "500"};
    const size_t lengths[] = {4, size_t(next.size()), 5, size_t(pattern.size()), 5, 3};
    Pending scan{Command::Scan, {}, {}, false, {}};
    send(scan, 6, argv, lengths);
}

quint64 RedisCache::send(Pending& pending, int argc, const char** argv, const size_t* lengths)
{
    if (!m_context)
        return 0;
    const quint64 id = m_nextId++;
    if (redisAsyncCommandArgv(m_context, &RedisCache::onReply, reinterpret_cast<void*>(quintptr(id)), argc, argv,
                              lengths) != REDIS_OK)
        return 0;
    m_pending.insert(id, std::move(pending));
    return id;
}

void RedisCache::get(const QByteArray& key, QObject* context, GetCallback callback)
{
    start();
    Pending pending{Command::Get, key, context, context != nullptr, std::move(callback)};
    if (m_state != State::Ready || !m_context) {
        answerFromFallback(pending);
        return;
    }
    const QByteArray fullKey = m_settings.keyPrefix + key;
    const char* argv[] = {"GET", fullKey.constData()};
    const size_t lengths[] = {3, size_t(fullKey.size())};
    const quint64 id = send(pending, 2, argv, lengths);
    if (!id) {
        answerFromFallback(pending);
        return;
    }
    // A Redis that stops answering must not stall lookups: answer from the fallback and reconnect.
    QTimer::singleShot(m_settings.commandTimeout, this, [this, id] {
        const auto it = m_pending.find(id);
        if (it == m_pending.end() || !it->callback)
            return;
        answerFromFallback(it.value());
        dropConnection(QStringLiteral("Redis did not answer within %1 ms").arg(m_settings.commandTimeout.count()));
    });
}

void RedisCache::put(const QByteArray& key, const QByteArray& body, std::chrono::seconds ttl)
{
    if (ttl.count() <= 0)
        return;
    start();
    CachedValue value;
    value.body = body;
    value.storedAt = m_clock.utcNow();
    value.ttl = ttl;
    value.etag = CachedValue::etagFor(body);
    ++m_stores;
    if (m_state == State::Ready && m_context) {
        const QByteArray fullKey = m_settings.keyPrefix + key;
        const QByteArray encoded = encodeValue(value);
        const QByteArray seconds = QByteArray::number(qint64(ttl.count()));
        const char* argv[] = {"SET", fullKey.constData(), encoded.constData(), "EX", seconds.constData()};
        const size_t lengths[] = {3, size_t(fullKey.size()), size_t(encoded.size()), 2, size_t(seconds.size())};
        Pending set{Command::Set, key, {}, false, {}};
        if (send(set, 5, argv, lengths))
            return;
    }
    m_fallback.insert(key, std::move(value));
}

void RedisCache::clear()
{
    m_fallback.clear();
    if (m_state != State::Ready || !m_context)
        return;
    // Only our prefix: the database may be shared with other applications.
    const QByteArray pattern = m_settings.keyPrefix + '*';
    const char* argv[] = {"SCAN", "0", "MATCH", pattern.constData(), "COUNT", "500"};
    const size_t lengths[] = {4, 1, 5, size_t(pattern.size()), 5, 3};
    Pending scan{Command::Scan, {}, {}, false, {}};
    send(scan, 6, argv, lengths);
}

CacheStats RedisCache::stats() const
{
    CacheStats s = m_fallback.stats();
    s.hits = m_hits;
    s.misses = m_misses;
    s.stores = m_stores;
    s.degraded = m_degraded;
    s.degradedReason = m_degradedReason;
    return s;
}

void RedisCache::answer(Pending& pending, std::optional<CachedValue> value)
{
    if (!pending.callback)
        return;
    GetCallback callback = std::move(pending.callback);
    pending.callback = nullptr;
    QObject* target = pending.hasContext ? pending.context.data() : this;
    if (!target)
        return;
    QMetaObject::invokeMethod(
        target, [callback = std::move(callback), value = std::move(value)]() mutable { callback(std::move(value)); },
        Qt::QueuedConnection);
}

void RedisCache::answerFromFallback(Pending& pending)
{
    if (!pending.callback)
        return;
    std::optional<CachedValue> value = m_fallback.lookupNow(pending.key);
    if (value)
        ++m_hits;
    else
        ++m_misses;
    answer(pending, std::move(value));
}

void RedisCache::dropConnection(const QString& reason, bool authRefused)
{
    if (m_context) {
        m_freeing = true;
        redisAsyncFree(m_context);
        m_freeing = false;
        m_context = nullptr;
    }
    connectionLost(reason, authRefused);
}

void RedisCache::connectionLost(const QString& reason, bool authRefused)
{
    m_authRefused = authRefused;
    m_connectTimer.stop();
    if (m_adapter) {
        m_adapter->deleteLater();
        m_adapter = nullptr;
    }
    m_context = nullptr;
    m_state = State::Disconnected;
    ++m_generation;
    for (Pending& pending : m_pending)
        answerFromFallback(pending);
    m_pending.clear();
    setDegraded(true, reason);
    scheduleReconnect();
}

void RedisCache::setPassword(const QString& password)
{
    if (password == m_settings.password)
        return;
    m_settings.password = password;
    // Waiting out a backoff after a network failure is fine: the next attempt uses the new password anyway.
    const bool waitingAfterOtherFailure = m_state == State::Disconnected && !m_authRefused;
    if (!m_started || m_destroying || waitingAfterOtherFailure)
        return;
    reconnectNow();
}

void RedisCache::reconnectNow()
{
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_context) {
        m_freeing = true;
        redisAsyncFree(m_context); // pending replies come back as null: answered from the fallback
        m_freeing = false;
        m_context = nullptr;
    }
    if (m_adapter) {
        m_adapter->deleteLater();
        m_adapter = nullptr;
    }
    ++m_generation;
    for (Pending& pending : m_pending)
        answerFromFallback(pending);
    m_pending.clear();
    m_state = State::Disconnected;
    m_backoff = m_settings.reconnectMin;
    connectToRedis();
}

QString RedisCache::redacted(QString text) const
{
    if (!m_settings.password.isEmpty())
        text.replace(m_settings.password, QStringLiteral("***"));
    return text;
}

void RedisCache::scheduleReconnect()
{
    if (m_destroying)
        return;
    m_reconnectTimer.start(m_backoff);
    m_backoff = std::min(m_backoff * 2, m_settings.reconnectMax);
}

void RedisCache::setDegraded(bool degraded, const QString& reason)
{
    if (degraded == m_degraded && reason == m_degradedReason)
        return;
    m_degraded = degraded;
    m_degradedReason = reason;
    emit degradedChanged(degraded, reason);
}

QByteArray RedisCache::encodeValue(const CachedValue& value)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << valueMagic << qint64(value.storedAt.toMSecsSinceEpoch()) << qint64(value.ttl.count()) << value.etag
           << value.body;
    return out;
}

std::optional<CachedValue> RedisCache::decodeValue(const QByteArray& data)
{
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    qint64 storedAtMs = 0;
    qint64 ttl = 0;
    CachedValue value;
    stream >> magic >> storedAtMs >> ttl >> value.etag >> value.body;
    if (stream.status() != QDataStream::Ok || magic != valueMagic || ttl <= 0 || !stream.atEnd())
        return std::nullopt;
    value.storedAt = QDateTime::fromMSecsSinceEpoch(storedAtMs, QTimeZone::utc());
    value.ttl = std::chrono::seconds{ttl};
    return value;
}

} // namespace btcw
