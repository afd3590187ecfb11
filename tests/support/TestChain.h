// A deterministic regtest chain for the test Electrum server: real headers with proof of work, coinbase and
// payment transactions to a few fixed scripts, a mempool, and the Electrum views of it (history, balance, utxos).
#pragma once

#include "ChainEncoding.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <optional>

namespace btcw::test {

// One of the fixed output scripts the chain pays to.
struct FundedScript
{
    QString kind;       // "p2wpkh", "p2pkh", "p2tr"
    QString scriptHex;  // the output script
    QString scriptHash; // Electrum scripthash (SHA-256 of the script, reversed, hex)
    QString address;    // regtest address: bcrt1q…, m…/n…, bcrt1p…
};

struct HistoryEntry
{
    QString txHash;
    int height = 0;  // 0: in the mempool with confirmed inputs; -1: in the mempool spending unconfirmed outputs
    qint64 fee = -1; // mempool entries only, when every input is known
};

struct Unspent
{
    QString txHash;
    int txPos = 0;
    qint64 value = 0;
    int height = 0; // 0 in the mempool
};

class TestChain
{
public:
    static constexpr quint32 regtestBits = 0x207fffff;
    static constexpr quint32 genesisTime = 1296688602;
    static QString regtestGenesisHash()
    {
        return QStringLiteral("0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206");
    }
    // The scripts blocks pay to; in this order, block h's coinbase pays scripts()[h % 3].
    static QList<FundedScript> scripts();
    // The regtest genesis coinbase transaction (its txid is the genesis merkle root).
    static Transaction genesisCoinbase();
    static QByteArray serializeHeader(quint32 version, const QByteArray& prevHash, const QByteArray& merkleRoot,
                                      quint32 time, quint32 bits, quint32 nonce);

    // Genesis plus `blocks` mined blocks, so tipHeight() == blocks.
    explicit TestChain(int blocks = 20);

    int tipHeight() const { return int(m_blocks.size()) - 1; }
    QByteArray header(int height) const { return m_blocks.value(height).header; }
    QString headerHex(int height) const { return QString::fromLatin1(header(height).toHex()); }
    QByteArray blockHash(int height) const { return m_blocks.value(height).hash; } // internal order
    QList<QByteArray> blockTxids(int height) const;                                // internal order
    // Merkle branch and root of the headers 0…cpHeight for `height` (Electrum's cp_height proof), internal order.
    QList<QByteArray> headerBranch(int height, int cpHeight, QByteArray* root) const;

    // Mines the next block: the deterministic coinbase (plus a payment every second block) and the mempool.
    // `minerTag` other than 0 moves the block's time by that many seconds: another block at the same height than
    // an untagged chain's (a fork), still linked and meeting its target.
    void mineBlock(int minerTag = 0);
    // Adds a transaction to the mempool; false when it does not parse. Returns its txid (internal) via `txid`.
    bool addToMempool(const QByteArray& raw, QByteArray* txid);
    int mempoolSize() const { return int(m_mempool.size()); }

    // The raw transaction with this txid (confirmed or in the mempool), if known.
    std::optional<QByteArray> rawTransaction(const QByteArray& txid) const;
    // Confirmed height of a txid, -1 when unconfirmed or unknown.
    int heightOf(const QByteArray& txid) const;

    // Electrum views of a scripthash.
    QList<HistoryEntry> history(const QString& scriptHash) const;
    QList<HistoryEntry> mempoolHistory(const QString& scriptHash) const;
    QList<Unspent> unspent(const QString& scriptHash) const;
    qint64 confirmedBalance(const QString& scriptHash) const;
    qint64 unconfirmedBalance(const QString& scriptHash) const;
    // sha256 of "tx_hash:height:" over the history, hex; empty (null) when there is no history.
    QString status(const QString& scriptHash) const;

private:
    struct StoredTx
    {
        Transaction tx;
        QByteArray raw;
        QByteArray txid;
    };
    struct Block
    {
        QByteArray header;
        QByteArray hash;
        QList<StoredTx> txs;
    };
    struct Output
    {
        QString scriptHash;
        qint64 value = 0;
        int height = 0; // -1: mempool
    };
    struct Index
    {
        QHash<QByteArray, Output> outputs;      // outpoint key → output
        QHash<QByteArray, QByteArray> spentBy;  // outpoint key → spending txid
        QHash<QByteArray, int> confirmedHeight; // txid → height
        QHash<QString, QList<HistoryEntry>> confirmed;
        QHash<QString, QList<HistoryEntry>> mempool;
    };

    static QByteArray outpointKey(const QByteArray& txid, quint32 index);
    static StoredTx store(const Transaction& tx);
    void appendBlock(QList<StoredTx> txs, int minerTag = 0);
    const Index& index() const;

    QList<Block> m_blocks;
    QList<StoredTx> m_mempool;
    mutable std::optional<Index> m_index; // rebuilt lazily after any change
};

} // namespace btcw::test
