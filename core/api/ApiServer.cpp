#include "ApiServer.h"

#include "CacheController.h"
#include "DocsContent.h"
#include "ElectrumController.h"
#include "Engine.h"
#include "HealthController.h"
#include "HttpCompat.h"
#include "Problem.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
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
      m_electrum(std::make_unique<ElectrumController>(engine, this))
{
    addRoute(u"/"_s, [](const QHttpServerRequest&, Respond respond) {
        HttpReply reply;
        reply.status = 302;
        reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        reply.body = QByteArrayLiteral("See /docs\n");
        reply.withHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/docs"));
        respond(reply);
    });
    addRoute(u"/openapi.json"_s, [](const QHttpServerRequest&, Respond respond) { respond(openApiReply()); });
    m_cacheStats = std::make_unique<CacheController>(engine);
    m_health = std::make_unique<HealthController>(engine, this);
    m_electrum->setHealthRegistry(&m_health->registry());
    addRoute(u"/electrum/query"_s, [this](const QHttpServerRequest& request, Respond respond) {
        m_electrum->query(request.query(), request.url().path(), std::move(respond),
                          CacheRequestHeaders::from(httpcompat::requestHeader(request, "Cache-Control"),
                                                    httpcompat::requestHeader(request, "Pragma"),
                                                    httpcompat::requestHeader(request, "If-None-Match")));
    });
    addRoute(u"/electrum/cache"_s, [this](const QHttpServerRequest& request, Respond respond) {
        respond(m_cacheStats->stats(request.query(), request.url().path()));
    });
    addRoute(u"/electrum/check"_s, [this](const QHttpServerRequest& request, Respond respond) {
        m_health->check(request.query(), request.url().path(), std::move(respond));
    });
    addRoute(u"/electrum/tip"_s, [this](const QHttpServerRequest& request, Respond respond) {
        respond(m_health->tip(request.query(), request.url().path()));
    });
    addRoute(u"/electrum/servers"_s, [this](const QHttpServerRequest& request, Respond respond) {
        respond(m_electrum->servers(request.query(), request.url().path()));
    });
    addRoute(u"/electrum/tor"_s, [this](const QHttpServerRequest&, Respond respond) { respond(m_electrum->tor()); });

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

HttpReply ApiServer::decorate(HttpReply reply) const
{
    reply.withHeader(QByteArrayLiteral("Server"), QByteArrayLiteral("btc-worker/" BTCW_VERSION));
    reply.withHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    return reply;
}

void ApiServer::dispatch(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const QString path = request.url().path();
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    auto pending = std::make_shared<httpcompat::PendingResponder>(std::move(responder), head);
    Respond respond = [this, pending](const HttpReply& reply) { pending->send(decorate(reply)); };

    if (!isAllowedHost(httpcompat::requestHeader(request, "Host"))) {
        respond(problemReply(
            Error::make(ErrorKind::NotAllowed, u"Host '%1' is not allowed: the API answers only requests addressed to "
                                               u"this machine (DNS rebinding protection)"_s.arg(QString::fromLatin1(
                                                   httpcompat::requestHeader(request, "Host").left(100)))),
            path));
        return;
    }

    const auto route = m_routes.constFind(path);
    std::optional<HttpReply> docs;
    if (route == m_routes.constEnd())
        docs = docsReply(path);
    if (route == m_routes.constEnd() && !docs) {
        respond(
            problemReply(Error::make(ErrorKind::NotFound,
                                     u"no endpoint %1; the API is described at /docs and /openapi.json"_s.arg(path)),
                         path));
        return;
    }
    if (!isReadMethod(request.method())) {
        HttpReply reply =
            httpProblemReply(405, u"Method not allowed"_s, u"%1 only answers GET and HEAD"_s.arg(path), path);
        reply.withHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD"));
        respond(reply);
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
    // Host is "name[:port]" or "[v6][:port]"; the port is not checked (the socket already chose it).
    QString host = QString::fromLatin1(hostHeader).trimmed().toLower();
    if (host.startsWith(u'[')) {
        host = host.mid(1, host.indexOf(u']') - 1);
    } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
        host = host.left(colon);
    }
    if (host.isEmpty())
        return false;
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(host);
    if (!address.isNull() && (address.isLoopback() || address == m_options.bind))
        return true;
    return m_options.extraAllowedHosts.contains(host, Qt::CaseInsensitive);
}

Status ApiServer::start()
{
    if (m_tcp)
        return Error::make(ErrorKind::Internal, u"the API server is already started"_s);
    auto tcp = std::make_unique<QTcpServer>();
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

bool ApiServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 ApiServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
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
