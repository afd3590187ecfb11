#include "MethodPolicy.h"

#include <algorithm>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

QList<KnownMethod> buildTable()
{
    const auto reads = MethodEffect::Reads;
    const auto changes = MethodEffect::ChangesState;
    return {
        {u"blockchain.block.header"_s, reads, {}},
        {u"blockchain.block.headers"_s, reads, {}},
        {u"blockchain.estimatefee"_s, reads, {}},
        {u"blockchain.headers.subscribe"_s, reads, {}},
        {u"blockchain.relayfee"_s, reads, {}},
        {u"blockchain.scripthash.get_balance"_s, reads, {}},
        {u"blockchain.scripthash.get_history"_s, reads, {}},
        {u"blockchain.scripthash.get_mempool"_s, reads, {}},
        {u"blockchain.scripthash.listunspent"_s, reads, {}},
        {u"blockchain.scripthash.subscribe"_s, reads, {}},
        {u"blockchain.scripthash.unsubscribe"_s, reads, u"1.4.2"_s},
        {u"blockchain.transaction.broadcast"_s, changes, {}},
        {u"blockchain.transaction.broadcast_package"_s, changes, u"1.6"_s},
        {u"blockchain.transaction.get"_s, reads, {}},
        {u"blockchain.transaction.get_merkle"_s, reads, {}},
        {u"blockchain.transaction.id_from_pos"_s, reads, {}},
        {u"mempool.get_fee_histogram"_s, reads, {}},
        {u"mempool.get_info"_s, reads, u"1.6"_s},
        {u"server.add_peer"_s, changes, {}},
        {u"server.banner"_s, reads, {}},
        {u"server.donation_address"_s, reads, {}},
        {u"server.features"_s, reads, {}},
        {u"server.peers.subscribe"_s, reads, {}},
        {u"server.ping"_s, reads, {}},
        {u"server.version"_s, reads, {}},
    };
}

// An unknown name is taken for a read only when it says so (get…, list…, estimate…, …subscribe): a new method that
// sends, submits or adds something must not pass as a read just because the table has not heard of it yet.
bool readsByName(const QString& method)
{
    const QString last = method.section(u'.', -1);
    if (method.contains(u"broadcast"_s) || method.contains(u"add_peer"_s))
        return false;
    return last.startsWith(u"get"_s) || last.startsWith(u"list"_s) || last.startsWith(u"estimate"_s) ||
           last == u"subscribe"_s || last == u"unsubscribe"_s;
}

// Names come from callers: a message never echoes more than this of one.
QString shown(const QString& method)
{
    constexpr qsizetype kMax = 64;
    return method.size() > kMax ? method.left(kMax) + u"…"_s : method;
}

} // namespace

const QList<KnownMethod>& knownMethods()
{
    static const QList<KnownMethod> table = buildTable();
    return table;
}

const KnownMethod* findKnownMethod(const QString& name)
{
    const QList<KnownMethod>& table = knownMethods();
    const auto it = std::lower_bound(table.cbegin(), table.cend(), name,
                                     [](const KnownMethod& m, const QString& n) { return m.name < n; });
    return it != table.cend() && it->name == name ? &*it : nullptr;
}

Status MethodPolicy::check(const QString& method) const
{
    const KnownMethod* known = findKnownMethod(method);
    if (!known && !allowUnknown) {
        return Error::make(ErrorKind::NotAllowed,
                           u"'%1' is not a method of the Electrum protocol 1.4 to 1.6 that BTC Worker knows; start "
                           u"btc-worker with --allow-unknown-methods to send other methods"_s.arg(shown(method)))
            .withCode(u"method.unknown"_s, {shown(method)});
    }
    const bool changesState = known ? known->effect == MethodEffect::ChangesState : !readsByName(method);
    if (changesState && !allowStateChanges) {
        return Error::make(ErrorKind::NotAllowed,
                           u"'%1' changes the server's or the network's state (a broadcast, a new peer) and is turned "
                           u"off; start btc-worker with --allow-broadcast to send it"_s.arg(shown(method)))
            .withCode(u"method.changes-state"_s, {shown(method)});
    }
    return success();
}

} // namespace btcw
