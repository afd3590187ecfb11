#include "AnswerVerifier.h"

#include "chain/TransactionProof.h"
#include "electrum/SessionPool.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <algorithm>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

Error invalidData(const QString& message, const QString& detail)
{
    Error e = Error::make(ErrorKind::VerificationFailed, message, detail);
    e.stage = u"verify"_s;
    return e;
}

Verification unverifiable(const QString& reason)
{
    Verification v;
    v.reason = reason;
    return v;
}

// Header hex strings from blockchain.block.headers: "hex" (concatenated, protocol 1.4) or "headers" (a list, 1.6).
std::optional<QList<QByteArray>> headersFrom(const QJsonValue& result)
{
    const QJsonObject o = result.toObject();
    QList<QByteArray> out;
    if (o.value(u"headers"_s).isArray()) {
        for (const QJsonValue& v : o.value(u"headers"_s).toArray())
            out.append(QByteArray::fromHex(v.toString().toLatin1()));
        return out;
    }
    if (!o.value(u"hex"_s).isString())
        return std::nullopt;
    const QByteArray all = QByteArray::fromHex(o.value(u"hex"_s).toString().toLatin1());
    if (all.size() % blockHeaderSize != 0)
        return std::nullopt;
    for (qsizetype i = 0; i < all.size(); i += blockHeaderSize)
        out.append(all.mid(i, blockHeaderSize));
    return out;
}

// The key of a dropped segment fetched again, in AnswerVerifier::m_segments.
QString segmentKey(BitcoinNetwork network, int first)
{
    return u"%1 %2"_s.arg(networkName(network)).arg(first);
}

} // namespace

QJsonObject Verification::toJson() const
{
    QJsonObject o{{u"verified"_s, verified}};
    if (!network.isEmpty())
        o.insert(u"network"_s, network);
    if (verified)
        o.insert(u"checked"_s, QJsonArray::fromStringList(checked));
    else
        o.insert(u"reason"_s, reason);
    if (chainTip >= 0)
        o.insert(u"chain_tip"_s, chainTip);
    return o;
}

// One verify() on its way.
struct AnswerVerifier::Job
{
    ServerAddress server;
    QString method;
    QJsonArray params;
    QJsonValue result;
    std::chrono::milliseconds timeout{0};
    QPointer<QObject> context;
    Done done;
    BitcoinNetwork network = BitcoinNetwork::Mainnet;
    HeaderChain* chain = nullptr;
    QStringList checked;
    bool finished = false;
};

AnswerVerifier::AnswerVerifier(SessionPool& pool, QString storeDir, QObject* parent)
    : QObject(parent), m_pool(pool), m_storeDir(std::move(storeDir))
{
}

AnswerVerifier::~AnswerVerifier() = default;

HeaderChain& AnswerVerifier::chain(BitcoinNetwork network)
{
    auto it = m_chains.find(network);
    if (it != m_chains.end())
        return *it->second;
    const QString path =
        m_storeDir.isEmpty() ? QString() : QDir(m_storeDir).filePath(u"headers-%1.bin"_s.arg(networkName(network)));
    auto made = std::make_unique<HeaderChain>(ChainRules::forNetwork(network), path, m_keepPeriods);
    QString note;
    if (Status opened = made->open(&note); !opened)
        qWarning("header store of %s: %s", qPrintable(networkName(network)), qPrintable(opened.error().toString()));
    else if (!note.isEmpty())
        qInfo("header store of %s: dropped %s", qPrintable(networkName(network)), qPrintable(note));
    HeaderChain& ref = *made;
    m_chains.emplace(network, std::move(made));
    return ref;
}

void AnswerVerifier::verify(const ServerAddress& server, const QString& method, const QJsonArray& params,
                            const QJsonValue& result, std::chrono::milliseconds timeout, QObject* context, Done done)
{
    auto job = std::make_shared<Job>();
    job->server = server;
    job->method = method;
    job->params = params;
    job->result = result;
    job->timeout = timeout;
    job->context = context;
    job->done = std::move(done);

    const bool isHeaderMethod = method == u"blockchain.block.header"_s || method == u"blockchain.block.headers"_s ||
                                method == u"blockchain.headers.subscribe"_s;
    const bool isTransaction = method == u"blockchain.transaction.get"_s;
    if (!isHeaderMethod && !isTransaction) {
        const QString reason =
            method.startsWith(u"blockchain.scripthash."_s)
                ? u"what a server says about an address (balance, history, unspent outputs) has no proof in the "
                  u"header chain; ask several servers with consensus=N"_s
                : u"%1 has no proof that a header chain can check"_s.arg(method);
        QMetaObject::invokeMethod(
            context, [job, reason] { job->done(unverifiable(reason)); }, Qt::QueuedConnection);
        return;
    }
    withNetwork(job, [this, job, isTransaction](BitcoinNetwork network) {
        job->network = network;
        job->chain = &chain(network);
        if (isTransaction) {
            verifyTransaction(job);
            return;
        }
        const QString& m = job->method;
        if (m == u"blockchain.headers.subscribe"_s) {
            const QJsonObject tip = job->result.toObject();
            const int height = tip.value(u"height"_s).toInt(-1);
            if (height < 0 || !tip.value(u"hex"_s).isString()) {
                finish(job, invalidData(
                                u"The server's tip is not {height, hex}."_s,
                                u"got %1"_s.arg(QString::fromUtf8(QJsonDocument(tip).toJson(QJsonDocument::Compact)))));
                return;
            }
            verifyHeaders(job, height, {QByteArray::fromHex(tip.value(u"hex"_s).toString().toLatin1())});
        } else if (m == u"blockchain.block.header"_s) {
            const int height = job->params.at(0).toInt(-1);
            const QJsonValue r = job->result;
            const QString hex = r.isObject() ? r.toObject().value(u"header"_s).toString() : r.toString();
            verifyHeaders(job, height, {QByteArray::fromHex(hex.toLatin1())});
        } else {
            const int start = job->params.at(0).toInt(-1);
            const auto headers = headersFrom(job->result);
            if (!headers) {
                finish(job, invalidData(u"The server's headers do not parse."_s,
                                        u"neither a \"headers\" list nor a \"hex\" of 80-byte headers"_s));
                return;
            }
            verifyHeaders(job, start, *headers);
        }
    });
}

void AnswerVerifier::call(const std::shared_ptr<Job>& job, const QString& method, const QJsonArray& params,
                          std::function<void(const QJsonValue&)> next)
{
    m_pool.call(
        job->server, method, params, this,
        [this, job, method, next = std::move(next)](Result<CallResult> r) {
            if (!r) {
                Error e = r.error();
                e.detail =
                    (e.detail.isEmpty() ? QString() : e.detail + u"; "_s) + u"while verifying: %1 failed"_s.arg(method);
                finish(job, e);
                return;
            }
            next(r->result);
        },
        job->timeout);
}

void AnswerVerifier::withNetwork(const std::shared_ptr<Job>& job, std::function<void(BitcoinNetwork)> next)
{
    const QString key = job->server.toString();
    if (auto it = m_networks.constFind(key); it != m_networks.constEnd()) {
        QMetaObject::invokeMethod(
            this, [next, network = *it] { next(network); }, Qt::QueuedConnection);
        return;
    }
    // The genesis header names the network; its hash is a checkpoint of each network's chain.
    call(job, u"blockchain.block.header"_s, QJsonArray{0}, [this, job, key, next](const QJsonValue& result) {
        auto genesis = parseBlockHeaderHex(result.toString());
        if (!genesis) {
            finish(job, invalidData(u"The server's genesis header does not parse."_s, genesis.error().message));
            return;
        }
        const std::optional<BitcoinNetwork> network = networkForGenesis(genesis->hashHex());
        if (!network) {
            finish(job, unverifiable(
                            u"the server's genesis block %1 is not one of a known network"_s.arg(genesis->hashHex())));
            return;
        }
        m_networks.insert(key, *network);
        next(*network);
    });
}

void AnswerVerifier::syncTo(const std::shared_ptr<Job>& job, int height, std::function<void()> next)
{
    HeaderChain& chain = *job->chain;
    if (height <= chain.tipHeight()) {
        next();
        return;
    }
    const int start = chain.tipHeight() + 1;
    const int count = std::min(chunkSize, height - chain.tipHeight());
    call(job, u"blockchain.block.headers"_s, QJsonArray{start, count},
         [this, job, start, count, height, next](const QJsonValue& result) {
             const auto headers = headersFrom(result);
             if (!headers || headers->isEmpty()) {
                 finish(job, invalidData(u"The server sent no headers to verify against."_s,
                                         u"asked for %1 headers from height %2"_s.arg(count).arg(start)));
                 return;
             }
             if (Status s = job->chain->extend(start, *headers); !s) {
                 finish(job, s.error());
                 return;
             }
             if (headers->size() < count && job->chain->tipHeight() < height) {
                 finish(job,
                        invalidData(
                            u"The server's chain ends below the height it answered for."_s,
                            u"its headers end at %1, the answer is for %2"_s.arg(job->chain->tipHeight()).arg(height)));
                 return;
             }
             syncTo(job, height, next);
         });
}

void AnswerVerifier::verifyHeaders(const std::shared_ptr<Job>& job, int start, const QList<QByteArray>& headers)
{
    HeaderChain& chain = *job->chain;
    if (headers.isEmpty()) {
        finish(job, unverifiable(u"the answer holds no header"_s));
        return;
    }
    if (start < chain.anchorHeight()) {
        finish(job, unverifiable(
                        u"headers below height %1 (the newest checkpoint) are not kept"_s.arg(chain.anchorHeight())));
        return;
    }
    const int last = start + int(headers.size()) - 1;
    auto verified = [this, job, start, last, count = headers.size()](const QString& lastHash, bool refetched) {
        Verification v;
        v.verified = true;
        v.checked << (count == 1 ? u"the header at height %1 connects"_s.arg(start)
                                 : u"%1 headers from height %2 connect"_s.arg(count).arg(start)) +
                         u" to the verified chain: linkage, proof of work, checkpoints"_s +
                         (job->chain->rules().difficulty == DifficultyRule::Retarget ? u", retarget"_s : QString());
        if (refetched)
            v.checked << u"headers below height %1 equal their retarget period's, fetched again and tied to the kept "
                         u"hash of its last header"_s.arg(job->chain->baseHeight());
        v.checked << u"hash of %1 at height %2"_s.arg(lastHash).arg(last);
        finish(job, v);
    };
    // Headers older than those kept are compared with their dropped segment, fetched again; the rest extend the chain.
    const int kept = std::clamp(chain.baseHeight() - start, 0, int(headers.size()));
    confirmDropped(job, start, headers.first(kept), [this, job, start, headers, kept, verified] {
        if (kept == headers.size()) {
            verified(hashToHex(sha256d(headers.last())), true);
            return;
        }
        const int from = start + kept;
        syncTo(job, from - 1, [this, job, from, rest = headers.mid(kept), kept, verified] {
            if (Status s = job->chain->extend(from, rest); !s) {
                finish(job, s.error());
                return;
            }
            verified(job->chain->header(from + int(rest.size()) - 1)->hashHex(), kept > 0);
        });
    });
}

void AnswerVerifier::confirmDropped(const std::shared_ptr<Job>& job, int start, const QList<QByteArray>& headers,
                                    std::function<void()> next)
{
    if (headers.isEmpty()) {
        next();
        return;
    }
    // One segment at a time: headerAt() fetches (or finds) the segment of `start`, which holds the following heights
    // up to its end too.
    headerAt(job, start, [this, job, start, headers, next](const BlockHeader&) {
        const std::pair<int, int> segment = *job->chain->prunedSegment(start);
        const QList<BlockHeader> verified = m_segments.value(segmentKey(job->network, segment.first));
        const int inSegment = std::min(int(headers.size()), segment.second - start + 1);
        if (verified.size() != segment.second - segment.first + 1) { // evicted meanwhile: fetch it again
            confirmDropped(job, start, headers, next);
            return;
        }
        for (int i = 0; i < inSegment; ++i) {
            const BlockHeader& held = verified.at(start + i - segment.first);
            if (held.raw != headers.at(i)) {
                finish(job, invalidData(u"The header at height %1 failed verification."_s.arg(start + i),
                                        u"header %1 differs from the verified %2"_s.arg(
                                            hashToHex(sha256d(headers.at(i))), held.hashHex())));
                return;
            }
        }
        confirmDropped(job, start + inSegment, headers.mid(inSegment), next);
    });
}

void AnswerVerifier::headerAt(const std::shared_ptr<Job>& job, int height, std::function<void(const BlockHeader&)> next)
{
    HeaderChain& chain = *job->chain;
    if (const BlockHeader* kept = chain.header(height)) {
        next(*kept);
        return;
    }
    const std::optional<std::pair<int, int>> segment = chain.prunedSegment(height);
    if (!segment) {
        finish(job, unverifiable(
                        u"block %1 is below the newest checkpoint (%2), whose headers are not kept"_s.arg(height).arg(
                            chain.anchorHeight())));
        return;
    }
    const int first = segment->first;
    const QString key = segmentKey(job->network, first);
    if (auto it = m_segments.constFind(key); it != m_segments.constEnd()) {
        next(it->at(height - first));
        return;
    }
    const int count = segment->second - first + 1;
    call(job, u"blockchain.block.headers"_s, QJsonArray{first, count},
         [this, job, height, first, key, next](const QJsonValue& result) {
             const auto raw = headersFrom(result);
             if (!raw) {
                 finish(job, invalidData(u"The server's headers do not parse."_s,
                                         u"neither a \"headers\" list nor a \"hex\" of 80-byte headers"_s));
                 return;
             }
             Result<QList<BlockHeader>> checked = job->chain->checkPrunedSegment(first, *raw);
             if (!checked) {
                 finish(job, checked.error());
                 return;
             }
             if (m_segments.size() >= keptSegments)
                 m_segments.erase(m_segments.begin());
             m_segments.insert(key, checked.value());
             next(checked->at(height - first));
         });
}

// Where a server says a transaction is, asked beside the caller's call (prefetch()) or when verify() needs it: the
// verbose transaction (its block and confirmations) and the server's tip, both from the same session.
struct AnswerVerifier::Location
{
    std::optional<Result<QJsonValue>> verbose;
    std::optional<Result<QJsonValue>> tip;
    QElapsedTimer age;
    QList<std::function<void()>> waiting; // run once both answers are in

    bool complete() const { return verbose.has_value() && tip.has_value(); }
};

std::shared_ptr<AnswerVerifier::Location> AnswerVerifier::locate(const ServerAddress& server, const QByteArray& txid,
                                                                 std::chrono::milliseconds timeout,
                                                                 const QList<QHostAddress>& addresses)
{
    auto where = std::make_shared<Location>();
    where->age.start();
    auto answered = [where](std::optional<Result<QJsonValue>> Location::*slot) {
        return [where, slot](Result<CallResult> r) {
            (*where).*slot = r ? Result<QJsonValue>(r->result) : Result<QJsonValue>(r.error());
            if (where->complete()) {
                for (const auto& next : std::exchange(where->waiting, {}))
                    next();
            }
        };
    };
    m_pool.call(server, u"blockchain.transaction.get"_s, QJsonArray{hashToHex(txid), true}, this,
                answered(&Location::verbose), timeout, addresses);
    m_pool.call(server, u"blockchain.headers.subscribe"_s, {}, this, answered(&Location::tip), timeout, addresses);
    return where;
}

void AnswerVerifier::prefetch(const ServerAddress& server, const QString& method, const QJsonArray& params,
                              std::chrono::milliseconds timeout, const QList<QHostAddress>& addresses)
{
    if (method != u"blockchain.transaction.get"_s || (params.size() > 1 && params.at(1).toBool()))
        return;
    const QByteArray txid = hashFromHex(params.at(0).toString());
    if (txid.isEmpty())
        return;
    // What no verify() took (the caller's own call failed) goes once it is a minute old.
    for (auto it = m_locations.begin(); it != m_locations.end();) {
        if (it.value()->complete() && it.value()->age.hasExpired(60'000))
            it = m_locations.erase(it);
        else
            ++it;
    }
    m_locations.insert(server.toString() + u' ' + hashToHex(txid), locate(server, txid, timeout, addresses));
}

void AnswerVerifier::verifyTransaction(const std::shared_ptr<Job>& job)
{
    if (job->params.size() > 1 && job->params.at(1).toBool()) {
        finish(job, unverifiable(u"a verbose transaction is the server's decoding; ask without verbose to verify "
                                 u"the raw transaction"_s));
        return;
    }
    const QByteArray txid = hashFromHex(job->params.at(0).toString());
    if (txid.isEmpty()) {
        finish(job, unverifiable(u"the first parameter is not a transaction hash"_s));
        return;
    }
    const QString txHash = hashToHex(txid); // lower case, as servers list it
    auto tx = parseTransaction(QByteArray::fromHex(job->result.toString().toLatin1()));
    if (!tx) {
        finish(job, tx.error());
        return;
    }
    if (tx->txid != txid) {
        finish(job, invalidData(u"The raw transaction is not the one asked for."_s,
                                u"its double SHA-256 is %1, not %2"_s.arg(hashToHex(tx->txid), txHash)));
        return;
    }
    job->checked << u"double SHA-256 of the raw transaction is the txid %1"_s.arg(txHash);
    // The proof needs the block height: the verbose answer and the tip say it (one round trip, usually asked beside
    // the caller's call); a server without verbose transactions is asked the history of an output instead.
    std::shared_ptr<Location> where = m_locations.take(job->server.toString() + u' ' + txHash);
    if (!where)
        where = locate(job->server, txid, job->timeout, {});
    auto next = [this, job, txid, where, scripts = tx->outputScripts] {
        heightFromLocation(job, txid, *where, scripts);
    };
    if (where->complete())
        next();
    else
        where->waiting.append(next);
}

void AnswerVerifier::heightFromLocation(const std::shared_ptr<Job>& job, const QByteArray& txid, const Location& where,
                                        const QList<QByteArray>& scripts)
{
    const QJsonObject decoded = where.verbose->ok() ? where.verbose->value().toObject() : QJsonObject();
    const int tip = where.tip->ok() ? where.tip->value().toObject().value(u"height"_s).toInt(-1) : -1;
    if (decoded.value(u"txid"_s).toString() != hashToHex(txid) || tip < 0) {
        heightFromHistory(job, txid, scripts); // no verbose form (electrs, a server without a transaction index)
        return;
    }
    const int confirmations = decoded.value(u"confirmations"_s).toInt(0);
    if (!decoded.value(u"blockhash"_s).isString() || confirmations <= 0) {
        finish(job, unverifiable(u"the transaction is unconfirmed (in the mempool): no merkle proof exists yet"_s));
        return;
    }
    const int height = tip - confirmations + 1;
    if (height < 0 || height > tip) {
        heightFromHistory(job, txid, scripts);
        return;
    }
    // The proof and the verified headers up to its block are fetched at once.
    struct Joined
    {
        int pending = 2;
        std::optional<Result<CallResult>> proof;
    };
    auto joined = std::make_shared<Joined>();
    auto both = [this, job, txid, height, scripts, joined] {
        if (--joined->pending > 0 || job->finished)
            return;
        const Result<CallResult>& proof = *joined->proof;
        // A tip that moved between the two answers puts the block one off: the server then has no proof there, and
        // its history says where the transaction is.
        if (!proof || proof->result.toObject().value(u"block_height"_s).toInt(-1) != height) {
            heightFromHistory(job, txid, scripts);
            return;
        }
        checkProof(job, txid, height, proof->result.toObject());
    };
    m_pool.call(
        job->server, u"blockchain.transaction.get_merkle"_s, QJsonArray{hashToHex(txid), height}, this,
        [joined, both](Result<CallResult> r) {
            joined->proof = std::move(r);
            both();
        },
        job->timeout);
    syncTo(job, height, both);
}

void AnswerVerifier::heightFromHistory(const std::shared_ptr<Job>& job, const QByteArray& txid,
                                       const QList<QByteArray>& scripts)
{
    const QString txHash = hashToHex(txid);
    QByteArray script;
    for (const QByteArray& s : scripts) {
        if (!s.isEmpty() && quint8(s[0]) != 0x6a) { // not OP_RETURN: an output someone's history holds
            script = s;
            break;
        }
    }
    if (script.isEmpty()) {
        finish(job, unverifiable(u"the transaction has no spendable output whose history would give its height"_s));
        return;
    }
    QByteArray scripthash = QCryptographicHash::hash(script, QCryptographicHash::Sha256);
    std::reverse(scripthash.begin(), scripthash.end());
    call(job, u"blockchain.scripthash.get_history"_s, QJsonArray{QString::fromLatin1(scripthash.toHex())},
         [this, job, txid, txHash](const QJsonValue& history) {
             int height = -2;
             for (const QJsonValue& e : history.toArray()) {
                 if (e.toObject().value(u"tx_hash"_s).toString() == txHash)
                     height = e.toObject().value(u"height"_s).toInt(-2);
             }
             if (height == -2) {
                 finish(job, invalidData(u"The server does not list the transaction in its own output's history."_s,
                                         u"%1 is missing from the history of its first output"_s.arg(txHash)));
                 return;
             }
             if (height <= 0) {
                 finish(job, unverifiable(u"the transaction is unconfirmed (in the mempool): no merkle proof exists "
                                          u"yet"_s));
                 return;
             }
             proveAt(job, txid, height);
         });
}

void AnswerVerifier::proveAt(const std::shared_ptr<Job>& job, const QByteArray& txid, int height)
{
    call(job, u"blockchain.transaction.get_merkle"_s, QJsonArray{hashToHex(txid), height},
         [this, job, txid, height](const QJsonValue& proof) { checkProof(job, txid, height, proof.toObject()); });
}

void AnswerVerifier::checkProof(const std::shared_ptr<Job>& job, const QByteArray& txid, int height,
                                const QJsonObject& o)
{
    const QString txHash = hashToHex(txid);
    const int provenHeight = o.value(u"block_height"_s).toInt(-1);
    if (provenHeight != height) {
        finish(job, invalidData(u"The merkle proof is for another block."_s,
                                u"block_height %1, the history says %2"_s.arg(provenHeight).arg(height)));
        return;
    }
    QList<QByteArray> branch;
    for (const QJsonValue& v : o.value(u"merkle"_s).toArray()) {
        const QByteArray node = hashFromHex(v.toString());
        if (node.isEmpty()) {
            finish(job,
                   invalidData(u"The merkle proof does not parse."_s, u"%1 is not a 32-byte hash"_s.arg(v.toString())));
            return;
        }
        branch.append(node);
    }
    const qint64 pos = o.value(u"pos"_s).toInteger(-1);
    if (pos < 0) {
        finish(job, invalidData(u"The merkle proof does not parse."_s, u"no position \"pos\""_s));
        return;
    }
    const QByteArray root = merkleRootFromBranch(txid, branch, quint64(pos));
    syncTo(job, height, [this, job, root, height, txHash, pos, branch] {
        headerAt(job, height, [this, job, root, height, txHash, pos, branch](const BlockHeader& header) {
            if (header.merkleRoot != root) {
                finish(job, invalidData(u"The merkle proof does not lead to the verified block."_s,
                                        u"the branch for %1 at position %2 leads to root %3; the verified header "
                                        u"at height %4 has merkle root %5"_s.arg(txHash)
                                            .arg(pos)
                                            .arg(hashToHex(root))
                                            .arg(height)
                                            .arg(hashToHex(header.merkleRoot))));
                return;
            }
            Verification v;
            v.verified = true;
            v.checked = job->checked;
            v.checked << u"merkle branch of %1 hashes at position %2 leads to the merkle root of the verified "
                         u"header at height %3"_s.arg(branch.size())
                             .arg(pos)
                             .arg(height);
            finish(job, v);
        });
    });
}

void AnswerVerifier::finish(const std::shared_ptr<Job>& job, Result<Verification> outcome)
{
    if (job->finished)
        return;
    job->finished = true;
    if (outcome.ok()) {
        Verification v = outcome.value();
        if (job->chain) {
            v.network = networkName(job->network);
            v.chainTip = job->chain->tipHeight();
        }
        outcome = v;
    } else if (outcome.error().kind == ErrorKind::VerificationFailed) {
        emit invalidDataServed(job->server, job->network, outcome.error());
    }
    if (!job->context)
        return;
    QMetaObject::invokeMethod(
        job->context.data(), [job, outcome] { job->done(outcome); }, Qt::QueuedConnection);
}

} // namespace btcw
