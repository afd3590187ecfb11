// Decides, per Electrum method, whether and how long an answer may be cached, given its params and the chain tip.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <chrono>
#include <optional>

namespace btcw {

// What the caller knows when deciding: the server's tip and, for a transaction, whether it is confirmed.
struct CacheContext
{
    std::optional<int> tipHeight;
    std::optional<bool> txConfirmed; // for blockchain.transaction.get: known to be in a block
    // For blockchain.scripthash.* (params[0] the scripthash): the status the server last announced or answered for
    // it ("" for null, its status when the script has no history). Tip-dependent keys carry it, so a payment (a new
    // status, often without a new block) makes the older answers for that scripthash unreachable at once.
    std::optional<QString> scripthashStatus;
};

enum class CacheClass
{
    Never,        // state-changing, session-bound or unknown: never cached
    Immutable,    // settled chain data (deep headers, confirmed transactions)
    ServerInfo,   // a server's description: changes rarely
    Unconfirmed,  // a raw transaction not known to be confirmed: may vanish from the mempool
    TipDependent, // changes with each block or with the mempool: short, keyed by the tip height
};

struct CacheDecision
{
    CacheClass cacheClass = CacheClass::Never;
    std::chrono::seconds ttl{0};
    bool tipDependent = false; // the key carries the tip height, so a new block makes the entry unreachable

    bool isCacheable() const { return cacheClass != CacheClass::Never && ttl.count() > 0; }
};

class CachePolicy
{
public:
    struct Durations
    {
        std::chrono::seconds immutable{24 * 3600};
        std::chrono::seconds serverInfo{10 * 60};
        std::chrono::seconds unconfirmed{10 * 60};
        std::chrono::seconds tipDependent{15};
        int reorgSafetyDepth = 6; // a block at height <= tip - depth is treated as settled
    };

    CachePolicy() = default;
    explicit CachePolicy(Durations durations) : m_durations(durations) {}

    const Durations& durations() const { return m_durations; }

    CacheDecision decide(const QString& method, const QJsonValue& params, const CacheContext& context = {}) const;

    // Compact JSON with object keys sorted, so equal params give equal keys; a missing value is "[]".
    static QByteArray canonicalParams(const QJsonValue& params);
    // server ("host:port:t|s") + method + [tip height] + params. Long params are replaced by their SHA-256.
    static QByteArray makeKey(const QString& server, const QString& method, const QJsonValue& params,
                              const CacheDecision& decision, const CacheContext& context);

private:
    CacheDecision settledOrNearTip(int lastHeight, const CacheContext& context) const;

    Durations m_durations;
};

QString cacheClassName(CacheClass cacheClass);

} // namespace btcw
