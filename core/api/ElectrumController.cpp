#include "ElectrumController.h"

#include "Engine.h"
#include "Problem.h"
#include "QueryRequest.h"
#include "directory/ServerDirectory.h"
#include "electrum/SessionPool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

const QStringList& knownNetworks()
{
    static const QStringList networks{u"mainnet"_s, u"testnet"_s, u"testnet4"_s, u"signet"_s, u"regtest"_s};
    return networks;
}

const QStringList& knownKinds()
{
    static const QStringList kinds{u"hostname"_s, u"onion"_s, u"ip"_s};
    return kinds;
}

QJsonValue portJson(const std::optional<quint16>& port)
{
    return port ? QJsonValue(int(*port)) : QJsonValue(QJsonValue::Null);
}

QJsonObject entryJson(const ServerEntry& entry)
{
    return QJsonObject{
        {u"host"_s, entry.host},
        {u"kind"_s, hostKindName(entry.kind)},
        {u"tcp_port"_s, portJson(entry.tcpPort)},
        {u"tls_port"_s, portJson(entry.tlsPort)},
        {u"network"_s, entry.network},
        {u"version"_s, entry.version},
        {u"pruning"_s, entry.pruning},
        {u"source"_s, entry.source},
    };
}

// Query answers depend on the moment (tip, mempool): never cached for now.
HttpReply noStore(HttpReply reply)
{
    return reply.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}

} // namespace

ElectrumController::ElectrumController(Engine& engine, QObject* context) : m_engine(engine), m_context(context) {}

Status ElectrumController::checkAllowed(const QueryRequest& request) const
{
    if (request.method == u"blockchain.transaction.broadcast" && !m_engine.options().allowBroadcast) {
        return Error::make(ErrorKind::NotAllowed,
                           u"blockchain.transaction.broadcast is turned off; start btc-worker with broadcasting "
                           u"allowed to send transactions"_s);
    }
    return success();
}

void ElectrumController::query(const QUrlQuery& query, const QString& instance, Respond respond)
{
    auto parsed = parseQueryRequest(query);
    if (!parsed) {
        respond(noStore(problemReply(parsed.error(), instance)));
        return;
    }
    QueryRequest request = std::move(parsed).value();
    if (auto allowed = checkAllowed(request); !allowed) {
        respond(noStore(problemReply(allowed.error(), instance)));
        return;
    }
    if (!m_context) {
        respond(noStore(problemReply(Error::make(ErrorKind::Internal, u"the API is shutting down"_s), instance)));
        return;
    }

    auto sent = electrumParams(request);
    if (!sent) {
        respond(noStore(problemReply(sent.error(), instance)));
        return;
    }
    const QJsonArray params = sent->params;
    const QString scripthash = sent->scripthash;
    const ServerAddress server = request.server;
    const QString method = request.method;
    m_engine.pool().call(
        server, method, params, m_context,
        [server, method, params, scripthash, instance, respond = std::move(respond)](Result<CallResult> result) {
            if (!result) {
                respond(noStore(problemReply(result.error(), instance)));
                return;
            }
            const CallResult& call = result.value();
            QJsonObject body{
                {u"server"_s, server.toString()},
                {u"method"_s, method},
                {u"params"_s, params},
                {u"protocol"_s, call.protocol},
                {u"server_software"_s, call.serverSoftware},
                {u"result"_s, call.result},
                {u"elapsed_ms"_s, call.elapsedMs},
                {u"fresh_connection"_s, call.freshConnection},
            };
            if (!scripthash.isEmpty())
                body.insert(u"scripthash"_s, scripthash);
            if (!call.certificateSha256.isEmpty())
                body.insert(u"certificate_sha256"_s, call.certificateSha256);
            respond(noStore(HttpReply::json(QJsonDocument(body))));
        },
        request.timeout);
}

HttpReply ElectrumController::servers(const QUrlQuery& query, const QString& instance) const
{
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        Q_UNUSED(value);
        if (key != u"network" && key != u"kind") {
            return noStore(
                problemReply(Error::make(ErrorKind::InvalidArgument,
                                         u"'%1': unknown parameter; known parameters are network, kind"_s.arg(key)),
                             instance));
        }
    }
    const QString network = query.queryItemValue(u"network"_s, QUrl::FullyDecoded);
    if (query.hasQueryItem(u"network"_s) && !knownNetworks().contains(network)) {
        return noStore(
            problemReply(Error::make(ErrorKind::InvalidArgument,
                                     u"network: '%1' is not one of %2"_s.arg(network, knownNetworks().join(u", "_s))),
                         instance));
    }
    const QString kind = query.queryItemValue(u"kind"_s, QUrl::FullyDecoded);
    if (query.hasQueryItem(u"kind"_s) && !knownKinds().contains(kind)) {
        return noStore(problemReply(Error::make(ErrorKind::InvalidArgument,
                                                u"kind: '%1' is not one of %2"_s.arg(kind, knownKinds().join(u", "_s))),
                                    instance));
    }

    QJsonArray servers;
    for (const ServerEntry& entry : m_engine.directory().entries(network)) {
        if (!kind.isEmpty() && hostKindName(entry.kind) != kind)
            continue;
        servers.append(entryJson(entry));
    }
    const QJsonObject body{{u"count"_s, servers.size()}, {u"servers"_s, servers}};
    return noStore(HttpReply::json(QJsonDocument(body)));
}

HttpReply ElectrumController::tor() const
{
    return noStore(HttpReply::json(QJsonDocument(m_engine.tor().statusJson())));
}

} // namespace btcw
