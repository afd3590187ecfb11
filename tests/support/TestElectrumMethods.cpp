// The Electrum methods of TestElectrumServer: request validation, version negotiation and the chain queries.
#include "TestElectrumServer.h"
#include "TestElectrumServer_p.h"

#include <QtEndian>

namespace btcw::test {

namespace {

// ElectrumX's application error codes next to JSON-RPC's own.
constexpr int badRequest = 1;
constexpr int daemonError = 2;
constexpr int invalidRequest = -32600;
constexpr int methodNotFound = -32601;
constexpr int invalidParams = -32602;

constexpr int maxHeadersPerRequest = 2016;

QList<int> versionParts(const QString& version)
{
    QList<int> parts;
    for (const QString& p : version.split(u'.')) {
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 0)
            return {};
        parts.append(n);
    }
    while (parts.size() < 3)
        parts.append(0);
    return parts;
}

bool versionLess(const QString& a, const QString& b)
{
    return versionParts(a) < versionParts(b);
}

QJsonObject rpcError(const QJsonValue& id, int code, const QString& message)
{
    return QJsonObject{
        {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}},
        {QStringLiteral("id"), id}};
}

// Reads positional parameters with Electrum's types; the first mismatch becomes an invalid-params error.
class Params
{
public:
    explicit Params(const QJsonArray& params) : m_params(params) {}
    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    qint64 integer(int i, const char* name, std::optional<qint64> fallback = std::nullopt)
    {
        const QJsonValue v = m_params.at(i);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 0) {
            fail(name, "a non-negative integer");
            return 0;
        }
        return qint64(v.toDouble());
    }
    QString string(int i, const char* name)
    {
        const QJsonValue v = m_params.at(i);
        if (!v.isString()) {
            fail(name, "a string");
            return {};
        }
        return v.toString();
    }
    bool boolean(int i, const char* name, bool fallback)
    {
        const QJsonValue v = m_params.at(i);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(name, "a boolean");
            return false;
        }
        return v.toBool();
    }
    void atMost(int count)
    {
        if (m_params.size() > count && !failed())
            m_error = QStringLiteral("too many arguments: at most %1 expected").arg(count);
    }

private:
    void fail(const char* name, const char* what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 must be %2").arg(QLatin1String(name), QLatin1String(what));
    }
    QJsonArray m_params;
    QString m_error;
};

QJsonArray hexList(const QList<QByteArray>& hashes)
{
    QJsonArray out;
    for (const QByteArray& h : hashes)
        out.append(hashToHex(h));
    return out;
}

} // namespace

QJsonObject TestElectrumServer::runRequest(Client& client, const QJsonValue& request, std::chrono::milliseconds* delay,
                                           bool* close)
{
    const QJsonObject object = request.toObject();
    const QJsonValue id = object.value(QLatin1String("id"));
    const bool isNotification = id.isUndefined();
    const QJsonValue method = object.value(QLatin1String("method"));
    const QJsonValue params = object.value(QLatin1String("params"));
    if (!request.isObject() || !method.isString()) {
        return rpcError(id.isUndefined() ? QJsonValue() : id, invalidRequest, QStringLiteral("invalid request"));
    }
    const QString name = method.toString();
    m_requestCounts[name] += 1;
    emit requestReceived(name);
    if (!params.isUndefined() && !params.isArray())
        return rpcError(id, invalidParams, QStringLiteral("params must be an array"));

    Outcome outcome;
    const auto forced = m_methodErrors.constFind(name);
    const auto canned = m_methodResults.constFind(name);
    if (!client.versionSeen && name != QLatin1String("server.version") && m_options.requireVersionFirst) {
        outcome = {{}, true, badRequest, QStringLiteral("server.version must be the first request"), true};
    } else if (forced != m_methodErrors.constEnd()) {
        outcome = {{}, true, forced->first, forced->second, false};
    } else if (canned != m_methodResults.constEnd()) {
        outcome.result = *canned;
    } else {
        outcome = dispatch(client, name, params.toArray());
    }
    *delay = m_delays.value(name, m_delays.value(QStringLiteral("*"), std::chrono::milliseconds{0}));
    if (m_requestLog.size() >= maxLoggedRequests) // a long-running server (benchmarks) keeps only the newest
        m_requestLog.removeFirst();
    m_requestLog.append(LoggedRequest{name, m_repliesWritten});
    *close = *close || outcome.closeAfter;
    if (isNotification)
        return {};
    if (outcome.failed)
        return rpcError(id, outcome.code, outcome.message);
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("result"), outcome.result},
                       {QStringLiteral("id"), id}};
}

QJsonObject TestElectrumServer::announcedPorts() const
{
    QJsonObject ports;
    if (m_tcp)
        ports.insert(QStringLiteral("tcp_port"), tcpPort());
    if (m_tls)
        ports.insert(QStringLiteral("ssl_port"), tlsPort());
    return ports;
}

QJsonObject TestElectrumServer::features() const
{
    QJsonObject hosts;
    QJsonObject ports;
    if (m_tcp)
        ports.insert(QStringLiteral("tcp_port"), tcpPort());
    if (m_tls)
        ports.insert(QStringLiteral("ssl_port"), tlsPort());
    hosts.insert(m_options.listenAddress.toString(), ports);
    for (auto it = m_options.announcedHosts.constBegin(); it != m_options.announcedHosts.constEnd(); ++it) {
        if (it.value().isNull())
            hosts.remove(it.key());
        else
            hosts.insert(it.key(), it.value());
    }
    QJsonObject f{{QStringLiteral("hosts"), hosts},
                  {QStringLiteral("genesis_hash"), m_genesisHash},
                  {QStringLiteral("hash_function"), QStringLiteral("sha256")},
                  {QStringLiteral("server_version"), serverSoftware()},
                  {QStringLiteral("protocol_min"), m_protocolMin},
                  {QStringLiteral("protocol_max"), m_protocolMax},
                  {QStringLiteral("pruning"), QJsonValue::Null}};
    for (auto it = m_featuresOverride.constBegin(); it != m_featuresOverride.constEnd(); ++it)
        f.insert(it.key(), it.value());
    return f;
}

TestElectrumServer::Outcome TestElectrumServer::dispatch(Client& client, const QString& method,
                                                         const QJsonArray& params)
{
    const auto ok = [](QJsonValue v) {
        Outcome o;
        o.result = std::move(v);
        return o;
    };
    const auto fail = [](int code, QString message, bool close = false) {
        return Outcome{{}, true, code, std::move(message), close};
    };
    const bool is16 = !versionLess(client.protocol, QStringLiteral("1.6"));
    Params p(params);
    auto invalid = [&] { return fail(invalidParams, p.error()); };
    auto scripthashParam = [&](int i) -> std::optional<QString> {
        const QString sh = p.string(i, "scripthash");
        if (p.failed())
            return std::nullopt;
        if (hexToHash(sh).isEmpty())
            return std::nullopt;
        return sh.toLower();
    };

    if (method == QLatin1String("server.version")) {
        if (client.versionSeen)
            return fail(badRequest, QStringLiteral("server.version already sent"));
        m_lastVersionParams = params;
        const QJsonValue requested = params.size() > 1 ? params.at(1) : QJsonValue(QStringLiteral("1.4"));
        QString clientMin, clientMax;
        if (requested.isString()) {
            clientMin = clientMax = requested.toString();
        } else if (requested.isArray() && requested.toArray().size() == 2 && requested.toArray().at(0).isString() &&
                   requested.toArray().at(1).isString()) {
            clientMin = requested.toArray().at(0).toString();
            clientMax = requested.toArray().at(1).toString();
        }
        if (versionParts(clientMin).isEmpty() || versionParts(clientMax).isEmpty())
            return fail(badRequest, QStringLiteral("invalid protocol version"), true);
        QString negotiated;
        for (const char* v : {"1.4", "1.4.1", "1.4.2", "1.5", "1.6"}) {
            const QString version = QString::fromLatin1(v);
            if (versionLess(version, m_protocolMin) || versionLess(m_protocolMax, version))
                continue;
            if (!versionLess(version, clientMin) && !versionLess(clientMax, version))
                negotiated = version; // ascending: the last match is the highest
        }
        if (negotiated.isEmpty())
            return fail(badRequest, QStringLiteral("unsupported protocol version: %1").arg(clientMax), true);
        client.versionSeen = true;
        client.protocol = negotiated;
        return ok(QJsonArray{serverSoftware(), negotiated});
    }
    if (method == QLatin1String("server.ping"))
        return ok(QJsonValue::Null);
    if (method == QLatin1String("server.features"))
        return ok(features());
    if (method == QLatin1String("server.banner"))
        return ok(m_banner);
    if (method == QLatin1String("server.donation_address"))
        return ok(m_donationAddress);
    if (method == QLatin1String("server.peers.subscribe"))
        return ok(m_peers);
    if (method == QLatin1String("server.add_peer"))
        return ok(false); // no peer discovery here

    if (method == QLatin1String("blockchain.headers.subscribe")) {
        client.headersSubscribed = true;
        return ok(QJsonObject{{QStringLiteral("height"), m_chain.tipHeight()},
                              {QStringLiteral("hex"), servedHeaderHex(m_chain.tipHeight())}});
    }
    // Validates a cp_height proof request: height ≤ cp_height ≤ tip.
    auto checkpointProblem = [this](qint64 height, qint64 cpHeight) -> QString {
        if (height > cpHeight)
            return QStringLiteral("header height %1 must be <= cp_height %2").arg(height).arg(cpHeight);
        if (cpHeight > m_chain.tipHeight())
            return QStringLiteral("cp_height %1 must be <= tip height %2").arg(cpHeight).arg(m_chain.tipHeight());
        return {};
    };
    auto proof = [this](qint64 height, qint64 cpHeight) {
        QByteArray root;
        const QList<QByteArray> branch = m_chain.headerBranch(int(height), int(cpHeight), &root);
        return QJsonObject{{QStringLiteral("branch"), hexList(branch)}, {QStringLiteral("root"), hashToHex(root)}};
    };
    if (method == QLatin1String("blockchain.block.header")) {
        const qint64 height = p.integer(0, "height");
        const qint64 cpHeight = p.integer(1, "cp_height", 0);
        p.atMost(2);
        if (p.failed())
            return invalid();
        if (height > m_chain.tipHeight())
            return fail(badRequest, QStringLiteral("height %1 out of range").arg(height));
        if (cpHeight == 0)
            return ok(servedHeaderHex(int(height)));
        if (const QString problem = checkpointProblem(height, cpHeight); !problem.isEmpty())
            return fail(badRequest, problem);
        QJsonObject result = proof(height, cpHeight);
        result.insert(QStringLiteral("header"), servedHeaderHex(int(height)));
        return ok(result);
    }
    if (method == QLatin1String("blockchain.block.headers")) {
        const qint64 start = p.integer(0, "start_height");
        const qint64 wanted = p.integer(1, "count");
        const qint64 cpHeight = p.integer(2, "cp_height", 0);
        p.atMost(3);
        if (p.failed())
            return invalid();
        const qint64 count = std::max<qint64>(
            0, std::min<qint64>({wanted, maxHeadersPerRequest, qint64(m_chain.tipHeight()) - start + 1}));
        QJsonObject result{{QStringLiteral("count"), count}, {QStringLiteral("max"), maxHeadersPerRequest}};
        QJsonArray list;
        QString concatenated;
        for (qint64 h = start; h < start + count; ++h) {
            list.append(servedHeaderHex(int(h)));
            concatenated += servedHeaderHex(int(h));
        }
        if (is16)
            result.insert(QStringLiteral("headers"), list);
        else
            result.insert(QStringLiteral("hex"), concatenated);
        if (count > 0 && cpHeight > 0) {
            if (const QString problem = checkpointProblem(start + count - 1, cpHeight); !problem.isEmpty())
                return fail(badRequest, problem);
            const QJsonObject branch = proof(start + count - 1, cpHeight);
            for (auto it = branch.constBegin(); it != branch.constEnd(); ++it)
                result.insert(it.key(), it.value());
        }
        return ok(result);
    }
    if (method == QLatin1String("blockchain.estimatefee")) {
        const qint64 target = p.integer(0, "number");
        if (params.size() > 1 && !params.at(1).isString() && !params.at(1).isNull())
            return fail(invalidParams, QStringLiteral("mode must be a string"));
        if (p.failed())
            return invalid();
        if (m_feeEstimate)
            return ok(*m_feeEstimate);
        return ok(target <= 2 ? 0.0002 : target <= 6 ? 0.0001 : 0.00005);
    }
    if (method == QLatin1String("blockchain.relayfee") && !is16)
        return ok(0.00001);
    if (method == QLatin1String("mempool.get_info") && is16) {
        return ok(QJsonObject{{QStringLiteral("mempoolminfee"), 0.00001},
                              {QStringLiteral("minrelaytxfee"), 0.00001},
                              {QStringLiteral("incrementalrelayfee"), 0.00001}});
    }
    if (method == QLatin1String("mempool.get_fee_histogram"))
        return ok(m_feeHistogram);

    if (method.startsWith(QLatin1String("blockchain.scripthash."))) {
        const QString call = method.mid(int(qstrlen("blockchain.scripthash.")));
        const bool known =
            call == QLatin1String("get_balance") || call == QLatin1String("get_history") ||
            call == QLatin1String("get_mempool") || call == QLatin1String("listunspent") ||
            call == QLatin1String("subscribe") ||
            (call == QLatin1String("unsubscribe") && !versionLess(client.protocol, QStringLiteral("1.4.2")));
        if (known) {
            const auto sh = scripthashParam(0);
            if (p.failed())
                return invalid();
            if (!sh)
                return fail(badRequest, QStringLiteral("%1 is not a valid script hash").arg(params.at(0).toString()));
            auto mempoolEntry = [](const HistoryEntry& e) {
                QJsonObject o{{QStringLiteral("tx_hash"), e.txHash}, {QStringLiteral("height"), e.height}};
                if (e.fee >= 0)
                    o.insert(QStringLiteral("fee"), e.fee);
                return o;
            };
            if (call == QLatin1String("get_balance")) {
                return ok(QJsonObject{{QStringLiteral("confirmed"), m_chain.confirmedBalance(*sh) + balanceSkew()},
                                      {QStringLiteral("unconfirmed"), m_chain.unconfirmedBalance(*sh)}});
            }
            if (call == QLatin1String("get_history") || call == QLatin1String("get_mempool")) {
                QJsonArray out;
                if (call == QLatin1String("get_history")) {
                    for (const HistoryEntry& e : m_chain.history(*sh))
                        out.append(
                            QJsonObject{{QStringLiteral("tx_hash"), e.txHash}, {QStringLiteral("height"), e.height}});
                }
                for (const HistoryEntry& e : m_chain.mempoolHistory(*sh))
                    out.append(mempoolEntry(e));
                return ok(out);
            }
            if (call == QLatin1String("listunspent")) {
                QJsonArray out;
                for (const Unspent& u : m_chain.unspent(*sh)) {
                    out.append(QJsonObject{{QStringLiteral("tx_hash"), u.txHash},
                                           {QStringLiteral("tx_pos"), u.txPos},
                                           {QStringLiteral("height"), u.height},
                                           {QStringLiteral("value"), u.value}});
                }
                return ok(out);
            }
            if (call == QLatin1String("subscribe")) {
                const QString status = statusOf(*sh);
                client.scripthashStatus.insert(*sh, status);
                return ok(status.isEmpty() ? QJsonValue() : QJsonValue(status));
            }
            return ok(client.scripthashStatus.remove(*sh) > 0); // unsubscribe
        }
    }

    if (method == QLatin1String("blockchain.transaction.get")) {
        const QString txHash = p.string(0, "tx_hash");
        const bool verbose = p.boolean(1, "verbose", false);
        if (p.failed())
            return invalid();
        const QByteArray txid = hexToHash(txHash);
        if (txid.isEmpty())
            return fail(badRequest, QStringLiteral("%1 should be a transaction hash").arg(txHash));
        if (verbose && !m_options.verboseTransactions)
            return fail(daemonError, QStringLiteral("verbose transactions are not supported by this test server"));
        const auto raw = m_chain.rawTransaction(txid);
        if (!raw)
            return fail(daemonError, QStringLiteral("No such mempool or blockchain transaction."));
        const QString hex = QString::fromLatin1(raw->toHex());
        if (!verbose)
            return ok(hex);
        // What ElectrumX passes on from bitcoind's getrawtransaction (verbose): the decoded inputs and outputs are
        // left out; the fields a client locates the transaction with are there. A mempool transaction has no block.
        QJsonObject decoded{{QStringLiteral("hex"), hex},
                            {QStringLiteral("txid"), hashToHex(txid)},
                            {QStringLiteral("size"), raw->size()}};
        if (const int height = m_chain.heightOf(txid); height >= 0) {
            const quint32 time = qFromLittleEndian<quint32>(m_chain.header(height).constData() + 68);
            decoded.insert(QStringLiteral("blockhash"), hashToHex(m_chain.blockHash(height)));
            decoded.insert(QStringLiteral("confirmations"), m_chain.tipHeight() - height + 1);
            decoded.insert(QStringLiteral("time"), qint64(time));
            decoded.insert(QStringLiteral("blocktime"), qint64(time));
        }
        return ok(decoded);
    }
    if (method == QLatin1String("blockchain.transaction.get_merkle")) {
        const QString txHash = p.string(0, "tx_hash");
        const qint64 height = p.integer(1, "height");
        if (p.failed())
            return invalid();
        const QByteArray txid = hexToHash(txHash);
        const QList<QByteArray> ids =
            height <= m_chain.tipHeight() ? m_chain.blockTxids(int(height)) : QList<QByteArray>{};
        const int pos = txid.isEmpty() ? -1 : int(ids.indexOf(txid));
        if (pos < 0)
            return fail(badRequest, QStringLiteral("tx %1 not in block at height %2").arg(txHash).arg(height));
        return ok(QJsonObject{{QStringLiteral("block_height"), height},
                              {QStringLiteral("merkle"), servedMerkleBranch(merkleBranch(ids, pos))},
                              {QStringLiteral("pos"), pos}});
    }
    if (method == QLatin1String("blockchain.transaction.id_from_pos")) {
        const qint64 height = p.integer(0, "height");
        const qint64 pos = p.integer(1, "tx_pos");
        const bool merkle = p.boolean(2, "merkle", false);
        if (p.failed())
            return invalid();
        const QList<QByteArray> ids =
            height <= m_chain.tipHeight() ? m_chain.blockTxids(int(height)) : QList<QByteArray>{};
        if (pos >= ids.size())
            return fail(badRequest, QStringLiteral("no tx at position %1 in block at height %2").arg(pos).arg(height));
        if (!merkle)
            return ok(hashToHex(ids[pos]));
        return ok(QJsonObject{{QStringLiteral("tx_hash"), hashToHex(ids[pos])},
                              {QStringLiteral("merkle"), hexList(merkleBranch(ids, int(pos)))}});
    }
    if (method == QLatin1String("blockchain.transaction.broadcast")) {
        const QString rawHex = p.string(0, "raw_tx");
        if (p.failed())
            return invalid();
        const QByteArray raw = QByteArray::fromHex(rawHex.toLatin1());
        QByteArray txid;
        const bool isHex = raw.toHex() == rawHex.toLower().toLatin1();
        if (!isHex || !m_chain.addToMempool(raw, &txid))
            return fail(
                badRequest,
                QStringLiteral("the transaction was rejected by network rules.\n\nTX decode failed (code -22)"));
        m_broadcasts.append(hashToHex(txid));
        QTimer::singleShot(0, this, &TestElectrumServer::notifyStatusChanges); // after this reply, like a real server
        return ok(hashToHex(txid));
    }
    return fail(methodNotFound, QStringLiteral("unknown method \"%1\"").arg(method));
}

} // namespace btcw::test
