#include "QueryService.h"

#include "electrum/BitcoinAddress.h"
#include "electrum/SessionPool.h"
#include "net/TargetGuard.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>

namespace btcw {

using namespace Qt::StringLiterals;

Result<ScripthashParams> withScripthash(const QJsonArray& params, const QString& bitcoinAddress)
{
    ScripthashParams out;
    out.params = params;
    if (bitcoinAddress.isEmpty())
        return out;
    auto decoded = decodeBitcoinAddress(bitcoinAddress);
    if (!decoded) {
        // Long values are cut so an error never echoes a huge query back.
        const QString shown = bitcoinAddress.size() > 80 ? bitcoinAddress.left(80) + u"…"_s : bitcoinAddress;
        return Error::make(ErrorKind::InvalidArgument,
                           u"address: '%1' is not a Bitcoin address: %2"_s.arg(shown, decoded.error().message));
    }
    out.scripthash = electrumScripthash(decoded->script);
    out.params.prepend(out.scripthash);
    return out;
}

QueryService::QueryService(TargetGuard& guard, ResponseCache& cache, SessionPool& pool, QObject* parent)
    : QObject(parent), m_guard(guard), m_cache(cache), m_pool(pool)
{
}

void QueryService::run(const Query& asked, QObject* context, Done answer)
{
    Query query = asked;
    Done done = std::move(answer);
    if (const std::optional<ServerAddress> twin = m_twinRoute ? m_twinRoute(asked.server) : std::nullopt) {
        // The preferred twin answers; the body says which address was used and which one was asked for.
        query.server = *twin;
        done = [done = std::move(done), requested = asked.server.toString(),
                used = twin->toString()](const QueryOutcome& outcome) {
            QueryOutcome routed = outcome;
            if (routed.answer.ok()) {
                QueryAnswer value = routed.answer.value();
                value.body.insert(u"server"_s, used);
                value.body.insert(u"requested_server"_s, requested);
                value.body.insert(u"route"_s, u"onion-twin"_s);
                routed.answer = value;
            } else {
                Error error = routed.answer.error();
                error.detail = (error.detail.isEmpty() ? QString() : error.detail + u"; "_s) +
                               u"asked %1's confirmed .onion twin %2"_s.arg(requested, used);
                routed.answer = error;
            }
            done(routed);
        };
    }
    // Every answer, even to a bad query, arrives on the event loop: callers get one behaviour.
    auto fail = [context, done](Error error, CacheUse use) {
        QMetaObject::invokeMethod(
            context,
            [done, error = std::move(error), use] {
                done(QueryOutcome{error, use});
            },
            Qt::QueuedConnection);
    };
    if (Status allowed = checkMethod(query.method); !allowed) {
        fail(allowed.error(), CacheUse::NotReached);
        return;
    }
    auto sent = withScripthash(query.params, query.bitcoinAddress);
    if (!sent) {
        fail(sent.error(), CacheUse::NotReached);
        return;
    }
    // SSRF guard: the caller picks the server, so it must be public (or .onion, or a name Tor resolves) unless
    // private targets are allowed; the connection then goes exactly where the check looked.
    m_guard.check(
        query.server.host(), context,
        [this, query, sent = sent.value(), context, done](Result<CheckedTarget> target) {
            if (!target) {
                Error error = target.error();
                if (error.kind == ErrorKind::NotAllowed) {
                    error.message += u" Start btc-worker with --allow-private-targets to query a server on this "
                                     u"machine or your network."_s;
                }
                done(QueryOutcome{error, CacheUse::NotReached});
                return;
            }
            const QList<QHostAddress> addresses = target.value().addresses;
            if (!query.readCache) {
                ask(query, sent, addresses, CacheUse::Skipped, context, done);
                return;
            }
            m_cache.lookup(query.server, query.method, sent.params, context,
                           [this, query, sent, addresses, context, done](CacheLookup found) {
                               if (found.status.outcome == CacheOutcome::Hit && found.body) {
                                   QJsonParseError error{};
                                   const QJsonDocument stored = QJsonDocument::fromJson(*found.body, &error);
                                   // A body that is not ours (another program's key, a damaged value) is a miss.
                                   if (error.error == QJsonParseError::NoError && stored.isObject()) {
                                       QueryAnswer answer;
                                       answer.body = stored.object();
                                       answer.stored = *found.body;
                                       answer.cache = found.status;
                                       answer.etag = found.status.etag;
                                       done(QueryOutcome{answer, CacheUse::Hit});
                                       return;
                                   }
                               }
                               const CacheUse why = found.status.outcome == CacheOutcome::Uncacheable
                                                        ? CacheUse::Uncacheable
                                                        : CacheUse::Miss;
                               ask(query, sent, addresses, why, context, done);
                           });
        },
        query.allowPrivateTarget);
}

std::optional<QueryOutcome> QueryService::cachedAtOnce(const Query& query) const
{
    if (!query.readCache || m_twinsPreferred.load(std::memory_order_relaxed) || !checkMethod(query.method).ok())
        return std::nullopt;
    auto sent = withScripthash(query.params, query.bitcoinAddress);
    if (!sent || !m_guard.passesAtOnce(query.server.host()))
        return std::nullopt;
    std::optional<CacheLookup> found = m_cache.lookupAtOnce(query.server, query.method, sent->params);
    if (!found || !found->body)
        return std::nullopt;
    // The memory cache holds only what store() put there: our own compact JSON objects, no need to parse them again.
    QueryAnswer answer;
    answer.stored = std::move(*found->body);
    answer.cache = found->status;
    answer.etag = found->status.etag;
    return QueryOutcome{answer, CacheUse::Hit};
}

void QueryService::ask(const Query& query, const ScripthashParams& sent, const QList<QHostAddress>& addresses,
                       CacheUse why, QObject* context, Done done)
{
    m_pool.call(
        query.server, query.method, sent.params, context,
        [this, query, sent, why, done](Result<CallResult> result) {
            if (!result) {
                // Errors are never stored: the next request asks the server again.
                done(QueryOutcome{result.error(), why});
                return;
            }
            const CallResult& call = result.value();
            QueryAnswer answer;
            answer.body = QJsonObject{
                {u"server"_s, query.server.toString()},
                {u"method"_s, query.method},
                {u"params"_s, sent.params},
                {u"protocol"_s, call.protocol},
                {u"server_software"_s, call.serverSoftware},
                {u"result"_s, call.result},
            };
            if (!sent.scripthash.isEmpty())
                answer.body.insert(u"scripthash"_s, sent.scripthash);
            if (!call.certificateSha256.isEmpty())
                answer.body.insert(u"certificate_sha256"_s, call.certificateSha256);
            // A fresh tip moves the server's tip-dependent keys on, so older answers are no longer found.
            if (query.method == u"blockchain.headers.subscribe") {
                const QJsonValue height = call.result.toObject().value(u"height"_s);
                if (height.isDouble() && height.toDouble() >= 0)
                    m_cache.setTipHeight(query.server, height.toInt());
            }
            const QByteArray stored = QJsonDocument(answer.body).toJson(QJsonDocument::Compact);
            if (query.writeCache)
                answer.cache = m_cache.store(query.server, query.method, sent.params, stored);
            else
                answer.cache.outcome = CacheOutcome::Miss; // asked not to touch the cache: not stored
            answer.etag = CachedValue::etagFor(stored);
            answer.elapsedMs = call.elapsedMs;
            answer.freshConnection = call.freshConnection;
            done(QueryOutcome{answer, why});
        },
        query.timeout, addresses);
}

} // namespace btcw
