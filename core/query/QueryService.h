// The query use case, for the window and the API alike: target check → cache lookup → server call → cache store →
// tip update. Callers build a Query and read a QueryOutcome; how either travels over HTTP is the API's business.
#pragma once

#include "Result.h"
#include "cache/ResponseCache.h"
#include "electrum/ServerAddress.h"
#include "query/MethodPolicy.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace btcw {

class AnswerVerifier;
class SessionPool;
class TargetGuard;
struct CallResult;

// One question to one server.
struct Query
{
    ServerAddress server;
    QString method;
    QJsonArray params;                    // without the scripthash when bitcoinAddress is set
    QString bitcoinAddress;               // blockchain.scripthash.*: its Electrum scripthash goes first in params
    std::chrono::milliseconds timeout{0}; // 0 = the pool's default
    bool readCache = true;                // false: ask the server even when the cache has an answer
    bool writeCache = true;               // false: do not store the answer either (the API's cache=false)
    // The user typed this server into the window: loopback and LAN targets are fine then, whatever the API allows.
    bool allowPrivateTarget = false;
    // Check the answer against the verified header chain (AnswerVerifier); the cache is not read for it.
    bool verify = false;
    // 2…7: ask this many healthy servers of the same network (this one first) and answer only when they agree
    // (QueryConsensus.cpp); 0: this server alone.
    int consensus = 0;
};

// How the cache took part in an answer (the API's Cache-Status "fwd" reason when the server was asked).
enum class CacheUse
{
    NotReached,  // refused before the cache or the server was asked (policy, address, target check)
    Hit,         // answered from the cache
    Miss,        // looked up, not there
    Skipped,     // the caller asked to skip the lookup
    Uncacheable, // the policy never caches this method or these params
};

struct QueryAnswer
{
    // server, method, params (as sent), protocol, server_software, result, and scripthash / certificate_sha256 when
    // they apply: what is stored in the cache, without this call's timings.
    QJsonObject body;
    QByteArray stored;            // a hit: body as the cache holds it (compact JSON), so it need not be written again
    CacheStatus cache;            // the lookup's status for a hit, the store's otherwise
    QByteArray etag;              // strong tag of the stored form of body
    qint64 elapsedMs = 0;         // server asked: from call to answer
    bool freshConnection = false; // server asked: a new connection was made
    QJsonValue result() const { return body.value(QLatin1String("result")); }
};

struct QueryOutcome
{
    Result<QueryAnswer> answer;
    CacheUse cacheUse = CacheUse::Miss;
};

// The params sent when a query names a Bitcoin address: its Electrum scripthash first. An address that cannot be
// decoded is an InvalidArgument error that names the `address`.
struct ScripthashParams
{
    QJsonArray params;
    QString scripthash; // empty without an address
};
Result<ScripthashParams> withScripthash(const QJsonArray& params, const QString& bitcoinAddress);

class QueryService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QueryOutcome&)>;
    using BatchDone = std::function<void(const QList<QueryOutcome>&)>;

    // All four must outlive the service (the engine owns them together).
    QueryService(TargetGuard& guard, ResponseCache& cache, SessionPool& pool, QObject* parent = nullptr);

    // State-changing methods (broadcasts, server.add_peer) are refused unless this is on.
    // (The switches are atomic: the API's HTTP threads read them in cachedAtOnce().)
    void setAllowBroadcast(bool on) { m_allowStateChanges.store(on, std::memory_order_relaxed); }
    bool allowsBroadcast() const { return m_allowStateChanges.load(std::memory_order_relaxed); }
    // Methods outside the table of protocol 1.4 … 1.6 are refused unless this is on.
    void setAllowUnknownMethods(bool on) { m_allowUnknown.store(on, std::memory_order_relaxed); }
    bool allowsUnknownMethods() const { return m_allowUnknown.load(std::memory_order_relaxed); }
    MethodPolicy methodPolicy() const { return MethodPolicy{allowsBroadcast(), allowsUnknownMethods()}; }
    // Whether `method` may be sent at all under the current policy (MethodPolicy's allow-list).
    Status checkMethod(const QString& method) const { return methodPolicy().check(method); }

    // Where a query to `server` goes instead (its confirmed .onion twin while Tor is usable and the user prefers it);
    // nullopt: to the server itself. The answer's body then names both ("server" used, "requested_server").
    using TwinRoute = std::function<std::optional<ServerAddress>(const ServerAddress& server)>;
    void setTwinRoute(TwinRoute route) { m_twinRoute = std::move(route); }
    // Whether the twin route may apply at all (the user prefers onion twins): cachedAtOnce() then leaves every query
    // to run(), which knows the route.
    void setTwinsPreferred(bool on) { m_twinsPreferred.store(on, std::memory_order_relaxed); }

    // Checks answers of queries with verify set; without one, such queries fail (Internal).
    void setVerifier(AnswerVerifier* verifier) { m_verifier = verifier; }

    // The servers a consensus query asks besides `server`: healthy ones of its network (not forked, not lagging),
    // at most `wanted`, fastest first; an error when the server's network is not known.
    using ConsensusPeers = std::function<Result<QList<ServerAddress>>(const ServerAddress& server, int wanted)>;
    void setConsensusPeers(ConsensusPeers peers) { m_consensusPeers = std::move(peers); }
    static constexpr int minConsensus = 2;
    static constexpr int maxConsensus = 7;

    // Answers exactly once, on the event loop, unless `context` is destroyed first.
    void run(const Query& query, QObject* context, Done done);

    // The hot path of run() for a cache hit, from any thread and at once: when the method is allowed, the target
    // passes without a lookup and the memory cache holds the answer, that answer (cacheUse Hit, `stored` set, `body`
    // left empty). nullopt in every other case, refusals included: run() then gives the whole answer.
    std::optional<QueryOutcome> cachedAtOnce(const Query& query) const;
    // Many calls to one server (all `calls` name the same server; one that does not fails alone), answered once, on
    // the event loop, with one outcome per call in call order, unless `context` is destroyed first. Each call passes
    // the method policy and its address's scripthash on its own, so a bad one fails alone; the target is checked once
    // (with the first call's allowPrivateTarget and timeout); each call is looked up in the cache; the misses go to
    // the server together as one JSON-RPC batch (SessionPool::callBatch), and each answer is stored as run() would.
    void runBatch(const QList<Query>& calls, QObject* context, BatchDone done);

private:
    struct Batch;
    void lookUpBatch(const std::shared_ptr<Batch>& batch, QObject* context);
    void askBatch(const std::shared_ptr<Batch>& batch, QObject* context);
    // The outcome of a server's answer: stored per the cache policy, and the tip moved by headers.subscribe.
    QueryOutcome answered(const Query& query, const ScripthashParams& sent, CacheUse why, const CallResult& call);
    void ask(const Query& query, const ScripthashParams& sent, const QList<QHostAddress>& addresses, CacheUse why,
             QObject* context, Done done);

    // consensus=N: the same query to N servers at once, compared (QueryConsensus.cpp).
    void runConsensus(const Query& query, QObject* context, Done done);
    // The answer's verification (verify=true): adds "verification" to the body, or fails it.
    Done verifying(const Query& query, QObject* context, Done done);

    TargetGuard& m_guard;
    AnswerVerifier* m_verifier = nullptr;
    ConsensusPeers m_consensusPeers;
    ResponseCache& m_cache;
    SessionPool& m_pool;
    std::atomic<bool> m_allowStateChanges{false};
    std::atomic<bool> m_allowUnknown{false};
    TwinRoute m_twinRoute;
    std::atomic<bool> m_twinsPreferred{false};
};

} // namespace btcw
