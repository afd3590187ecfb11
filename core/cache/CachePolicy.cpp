#include "cache/CachePolicy.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace btcw {

namespace {

using namespace std::chrono_literals;

enum class Rule
{
    Never,
    ServerInfo,
    TipDependent,
    TransactionGet,
    HeaderAt,      // blockchain.block.header [height, cp_height]
    HeaderRange,   // blockchain.block.headers [start_height, count, cp_height]
    ProofAtIndex1, // blockchain.transaction.get_merkle [tx_hash, height]
    ProofAtIndex0, // blockchain.transaction.id_from_pos [height, tx_pos, merkle]
};

// Methods not listed are never cached: an unknown method may change state or depend on the session.
const QHash<QString, Rule>& rules()
{
    static const QHash<QString, Rule> table = {
        {QStringLiteral("server.version"), Rule::Never},
        {QStringLiteral("server.ping"), Rule::Never},
        {QStringLiteral("server.add_peer"), Rule::Never},
        {QStringLiteral("blockchain.transaction.broadcast"), Rule::Never},
        {QStringLiteral("blockchain.scripthash.subscribe"), Rule::Never},
        {QStringLiteral("blockchain.scripthash.unsubscribe"), Rule::Never},
        {QStringLiteral("blockchain.outpoint.subscribe"), Rule::Never},
        {QStringLiteral("blockchain.outpoint.unsubscribe"), Rule::Never},

        {QStringLiteral("server.features"), Rule::ServerInfo},
        {QStringLiteral("server.banner"), Rule::ServerInfo},
        {QStringLiteral("server.donation_address"), Rule::ServerInfo},
        // Named like a subscription, but servers answer with their peer list and do not push changes.
        {QStringLiteral("server.peers.subscribe"), Rule::ServerInfo},

        {QStringLiteral("blockchain.headers.subscribe"), Rule::TipDependent},
        {QStringLiteral("blockchain.scripthash.get_balance"), Rule::TipDependent},
        {QStringLiteral("blockchain.scripthash.get_history"), Rule::TipDependent},
        {QStringLiteral("blockchain.scripthash.get_mempool"), Rule::TipDependent},
        {QStringLiteral("blockchain.scripthash.listunspent"), Rule::TipDependent},
        {QStringLiteral("blockchain.estimatefee"), Rule::TipDependent},
        {QStringLiteral("blockchain.relayfee"), Rule::TipDependent},
        {QStringLiteral("mempool.get_fee_histogram"), Rule::TipDependent},
        {QStringLiteral("mempool.get_info"), Rule::TipDependent},

        {QStringLiteral("blockchain.transaction.get"), Rule::TransactionGet},
        {QStringLiteral("blockchain.block.header"), Rule::HeaderAt},
        {QStringLiteral("blockchain.block.headers"), Rule::HeaderRange},
        {QStringLiteral("blockchain.transaction.get_merkle"), Rule::ProofAtIndex1},
        {QStringLiteral("blockchain.transaction.id_from_pos"), Rule::ProofAtIndex0},
    };
    return table;
}

// Positional params (Electrum's usual form) by index, named params by name.
QJsonValue param(const QJsonValue& params, int index, QLatin1String name)
{
    if (params.isArray()) {
        const QJsonArray array = params.toArray();
        return index < array.size() ? array.at(index) : QJsonValue(QJsonValue::Undefined);
    }
    if (params.isObject())
        return params.toObject().value(name);
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<int> nonNegativeInt(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 0 || d > 1e9 || d != double(qint64(d)))
        return std::nullopt;
    return int(d);
}

QJsonValue sortedDeep(const QJsonValue& value)
{
    // QJsonObject keeps its keys sorted already; arrays keep their order. Rebuild to normalise nested values.
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(sortedDeep(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), sortedDeep(it.value()));
        return out;
    }
    return value;
}

} // namespace

QString cacheClassName(CacheClass cacheClass)
{
    switch (cacheClass) {
    case CacheClass::Never:
        return QStringLiteral("never");
    case CacheClass::Immutable:
        return QStringLiteral("immutable");
    case CacheClass::ServerInfo:
        return QStringLiteral("server-info");
    case CacheClass::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case CacheClass::TipDependent:
        return QStringLiteral("tip-dependent");
    }
    return QStringLiteral("never");
}

CacheDecision CachePolicy::settledOrNearTip(int lastHeight, const CacheContext& context) const
{
    if (context.tipHeight && lastHeight <= *context.tipHeight - m_durations.reorgSafetyDepth)
        return {CacheClass::Immutable, m_durations.immutable, false};
    // Near the tip (or tip unknown): a reorganisation may still replace it.
    return {CacheClass::TipDependent, m_durations.tipDependent, true};
}

CacheDecision CachePolicy::decide(const QString& method, const QJsonValue& params, const CacheContext& context) const
{
    const auto rule = rules().constFind(method);
    if (rule == rules().cend())
        return {};

    switch (rule.value()) {
    case Rule::Never:
        return {};
    case Rule::ServerInfo:
        return {CacheClass::ServerInfo, m_durations.serverInfo, false};
    case Rule::TipDependent:
        return {CacheClass::TipDependent, m_durations.tipDependent, true};
    case Rule::TransactionGet: {
        const QJsonValue txid = param(params, 0, QLatin1String("tx_hash"));
        if (!txid.isString())
            return {};
        // The verbose form carries "confirmations", which grows with every block.
        if (param(params, 1, QLatin1String("verbose")).toBool(false))
            return {CacheClass::TipDependent, m_durations.tipDependent, true};
        if (context.txConfirmed.value_or(false))
            return {CacheClass::Immutable, m_durations.immutable, false};
        return {CacheClass::Unconfirmed, m_durations.unconfirmed, false};
    }
    case Rule::HeaderAt:
    case Rule::ProofAtIndex0: {
        const auto height = nonNegativeInt(param(params, 0, QLatin1String("height")));
        return height ? settledOrNearTip(*height, context) : CacheDecision{};
    }
    case Rule::ProofAtIndex1: {
        const auto height = nonNegativeInt(param(params, 1, QLatin1String("height")));
        return height ? settledOrNearTip(*height, context) : CacheDecision{};
    }
    case Rule::HeaderRange: {
        const auto start = nonNegativeInt(param(params, 0, QLatin1String("start_height")));
        const auto count = nonNegativeInt(param(params, 1, QLatin1String("count")));
        if (!start || !count)
            return {};
        return settledOrNearTip(*start + std::max(0, *count - 1), context);
    }
    }
    return {};
}

QByteArray CachePolicy::canonicalParams(const QJsonValue& params)
{
    const QJsonValue sorted = sortedDeep(params);
    if (sorted.isArray())
        return QJsonDocument(sorted.toArray()).toJson(QJsonDocument::Compact);
    if (sorted.isObject())
        return QJsonDocument(sorted.toObject()).toJson(QJsonDocument::Compact);
    if (sorted.isUndefined() || sorted.isNull())
        return QByteArrayLiteral("[]");
    // A scalar is not valid JSON-RPC params, but give it a stable spelling anyway.
    QJsonArray wrapped;
    wrapped.append(sorted);
    return QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
}

QByteArray CachePolicy::makeKey(const QString& server, const QString& method, const QJsonValue& params,
                                const CacheDecision& decision, const CacheContext& context)
{
    constexpr qsizetype maxInlineParams = 160;
    QByteArray key = server.toUtf8() + '|' + method.toUtf8() + '|';
    if (decision.tipDependent)
        key += "tip=" + (context.tipHeight ? QByteArray::number(*context.tipHeight) : QByteArrayLiteral("?")) + '|';
    if (decision.tipDependent && context.scripthashStatus)
        key += "status=" + context.scripthashStatus->toLatin1() + '|';
    const QByteArray canonical = canonicalParams(params);
    if (canonical.size() <= maxInlineParams)
        key += canonical;
    else
        key += "sha256=" + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    return key;
}

} // namespace btcw
