#include "ElectrumController.h"

#include "Engine.h"
#include "Problem.h"
#include "QueryRequest.h"
#include "ServerListing.h"
#include "cache/ResponseCache.h"
#include "directory/ServerDirectory.h"
#include "electrum/SessionPool.h"
#include "health/HealthHistory.h"
#include "health/HealthRegistry.h"
#include "net/TargetGuard.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QScopedValueRollback>
#include <algorithm>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

// Errors, lists and uncacheable answers depend on the moment: clients must not keep them.
HttpReply noStore(HttpReply reply)
{
    return reply.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}

QByteArray maxAge(std::chrono::seconds ttl)
{
    return "max-age=" + QByteArray::number(qint64(std::max<qint64>(0, ttl.count())));
}

// The body sent differs from the stored one by "cached"/"age"/timings, so the tag is weak (same content, not bytes).
QByteArray weakTag(const QByteArray& strongTag)
{
    return strongTag.isEmpty() ? QByteArray() : "W/" + strongTag;
}

QByteArray opaqueTag(QByteArray tag)
{
    tag = tag.trimmed();
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    return tag;
}

// RFC 9211: "fwd=request" when the client asked to skip the lookup, "fwd=bypass" when the policy never caches.
QByteArray forwardStatus(ElectrumController::Forward why, const CacheStatus& stored)
{
    QByteArray value = "btc-worker";
    switch (why) {
    case ElectrumController::Forward::Miss:
        value += "; fwd=uri-miss";
        break;
    case ElectrumController::Forward::Request:
        value += "; fwd=request";
        break;
    case ElectrumController::Forward::Uncacheable:
        value += "; fwd=bypass";
        break;
    }
    if (stored.outcome == CacheOutcome::Stored)
        value += "; stored; ttl=" + QByteArray::number(qint64(stored.ttl.count()));
    if (stored.degraded)
        value += "; detail=degraded";
    return value;
}

HttpReply hitReply(QJsonObject body, const CacheStatus& status, const CacheRequestHeaders& headers)
{
    const QByteArray etag = weakTag(status.etag);
    HttpReply reply;
    if (!etag.isEmpty() && headers.matches(etag)) {
        reply.status = 304;
    } else {
        body.insert(u"cached"_s, true);
        body.insert(u"age"_s, qint64(status.age.count()));
        body.insert(u"cache_backend"_s, status.backend);
        reply = HttpReply::json(QJsonDocument(body));
    }
    reply.withHeader(QByteArrayLiteral("Cache-Status"), status.headerValue().toLatin1());
    reply.withHeader(QByteArrayLiteral("Age"), QByteArray::number(qint64(status.age.count())));
    if (!etag.isEmpty())
        reply.withHeader(QByteArrayLiteral("ETag"), etag);
    reply.withHeader(QByteArrayLiteral("Cache-Control"), maxAge(status.ttl));
    return reply;
}

} // namespace

struct ElectrumController::Pending
{
    ServerAddress server;
    QString method;
    QJsonArray params;  // as sent, scripthash included
    QString scripthash; // empty without an address
    QString instance;
    std::chrono::milliseconds timeout{0};
    CacheRequestHeaders headers;
    QList<QHostAddress> addresses; // from the target check: connect there, never resolve the name again
};

CacheRequestHeaders CacheRequestHeaders::from(const QByteArray& cacheControl, const QByteArray& pragma,
                                              const QByteArray& ifNoneMatch)
{
    CacheRequestHeaders out;
    for (const QByteArray& directive : cacheControl.split(',')) {
        const QByteArray d = directive.trimmed().toLower();
        if (d == "no-cache" || d == "no-store" || d == "max-age=0")
            out.noCache = true;
    }
    if (cacheControl.trimmed().isEmpty() && pragma.trimmed().toLower() == "no-cache")
        out.noCache = true;
    out.ifNoneMatch = ifNoneMatch.trimmed();
    return out;
}

bool CacheRequestHeaders::matches(const QByteArray& etag) const
{
    if (ifNoneMatch.isEmpty() || etag.isEmpty())
        return false;
    if (ifNoneMatch == "*")
        return true;
    const QByteArray wanted = opaqueTag(etag);
    for (const QByteArray& tag : ifNoneMatch.split(',')) {
        if (opaqueTag(tag) == wanted)
            return true;
    }
    return false;
}

ElectrumController::ElectrumController(Engine& engine, QObject* context, const Clock& clock)
    : m_engine(engine), m_context(context),
      m_serverLists(std::make_unique<ServerListCache>(engine, std::chrono::seconds(2), clock))
{
}

ElectrumController::~ElectrumController() = default;

Status ElectrumController::checkAllowed(const QueryRequest& request) const
{
    if (request.method == u"blockchain.transaction.broadcast" && !m_engine.options().allowBroadcast) {
        return Error::make(ErrorKind::NotAllowed,
                           u"blockchain.transaction.broadcast is turned off; start btc-worker with broadcasting "
                           u"allowed to send transactions"_s);
    }
    return success();
}

void ElectrumController::query(const QUrlQuery& query, const QString& instance, Respond respond,
                               const CacheRequestHeaders& cacheHeaders)
{
    auto parsed = parseQueryRequest(query);
    if (!parsed) {
        respond(noStore(problemReply(parsed.error(), instance)));
        return;
    }
    QueryRequest request = std::move(parsed).value();
    if (auto allowed = checkAllowed(request); !allowed) {
        respond(noStore(problemReply(allowed.error(), instance)));
        return;
    }
    if (!m_context) {
        respond(noStore(problemReply(Error::make(ErrorKind::Internal, u"the API is shutting down"_s), instance)));
        return;
    }
    // SSRF guard: the caller picks the server, so it must be public (or .onion) unless private targets are
    // allowed. A name sent through Tor is not looked up here (that would leak it); Tor's exits refuse private
    // addresses themselves.
    const bool nameViaTor = m_engine.options().tor.routeAllViaTor && QHostAddress(request.server.host()).isNull() &&
                            !request.server.isOnion();
    if (!m_targetCheckPassed && !nameViaTor) {
        m_engine.targetGuard().check(
            request.server.host(), m_context,
            [this, query, instance, respond, cacheHeaders](Result<CheckedTarget> target) mutable {
                if (!target) {
                    Error error = target.error();
                    if (error.kind == ErrorKind::NotAllowed) {
                        error.message += u" Start btc-worker with --allow-private-targets to query a server on this "
                                         u"machine or your network."_s;
                    }
                    respond(noStore(problemReply(error, instance)));
                    return;
                }
                // Parsed again on re-entry: cheap, and the rest of query() stays one code path.
                const QScopedValueRollback passed(m_targetCheckPassed, true);
                const QScopedValueRollback checked(m_checkedAddresses, target.value().addresses);
                this->query(query, instance, std::move(respond), cacheHeaders);
            });
        return;
    }

    auto sent = electrumParams(request);
    if (!sent) {
        respond(noStore(problemReply(sent.error(), instance)));
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->server = request.server;
    pending->method = request.method;
    pending->params = sent->params;
    pending->scripthash = sent->scripthash;
    pending->instance = instance;
    pending->timeout = request.timeout;
    pending->headers = cacheHeaders;
    pending->addresses = m_checkedAddresses; // empty when sent by name through Tor

    if (!request.useCache || cacheHeaders.noCache) {
        forward(pending, Forward::Request, std::move(respond));
        return;
    }
    m_engine.cache().lookup(
        pending->server, pending->method, pending->params, m_context,
        [this, pending, respond = std::move(respond)](CacheLookup found) mutable {
            if (found.status.outcome == CacheOutcome::Hit && found.body) {
                QJsonParseError error{};
                const QJsonDocument stored = QJsonDocument::fromJson(*found.body, &error);
                // A body that is not ours (another program's key, a damaged value) is treated as a miss.
                if (error.error == QJsonParseError::NoError && stored.isObject()) {
                    respond(hitReply(stored.object(), found.status, pending->headers));
                    return;
                }
            }
            forward(pending, found.status.outcome == CacheOutcome::Uncacheable ? Forward::Uncacheable : Forward::Miss,
                    std::move(respond));
        });
}

void ElectrumController::forward(const std::shared_ptr<const Pending>& pending, Forward why, Respond respond)
{
    ResponseCache* cache = &m_engine.cache();
    m_engine.pool().call(
        pending->server, pending->method, pending->params, m_context,
        [cache, pending, why, respond = std::move(respond)](Result<CallResult> result) {
            if (!result) {
                // Errors are never stored: the next request asks the server again.
                HttpReply reply = noStore(problemReply(result.error(), pending->instance));
                reply.withHeader(QByteArrayLiteral("Cache-Status"), forwardStatus(why, CacheStatus{}));
                respond(reply);
                return;
            }
            const CallResult& call = result.value();
            QJsonObject body{
                {u"server"_s, pending->server.toString()},
                {u"method"_s, pending->method},
                {u"params"_s, pending->params},
                {u"protocol"_s, call.protocol},
                {u"server_software"_s, call.serverSoftware},
                {u"result"_s, call.result},
            };
            if (!pending->scripthash.isEmpty())
                body.insert(u"scripthash"_s, pending->scripthash);
            if (!call.certificateSha256.isEmpty())
                body.insert(u"certificate_sha256"_s, call.certificateSha256);

            // A fresh tip moves the server's tip-dependent keys on, so older answers are no longer found.
            if (pending->method == u"blockchain.headers.subscribe") {
                const QJsonValue height = call.result.toObject().value(u"height"_s);
                if (height.isDouble() && height.toDouble() >= 0)
                    cache->setTipHeight(pending->server, height.toInt());
            }
            // What is stored is the answer without this call's timings; hits add "cached" and "age" instead.
            const QByteArray stored = QJsonDocument(body).toJson(QJsonDocument::Compact);
            const CacheStatus status = cache->store(pending->server, pending->method, pending->params, stored);
            body.insert(u"cached"_s, false);
            body.insert(u"elapsed_ms"_s, call.elapsedMs);
            body.insert(u"fresh_connection"_s, call.freshConnection);

            const QByteArray etag = weakTag(CachedValue::etagFor(stored));
            HttpReply reply;
            if (pending->headers.matches(etag)) {
                reply.status = 304;
            } else {
                reply = HttpReply::json(QJsonDocument(body));
            }
            reply.withHeader(QByteArrayLiteral("Cache-Status"), forwardStatus(why, status));
            reply.withHeader(QByteArrayLiteral("ETag"), etag);
            if (status.outcome == CacheOutcome::Stored)
                reply.withHeader(QByteArrayLiteral("Cache-Control"), maxAge(status.ttl));
            else
                reply = noStore(std::move(reply));
            respond(reply);
        },
        pending->timeout, pending->addresses);
}

HttpReply ElectrumController::servers(const QUrlQuery& query, const QString& instance) const
{
    const Result<ServerListQuery> parsed = parseServerListQuery(query);
    if (!parsed)
        return noStore(problemReply(parsed.error(), instance));
    HttpReply reply;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = m_serverLists->body(m_health, parsed.value());
    return noStore(reply);
}

HttpReply ElectrumController::tor() const
{
    return noStore(HttpReply::json(QJsonDocument(m_engine.tor().statusJson())));
}

} // namespace btcw
