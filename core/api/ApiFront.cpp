#include "ApiFront.h"

#include "AccessGuard.h"
#include "DocsContent.h"
#include "HttpCompat.h"
#include "Problem.h"
#include "RequestHead.h"
#include "RequestMetrics.h"
#include "ResponseStream.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMutex>
#include <QThread>
#include <atomic>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

bool isReadMethod(QHttpServerRequest::Method method)
{
    return method == QHttpServerRequest::Method::Get || method == QHttpServerRequest::Method::Head;
}

// The description of the API reveals nothing about this machine; everything else needs the token.
bool isPublicPath(const QString& path)
{
    return path == u"/" || path == u"/openapi.json" || path == u"/docs" || path.startsWith(u"/docs/");
}

HttpReply decorate(HttpReply reply, ConnectionGate::ConnectionOption connection)
{
    reply.withHeader(QByteArrayLiteral("Server"), QByteArrayLiteral("btc-worker/" BTCW_VERSION));
    reply.withHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    // Says what the connection gate does after this answer (see RequestLimits.h); HTTP/1.1 persists by default.
    if (connection == ConnectionGate::ConnectionOption::Close)
        reply.withHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    else if (connection == ConnectionGate::ConnectionOption::KeepAlive)
        reply.withHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("keep-alive"));
    return reply;
}

QString endpointText(const QHostAddress& address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return u"[%1]:%2"_s.arg(address.toString()).arg(port);
    return u"%1:%2"_s.arg(address.toString()).arg(port);
}

} // namespace

QByteArray ApiRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// How answers from any thread find their front: the front while it runs, nothing once it has stopped.
struct ApiFront::Mailbox
{
    QMutex mutex;
    ApiFront* front = nullptr;

    void post(quint64 id, ReplyChannel::MakeReply make)
    {
        QMutexLocker lock(&mutex);
        ApiFront* target = front;
        if (!target)
            return;
        if (QThread::currentThread() == target->thread()) {
            lock.unlock(); // the front lives on this very thread, so it cannot go away meanwhile
            target->answer(id, std::move(make));
            return;
        }
        // Posted while the front cannot be destroyed (stop() clears `front` under this lock first).
        QMetaObject::invokeMethod(
            target, [target, id, make = std::move(make)]() mutable { target->answer(id, std::move(make)); },
            Qt::QueuedConnection);
    }
};

class ApiFront::PendingSink final : public ReplyChannel::Sink
{
public:
    PendingSink(std::shared_ptr<Mailbox> mailbox, quint64 id) : m_mailbox(std::move(mailbox)), m_id(id) {}
    ~PendingSink() override
    {
        if (!m_delivered.exchange(true))
            m_mailbox->post(m_id, {}); // never answered: free the request's slot
    }
    void deliver(ReplyChannel::MakeReply make) override
    {
        if (!m_delivered.exchange(true))
            m_mailbox->post(m_id, std::move(make));
    }

private:
    std::shared_ptr<Mailbox> m_mailbox;
    quint64 m_id;
    std::atomic<bool> m_delivered{false};
};

// A request admitted and not answered yet: its responder, what its Connection header asked, and its client's slot.
struct ApiFront::Parked
{
    std::shared_ptr<httpcompat::PendingResponder> responder;
    ConnectionGate::ConnectionOption connection = ConnectionGate::ConnectionOption::Default;
    std::shared_ptr<AccessGuard::Ticket> ticket;
    int route = -1; // RequestMetrics' index
    std::chrono::steady_clock::time_point since;
};

ApiFront::ApiFront(std::shared_ptr<const FrontShared> shared)
    : m_shared(std::move(shared)), m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->front = this;
}

ApiFront::~ApiFront()
{
    stop();
}

Status ApiFront::listen(const QHostAddress& bind, quint16 port)
{
    m_gate = new ConnectionGate(m_shared->limits, m_shared->ledger, this);
    if (!m_gate->listen(bind, port)) {
        const QString where = endpointText(bind, port);
        const bool inUse = m_gate->serverError() == QAbstractSocket::AddressInUseError;
        const QString reason = m_gate->errorString();
        delete m_gate;
        m_gate = nullptr;
        if (inUse)
            return Error::make(ErrorKind::InvalidArgument,
                               u"%1 is already in use; pick another with --api-port"_s.arg(where));
        return Error::make(ErrorKind::InvalidArgument, u"cannot listen on %1"_s.arg(where), reason);
    }
    return bindHttp();
}

bool ApiFront::adopt(qintptr listeningDescriptor)
{
    m_gate = new ConnectionGate(m_shared->limits, m_shared->ledger, this);
    if (!m_gate->setSocketDescriptor(listeningDescriptor)) {
        delete m_gate;
        m_gate = nullptr;
        return false;
    }
    return bindHttp().ok();
}

Status ApiFront::bindHttp()
{
    m_http = new QHttpServer(this);
    // All requests go through dispatch(): routes are exact paths, and answering 404/405/HEAD here keeps one code
    // path on both QtHttpServer 6.4 and 6.8+.
    httpcompat::setMissingHandler(
        *m_http, this,
        [this](const QHttpServerRequest& request, QHttpServerResponder& responder) { dispatch(request, responder); });
    m_gate->setParent(m_http);
    if (!httpcompat::bindListeningServer(*m_http, m_gate)) {
        m_gate = nullptr;
        return Error::make(ErrorKind::Internal, u"the HTTP server refused its listening socket"_s);
    }
    return success();
}

qintptr ApiFront::descriptor() const
{
    return m_gate ? m_gate->socketDescriptor() : -1;
}

quint16 ApiFront::port() const
{
    return m_gate ? m_gate->serverPort() : 0;
}

void ApiFront::stop()
{
    {
        const QMutexLocker lock(&m_mailbox->mutex);
        m_mailbox->front = nullptr; // answers still on their way are dropped from now on
    }
    // Open streams end with their last word before the connections go.
    const auto streams = std::exchange(m_streams, {});
    for (const auto& stream : streams) {
        if (stream) {
            stream->shutDown();
            delete stream.data();
        }
    }
    m_parked.clear();
    delete m_http; // with the gate and every connection
    m_http = nullptr;
    m_gate = nullptr;
}

void ApiFront::answer(quint64 id, ReplyChannel::MakeReply make)
{
    const auto it = m_parked.constFind(id);
    if (it == m_parked.cend())
        return;
    const std::shared_ptr<Parked> parked = it.value();
    m_parked.erase(it);
    if (make) {
        HttpReply reply = make();
        const int status = reply.status;
        parked->responder->send(decorate(std::move(reply), parked->connection));
        count(parked->route, status, parked->since);
    }
    // The client's slot is freed with `parked`.
}

void ApiFront::count(int route, int status, std::chrono::steady_clock::time_point since) const
{
    if (RequestMetrics* metrics = m_shared->metrics.get())
        metrics->record(route, status, std::chrono::steady_clock::now() - since);
}

bool ApiFront::isAllowedHost(const QByteArray& hostHeader) const
{
    // Host is exactly "name[:port]" or "[v6][:port]" (RequestHead); the port is not checked (the socket chose it).
    const std::optional<QString> parsed = hostOfHostHeader(hostHeader);
    if (!parsed)
        return false;
    const QString& host = *parsed;
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(host);
    if (!address.isNull() && (address.isLoopback() || address == m_shared->bind))
        return true;
    return m_shared->extraAllowedHosts.contains(host, Qt::CaseInsensitive);
}

void ApiFront::dispatch(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const auto since = std::chrono::steady_clock::now();
    ApiRequest copy;
    copy.path = request.url().path();
    // Paths are echoed in details and `instance`: a long one is cut, like every name taken from a request.
    copy.instance = copy.path.size() > 200 ? copy.path.left(200) + u"…"_s : copy.path;
    const QString& path = copy.instance;
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    const quint16 peerPort = httpcompat::peerPort(request, responder); // which connection: streams need it
    auto pending = std::make_shared<httpcompat::PendingResponder>(std::move(responder), head);
    const auto connection = ConnectionGate::connectionOption(httpcompat::requestHeader(request, "Connection"));
    const auto route = m_shared->routes.constFind(copy.path);
    const int metricsRoute = route != m_shared->routes.cend() ? route->metricsIndex
                             : m_shared->metrics              ? m_shared->metrics->routeIndex(copy.path)
                                                              : -1;
    const auto respondNow = [&pending, connection, metricsRoute, since, this](const HttpReply& reply) {
        pending->send(decorate(reply, connection));
        count(metricsRoute, reply.status, since);
    };

    const QByteArray host = httpcompat::requestHeader(request, "Host");
    if (!isAllowedHost(host)) {
        respondNow(problemReply(
            Error::make(ErrorKind::NotAllowed,
                        u"Host '%1' is not allowed: the API answers only requests addressed to "
                        u"this machine (DNS rebinding protection)"_s.arg(QString::fromLatin1(host.left(100)))),
            path));
        return;
    }
    if (const QByteArray origin = httpcompat::requestHeader(request, "Origin");
        !AccessGuard::isSameOrigin(origin, host)) {
        // Deliberately no CORS headers anywhere: browsers then keep other pages from reading any answer.
        respondNow(problemReply(Error::make(ErrorKind::NotAllowed,
                                            u"Origin '%1' is not allowed: web pages from other sites may not use the "
                                            u"API"_s.arg(QString::fromLatin1(origin.left(100)))),
                                path));
        return;
    }

    // Any path: a method it does not answer is refused before anything else is looked at. Reads everywhere, except
    // on the one path that takes a body, which takes only POST.
    const bool post = route != m_shared->routes.cend() && route->post;
    if (post ? request.method() != QHttpServerRequest::Method::Post : !isReadMethod(request.method())) {
        HttpReply reply = httpProblemReply(
            HttpProblem::MethodNotAllowed,
            post ? u"%1 only answers POST"_s.arg(path) : u"%1 only answers GET and HEAD"_s.arg(path), path);
        reply.withHeader(QByteArrayLiteral("Allow"), post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET, HEAD"));
        respondNow(reply);
        return;
    }

    QHostAddress client = request.remoteAddress();
    bool isV4 = false;
    if (const quint32 v4 = client.toIPv4Address(&isV4); isV4)
        client = QHostAddress(v4); // ::ffff:a.b.c.d and a.b.c.d are one client
    // The token is checked before any budget is charged: requests without a valid token draw on a budget of their
    // own (loopback counts as one client there), so neither a 401 flood nor hopping over 127.x.y.z source addresses
    // can spend what token holders get.
    AccessGuard& access = *m_shared->access;
    const QByteArray authorization = httpcompat::requestHeader(request, "Authorization");
    // Without a token configured (--no-auth, loopback only) every caller counts as a token holder.
    const bool tokenHolder = access.isAuthorized(authorization);
    const AccessGuard::Admission admission = tokenHolder ? access.admit(client) : access.admitUnauthenticated(client);
    if (!admission.admitted()) {
        HttpReply reply = problemReply(Error::make(ErrorKind::RateLimited, admission.reason), path);
        reply.withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(admission.retryAfterSeconds));
        respondNow(reply);
        return;
    }

    if (!tokenHolder && !isPublicPath(copy.path)) {
        const bool presented = !authorization.isEmpty();
        const QString& where = m_shared->tokenWhere;
        HttpReply reply = problemReply(
            Error::make(ErrorKind::Unauthorized,
                        presented
                            ? u"the bearer token is wrong; send %1 as 'Authorization: Bearer <token>'"_s.arg(where)
                            : u"%1 needs a token: send %2 as 'Authorization: Bearer <token>'"_s.arg(path, where)),
            path);
        reply.withHeader(QByteArrayLiteral("WWW-Authenticate"),
                         presented ? QByteArrayLiteral("Bearer realm=\"btc-worker\", error=\"invalid_token\"")
                                   : QByteArrayLiteral("Bearer realm=\"btc-worker\""));
        respondNow(reply);
        return;
    }

    if (route == m_shared->routes.cend()) {
        if (std::optional<HttpReply> docs = docsReply(copy.path)) {
            respondNow(*docs);
            return;
        }
        respondNow(
            problemReply(Error::make(ErrorKind::NotFound,
                                     u"no endpoint %1; the API is described at /docs and /openapi.json"_s.arg(path)),
                         path));
        return;
    }

    // From here on the request holds one of its client's slots until it is answered.
    const quint64 id = ++m_nextId;
    m_parked.insert(id, std::make_shared<Parked>(Parked{pending, connection, admission.ticket, metricsRoute, since}));
    const ReplyChannel channel(std::make_shared<PendingSink>(m_mailbox, id));
    copy.query = request.query();
    copy.headers = httpcompat::requestHeaders(request);
    copy.body = request.body();

    const Route& target = route.value();
    if (target.stream && head) {
        HttpReply reply; // what a GET would start with, without the stream
        reply.contentType = QByteArrayLiteral("text/event-stream; charset=utf-8");
        reply.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        channel.send(reply);
        return;
    }
    if (target.stream) {
        const StartStream start = [this, id, pending, client, port = peerPort]() -> ResponseStream* {
            const int cap = m_shared->limits.maxEventStreams;
            if (m_shared->openStreams->load() >= cap || !m_gate)
                return nullptr;
            QTcpSocket* socket = m_gate->beginStream(client, port);
            if (!socket)
                return nullptr;
            m_parked.remove(id); // the stream answers now; the request's slot is free
            auto* stream = new ResponseStream(
                pending, socket,
                [](HttpReply reply) { return decorate(std::move(reply), ConnectionGate::ConnectionOption::Default); },
                m_shared->openStreams, this);
            connect(stream, &ResponseStream::clientGone, stream, &QObject::deleteLater);
            for (auto it = m_streams.begin(); it != m_streams.end();)
                it = it->isNull() ? m_streams.erase(it) : std::next(it);
            m_streams.append(stream);
            return stream;
        };
        target.stream(copy, channel, start);
        return;
    }
    if (target.thread == RouteThread::Http) {
        target.handler(copy, channel);
        return;
    }
    QObject* engine = m_shared->engine;
    if (!engine) {
        channel.send(problemReply(Error::make(ErrorKind::Internal, u"the API is shutting down"_s), path));
        return;
    }
    // Dropped with its channel (which frees the slot) if the engine's side is destroyed before it runs.
    QMetaObject::invokeMethod(
        engine, [handler = target.handler, copy = std::move(copy), channel] { handler(copy, channel); },
        Qt::QueuedConnection);
}

} // namespace btcw
