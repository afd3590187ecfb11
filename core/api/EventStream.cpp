#include "EventStream.h"

#include "Problem.h"
#include "QueryRequest.h"
#include "ResponseStream.h"
#include "electrum/BitcoinAddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

const QString kHeadersMethod = u"blockchain.headers.subscribe"_s;
const QString kStatusMethod = u"blockchain.scripthash.subscribe"_s;

bool isScripthash(const QString& text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace

QStringList eventsParameterNames()
{
    return {u"url"_s, u"port"_s, u"ssl"_s, u"method"_s, u"address"_s, u"scripthash"_s};
}

Result<EventsRequest> parseEventsRequest(const QUrlQuery& query)
{
    // address and scripthash may repeat; every other parameter is known and given once.
    QUrlQuery single;
    QStringList addresses, scripthashes;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == u"address")
            addresses.append(value.trimmed());
        else if (name == u"scripthash")
            scripthashes.append(value.trimmed());
        else
            single.addQueryItem(name, value);
    }
    if (const Status names =
            checkParameterNames(single, {u"url"_s, u"port"_s, u"ssl"_s, u"method"_s, u"address"_s, u"scripthash"_s});
        !names)
        return names.error();
    if (addresses.size() + scripthashes.size() > kMaxEventScripthashes) {
        return invalidParameter(addresses.isEmpty() ? u"scripthash"_s : u"address"_s,
                                u"%1 addresses and scripthashes given; one stream follows at most %2"_s
                                    .arg(addresses.size() + scripthashes.size())
                                    .arg(kMaxEventScripthashes));
    }
    auto target = parseServerTarget(single);
    if (!target)
        return target.error();
    EventsRequest request;
    request.server = target.value().server;

    QSet<QString> seen;
    for (const QString& address : std::as_const(addresses)) {
        const auto decoded = decodeBitcoinAddress(address);
        if (!decoded)
            return invalidParameter(
                u"address"_s, u"%1 is not a Bitcoin address: %2"_s.arg(quotedValue(address), decoded.error().message));
        const QString sh = electrumScripthash(decoded->script);
        request.addressOf.insert(sh, address);
        if (!seen.contains(sh)) {
            seen.insert(sh);
            request.topics.scripthashes.append(sh);
        }
    }
    for (const QString& text : std::as_const(scripthashes)) {
        if (!isScripthash(text))
            return invalidParameter(
                u"scripthash"_s,
                u"%1 is not a scripthash (64 hex digits: SHA-256 of the output script, reversed)"_s.arg(
                    quotedValue(text)));
        const QString sh = text.toLower();
        if (!seen.contains(sh)) {
            seen.insert(sh);
            request.topics.scripthashes.append(sh);
        }
    }
    const QString method = single.queryItemValue(u"method"_s, QUrl::FullyDecoded).trimmed();
    if (single.hasQueryItem(u"method"_s)) {
        if (method == kHeadersMethod) {
            request.topics.headers = true;
        } else if (method != kStatusMethod) {
            return invalidParameter(u"method"_s,
                                    u"%1 cannot be followed; give %2 for new blocks, or address= / scripthash= "
                                    u"for status changes"_s.arg(quotedValue(method), kHeadersMethod));
        } else if (request.topics.scripthashes.isEmpty()) {
            return invalidParameter(u"method"_s, u"%1 needs at least one address= or scripthash="_s.arg(kStatusMethod));
        }
    } else if (request.topics.scripthashes.isEmpty()) {
        request.topics.headers = true; // nothing named: the chain's tip
    }
    return request;
}

// --- EventMailbox ---

void EventMailbox::attach(EventStream* stream)
{
    const QMutexLocker lock(&m_mutex);
    m_stream = stream;
}

void EventMailbox::detach()
{
    const QMutexLocker lock(&m_mutex);
    m_stream = nullptr;
    m_closed = true;
}

bool EventMailbox::isClosed() const
{
    const QMutexLocker lock(&m_mutex);
    return m_closed;
}

void EventMailbox::post(const LiveEvent& event)
{
    const QMutexLocker lock(&m_mutex);
    if (EventStream* stream = m_stream) {
        // Posted while the stream cannot be destroyed (its destructor detaches under this lock); an event still queued
        // when it goes is dropped with it.
        QMetaObject::invokeMethod(
            stream, [stream, event] { stream->deliver(event); }, Qt::QueuedConnection);
    }
}

// --- EventStream ---

EventStream::EventStream(ResponseStream* stream, EventsRequest request, Options options,
                         std::shared_ptr<EventMailbox> mailbox, QString instance, std::function<void()> finished)
    : QObject(stream), m_stream(stream), m_request(std::move(request)), m_options(options),
      m_mailbox(std::move(mailbox)), m_instance(std::move(instance)), m_finished(std::move(finished)),
      m_nextId(std::max<qint64>(1, options.firstId))
{
    m_mailbox->attach(this);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_stream && m_stream->isOpen())
            m_stream->write(QByteArrayLiteral(": heartbeat\n\n"));
    });
    connect(stream, &ResponseStream::drained, this, &EventStream::flush);
    connect(stream, &ResponseStream::shuttingDown, this, [this] { endWith(u"the API is shutting down"_s); });
}

EventStream::~EventStream()
{
    m_mailbox->detach();
    if (m_finished)
        std::exchange(m_finished, {})();
}

QByteArray EventStream::format(qint64 id, const QString& name, const QJsonObject& data)
{
    QByteArray out;
    if (id >= 0)
        out += "id: " + QByteArray::number(id) + '\n';
    out += "event: " + name.toUtf8() + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
    return out;
}

void EventStream::openIfNeeded()
{
    if (!m_stream || m_stream->isOpen() || m_stream->hasEnded())
        return;
    m_stream->open({{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream; charset=utf-8")},
                    {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                    {QByteArrayLiteral("X-Accel-Buffering"), QByteArrayLiteral("no")}});
    // An EventSource that loses the stream asks again after this long (and sends Last-Event-ID).
    m_stream->write(QByteArrayLiteral("retry: 3000\n\n"));
    m_heartbeat.start(m_options.heartbeat);
}

QJsonObject EventStream::statusJson(const QString& scripthash, const QJsonValue& status) const
{
    QJsonObject out{{u"scripthash"_s, scripthash}, {u"status"_s, status.isString() ? status : QJsonValue()}};
    if (const QString address = m_request.addressOf.value(scripthash); !address.isEmpty())
        out.insert(u"address"_s, address);
    return out;
}

QJsonObject EventStream::stateJson(const LiveEvent& event) const
{
    QJsonObject state{{u"server"_s, event.server.toString()}, {u"reconnects"_s, event.reconnects}};
    if (m_request.topics.headers)
        state.insert(u"tip"_s, event.tip ? QJsonValue(event.tip->toJson()) : QJsonValue());
    if (!m_request.topics.scripthashes.isEmpty()) {
        QJsonArray statuses;
        for (const QString& sh : std::as_const(m_request.topics.scripthashes))
            statuses.append(statusJson(sh, event.statuses.value(sh)));
        state.insert(u"statuses"_s, statuses);
    }
    if (m_options.firstId > 1)
        state.insert(u"resumed_after"_s, m_options.firstId - 1);
    return state;
}

void EventStream::deliver(const LiveEvent& event)
{
    if (!m_stream || m_stream->hasEnded())
        return;
    const QString server = event.server.toString();
    switch (event.kind) {
    case LiveEvent::Kind::Refused:
        // Before anything was sent: an ordinary problem answer, not a stream.
        if (!m_stream->isOpen()) {
            m_stream->refuse(problemNoStore(event.error, m_instance));
            deleteLater();
            return;
        }
        endWith(event.error.message, Queued{u"problem"_s, problemJson(event.error, m_instance)});
        return;
    case LiveEvent::Kind::State:
        openIfNeeded();
        // The whole state supersedes whatever still waits.
        m_queued.clear();
        m_order.clear();
        enqueue(u"state"_s, u"state"_s, stateJson(event));
        return;
    case LiveEvent::Kind::Header: {
        openIfNeeded();
        QJsonObject data = event.tip ? event.tip->toJson() : QJsonObject{};
        data.insert(u"server"_s, server);
        enqueue(u"header"_s, kHeadersMethod, data);
        return;
    }
    case LiveEvent::Kind::Status:
        openIfNeeded();
        for (auto it = event.statuses.cbegin(); it != event.statuses.cend(); ++it) {
            QJsonObject data = statusJson(it.key(), it.value());
            data.insert(u"server"_s, server);
            enqueue(u"status|"_s + it.key(), kStatusMethod, data);
        }
        return;
    case LiveEvent::Kind::Disconnected:
        openIfNeeded();
        enqueue(u"disconnected"_s, u"disconnected"_s,
                QJsonObject{{u"server"_s, server},
                            {u"error_kind"_s, errorKindName(event.error.kind)},
                            {u"detail"_s, event.error.message},
                            {u"retry_in_ms"_s, event.retryInMs}});
        return;
    case LiveEvent::Kind::Problem:
        openIfNeeded();
        endWith(event.error.message, Queued{u"problem"_s, problemJson(event.error, m_instance)});
        return;
    }
}

void EventStream::enqueue(const QString& key, const QString& name, const QJsonObject& data)
{
    if (const auto it = m_queued.find(key); it != m_queued.end()) {
        *it = Queued{name, data}; // the newer state of the same topic replaces the older one
    } else if (m_order.size() >= m_options.maxQueued) {
        ++m_dropped;
        ++m_droppedTotal;
        if (m_droppedTotal % 1000 == 1)
            qWarning("btc-worker: an event stream's client reads too slowly; %lld events dropped", m_droppedTotal);
        return;
    } else {
        m_queued.insert(key, Queued{name, data});
        m_order.append(key);
    }
    flush();
}

void EventStream::flush()
{
    if (!m_stream || !m_stream->isOpen())
        return;
    QByteArray out;
    if (m_dropped > 0 && m_stream->bytesPending() < m_options.maxBufferedBytes) {
        out += format(m_nextId++, u"dropped"_s,
                      QJsonObject{{u"dropped"_s, m_dropped},
                                  {u"total"_s, m_droppedTotal},
                                  {u"detail"_s, u"the client read too slowly: events were dropped; the next state "
                                                u"event or notification brings the current value"_s}});
        m_dropped = 0;
    }
    while (!m_order.isEmpty() && m_stream->bytesPending() + out.size() < m_options.maxBufferedBytes) {
        const Queued next = m_queued.take(m_order.takeFirst());
        out += format(m_nextId++, next.name, next.data);
    }
    if (!out.isEmpty()) {
        m_stream->write(out);
        m_heartbeat.start(m_options.heartbeat); // a heartbeat only when nothing else was sent for that long
    }
}

void EventStream::endWith(const QString& reason, const std::optional<Queued>& before)
{
    if (!m_stream || m_stream->hasEnded())
        return;
    openIfNeeded();
    m_heartbeat.stop();
    QByteArray last;
    for (const QString& key : std::as_const(m_order)) // what still waits goes first, whatever the buffer
        last += format(m_nextId++, m_queued[key].name, m_queued[key].data);
    m_queued.clear();
    m_order.clear();
    if (before)
        last += format(m_nextId++, before->name, before->data);
    last += format(m_nextId++, u"end"_s, QJsonObject{{u"reason"_s, reason}});
    m_stream->end(last);
    if (m_finished)
        std::exchange(m_finished, {})();
}

} // namespace btcw
