#include "TestChain.h"

#include <QSet>

namespace btcw::test {

namespace {

constexpr qint64 coin = 100'000'000;
constexpr qint64 paymentFee = 1000;
constexpr quint32 blockVersion = 0x20000000; // BIP9 "no deployments signalled"

QByteArray fromHex(const char* hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

QByteArray fixedProgram(const char* label, int size)
{
    return sha256(QByteArray(label)).left(size);
}

qint64 subsidy(int height)
{
    const int halvings = height / 150; // regtest halves every 150 blocks
    return halvings >= 64 ? 0 : (50 * coin) >> halvings;
}

QByteArray scriptOf(int index)
{
    return QByteArray::fromHex(TestChain::scripts().at(index % 3).scriptHex.toLatin1());
}

Transaction coinbase(int height, qint64 value)
{
    Transaction tx;
    tx.version = 2;
    TxInput in;
    in.prevTxid = QByteArray(32, '\0');
    in.prevIndex = 0xffffffff;
    appendScriptNumber(in.scriptSig, height); // BIP34
    appendPush(in.scriptSig, QByteArrayLiteral("btcw-test"));
    tx.inputs.append(in);
    tx.outputs.append({value, scriptOf(height)});
    return tx;
}

} // namespace

QList<FundedScript> TestChain::scripts()
{
    static const QList<FundedScript> list = [] {
        const QByteArray wpkh = fixedProgram("btcw-test p2wpkh", 20);
        const QByteArray pkh = fixedProgram("btcw-test p2pkh", 20);
        const QByteArray tr = fixedProgram("btcw-test p2tr", 32);
        const QByteArray wpkhScript = QByteArray::fromHex("0014") + wpkh;
        const QByteArray pkhScript = QByteArray::fromHex("76a914") + pkh + QByteArray::fromHex("88ac");
        const QByteArray trScript = QByteArray::fromHex("5120") + tr;
        auto make = [](const char* kind, const QByteArray& script, const QString& address) {
            return FundedScript{QString::fromLatin1(kind), QString::fromLatin1(script.toHex()), scriptHashHex(script),
                                address};
        };
        return QList<FundedScript>{
            make("p2wpkh", wpkhScript, encodeSegwitAddress(QStringLiteral("bcrt"), 0, wpkh)),
            make("p2pkh", pkhScript, encodeBase58Check(0x6f, pkh)),
            make("p2tr", trScript, encodeSegwitAddress(QStringLiteral("bcrt"), 1, tr)),
        };
    }();
    return list;
}

Transaction TestChain::genesisCoinbase()
{
    Transaction tx;
    tx.version = 1;
    TxInput in;
    in.prevTxid = QByteArray(32, '\0');
    in.prevIndex = 0xffffffff;
    in.scriptSig = fromHex("04ffff001d0104455468652054696d65732030332f4a616e2f32303039204368616e63656c6c6f72206f6e"
                           "206272696e6b206f66207365636f6e64206261696c6f757420666f722062616e6b73");
    tx.inputs.append(in);
    tx.outputs.append({50 * coin, fromHex("4104678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc"
                                          "3f4cef38c4f35504e51ec112de5c384df7ba0b8d578a4c702b6bf11d5fac")});
    return tx;
}

QByteArray TestChain::serializeHeader(quint32 version, const QByteArray& prevHash, const QByteArray& merkleRoot,
                                      quint32 time, quint32 bits, quint32 nonce)
{
    QByteArray header;
    appendUInt32(header, version);
    header.append(prevHash);
    header.append(merkleRoot);
    appendUInt32(header, time);
    appendUInt32(header, bits);
    appendUInt32(header, nonce);
    return header;
}

TestChain::TestChain(int blocks)
{
    // Block 0 is regtest's real genesis block: nonce 2 is what Bitcoin Core's chainparams use.
    Block genesis;
    genesis.txs.append(store(genesisCoinbase()));
    genesis.header = serializeHeader(1, QByteArray(32, '\0'), genesis.txs.front().txid, genesisTime, regtestBits, 2);
    genesis.hash = sha256d(genesis.header);
    m_blocks.append(genesis);
    for (int i = 0; i < blocks; ++i)
        mineBlock();
}

TestChain::StoredTx TestChain::store(const Transaction& tx)
{
    StoredTx s{tx, tx.serialize(), tx.txid()};
    return s;
}

QByteArray TestChain::outpointKey(const QByteArray& txid, quint32 index)
{
    QByteArray key = txid;
    appendUInt32(key, index);
    return key;
}

QList<QByteArray> TestChain::blockTxids(int height) const
{
    QList<QByteArray> ids;
    for (const StoredTx& s : m_blocks.value(height).txs)
        ids.append(s.txid);
    return ids;
}

QList<QByteArray> TestChain::headerBranch(int height, int cpHeight, QByteArray* root) const
{
    QList<QByteArray> leaves;
    for (int h = 0; h <= cpHeight && h <= tipHeight(); ++h)
        leaves.append(m_blocks[h].hash);
    if (root)
        *root = merkleRoot(leaves);
    return merkleBranch(leaves, height);
}

void TestChain::mineBlock(int minerTag)
{
    const int height = int(m_blocks.size());
    QList<StoredTx> txs;
    qint64 fees = 0;
    if (height >= 2 && height % 2 == 0) {
        // Spend the previous block's coinbase so histories hold spends as well as receipts.
        const StoredTx& previous = m_blocks[height - 1].txs.front();
        const qint64 value = previous.tx.outputs.front().value;
        Transaction pay;
        pay.version = 2;
        pay.inputs.append({previous.txid, 0, {}, 0xfffffffd});
        pay.outputs.append({value / 2, scriptOf(height + 1)});
        pay.outputs.append({value - value / 2 - paymentFee, scriptOf(height + 2)});
        pay.lockTime = quint32(height - 1);
        txs.append(store(pay));
        fees += paymentFee;
    }
    // The index only when the mempool has something to price: rebuilding it for every block made long chains slow.
    const Index* idx = m_mempool.isEmpty() ? nullptr : &index();
    for (const StoredTx& s : std::as_const(m_mempool)) {
        qint64 in = 0, out = 0;
        bool known = true;
        for (const TxInput& i : s.tx.inputs) {
            const auto o = idx->outputs.constFind(outpointKey(i.prevTxid, i.prevIndex));
            known = known && o != idx->outputs.constEnd();
            in += known ? o->value : 0;
        }
        for (const TxOutput& o : s.tx.outputs)
            out += o.value;
        if (known && in > out)
            fees += in - out;
        txs.append(s);
    }
    m_mempool.clear();
    txs.prepend(store(coinbase(height, subsidy(height) + fees)));
    appendBlock(txs, minerTag);
}

void TestChain::appendBlock(QList<StoredTx> txs, int minerTag)
{
    const int height = int(m_blocks.size());
    QList<QByteArray> ids;
    for (const StoredTx& s : txs)
        ids.append(s.txid);
    Block block;
    block.txs = std::move(txs);
    const QByteArray root = merkleRoot(ids);
    // Grind the nonce: regtest's target accepts about every second hash.
    for (quint32 nonce = 0;; ++nonce) {
        block.header = serializeHeader(blockVersion, m_blocks.back().hash, root,
                                       genesisTime + quint32(height) * 600 + quint32(minerTag), regtestBits, nonce);
        block.hash = sha256d(block.header);
        if (hashMeetsTarget(block.hash, regtestBits))
            break;
    }
    m_blocks.append(block);
    m_index.reset();
}

bool TestChain::addToMempool(const QByteArray& raw, QByteArray* txid)
{
    const auto tx = parseTransaction(raw);
    if (!tx)
        return false;
    StoredTx s{*tx, raw, tx->txid()};
    if (txid)
        *txid = s.txid;
    if (heightOf(s.txid) >= 0 || rawTransaction(s.txid))
        return true; // already known: broadcasting it again is harmless
    m_mempool.append(s);
    m_index.reset();
    return true;
}

std::optional<QByteArray> TestChain::rawTransaction(const QByteArray& txid) const
{
    for (const Block& b : m_blocks) {
        for (const StoredTx& s : b.txs) {
            if (s.txid == txid)
                return s.raw;
        }
    }
    for (const StoredTx& s : m_mempool) {
        if (s.txid == txid)
            return s.raw;
    }
    return std::nullopt;
}

int TestChain::heightOf(const QByteArray& txid) const
{
    return index().confirmedHeight.value(txid, -1);
}

const TestChain::Index& TestChain::index() const
{
    if (m_index)
        return *m_index;
    Index idx;
    // Adds one tx at `height` (-1 = mempool); returns the scripthashes it touched, in first-seen order.
    auto add = [&idx](const StoredTx& s, int height, bool* spendsMempool, qint64* fee) {
        QList<QString> touched;
        qint64 in = 0, out = 0;
        bool allKnown = true;
        for (const TxInput& i : s.tx.inputs) {
            if (i.isCoinbase())
                continue;
            const QByteArray key = outpointKey(i.prevTxid, i.prevIndex);
            const auto o = idx.outputs.constFind(key);
            if (o == idx.outputs.constEnd()) {
                allKnown = false;
                continue;
            }
            idx.spentBy.insert(key, s.txid);
            in += o->value;
            if (o->height < 0 && spendsMempool)
                *spendsMempool = true;
            if (!touched.contains(o->scriptHash))
                touched.append(o->scriptHash);
        }
        for (qsizetype n = 0; n < s.tx.outputs.size(); ++n) {
            const TxOutput& o = s.tx.outputs[n];
            const QString sh = scriptHashHex(o.script);
            idx.outputs.insert(outpointKey(s.txid, quint32(n)), {sh, o.value, height});
            out += o.value;
            if (!touched.contains(sh))
                touched.append(sh);
        }
        if (fee)
            *fee = allKnown ? in - out : -1;
        return touched;
    };
    for (int h = 0; h < m_blocks.size(); ++h) {
        for (const StoredTx& s : m_blocks[h].txs) {
            idx.confirmedHeight.insert(s.txid, h);
            for (const QString& sh : add(s, h, nullptr, nullptr))
                idx.confirmed[sh].append({hashToHex(s.txid), h, -1});
        }
    }
    for (const StoredTx& s : m_mempool) {
        bool spendsMempool = false;
        qint64 fee = -1;
        const QList<QString> touched = add(s, -1, &spendsMempool, &fee);
        for (const QString& sh : touched)
            idx.mempool[sh].append({hashToHex(s.txid), spendsMempool ? -1 : 0, fee});
    }
    m_index = std::move(idx);
    return *m_index;
}

QList<HistoryEntry> TestChain::history(const QString& scriptHash) const
{
    return index().confirmed.value(scriptHash);
}

QList<HistoryEntry> TestChain::mempoolHistory(const QString& scriptHash) const
{
    return index().mempool.value(scriptHash);
}

QList<Unspent> TestChain::unspent(const QString& scriptHash) const
{
    const Index& idx = index();
    QList<Unspent> list;
    for (auto it = idx.outputs.cbegin(); it != idx.outputs.cend(); ++it) {
        if (it->scriptHash != scriptHash || idx.spentBy.contains(it.key()))
            continue;
        const QByteArray txid = it.key().left(32);
        const QByteArray pos = it.key().mid(32);
        const int n = quint8(pos[0]) | quint8(pos[1]) << 8 | quint8(pos[2]) << 16 | quint8(pos[3]) << 24;
        list.append({hashToHex(txid), n, it->value, qMax(it->height, 0)});
    }
    // Confirmed first by height, mempool (height 0) last; then by txid and position for a stable order.
    std::sort(list.begin(), list.end(), [](const Unspent& a, const Unspent& b) {
        const int ha = a.height <= 0 ? INT_MAX : a.height, hb = b.height <= 0 ? INT_MAX : b.height;
        return std::tie(ha, a.txHash, a.txPos) < std::tie(hb, b.txHash, b.txPos);
    });
    return list;
}

qint64 TestChain::confirmedBalance(const QString& scriptHash) const
{
    const Index& idx = index();
    qint64 total = 0;
    for (auto it = idx.outputs.cbegin(); it != idx.outputs.cend(); ++it) {
        if (it->scriptHash != scriptHash || it->height < 0)
            continue;
        const auto spender = idx.spentBy.constFind(it.key());
        if (spender == idx.spentBy.constEnd() || !idx.confirmedHeight.contains(*spender))
            total += it->value;
    }
    return total;
}

qint64 TestChain::unconfirmedBalance(const QString& scriptHash) const
{
    const Index& idx = index();
    qint64 delta = 0;
    for (auto it = idx.outputs.cbegin(); it != idx.outputs.cend(); ++it) {
        if (it->scriptHash != scriptHash)
            continue;
        const auto spender = idx.spentBy.constFind(it.key());
        const bool spentInMempool = spender != idx.spentBy.constEnd() && !idx.confirmedHeight.contains(*spender);
        if (it->height < 0 && !spentInMempool)
            delta += it->value;
        else if (it->height >= 0 && spentInMempool)
            delta -= it->value;
    }
    return delta;
}

QString TestChain::status(const QString& scriptHash) const
{
    const QList<HistoryEntry> all = history(scriptHash) + mempoolHistory(scriptHash);
    if (all.isEmpty())
        return {};
    QByteArray text;
    for (const HistoryEntry& e : all)
        text += e.txHash.toLatin1() + ':' + QByteArray::number(e.height) + ':';
    return QString::fromLatin1(sha256(text).toHex());
}

} // namespace btcw::test
