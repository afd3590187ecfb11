// One HTTP thread of the API: its own listening socket (a copy of the API's), connection gate and QHttpServer. Each
// front checks and answers requests on its own thread; handlers that need the engine run on the engine's thread and
// answer through a ReplyChannel, whose reply is made and written back here. The fronts share one ledger of
// connections and one AccessGuard, so the limits hold for the API as a whole.
#pragma once

#include "HttpReply.h"
#include "RequestLimits.h"
#include "Result.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <utility>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace btcw {

class AccessGuard;
class RequestMetrics;

// One request as the handlers see it: a copy, so that it can travel to the engine's thread.
struct ApiRequest
{
    QString path;     // as sent
    QString instance; // the path as echoed in answers (a long one is cut)
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // A header's value (name compared case-insensitively), empty if absent.
    QByteArray header(QByteArrayView name) const;
};

// Answers one request, exactly once, from any thread: the reply is made (make) and written on the HTTP thread that
// took the request, so serialising a big answer never happens on the engine's thread. A channel dropped without an
// answer frees its request's slot; the client gets no answer then.
class ReplyChannel
{
public:
    using MakeReply = std::function<HttpReply()>;
    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual void deliver(MakeReply make) = 0; // only the first call counts
    };

    explicit ReplyChannel(std::shared_ptr<Sink> sink) : m_sink(std::move(sink)) {}
    void send(HttpReply reply) const
    {
        m_sink->deliver([reply = std::move(reply)] { return reply; });
    }
    void make(MakeReply make) const { m_sink->deliver(std::move(make)); }

private:
    std::shared_ptr<Sink> m_sink;
};

// Where a route's handler runs: on the HTTP thread that took the request (it must then be thread-safe), or on the
// engine's thread.
enum class RouteThread
{
    Http,
    Engine,
};

class ResponseStream;
// Turns the request being answered into a stream (ResponseStream, on this HTTP thread, owned by the front); null when
// RequestLimits::maxEventStreams streams are open already. Only for stream routes, and only while handling.
using StartStream = std::function<ResponseStream*()>;

struct Route
{
    RouteThread thread = RouteThread::Engine;
    std::function<void(const ApiRequest&, const ReplyChannel&)> handler;
    bool post = false;     // takes POST with a body (and nothing else) instead of GET and HEAD
    int metricsIndex = -1; // where RequestMetrics counts it (set before the fronts start)
    // A route whose answer may be a stream (runs on the HTTP thread; `handler` is not used): it answers through the
    // channel (a refusal, HEAD), or calls the StartStream it is given and answers through the stream.
    std::function<void(const ApiRequest&, const ReplyChannel&, const StartStream&)> stream;
};

// What every front reads: set up before the first front starts, read-only (or thread-safe) afterwards.
struct FrontShared
{
    QHostAddress bind;
    QStringList extraAllowedHosts;
    RequestLimits limits;
    AccessGuard* access = nullptr; // thread-safe; outlives the fronts
    std::shared_ptr<ConnectionLedger> ledger;
    QHash<QString, Route> routes; // exact paths
    QObject* engine = nullptr;    // RouteThread::Engine handlers run on this object's thread, while it exists
    QString tokenWhere;           // how a caller without the token is told where to find it
    std::shared_ptr<std::atomic<int>> openStreams = std::make_shared<std::atomic<int>>(0); // over every front
    std::shared_ptr<RequestMetrics> metrics; // thread-safe; counts every answer the fronts write
};

class ApiFront : public QObject
{
    Q_OBJECT
public:
    explicit ApiFront(std::shared_ptr<const FrontShared> shared);
    ~ApiFront() override;

    // On the front's thread: listens on bind:port (the first front), or serves the connections of a listening
    // socket's descriptor that is this front's own copy (the others).
    Status listen(const QHostAddress& bind, quint16 port);
    bool adopt(qintptr listeningDescriptor);
    // The listening socket's descriptor and port (after listen()).
    qintptr descriptor() const;
    quint16 port() const;
    // On the front's thread: stops listening and closes every connection.
    void stop();

private:
    struct Mailbox;
    class PendingSink;
    struct Parked;

    Status bindHttp();
    void dispatch(const QHttpServerRequest& request, QHttpServerResponder& responder);
    // Writes the answer of a parked request (none: the handler gave up) and frees its slot. On this front's thread.
    void answer(quint64 id, ReplyChannel::MakeReply make);
    // Counts an answer written now for a request taken at `since`.
    void count(int route, int status, std::chrono::steady_clock::time_point since) const;
    bool isAllowedHost(const QByteArray& hostHeader) const;

    std::shared_ptr<const FrontShared> m_shared;
    std::shared_ptr<Mailbox> m_mailbox;
    QHttpServer* m_http = nullptr;
    ConnectionGate* m_gate = nullptr;
    QHash<quint64, std::shared_ptr<Parked>> m_parked; // requests waiting for their answer
    QList<QPointer<ResponseStream>> m_streams;        // open streams, ended by stop()
    quint64 m_nextId = 0;
};

} // namespace btcw
