#include "ApiServer.h"

#include "AccessGuard.h"
#include "BatchRequest.h"
#include "CacheController.h"
#include "DocsContent.h"
#include "ElectrumController.h"
#include "Engine.h"
#include "HealthController.h"
#include "HttpCompat.h"
#include "PinsController.h"
#include "Problem.h"
#include "RequestHead.h"
#include "ServerListing.h"
#include "secrets/ApiCookie.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRandomGenerator>
#include <QTcpServer>
#include <memory>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

QString endpointText(const QHostAddress& address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return u"[%1]:%2"_s.arg(address.toString()).arg(port);
    return u"%1:%2"_s.arg(address.toString()).arg(port);
}

bool isReadMethod(QHttpServerRequest::Method method)
{
    return method == QHttpServerRequest::Method::Get || method == QHttpServerRequest::Method::Head;
}

} // namespace

ApiServer::ApiServer(Engine& engine, ApiOptions options, QObject* parent)
    : QObject(parent), m_engine(engine), m_options(std::move(options)), m_http(new QHttpServer(this)),
      m_serverLists(std::make_unique<ServerListCache>(engine.directory(), engine.history(), engine.health(),
                                                      std::chrono::seconds(2),
                                                      m_options.clock ? *m_options.clock : engine.clock())),
      m_electrum(std::make_unique<ElectrumController>(engine.queries(), *m_serverLists, engine.tor(), this)),
      m_access(std::make_unique<AccessGuard>(m_options.limits, m_options.clock ? *m_options.clock : engine.clock()))
{
    addRoute(u"/"_s, [](const QHttpServerRequest&, Respond respond) {
        HttpReply reply;
        reply.status = HttpStatus::Found;
        reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        reply.body = QByteArrayLiteral("See /docs\n");
        reply.withHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/docs"));
        respond(reply);
    });
    addRoute(u"/openapi.json"_s, [](const QHttpServerRequest&, Respond respond) { respond(openApiReply()); });
    m_cacheStats = std::make_unique<CacheController>(engine.cache(), engine.options().cache);
    m_health = std::make_unique<HealthController>(engine.health(), this);
    m_electrum->setHealthRegistry(&engine.health().registry());
    addRoute(u"/electrum/query"_s, [this](const QHttpServerRequest& request, Respond respond) {
        m_electrum->query(request.query(), request.url().path(), std::move(respond),
                          CacheRequestHeaders::from(httpcompat::requestHeader(request, "Cache-Control"),
                                                    httpcompat::requestHeader(request, "Pragma"),
                                                    httpcompat::requestHeader(request, "If-None-Match")));
    });
    addRoute(QString::fromLatin1(kBatchPath), [this](const QHttpServerRequest& request, Respond respond) {
        m_electrum->batch(request.query(), httpcompat::requestHeader(request, "Content-Type"), request.body(),
                          request.url().path(), std::move(respond),
                          CacheRequestHeaders::from(httpcompat::requestHeader(request, "Cache-Control"),
                                                    httpcompat::requestHeader(request, "Pragma"), {}));
    });
    addRoute(u"/electrum/cache"_s, [this](const QHttpServerRequest& request, Respond respond) {
        respond(m_cacheStats->stats(request.query(), request.url().path()));
    });
    addRoute(u"/electrum/check"_s, [this](const QHttpServerRequest& request, Respond respond) {
        m_health->check(request.query(), request.url().path(), std::move(respond));
    });
    addRoute(u"/electrum/scan"_s, [this](const QHttpServerRequest& request, Respond respond) {
        m_health->scan(request.query(), request.url().path(), std::move(respond));
    });
    addRoute(u"/electrum/tip"_s, [this](const QHttpServerRequest& request, Respond respond) {
        respond(m_health->tip(request.query(), request.url().path()));
    });
    addRoute(u"/electrum/servers"_s, [this](const QHttpServerRequest& request, Respond respond) {
        respond(m_electrum->servers(request.query(), request.url().path()));
    });
    addRoute(u"/electrum/tor"_s, [this](const QHttpServerRequest&, Respond respond) { respond(m_electrum->tor()); });
    m_pinsApi = std::make_unique<PinsController>(engine.pins(), m_options.requireToken);
    addRoute(u"/electrum/pins"_s, [this](const QHttpServerRequest& request, Respond respond) {
        respond(m_pinsApi->list(request.query(), request.url().path()));
    });
    addRoute(u"/electrum/pins/trust"_s, [this](const QHttpServerRequest& request, Respond respond) {
        respond(m_pinsApi->trust(request.query(), request.url().path()));
    });

    // All requests go through dispatch(): routes here are exact paths, and answering 404/405/HEAD ourselves
    // keeps one code path on both QtHttpServer 6.4 and 6.8+.
    httpcompat::setMissingHandler(
        *m_http, this,
        [this](const QHttpServerRequest& request, QHttpServerResponder& responder) { dispatch(request, responder); });
}

ApiServer::~ApiServer() = default;

void ApiServer::addRoute(const QString& path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

HttpReply ApiServer::decorate(HttpReply reply, ConnectionGate::ConnectionOption connection) const
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

void ApiServer::dispatch(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    // Paths are echoed in details and `instance`: a long one is cut, like every name taken from a request.
    const QString fullPath = request.url().path();
    const QString path = fullPath.size() > 200 ? fullPath.left(200) + u"…"_s : fullPath;
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    auto pending = std::make_shared<httpcompat::PendingResponder>(std::move(responder), head);
    const auto connection = ConnectionGate::connectionOption(httpcompat::requestHeader(request, "Connection"));
    Respond respond = [this, pending, connection](const HttpReply& reply) {
        pending->send(decorate(reply, connection));
    };

    if (!isAllowedHost(httpcompat::requestHeader(request, "Host"))) {
        respond(problemReply(
            Error::make(ErrorKind::NotAllowed, u"Host '%1' is not allowed: the API answers only requests addressed to "
                                               u"this machine (DNS rebinding protection)"_s.arg(QString::fromLatin1(
                                                   httpcompat::requestHeader(request, "Host").left(100)))),
            path));
        return;
    }
    if (!AccessGuard::isSameOrigin(httpcompat::requestHeader(request, "Origin"),
                                   httpcompat::requestHeader(request, "Host"))) {
        // Deliberately no CORS headers anywhere: browsers then keep other pages from reading any answer.
        respond(problemReply(
            Error::make(ErrorKind::NotAllowed,
                        u"Origin '%1' is not allowed: web pages from other sites may not use the "
                        u"API"_s.arg(QString::fromLatin1(httpcompat::requestHeader(request, "Origin").left(100)))),
            path));
        return;
    }

    // Any path: a method it does not answer is refused before anything else is looked at. Reads everywhere, except
    // on the one path that takes a body, which takes only POST.
    const bool batch = fullPath == QLatin1String(kBatchPath);
    if (batch ? request.method() != QHttpServerRequest::Method::Post : !isReadMethod(request.method())) {
        HttpReply reply = httpProblemReply(
            HttpProblem::MethodNotAllowed,
            batch ? u"%1 only answers POST"_s.arg(path) : u"%1 only answers GET and HEAD"_s.arg(path), path);
        reply.withHeader(QByteArrayLiteral("Allow"),
                         batch ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET, HEAD"));
        respond(reply);
        return;
    }

    QHostAddress client = request.remoteAddress();
    bool isV4 = false;
    if (const quint32 v4 = client.toIPv4Address(&isV4); isV4)
        client = QHostAddress(v4); // ::ffff:a.b.c.d and a.b.c.d are one client
    // The token is checked before any budget is charged: requests without a valid token draw on a budget of their
    // own (loopback counts as one client there), so neither a 401 flood nor hopping over 127.x.y.z source addresses
    // can spend what token holders get.
    const QByteArray authorization = httpcompat::requestHeader(request, "Authorization");
    // Without a token configured (--no-auth, loopback only) every caller counts as a token holder.
    const bool tokenHolder = m_access->isAuthorized(authorization);
    const AccessGuard::Admission admission =
        tokenHolder ? m_access->admit(client) : m_access->admitUnauthenticated(client);
    if (!admission.admitted()) {
        HttpReply reply = problemReply(Error::make(ErrorKind::RateLimited, admission.reason), path);
        reply.withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(admission.retryAfterSeconds));
        respond(reply);
        return;
    }
    // From here on the request holds one of its client's slots until answered.
    Respond held = [respond, ticket = admission.ticket](const HttpReply& reply) {
        respond(reply);
        ticket->release();
    };
    respond = std::move(held);

    if (!tokenHolder && !isPublicPath(fullPath)) {
        const bool presented = !authorization.isEmpty();
        // Callers without the token learn where to find it, but not this user's home directory.
        const QString where = m_tokenPath.isEmpty() ? u"the token this server was started with"_s
                              : m_options.tokenFile.isEmpty()
                                  ? u"the token in the api.cookie file in the data directory"_s
                                  : u"the token in the file given with --api-token-file"_s;
        HttpReply reply = problemReply(
            Error::make(ErrorKind::Unauthorized,
                        presented
                            ? u"the bearer token is wrong; send %1 as 'Authorization: Bearer <token>'"_s.arg(where)
                            : u"%1 needs a token: send %2 as 'Authorization: Bearer <token>'"_s.arg(path, where)),
            path);
        reply.withHeader(QByteArrayLiteral("WWW-Authenticate"),
                         presented ? QByteArrayLiteral("Bearer realm=\"btc-worker\", error=\"invalid_token\"")
                                   : QByteArrayLiteral("Bearer realm=\"btc-worker\""));
        respond(reply);
        return;
    }

    const auto route = m_routes.constFind(fullPath);
    std::optional<HttpReply> docs;
    if (route == m_routes.constEnd())
        docs = docsReply(fullPath);
    if (route == m_routes.constEnd() && !docs) {
        respond(
            problemReply(Error::make(ErrorKind::NotFound,
                                     u"no endpoint %1; the API is described at /docs and /openapi.json"_s.arg(path)),
                         path));
        return;
    }
    if (docs) {
        respond(*docs);
        return;
    }
    (*route)(request, std::move(respond));
}

bool ApiServer::isAllowedHost(const QByteArray& hostHeader) const
{
    // Host is exactly "name[:port]" or "[v6][:port]" (RequestHead); the port is not checked (the socket chose it).
    const std::optional<QString> parsed = hostOfHostHeader(hostHeader);
    if (!parsed)
        return false;
    const QString& host = *parsed;
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(host);
    if (!address.isNull() && (address.isLoopback() || address == m_options.bind))
        return true;
    return m_options.extraAllowedHosts.contains(host, Qt::CaseInsensitive);
}

bool ApiServer::isPublicPath(const QString& path)
{
    // The description of the API reveals nothing about this machine; everything else needs the token.
    return path == u"/" || path == u"/openapi.json" || path == u"/docs" || path.startsWith(u"/docs/");
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
    if (m_tcp)
        return Error::make(ErrorKind::Internal, u"the API server is already started"_s);
    if (!m_options.requireToken && !m_options.bind.isLoopback()) {
        return Error::make(ErrorKind::InvalidArgument,
                           u"--no-auth is only allowed when the API listens on loopback (127.0.0.1 or ::1), not on "
                           u"%1: anyone who can reach that address could use it"_s.arg(m_options.bind.toString()));
    }
    if (const Status token = setUpToken(); !token)
        return token;
    auto tcp = std::make_unique<ConnectionGate>(m_options.limits);
    if (!tcp->listen(m_options.bind, m_options.port)) {
        const QString where = endpointText(m_options.bind, m_options.port);
        if (tcp->serverError() == QAbstractSocket::AddressInUseError) {
            return Error::make(ErrorKind::InvalidArgument,
                               u"%1 is already in use; pick another with --api-port"_s.arg(where));
        }
        return Error::make(ErrorKind::InvalidArgument, u"cannot listen on %1"_s.arg(where), tcp->errorString());
    }
    m_tcp = tcp.get();
    tcp->setParent(m_http);
    if (!httpcompat::bindListeningServer(*m_http, tcp.release())) {
        m_tcp = nullptr;
        return Error::make(ErrorKind::Internal, u"the HTTP server refused its listening socket"_s);
    }
    return success();
}

int ApiServer::requestsInFlight(const QHostAddress& client) const
{
    return m_access->inFlight(client);
}

bool ApiServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 ApiServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

int ApiServer::openConnections() const
{
    return m_tcp ? static_cast<const ConnectionGate*>(m_tcp)->openConnections() : 0;
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
