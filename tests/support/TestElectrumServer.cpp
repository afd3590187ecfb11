#include "TestElectrumServer.h"

#include "TestElectrumServer_p.h"

#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTcpServer>
#include <functional>

namespace btcw::test {

namespace {

constexpr qint64 endlessLineLimit = 64LL * 1024 * 1024;
constexpr qint64 oversizedLineBytes = 9LL * 1024 * 1024;
constexpr auto outOfOrderHold = std::chrono::milliseconds(25);

// Hands accepted descriptors to the server, which wraps them in QSslSocket (encrypted or not).
class Listener : public QTcpServer
{
public:
    explicit Listener(std::function<void(qintptr)> onConnection) : m_onConnection(std::move(onConnection)) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onConnection(descriptor); }

private:
    std::function<void(qintptr)> m_onConnection;
};

QByteArray encode(const QJsonValue& message)
{
    QByteArray line = message.isArray() ? QJsonDocument(message.toArray()).toJson(QJsonDocument::Compact)
                                        : QJsonDocument(message.toObject()).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

} // namespace

QString TestElectrumServer::genesisHashFor(const QString& network)
{
    static const QHash<QString, QString> hashes{
        {QStringLiteral("mainnet"), QStringLiteral("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f")},
        {QStringLiteral("testnet"), QStringLiteral("000000000933ea01ad0ee984209779baaec3ced90fa3f408719526f8d77f4943")},
        {QStringLiteral("testnet4"),
         QStringLiteral("00000000da84f2bafbbc53dee25a72ae507ff4914b867c565be350b0da8bf043")},
        {QStringLiteral("signet"), QStringLiteral("00000008819873e925422c1ff0f99f7cc9bbb232af63a077a480a3633bee1ef6")},
        {QStringLiteral("regtest"), TestChain::regtestGenesisHash()},
    };
    return hashes.value(network);
}

TestElectrumServer::TestElectrumServer(QObject* parent) : TestElectrumServer(Options{}, parent) {}

TestElectrumServer::TestElectrumServer(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_chain(m_options.blocks),
      m_certificate(TestCertificate::generate()), m_genesisHash(genesisHashFor(m_options.network)),
      m_protocolMin(m_options.protocolMin), m_protocolMax(m_options.protocolMax)
{
    if (m_genesisHash.isEmpty())
        m_genesisHash = m_options.network; // an unknown name is taken as a hash, for mismatch tests
    m_feeHistogram =
        QJsonArray{QJsonArray{50, 20000}, QJsonArray{20, 60000}, QJsonArray{5, 150000}, QJsonArray{1, 400000}};
}

std::unique_ptr<TestElectrumServer> TestElectrumServer::startedOn(const QString& ip, Options options)
{
    options.listenAddress = QHostAddress(ip);
    auto server = std::make_unique<TestElectrumServer>(options);
    return server->start() ? std::move(server) : nullptr;
}

TestElectrumServer::~TestElectrumServer()
{
    stop();
}

bool TestElectrumServer::start()
{
    stop();
    m_error.clear();
    if (m_certificate.isNull()) {
        m_error = QStringLiteral("Could not generate a TLS certificate.");
        return false;
    }
    auto listen = [this](bool tls, quint16 port) -> std::unique_ptr<QTcpServer> {
        auto server = std::make_unique<Listener>([this, tls](qintptr d) { accept(d, tls); });
        if (!server->listen(m_options.listenAddress, port)) {
            m_error = QStringLiteral("Cannot listen on %1 port %2: %3")
                          .arg(m_options.listenAddress.toString())
                          .arg(port)
                          .arg(server->errorString());
            return nullptr;
        }
        return server;
    };
    if (m_options.enableTcp && !(m_tcp = listen(false, m_options.tcpPort)))
        return false;
    if (m_options.enableTls && !(m_tls = listen(true, m_options.tlsPort))) {
        m_tcp.reset();
        return false;
    }
    m_lastTcpPort = tcpPort();
    m_lastTlsPort = tlsPort();
    return true;
}

void TestElectrumServer::stop()
{
    m_tcp.reset();
    m_tls.reset();
    auto clients = std::exchange(m_clients, {});
    for (auto& [socket, client] : clients) {
        if (client->socket) {
            client->socket->disconnect(this);
            client->socket->abort();
            client->socket->deleteLater();
        }
    }
}

quint16 TestElectrumServer::tcpPort() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

quint16 TestElectrumServer::tlsPort() const
{
    return m_tls ? m_tls->serverPort() : 0;
}

void TestElectrumServer::regenerateCertificate()
{
    const TestCertificate fresh = TestCertificate::generate();
    if (!fresh.isNull())
        m_certificate = fresh;
}

int TestElectrumServer::totalRequestsReceived() const
{
    int total = 0;
    for (int n : m_requestCounts)
        total += n;
    return total;
}

void TestElectrumServer::setMethodDelay(const QString& method, std::chrono::milliseconds delay)
{
    if (delay.count() <= 0)
        m_delays.remove(method);
    else
        m_delays.insert(method, delay);
}

void TestElectrumServer::setMethodError(const QString& method, int code, const QString& message)
{
    m_methodErrors.insert(method, {code, message});
}

void TestElectrumServer::setProtocolRange(const QString& min, const QString& max)
{
    m_protocolMin = min;
    m_protocolMax = max;
}

TestElectrumServer::Client* TestElectrumServer::clientFor(QSslSocket* socket)
{
    const auto it = m_clients.find(socket);
    return it == m_clients.end() ? nullptr : it->second.get();
}

void TestElectrumServer::accept(qintptr descriptor, bool tls)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_accepted;
    auto client = std::make_unique<Client>(socket, m_options.maxLineBytes);
    client->protocol = m_protocolMin;
    m_clients.emplace(socket, std::move(client));
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] { dropClient(socket); });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            dropClient(socket);
    });
    if (tls) {
        QSslConfiguration config = socket->sslConfiguration();
        config.setLocalCertificate(m_certificate.certificate);
        config.setPrivateKey(m_certificate.key);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->setSslConfiguration(config);
        socket->startServerEncryption();
    }
}

void TestElectrumServer::dropClient(QSslSocket* socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    m_clients.erase(it);
    socket->disconnect(this);
    socket->deleteLater();
}

void TestElectrumServer::closeAfterWriting(QSslSocket* socket)
{
    if (m_clients.erase(socket) == 0)
        return;
    socket->disconnect(this);
    // Deleting now would drop what is still buffered: let the socket go once the bytes are out.
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    socket->flush();
    socket->disconnectFromHost();
}

void TestElectrumServer::closeAllClients()
{
    QList<QSslSocket*> sockets;
    for (const auto& entry : m_clients)
        sockets.append(entry.first);
    for (QSslSocket* socket : sockets)
        closeAfterWriting(socket);
}

void TestElectrumServer::onReadyRead(QSslSocket* socket)
{
    Client* client = clientFor(socket);
    if (!client)
        return;
    auto lines = client->framer.feed(socket->readAll());
    if (!lines.ok()) {
        socket->abort(); // a request line over the cap: drop the client, as ElectrumX does
        dropClient(socket);
        return;
    }
    for (const QByteArray& line : lines.value()) {
        if (!clientFor(socket))
            return; // closed while handling an earlier line
        handleLine(*client, line);
    }
}

void TestElectrumServer::handleLine(Client& client, const QByteArray& line)
{
    QSslSocket* socket = client.socket;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    auto errorReply = [](int code, const QString& message) {
        return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                           {QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}},
                           {QStringLiteral("id"), QJsonValue::Null}};
    };
    if (error.error != QJsonParseError::NoError) {
        send(socket, errorReply(-32700, QStringLiteral("invalid JSON")), false);
        return;
    }
    std::chrono::milliseconds delay{0};
    bool close = false;
    if (doc.isObject()) {
        ++m_singleLines;
        const QJsonObject reply = runRequest(client, doc.object(), &delay, &close);
        if (!reply.isEmpty()) {
            if (delay.count() > 0)
                QTimer::singleShot(delay, socket, [this, socket, reply] { send(socket, reply, false); });
            else
                send(socket, reply,
                     !close && doc.object().value(QLatin1String("method")) != QLatin1String("server.version"));
        }
    } else if (doc.isArray() && m_options.refuseBatches) {
        ++m_batches;
        send(socket, errorReply(-32600, QStringLiteral("batch requests are not supported")), false);
    } else if (doc.isArray() && !doc.array().isEmpty()) {
        ++m_batches;
        QJsonArray replies;
        for (const QJsonValue& request : doc.array()) {
            std::chrono::milliseconds one{0};
            const QJsonObject reply = runRequest(client, request, &one, &close);
            delay = std::max(delay, one);
            if (!reply.isEmpty())
                replies.append(reply);
        }
        if (m_options.replyOutOfOrder) { // a batch reply may come in any order
            QJsonArray reversed;
            for (const QJsonValue& r : std::as_const(replies))
                reversed.prepend(r);
            replies = reversed;
        }
        if (!replies.isEmpty()) {
            if (delay.count() > 0)
                QTimer::singleShot(delay, socket, [this, socket, replies] { send(socket, replies, false); });
            else
                send(socket, replies, false);
        }
    } else {
        send(socket, errorReply(-32600, QStringLiteral("invalid request")), false);
    }
    if (close && socket)
        closeAfterWriting(socket); // after the error reply is written
}

void TestElectrumServer::send(QSslSocket* socket, const QJsonValue& message, bool holdable)
{
    Client* client = clientFor(socket);
    if (!client)
        return;
    if (holdable && m_options.replyOutOfOrder) {
        if (client->held.isEmpty())
            QTimer::singleShot(outOfOrderHold, socket, [this, socket] { flushHeld(socket); });
        client->held.append(message);
        return;
    }
    writeWithFault(*client, message);
}

void TestElectrumServer::flushHeld(QSslSocket* socket)
{
    Client* client = clientFor(socket);
    if (!client)
        return;
    const QList<QJsonValue> held = std::exchange(client->held, {});
    for (auto it = held.crbegin(); it != held.crend(); ++it) {
        if (!clientFor(socket))
            return;
        writeWithFault(*client, *it);
    }
}

void TestElectrumServer::writeWithFault(Client& client, const QJsonValue& message)
{
    QSslSocket* socket = client.socket;
    if (!socket)
        return;
    if (message.isArray() || !message.toObject().value(QLatin1String("id")).isUndefined())
        ++m_repliesWritten; // a reply (a batch's counts once), not a notification
    switch (m_fault) {
    case Fault::None:
        socket->write(encode(message));
        return;
    case Fault::Silent:
        return;
    case Fault::Garbage:
        socket->write(QByteArrayLiteral("\x01<html>this is not JSON-RPC</html>\n"));
        return;
    case Fault::SlowDrip:
        client.drip.append(encode(message));
        if (!client.dripTimer) {
            client.dripTimer = new QTimer(socket);
            client.dripTimer->setInterval(1);
            connect(client.dripTimer, &QTimer::timeout, this, [this, socket] {
                Client* c = clientFor(socket);
                if (!c || c->drip.isEmpty()) {
                    if (c)
                        c->dripTimer->stop();
                    return;
                }
                socket->write(c->drip.left(1));
                c->drip.remove(0, 1);
            });
        }
        client.dripTimer->start();
        return;
    case Fault::EndlessLine:
        startEndlessLine(client);
        return;
    case Fault::OversizedLine: {
        QJsonObject big = message.isObject() ? message.toObject() : QJsonObject{};
        big.insert(QStringLiteral("result"), QString(qsizetype(oversizedLineBytes), u'0'));
        socket->write(encode(big));
        return;
    }
    case Fault::CloseMidReply: {
        const QByteArray line = encode(message);
        socket->write(line.left(line.size() / 2));
        closeAfterWriting(socket);
        return;
    }
    }
}

void TestElectrumServer::startEndlessLine(Client& client)
{
    if (client.endlessTimer)
        return;
    QSslSocket* socket = client.socket;
    client.endlessTimer = new QTimer(socket);
    client.endlessTimer->setInterval(1);
    connect(client.endlessTimer, &QTimer::timeout, this, [this, socket] {
        Client* c = clientFor(socket);
        if (!c)
            return;
        if (c->endlessSent >= endlessLineLimit) {
            c->endlessTimer->stop();
            socket->disconnectFromHost();
            return;
        }
        if (socket->bytesToWrite() > 256 * 1024)
            return; // let the client read: the point is a long line, not a full buffer
        const QByteArray chunk(64 * 1024, 'x');
        socket->write(chunk);
        c->endlessSent += chunk.size();
    });
    client.endlessTimer->start();
}

void TestElectrumServer::mineBlock(int minerTag)
{
    m_chain.mineBlock(minerTag);
    const QJsonObject tip{{QStringLiteral("height"), m_chain.tipHeight()},
                          {QStringLiteral("hex"), m_chain.headerHex(m_chain.tipHeight())}};
    const QJsonObject notification{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                   {QStringLiteral("method"), QStringLiteral("blockchain.headers.subscribe")},
                                   {QStringLiteral("params"), QJsonArray{tip}}};
    QList<QSslSocket*> subscribed;
    for (const auto& [socket, client] : m_clients) {
        if (client->headersSubscribed)
            subscribed.append(socket);
    }
    for (QSslSocket* socket : subscribed)
        send(socket, notification, false);
    notifyStatusChanges();
}

void TestElectrumServer::sendNotifications(int count, const QString& method)
{
    const QJsonObject tip{{QStringLiteral("height"), m_chain.tipHeight()},
                          {QStringLiteral("hex"), m_chain.headerHex(m_chain.tipHeight())}};
    const QByteArray line = QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                                      {QStringLiteral("method"), method},
                                                      {QStringLiteral("params"), QJsonArray{tip}}})
                                .toJson(QJsonDocument::Compact) +
                            '\n';
    QByteArray all;
    all.reserve(line.size() * qsizetype(count));
    for (int i = 0; i < count; ++i)
        all += line;
    for (const auto& [socket, client] : m_clients)
        socket->write(all);
}

void TestElectrumServer::notifyStatusChanges()
{
    QList<std::pair<QSslSocket*, QJsonObject>> outgoing;
    for (const auto& [socket, client] : m_clients) {
        for (auto it = client->scripthashStatus.begin(); it != client->scripthashStatus.end(); ++it) {
            const QString now = statusOf(it.key());
            if (now == it.value())
                continue;
            it.value() = now;
            outgoing.append({socket, QJsonObject{
                                         {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                         {QStringLiteral("method"), QStringLiteral("blockchain.scripthash.subscribe")},
                                         {QStringLiteral("params"),
                                          QJsonArray{it.key(), now.isEmpty() ? QJsonValue() : QJsonValue(now)}},
                                     }});
        }
    }
    for (const auto& [socket, message] : outgoing)
        send(socket, message, false);
}

} // namespace btcw::test
