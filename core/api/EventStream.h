// GET /electrum/events: its parameters (a pure parser), and the Server-Sent Events stream that carries a server's
// pushes to a script: on the HTTP thread that took the request, fed from the engine's ChainFollower through a
// thread-safe mailbox.
#pragma once

#include "Result.h"
#include "live/LiveEvent.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrlQuery>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace btcw {

class ResponseStream;

inline constexpr int kMaxEventScripthashes = 1000; // address + scripthash parameters of one stream

struct EventsRequest
{
    ServerAddress server;
    LiveTopics topics;
    QHash<QString, QString> addressOf; // scripthash → the address it was asked for as
};

// url, port, ssl (as /electrum/query), method=blockchain.headers.subscribe, address=… and scripthash=… (each
// repeatable; together at most kMaxEventScripthashes). Without method, address or scripthash: the headers. An
// unknown parameter, an address that does not decode or a scripthash that is not 64 hex digits is an
// InvalidArgument error naming it.
Result<EventsRequest> parseEventsRequest(const QUrlQuery& query);
QStringList eventsParameterNames();

class EventStream;

// How events travel from the engine's thread to a stream: post() from any thread; nothing arrives once the stream is
// gone (detach()).
class EventMailbox
{
public:
    void attach(EventStream* stream);
    void detach();
    bool isClosed() const;
    void post(const LiveEvent& event);

private:
    mutable QMutex m_mutex;
    EventStream* m_stream = nullptr;
    bool m_closed = false;
};

// One open event stream: the first event is the state, then one event per notification, with increasing ids, a
// heartbeat comment when nothing else is sent, and an "end" event with the reason when it ends. A client that reads
// slower than the server pushes gets the latest state of each topic (coalesced) and, past maxQueued distinct ones, a
// "dropped" event with the count. A child of its ResponseStream.
class EventStream : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds heartbeat{15'000};
        qint64 firstId = 1;                   // Last-Event-ID + 1 on a reconnect
        qint64 maxBufferedBytes = 256 * 1024; // written and not yet sent: past this, events wait (coalesced)
        int maxQueued = 1024;                 // distinct waiting events; more are dropped and counted
    };

    // finished runs once, when the stream ends for any reason (the engine then stops following for it).
    EventStream(ResponseStream* stream, EventsRequest request, Options options, std::shared_ptr<EventMailbox> mailbox,
                QString instance, std::function<void()> finished);
    ~EventStream() override;

    void deliver(const LiveEvent& event);
    qint64 droppedEvents() const { return m_droppedTotal; }

    // "id: N\nevent: NAME\ndata: JSON\n\n" (id left out when negative).
    static QByteArray format(qint64 id, const QString& name, const QJsonObject& data);

private:
    struct Queued
    {
        QString name;
        QJsonObject data;
    };
    void openIfNeeded();
    void enqueue(const QString& key, const QString& name, const QJsonObject& data);
    void flush();
    void endWith(const QString& reason, const std::optional<Queued>& before = std::nullopt);
    QJsonObject stateJson(const LiveEvent& event) const;
    QJsonObject statusJson(const QString& scripthash, const QJsonValue& status) const;

    QPointer<ResponseStream> m_stream;
    EventsRequest m_request;
    Options m_options;
    std::shared_ptr<EventMailbox> m_mailbox;
    QString m_instance;
    std::function<void()> m_finished;
    QTimer m_heartbeat;
    qint64 m_nextId;
    QHash<QString, Queued> m_queued;
    QList<QString> m_order;
    qint64 m_dropped = 0; // since the last "dropped" event
    qint64 m_droppedTotal = 0;
};

} // namespace btcw
