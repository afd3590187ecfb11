#include "QueryService.h"

#include "electrum/BitcoinAddress.h"
#include "electrum/SessionPool.h"
#include "net/TargetGuard.h"
#include "query/AnswerVerifier.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

// A hit of the cache's ordinary lookup as an answer; a body that is not ours (another program's key, a damaged
// value) is a miss.
std::optional<QueryAnswer> answerFromCache(const CacheLookup& found)
{
    if (found.status.outcome != CacheOutcome::Hit || !found.body)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument stored = QJsonDocument::fromJson(*found.body, &error);
    if (error.error != QJsonParseError::NoError || !stored.isObject())
        return std::nullopt;
    QueryAnswer answer;
    answer.body = stored.object();
    answer.stored = *found.body;
    answer.cache = found.status;
    answer.etag = found.status.etag;
    return answer;
}

CacheUse missReason(const CacheLookup& found)
{
    return found.status.outcome == CacheOutcome::Uncacheable ? CacheUse::Uncacheable : CacheUse::Miss;
}

} // namespace

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
                           u"address: '%1' is not a Bitcoin address: %2"_s.arg(shown, decoded.error().message))
            .withCode(u"query.not-an-address"_s, {shown});
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
    if (asked.consensus > 0) {
        runConsensus(asked, context, std::move(answer));
        return;
    }
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
    if (query.verify) {
        query.readCache = false; // a stored answer was never checked: ask the server
        done = verifying(query, context, std::move(done));
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
                               if (std::optional<QueryAnswer> hit = answerFromCache(found)) {
                                   done(QueryOutcome{std::move(*hit), CacheUse::Hit});
                                   return;
                               }
                               ask(query, sent, addresses, missReason(found), context, done);
                           });
        },
        query.allowPrivateTarget);
}

QueryService::Done QueryService::verifying(const Query& query, QObject* context, Done done)
{
    return [this, query, context, done = std::move(done)](const QueryOutcome& outcome) {
        if (!outcome.answer.ok() || !m_verifier) {
            done(m_verifier
                     ? outcome
                     : QueryOutcome{Error::make(ErrorKind::Internal, u"no verifier is set up"_s), outcome.cacheUse});
            return;
        }
        const QueryAnswer answer = outcome.answer.value();
        const QJsonArray params = answer.body.value(u"params"_s).toArray();
        m_verifier->verify(query.server, query.method, params, answer.result(), query.timeout, context,
                           [done, answer, use = outcome.cacheUse](Result<Verification> checked) {
                               if (!checked) {
                                   done(QueryOutcome{checked.error(), use});
                                   return;
                               }
                               QueryAnswer verified = answer;
                               verified.body.insert(u"verified"_s, checked->verified);
                               verified.body.insert(u"verification"_s, checked->toJson());
                               verified.stored.clear(); // the body changed: the stored form no longer matches
                               verified.etag =
                                   CachedValue::etagFor(QJsonDocument(verified.body).toJson(QJsonDocument::Compact));
                               done(QueryOutcome{verified, use});
                           });
    };
}

std::optional<QueryOutcome> QueryService::cachedAtOnce(const Query& query) const
{
    if (!query.readCache || query.verify || query.consensus > 0 || m_twinsPreferred.load(std::memory_order_relaxed) ||
        !checkMethod(query.method).ok())
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
            done(answered(query, sent, why, result.value()));
        },
        query.timeout, addresses);
    if (query.verify && m_verifier) // what the check needs, asked in the same round trip
        m_verifier->prefetch(query.server, query.method, sent.params, query.timeout, addresses);
}

QueryOutcome QueryService::answered(const Query& query, const ScripthashParams& sent, CacheUse why,
                                    const CallResult& call)
{
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
    } else if (query.method == u"blockchain.scripthash.subscribe" && !sent.params.isEmpty()) {
        // Likewise a scripthash's status: its balance, history and UTXOs are keyed by it (and the session now gets
        // its changes pushed, which the chain follower passes on to the cache).
        m_cache.setScripthashStatus(query.server, sent.params.at(0).toString(), call.result);
    }
    const QByteArray stored = QJsonDocument(answer.body).toJson(QJsonDocument::Compact);
    if (query.writeCache)
        answer.cache = m_cache.store(query.server, query.method, sent.params, stored);
    else
        answer.cache.outcome = CacheOutcome::Miss; // asked not to touch the cache: not stored
    answer.etag = CachedValue::etagFor(stored);
    answer.elapsedMs = call.elapsedMs;
    answer.freshConnection = call.freshConnection;
    return QueryOutcome{answer, why};
}

// One runBatch() on its way: what each call sends, and the outcomes so far (unset: still to come).
struct QueryService::Batch
{
    QList<Query> calls;
    QList<ScripthashParams> sent;                // per call (empty for calls already answered)
    QList<std::optional<QueryOutcome>> outcomes; // per call
    QList<CacheUse> why;                         // per call still to ask: why the server is asked
    QList<QHostAddress> addresses;               // what the target check found
    int lookupsLeft = 0;
    BatchDone done;

    void finish()
    {
        QList<QueryOutcome> out;
        out.reserve(outcomes.size());
        for (const auto& outcome : std::as_const(outcomes)) {
            out.append(outcome ? *outcome
                               : QueryOutcome{Error::make(ErrorKind::Internal, u"the call got no answer"_s),
                                              CacheUse::NotReached});
        }
        done(out);
    }
};

void QueryService::runBatch(const QList<Query>& calls, QObject* context, BatchDone done)
{
    auto batch = std::make_shared<Batch>();
    batch->calls = calls;
    batch->done = std::move(done);
    batch->sent.resize(calls.size());
    batch->outcomes.resize(calls.size());
    batch->why.resize(calls.size());
    qsizetype candidates = 0;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const Query& call = calls[i];
        if (!(call.server == calls.first().server)) {
            batch->outcomes[i] =
                QueryOutcome{Error::make(ErrorKind::InvalidArgument,
                                         u"a batch goes to one server; this call names %1, the batch %2"_s.arg(
                                             call.server.toString(), calls.first().server.toString())),
                             CacheUse::NotReached};
            continue;
        }
        if (Status allowed = checkMethod(call.method); !allowed) {
            batch->outcomes[i] = QueryOutcome{allowed.error(), CacheUse::NotReached};
            continue;
        }
        auto sent = withScripthash(call.params, call.bitcoinAddress);
        if (!sent) {
            batch->outcomes[i] = QueryOutcome{sent.error(), CacheUse::NotReached};
            continue;
        }
        batch->sent[i] = sent.value();
        ++candidates;
    }
    if (candidates == 0) {
        // Every answer arrives on the event loop, even when nothing was asked: callers get one behaviour.
        QMetaObject::invokeMethod(
            context, [batch] { batch->finish(); }, Qt::QueuedConnection);
        return;
    }
    const Query& first = calls.first();
    m_guard.check(
        first.server.host(), context,
        [this, batch, context](Result<CheckedTarget> target) {
            if (!target) {
                Error error = target.error();
                if (error.kind == ErrorKind::NotAllowed) {
                    error.message += u" Start btc-worker with --allow-private-targets to query a server on this "
                                     u"machine or your network."_s;
                }
                for (auto& outcome : batch->outcomes) {
                    if (!outcome)
                        outcome = QueryOutcome{error, CacheUse::NotReached};
                }
                batch->finish();
                return;
            }
            batch->addresses = target.value().addresses;
            lookUpBatch(batch, context);
        },
        first.allowPrivateTarget);
}

void QueryService::lookUpBatch(const std::shared_ptr<Batch>& batch, QObject* context)
{
    QList<qsizetype> lookups;
    for (qsizetype i = 0; i < batch->calls.size(); ++i) {
        if (batch->outcomes[i])
            continue;
        if (batch->calls[i].readCache)
            lookups.append(i);
        else
            batch->why[i] = CacheUse::Skipped;
    }
    // Counted before the first lookup: a backend may answer at once.
    batch->lookupsLeft = int(lookups.size());
    if (lookups.isEmpty()) {
        askBatch(batch, context);
        return;
    }
    for (const qsizetype i : std::as_const(lookups)) {
        const Query& call = batch->calls[i];
        m_cache.lookup(call.server, call.method, batch->sent[i].params, context,
                       [this, batch, context, i](CacheLookup found) {
                           if (std::optional<QueryAnswer> hit = answerFromCache(found))
                               batch->outcomes[i] = QueryOutcome{std::move(*hit), CacheUse::Hit};
                           else
                               batch->why[i] = missReason(found);
                           if (--batch->lookupsLeft == 0)
                               askBatch(batch, context);
                       });
    }
}

void QueryService::askBatch(const std::shared_ptr<Batch>& batch, QObject* context)
{
    QList<qsizetype> asked;
    QList<RpcRequest> requests;
    for (qsizetype i = 0; i < batch->calls.size(); ++i) {
        if (batch->outcomes[i])
            continue;
        asked.append(i);
        requests.append({batch->calls[i].method, batch->sent[i].params});
    }
    if (asked.isEmpty()) {
        batch->finish();
        return;
    }
    const Query& first = batch->calls.first();
    m_pool.callBatch(
        first.server, requests, context,
        [this, batch, asked](const QList<Result<CallResult>>& results) {
            for (qsizetype j = 0; j < asked.size(); ++j) {
                const qsizetype i = asked[j];
                const Result<CallResult>& result = results.value(
                    j, Error::make(ErrorKind::Internal, u"the connection pool lost this call's answer"_s));
                // Errors are never stored: the next request asks the server again.
                batch->outcomes[i] = result ? answered(batch->calls[i], batch->sent[i], batch->why[i], result.value())
                                            : QueryOutcome{result.error(), batch->why[i]};
            }
            batch->finish();
        },
        first.timeout, batch->addresses);
}

} // namespace btcw
