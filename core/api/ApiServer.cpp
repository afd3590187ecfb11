#include "ApiServer.h"

#include "AccessGuard.h"
#include "ApiFront.h"
#include "BatchRequest.h"
#include "CacheController.h"
#include "DocsContent.h"
#include "ElectrumController.h"
#include "Engine.h"
#include "EventsController.h"
#include "HealthController.h"
#include "MetricsController.h"
#include "PinsController.h"
#include "Problem.h"
#include "RequestMetrics.h"
#include "ResolveController.h"
#include "ResponseStream.h"
#include "ServerListing.h"
#include "directory/WatchList.h"
#include "secrets/ApiCookie.h"

#include <QRandomGenerator>
#include <QThread>
#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

// One HTTP thread per core, two at least (so the window's thread never waits for one) and four at most. Each thread
// takes its own copy of the listening socket, which needs dup(): elsewhere there is one.
int httpThreadCount(int asked)
{
#ifdef Q_OS_UNIX
    if (asked > 0)
        return std::min(asked, 16);
    return std::clamp(QThread::idealThreadCount(), 2, 4);
#else
    Q_UNUSED(asked);
    return 1;
#endif
}

// An engine-side answer made on the HTTP thread that took the request.
ElectrumController::ReplyLater replyLater(const ReplyChannel& channel)
{
    return [channel](std::function<HttpReply()> makeReply) { channel.make(std::move(makeReply)); };
}

CacheRequestHeaders cacheHeadersOf(const ApiRequest& request)
{
    return CacheRequestHeaders::from(request.header("Cache-Control"), request.header("Pragma"),
                                     request.header("If-None-Match"));
}

} // namespace

ApiServer::ApiServer(Engine& engine, ApiOptions options, QObject* parent)
    : QObject(parent), m_engine(engine), m_options(std::move(options)), m_shared(std::make_shared<FrontShared>()),
      m_serverLists(std::make_unique<ServerListCache>(
          engine.directory(), engine.history(), engine.health(), std::chrono::seconds(2),
          m_options.clock ? *m_options.clock : engine.clock(), &engine.watchList(), &engine.arrival())),
      m_electrum(std::make_unique<ElectrumController>(engine.queries(), *m_serverLists, engine.tor(), this)),
      m_access(std::make_unique<AccessGuard>(m_options.limits, m_options.clock ? *m_options.clock : engine.clock()))
{
    m_shared->bind = m_options.bind;
    m_shared->extraAllowedHosts = m_options.extraAllowedHosts;
    m_shared->limits = m_options.limits;
    m_shared->access = m_access.get();
    m_shared->ledger = std::make_shared<ConnectionLedger>(m_options.limits);
    m_shared->engine = this;

    addHttpRoute(u"/"_s, [](const ApiRequest&, const ReplyChannel& channel) {
        HttpReply reply;
        reply.status = HttpStatus::Found;
        reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        reply.body = QByteArrayLiteral("See /docs\n");
        reply.withHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/docs"));
        channel.send(reply);
    });
    addHttpRoute(u"/openapi.json"_s,
                 [](const ApiRequest&, const ReplyChannel& channel) { channel.send(openApiReply()); });
    m_cacheStats = std::make_unique<CacheController>(engine.cache(), engine.options().cache);
    m_health = std::make_unique<HealthController>(engine.health(), this);
    m_electrum->setHealthRegistry(&engine.health().registry());
    // Cached answers are served on the HTTP thread; a miss (or anything that needs a lookup) goes to the engine,
    // and its answer is serialised back on the HTTP thread.
    addHttpRoute(u"/electrum/query"_s, [this](const ApiRequest& request, const ReplyChannel& channel) {
        const CacheRequestHeaders headers = cacheHeadersOf(request);
        Result<Query> ask = m_electrum->queryFor(request.query, headers);
        if (!ask) {
            channel.send(problemNoStore(ask.error(), request.instance));
            return;
        }
        if (std::optional<HttpReply> reply = m_electrum->queryAtOnce(ask.value(), request.instance, headers)) {
            channel.send(std::move(*reply));
            return;
        }
        onEngine([this, ask = std::move(ask).value(), instance = request.instance, channel, headers] {
            m_electrum->query(ask, instance, replyLater(channel), headers);
        });
    });
    addHttpRoute(u"/electrum/servers"_s, [this](const ApiRequest& request, const ReplyChannel& channel) {
        if (std::optional<HttpReply> reply = m_electrum->serversAtOnce(request.query, request.instance)) {
            channel.send(std::move(*reply));
            return;
        }
        onEngine([this, request, channel] { channel.send(m_electrum->servers(request.query, request.instance)); });
    });
    // The one route that takes a body (POST only; the gate let its Content-Length through). The body is parsed and
    // the answer array made on the HTTP thread; a batch the memory cache answers whole never leaves it.
    addHttpRoute(
        QString::fromLatin1(kBatchPath),
        [this](const ApiRequest& request, const ReplyChannel& channel) {
            const CacheRequestHeaders headers =
                CacheRequestHeaders::from(request.header("Cache-Control"), request.header("Pragma"), {});
            Result<QList<Query>> calls =
                m_electrum->batchCalls(request.query, request.header("Content-Type"), request.body, headers);
            if (!calls) {
                channel.send(problemNoStore(calls.error(), request.instance));
                return;
            }
            if (std::optional<HttpReply> reply = m_electrum->batchAtOnce(calls.value())) {
                channel.send(std::move(*reply));
                return;
            }
            onEngine([this, calls = std::move(calls).value(), instance = request.instance, channel] {
                m_electrum->batch(calls, instance, replyLater(channel));
            });
        },
        TakesBody::Yes);
    addEngineRoute(u"/electrum/cache"_s, [this](const ApiRequest& request, Respond respond) {
        respond(m_cacheStats->stats(request.query, request.instance));
    });
    addEngineRoute(u"/electrum/check"_s, [this](const ApiRequest& request, Respond respond) {
        m_health->check(request.query, request.instance, std::move(respond));
    });
    addEngineRoute(u"/electrum/scan"_s, [this](const ApiRequest& request, Respond respond) {
        m_health->scan(request.query, request.instance, std::move(respond));
    });
    addEngineRoute(u"/electrum/tip"_s, [this](const ApiRequest& request, Respond respond) {
        respond(m_health->tip(request.query, request.instance));
    });
    addEngineRoute(u"/electrum/resolve"_s, [resolve = std::make_shared<ResolveController>(engine.resolver(), this)](
                                               const ApiRequest& request, Respond respond) {
        resolve->resolve(request.query, request.instance, std::move(respond));
    });
    addEngineRoute(u"/electrum/tor"_s, [this](const ApiRequest&, Respond respond) { respond(m_electrum->tor()); });
    m_pinsApi = std::make_unique<PinsController>(engine.pins(), m_options.requireToken);
    addEventsRoute(engine);
    addEngineRoute(u"/electrum/pins"_s, [this](const ApiRequest& request, Respond respond) {
        respond(m_pinsApi->list(request.query, request.instance));
    });
    m_metrics = std::make_unique<MetricsController>(MetricsSources{
        engine.health().registry(), engine.history(), engine.pins(), engine.cache(), engine.tor(), engine.pool(),
        nullptr, [ledger = m_shared->ledger] { return ledger->openConnections(); }, &engine.arrival()});
    addEngineRoute(u"/metrics"_s, [this](const ApiRequest& request, Respond respond) {
        respond(m_metrics->metrics(request.query, request.header("Accept"), request.instance));
    });
    addEngineRoute(u"/electrum/pins/trust"_s, [this](const ApiRequest& request, Respond respond) {
        respond(m_pinsApi->trust(request.query, request.instance));
    });
}

ApiServer::~ApiServer()
{
    stopFronts(); // open streams end first, with an "end" event
}

void ApiServer::addEventsRoute(Engine& engine)
{
    // GET /electrum/events: checked here on the HTTP thread (400 and the stream cap answer at once); the engine then
    // follows the server, and its events come back to the stream through a mailbox.
    m_events = std::make_unique<EventsController>(engine.follower());
    Route route;
    route.thread = RouteThread::Http;
    route.stream = [this](const ApiRequest& request, const ReplyChannel& channel, const StartStream& start) {
        Result<EventsRequest> parsed = parseEventsRequest(request.query);
        if (!parsed) {
            channel.send(problemNoStore(parsed.error(), request.instance));
            return;
        }
        ResponseStream* stream = start();
        if (!stream) {
            channel.send(problemNoStore(
                Error::make(ErrorKind::Busy, u"%1 event streams are open, the most the API keeps; close one or try "
                                             u"again later"_s.arg(m_options.limits.maxEventStreams)),
                request.instance));
            return;
        }
        EventStream::Options options;
        options.heartbeat = std::chrono::milliseconds(m_options.limits.eventHeartbeatMs);
        bool numeric = false;
        const qint64 last = request.header("Last-Event-ID").trimmed().toLongLong(&numeric);
        if (numeric && last >= 0 && last < (qint64(1) << 52))
            options.firstId = last + 1; // a reconnect: ids go on, and the state is sent again
        auto mailbox = std::make_shared<EventMailbox>();
        // Streams end (on their HTTP thread) before this object goes: stopFronts() waits for that.
        new EventStream(stream, parsed.value(), options, mailbox, request.instance,
                        [this, mailbox] { onEngine([this, mailbox] { m_events->close(mailbox); }); });
        onEngine([this, events = std::move(parsed).value(), mailbox] { m_events->open(events, mailbox); });
    };
    m_shared->routes.insert(u"/electrum/events"_s, route);
}

void ApiServer::addHttpRoute(const QString& path, Handler handler, TakesBody body)
{
    m_shared->routes.insert(path, Route{RouteThread::Http, std::move(handler), body == TakesBody::Yes, -1, {}});
}

void ApiServer::addEngineRoute(const QString& path, std::function<void(const ApiRequest&, Respond)> handler)
{
    m_shared->routes.insert(
        path, Route{RouteThread::Engine,
                    [handler = std::move(handler)](const ApiRequest& request, const ReplyChannel& channel) {
                        handler(request, [channel](const HttpReply& reply) { channel.send(reply); });
                    },
                    false,
                    -1,
                    {}});
}

void ApiServer::onEngine(std::function<void()> work)
{
    QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

void ApiServer::stopFronts()
{
    // Each front closes its connections on its own thread; answers still travelling to it are dropped.
    for (Front& f : m_fronts) {
        if (f.front) {
            ApiFront* front = f.front;
            QMetaObject::invokeMethod(
                front, [front] { delete front; }, Qt::BlockingQueuedConnection);
        }
        f.thread->quit();
        f.thread->wait();
    }
    m_fronts.clear();
    m_port = 0;
}

QByteArray ApiServer::accessToken() const
{
    return m_access->token();
}

Status ApiServer::setUpToken()
{
    m_tokenPath.clear();
    m_cookie.reset();
    if (!m_options.requireToken) {
        m_access->setToken({});
        return success();
    }
    if (!m_options.fixedToken.isEmpty()) {
        m_access->setToken(m_options.fixedToken);
        return success();
    }
    if (!m_options.tokenFile.isEmpty()) {
        auto token = readTokenFile(m_options.tokenFile);
        if (!token)
            return token.error();
        m_access->setToken(token.value());
        m_tokenPath = m_options.tokenFile;
        return success();
    }
    const QString dataDir = m_engine.options().dataDir;
    if (dataDir.isEmpty()) {
        // Nothing may be written (tests, portable runs): the token lives in memory; accessToken() gives it out.
        QByteArray bytes(ApiCookie::kTokenBytes, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                              ApiCookie::kTokenBytes / int(sizeof(quint32)));
        m_access->setToken(bytes.toHex());
        return success();
    }
    auto cookie = ApiCookie::create(dataDir);
    if (!cookie)
        return cookie.error();
    m_cookie = std::move(cookie).value();
    m_access->setToken(m_cookie->token());
    m_tokenPath = m_cookie->path();
    return success();
}

Status ApiServer::start()
{
    if (!m_fronts.empty())
        return Error::make(ErrorKind::Internal, u"the API server is already started"_s);
    if (!m_options.requireToken && !m_options.bind.isLoopback()) {
        return Error::make(ErrorKind::InvalidArgument,
                           u"--no-auth is only allowed when the API listens on loopback (127.0.0.1 or ::1), not on "
                           u"%1: anyone who can reach that address could use it"_s.arg(m_options.bind.toString()));
    }
    if (const Status token = setUpToken(); !token)
        return token;
    // Callers without the token learn where to find it, but not this user's home directory.
    m_shared->tokenWhere = m_tokenPath.isEmpty()           ? u"the token this server was started with"_s
                           : m_options.tokenFile.isEmpty() ? u"the token in the api.cookie file in the data directory"_s
                                                           : u"the token in the file given with --api-token-file"_s;

    // Every route is known now: the counters get one row each, and each route its row's index.
    m_shared->metrics = std::make_shared<RequestMetrics>(m_shared->routes.keys());
    for (auto it = m_shared->routes.begin(); it != m_shared->routes.end(); ++it)
        it->metricsIndex = m_shared->metrics->routeIndex(it.key());
    m_metrics->setRequestMetrics(m_shared->metrics.get());

    const int threads = httpThreadCount(m_options.threads);
    for (int i = 0; i < threads; ++i) {
        Front f;
        f.thread = std::make_unique<QThread>();
        f.thread->setObjectName(u"api-http-%1"_s.arg(i + 1));
        f.thread->start();
        f.front = new ApiFront(m_shared);
        f.front->moveToThread(f.thread.get());
        Status started = success();
        ApiFront* front = f.front;
        if (i == 0) {
            QMetaObject::invokeMethod(
                front, [&] { started = front->listen(m_options.bind, m_options.port); }, Qt::BlockingQueuedConnection);
        } else {
#ifdef Q_OS_UNIX
            const qintptr copy = ::dup(int(m_fronts.front().front->descriptor()));
            bool adopted = false;
            if (copy >= 0)
                QMetaObject::invokeMethod(
                    front, [&] { adopted = front->adopt(copy); }, Qt::BlockingQueuedConnection);
            if (!adopted && copy >= 0)
                ::close(int(copy));
            if (!adopted)
                started = Error::make(ErrorKind::Internal, u"an HTTP thread could not share the listening socket"_s);
#endif
        }
        m_fronts.push_back(std::move(f));
        if (!started) {
            if (i == 0) {
                stopFronts();
                return started;
            }
            // The threads that did start serve; one is enough to be correct.
            QMetaObject::invokeMethod(
                front, [front] { delete front; }, Qt::BlockingQueuedConnection);
            m_fronts.back().thread->quit();
            m_fronts.back().thread->wait();
            m_fronts.pop_back();
            break;
        }
    }
    ApiFront* first = m_fronts.front().front;
    QMetaObject::invokeMethod(
        first, [&] { m_port = first->port(); }, Qt::BlockingQueuedConnection);
    return success();
}

int ApiServer::requestsInFlight(const QHostAddress& client) const
{
    return m_access->inFlight(client);
}

const RequestMetrics* ApiServer::requestMetrics() const
{
    return m_shared->metrics.get();
}

bool ApiServer::isListening() const
{
    return !m_fronts.empty();
}

quint16 ApiServer::port() const
{
    return m_port;
}

int ApiServer::openConnections() const
{
    return m_shared->ledger->openConnections();
}

QUrl ApiServer::baseUrl() const
{
    QHostAddress host = m_options.bind;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

} // namespace btcw
