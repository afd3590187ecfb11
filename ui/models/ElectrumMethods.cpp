#include "models/ElectrumMethods.h"

#include <QCoreApplication>

namespace btcw {

namespace {

ElectrumMethod method(const char* name, const char* params, const char* paramTemplate, const char* description,
                      const char* since = "")
{
    return ElectrumMethod{QString::fromLatin1(name), QString::fromLatin1(params), QString::fromLatin1(paramTemplate),
                          QCoreApplication::translate("btcw::ElectrumMethods", description),
                          QString::fromLatin1(since)};
}

QList<ElectrumMethod> buildMethods()
{
    return {
        method("blockchain.block.header", "[height, cp_height = 0]", "[0]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "The block header at a height, as hex.")),
        method("blockchain.block.headers", "[start_height, count, cp_height = 0]", "[0, 10]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods",
                                 "A run of consecutive block headers (one hex string, or a list in 1.6).")),
        method("blockchain.estimatefee", "[number_of_blocks, mode?]", "[6]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods",
                                 "Fee rate in BTC/kB to confirm within that many blocks; -1 if unknown.")),
        method("blockchain.headers.subscribe", "[]", "[]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "The current tip: {height, hex}.")),
        method(
            "blockchain.relayfee", "[]", "[]",
            QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "The minimum relay fee in BTC/kB (removed in protocol 1.6).")),
        method("blockchain.scripthash.get_balance", "[scripthash]", "[\"<scripthash>\"]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods",
                                 "Confirmed and unconfirmed balance of a script hash, in satoshis.")),
        method("blockchain.scripthash.get_history", "[scripthash]", "[\"<scripthash>\"]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "Confirmed and mempool transactions of a script hash.")),
        method("blockchain.scripthash.get_mempool", "[scripthash]", "[\"<scripthash>\"]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "Mempool transactions of a script hash.")),
        method("blockchain.scripthash.listunspent", "[scripthash]", "[\"<scripthash>\"]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "Unspent outputs of a script hash.")),
        method("blockchain.scripthash.subscribe", "[scripthash]", "[\"<scripthash>\"]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "The status hash of a script hash (null if no history).")),
        method("blockchain.scripthash.unsubscribe", "[scripthash]", "[\"<scripthash>\"]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "Stops notifications for a script hash."), "1.4.2"),
        method("blockchain.transaction.broadcast", "[raw_tx_hex]", "[\"<raw transaction hex>\"]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods",
                                 "Broadcasts a raw transaction (changes the network; the API may forbid it).")),
        method("blockchain.transaction.broadcast_package", "[[raw_tx_hex, …], verbose = false]",
               "[[\"<raw transaction hex>\"]]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "Broadcasts a package of transactions."), "1.6"),
        method("blockchain.transaction.get", "[tx_hash, verbose = false]", "[\"<txid>\", false]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "A transaction as raw hex (or decoded, if verbose).")),
        method("blockchain.transaction.get_merkle", "[tx_hash, height]", "[\"<txid>\", 0]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "The merkle branch proving a transaction in its block.")),
        method("blockchain.transaction.id_from_pos", "[height, tx_pos, merkle = false]", "[0, 0, false]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "The transaction id at a position in a block.")),
        method("mempool.get_fee_histogram", "[]", "[]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "The mempool's fee histogram: [[fee_rate, vsize], …].")),
        method("mempool.get_info", "[]", "[]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "Mempool minimum fee, relay fee and incremental fee."),
               "1.6"),
        method("server.add_peer", "[features]", "[{}]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "Asks the server to add a peer (its features).")),
        method("server.banner", "[]", "[]", QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "The server's banner text.")),
        method("server.donation_address", "[]", "[]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "The operator's donation address.")),
        method("server.features", "[]", "[]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods",
                                 "Genesis hash, hosts, protocol range, software and pruning of the server.")),
        method("server.peers.subscribe", "[]", "[]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "The peers the server knows: [[ip, host, [features]], …].")),
        method("server.ping", "[]", "[]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods", "Keeps the connection alive; answers null.")),
        method("server.version", "[client_name, protocol_version]", "[\"btc-worker\", \"1.4\"]",
               QT_TRANSLATE_NOOP("btcw::ElectrumMethods",
                                 "Software and negotiated protocol (the session already negotiated it).")),
    };
}

} // namespace

const QList<ElectrumMethod>& electrumMethods()
{
    static const QList<ElectrumMethod> methods = buildMethods();
    return methods;
}

const ElectrumMethod* findElectrumMethod(const QString& name)
{
    for (const ElectrumMethod& m : electrumMethods()) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

} // namespace btcw
