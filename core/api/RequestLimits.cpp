#include "RequestLimits.h"

#include "Problem.h"
#include "RequestHead.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

constexpr int kLingerMs = 1000; // after a rejection, time for the client to read it and close
// Input thrown away after a rejection before the connection is cut: more than a refused batch body (1 MiB), so that
// a client that sends one anyway can still read its 413.
constexpr qint64 kMaxDiscardBytes = 4 << 20;

HttpReply gateReply(HttpProblem problem, const QString& detail)
{
    HttpReply reply = httpProblemReply(problem, detail);
    reply.withHeader(QByteArrayLiteral("Server"), QByteArrayLiteral("btc-worker/" BTCW_VERSION));
    reply.withHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    reply.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

} // namespace

// One accepted socket's gatekeeper; a child of the socket, so it lives exactly as long as the socket. The first
// request head is read here before the socket is handed to QtHttpServer. After an answer the connection stays open
// for the next request (keep-alive); this object's readyRead slot runs before QtHttpServer's, so it sees every later
// head first, and when it refuses one it consumes the bytes so that QtHttpServer never parses them.
class GateConnection : public QObject
{
public:
    // Counted in the ledger by the gate already (ConnectionLedger::admit).
    GateConnection(ConnectionGate* gate, QTcpSocket* socket)
        : QObject(socket), m_gate(gate), m_ledger(gate->m_ledger), m_limits(gate->m_limits), m_socket(socket)
    {
        // Connected before QtHttpServer connects its own slot, so this one always sees new bytes first.
        connect(socket, &QTcpSocket::readyRead, this, &GateConnection::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &GateConnection::onBytesWritten);
        connect(socket, &QTcpSocket::disconnected, this, &GateConnection::onDisconnected);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &GateConnection::onTimeout);
        m_timer.start(gate->m_limits.headTimeoutMs);
        m_lifetime.setSingleShot(true);
        connect(&m_lifetime, &QTimer::timeout, this, &GateConnection::onLifetimeOver);
        m_lifetime.start(gate->m_limits.maxConnectionLifetimeMs);
    }
    ~GateConnection() override { m_ledger->release(this); }

    // At the connection cap, a new client got the place of this longest idle kept-alive connection (the ledger no
    // longer counts it). Runs on this connection's thread.
    void closeBecauseIdle()
    {
        if (m_state == State::Idle)
            m_socket->disconnectFromHost();
        else
            m_closeAfterAnswer = true; // a request arrived meanwhile: answer it, then close
    }

    // At the connection cap, a client from a less busy address took the place of this incomplete head.
    void evict()
    {
        m_state = State::Rejected;
        m_timer.stop();
        m_socket->abort(); // a client that has not finished its head in all this time gets no answer
    }

    void start()
    {
        if (m_socket->bytesAvailable() > 0)
            inspectHead();
    }

    // The answer is a stream (see ConnectionGate::beginStream).
    QTcpSocket* beginStream()
    {
        if (m_state != State::Answering)
            return nullptr;
        m_state = State::Streaming;
        m_timer.stop();
        m_lifetime.stop();
        m_ledger->release(this);
        return m_socket;
    }

private:
    enum class State
    {
        ReadingHead, // a request head is arriving (the head timeout runs)
        Answering,   // the head went to QtHttpServer; waiting until its answer is written
        Idle,        // kept alive after an answer, no byte of the next request yet (the idle timeout runs)
        Rejected,    // a gate answer is out or going out; the connection ends
        Streaming,   // the answer is a stream: no cuts, not counted in the ledger, input dropped
    };

    const RequestLimits& limits() const { return m_limits; }

    void enterIdle()
    {
        m_state = State::Idle;
        m_timer.start(limits().idleTimeoutMs);
        m_ledger->becameIdle(this);
    }

    void onReadyRead()
    {
        switch (m_state) {
        case State::Idle:
            if (m_socket->bytesAvailable() == 0)
                return;
            m_state = State::ReadingHead;
            m_ledger->startedHead(this);
            m_timer.start(limits().headTimeoutMs); // the next request gets a full head timeout of its own
            inspectHead();
            return;
        case State::ReadingHead:
            inspectHead();
            return;
        case State::Answering:
            // The first wake-up after the first hand-over carries exactly the checked request for QtHttpServer.
            if (!m_headDelivered && m_socket->bytesAvailable() == m_requestSize) {
                m_headDelivered = true;
                return;
            }
            if (!m_headDelivered) {
                discardInput();
                m_headDelivered = true;
                reject(HttpProblem::BadRequest,
                       u"send one request at a time, without a body, and wait for its answer"_s);
                return;
            }
            // Input before the answer is out (pipelining, an undeclared body) is never parsed: it is dropped and the
            // connection ends after the answer, so the client sends it again on a new connection.
            if (m_socket->bytesAvailable() > 0) {
                discardInput();
                m_closeAfterAnswer = true;
            }
            return;
        case State::Rejected:
        case State::Streaming:
            discardInput();
            return;
        }
    }

    void onBytesWritten()
    {
        if (m_socket->bytesToWrite() > 0 || m_state == State::Streaming)
            return;
        if (m_state == State::Answering && m_headDelivered) {
            if (m_closeAfterAnswer) {
                m_socket->disconnectFromHost();
                return;
            }
            enterIdle(); // the answer is out: the next request is gated like the first
        } else if (m_state == State::Rejected && !m_lingering) {
            // Closing with unread input would reset the connection and could destroy the answer in flight.
            m_lingering = true;
            m_timer.start(kLingerMs);
        }
    }

    void onDisconnected()
    {
        m_ledger->release(this);
        m_timer.stop();
        m_lifetime.stop();
        if (!m_attached)
            m_socket->deleteLater(); // sockets handed over belong to QtHttpServer
    }

    void onTimeout()
    {
        switch (m_state) {
        case State::ReadingHead:
            reject(HttpProblem::RequestTimeout, u"no complete request within %1 ms"_s.arg(limits().headTimeoutMs));
            return;
        case State::Idle:
            m_socket->disconnectFromHost(); // an unused kept-alive connection ends without an answer
            return;
        case State::Answering:
        case State::Streaming:
            return;
        case State::Rejected:
            m_socket->disconnectFromHost();
            return;
        }
    }

    void onLifetimeOver()
    {
        if (m_state == State::Streaming)
            return;
        // Cut whatever it is doing; an idle connection is closed politely.
        if (m_state == State::Idle)
            m_socket->disconnectFromHost();
        else
            m_socket->abort();
    }

    void discardInput()
    {
        m_discarded += m_socket->skip(m_socket->bytesAvailable());
        if (m_discarded > kMaxDiscardBytes)
            m_socket->abort();
    }

    void reject(HttpProblem problem, const QString& detail)
    {
        m_state = State::Rejected;
        m_timer.stop();
        discardInput(); // also keeps the refused bytes from QtHttpServer's parser on a kept-alive connection
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        m_socket->write(ConnectionGate::serialize(gateReply(problem, detail)));
    }

    void inspectHead()
    {
        const qint64 cap = qint64(limits().maxHeaderBytes) + 4;
        qint64 available = 0;
        QByteArray data;
        if (!m_attached) {
            // Nobody else reads the socket yet: the whole head so far is still in its buffer.
            available = m_socket->bytesAvailable();
            data = m_socket->peek(std::min(available, cap));
        } else {
            // QtHttpServer reads what this slot lets through, so the head so far is collected here.
            const qint64 fresh = m_socket->bytesAvailable();
            m_head += m_socket->peek(std::min(fresh, std::max<qint64>(0, cap - m_head.size())));
            m_headBytes += fresh;
            available = m_headBytes;
            data = m_head;
        }
        const HeadVerdict verdict = inspectRequestHead(data, available, limits());
        if (verdict.kind == HeadVerdict::Kind::Incomplete) {
            // A batch whose client waits to be asked for its body: ask once (QtHttpServer 6.4 would not).
            if (verdict.expectContinue && !m_continueSent) {
                m_continueSent = true;
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            }
            return;
        }
        if (verdict.kind == HeadVerdict::Kind::Rejected)
            return reject(verdict.problem, verdict.detail);

        m_closeAfterAnswer = m_closeAfterAnswer || verdict.closeAfterAnswer;
        m_continueSent = false;
        m_state = State::Answering;
        m_ledger->answering(this);
        m_timer.stop();
        m_head.clear();
        m_headBytes = 0;
        if (m_attached) {
            // QtHttpServer's slot runs right after this one and parses the same bytes.
            m_headDelivered = true;
            return;
        }
        m_attached = true;
        m_requestSize = verdict.size + verdict.bodySize;
        if (!m_gate) {
            m_socket->abort(); // the gate is shutting down
            return;
        }
        m_gate->addPendingConnection(m_socket);
        emit m_gate->newConnection();
        // The head is already buffered, so no further readyRead would come from the network: wake the parser.
        QMetaObject::invokeMethod(m_socket, &QTcpSocket::readyRead, Qt::QueuedConnection);
    }

    QPointer<ConnectionGate> m_gate;
    std::shared_ptr<ConnectionLedger> m_ledger; // outlives the gate while this connection is open
    const RequestLimits m_limits;
    QTcpSocket* m_socket;
    State m_state = State::ReadingHead;
    QByteArray m_head;        // the current head, collected while QtHttpServer also reads the socket
    qint64 m_headBytes = 0;   // bytes of the current head so far (m_head stops growing past the header limit)
    qint64 m_requestSize = 0; // the first request's size (head and body), to recognise QtHttpServer's wake-up
    bool m_headDelivered = false;
    bool m_attached = false; // handed to QtHttpServer (which then owns the socket)
    bool m_closeAfterAnswer = false;
    bool m_continueSent = false; // "100 Continue" went out for the current request
    bool m_lingering = false;
    qint64 m_discarded = 0;
    QTimer m_timer;    // head, idle or linger timeout, by state
    QTimer m_lifetime; // the whole connection's lifetime cap
};

ConnectionGate::ConnectionGate(RequestLimits limits, std::shared_ptr<ConnectionLedger> ledger, QObject* parent)
    : QTcpServer(parent), m_limits(limits),
      m_ledger(ledger ? std::move(ledger) : std::make_shared<ConnectionLedger>(limits))
{
}

ConnectionGate::~ConnectionGate() = default;

QByteArray ConnectionGate::serialize(const HttpReply& reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto& [name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
    return out + reply.body;
}

ConnectionGate::ConnectionOption ConnectionGate::connectionOption(QByteArrayView connectionHeader)
{
    ConnectionOption option = ConnectionOption::Default;
    for (const QByteArray& token : connectionHeader.toByteArray().split(',')) {
        const QByteArray name = token.trimmed().toLower();
        if (name == "close")
            return ConnectionOption::Close;
        if (name == "keep-alive")
            option = ConnectionOption::KeepAlive;
    }
    return option;
}

void ConnectionGate::refuse(QTcpSocket* socket, const QString& detail)
{
    HttpReply busy = gateReply(HttpProblem::TooManyConnections, detail);
    busy.withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    socket->write(serialize(busy));
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kLingerMs, socket, &QTcpSocket::abort);
}

int ConnectionLedger::openConnections() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

int ConnectionLedger::openConnections(const QHostAddress& peer) const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_byPeer.value(peer).size());
}

bool ConnectionLedger::admit(GateConnection* connection, const QHostAddress& peer, QString* refusal)
{
    const QMutexLocker lock(&m_mutex);
    if (!makeRoomFor(peer)) {
        const qsizetype own = m_byPeer.value(peer).size();
        *refusal = own >= m_limits.maxConnectionsPerAddress || own >= m_limits.maxIncompleteHeadsPerAddress
                       ? u"%1 connections from your address are open; finish or close some first"_s.arg(own)
                       : u"the API has %1 connections open; try again shortly"_s.arg(m_entries.size());
        return false;
    }
    m_entries.insert(connection, Entry{peer, State::ReadingHead, ++m_sequence});
    m_byPeer[peer].append(connection);
    return true;
}

void ConnectionLedger::startedHead(GateConnection* connection)
{
    const QMutexLocker lock(&m_mutex);
    const auto entry = m_entries.find(connection);
    if (entry == m_entries.end())
        return;
    if (entry->state == State::Idle)
        m_idle.removeOne(connection);
    entry->state = State::ReadingHead;
    entry->headSince = ++m_sequence;
}

void ConnectionLedger::answering(GateConnection* connection)
{
    const QMutexLocker lock(&m_mutex);
    if (const auto entry = m_entries.find(connection); entry != m_entries.end())
        entry->state = State::Answering;
}

void ConnectionLedger::becameIdle(GateConnection* connection)
{
    const QMutexLocker lock(&m_mutex);
    const auto entry = m_entries.find(connection);
    if (entry == m_entries.end() || entry->state == State::Idle)
        return;
    entry->state = State::Idle;
    m_idle.append(connection);
}

void ConnectionLedger::release(GateConnection* connection)
{
    const QMutexLocker lock(&m_mutex);
    drop(connection);
}

void ConnectionLedger::drop(GateConnection* connection)
{
    const auto entry = m_entries.find(connection);
    if (entry == m_entries.end())
        return;
    if (entry->state == State::Idle)
        m_idle.removeOne(connection);
    const auto peer = m_byPeer.find(entry->peer);
    if (peer != m_byPeer.end()) {
        peer->removeOne(connection);
        if (peer->isEmpty())
            m_byPeer.erase(peer);
    }
    m_entries.erase(entry);
}

bool ConnectionLedger::makeRoomFor(const QHostAddress& peer)
{
    // Connections that give way are dropped from the count at once (their place is free now) and told on their own
    // thread; a connection being destroyed meanwhile waits for this lock in release(), so it is still there to tell.
    const auto closeIdle = [this](GateConnection* c) {
        drop(c);
        QMetaObject::invokeMethod(
            c, [c] { c->closeBecauseIdle(); }, Qt::QueuedConnection);
    };
    // One address may not hold more than its share: past its caps, it waits for its own connections to end
    // (a kept-alive idle one of its own gives way first).
    QList<GateConnection*> own = m_byPeer.value(peer);
    if (own.size() >= m_limits.maxConnectionsPerAddress) {
        const auto idle =
            std::find_if(m_idle.cbegin(), m_idle.cend(), [&own](GateConnection* c) { return own.contains(c); });
        if (idle == m_idle.cend())
            return false;
        GateConnection* oldest = *idle;
        closeIdle(oldest);
        own.removeOne(oldest);
    }
    const auto incomplete = std::count_if(
        own.cbegin(), own.cend(), [this](GateConnection* c) { return m_entries.value(c).state == State::ReadingHead; });
    if (incomplete >= m_limits.maxIncompleteHeadsPerAddress)
        return false;

    while (m_entries.size() >= m_limits.maxConnections && !m_idle.isEmpty())
        closeIdle(m_idle.first());
    if (m_entries.size() < m_limits.maxConnections)
        return true;
    // At the global cap: the busiest address gives up its oldest incomplete head, but only to a client that holds
    // fewer connections than it does (so one flooding address cannot push out anyone with fewer).
    GateConnection* victim = nullptr;
    quint64 victimSince = 0;
    qsizetype victimCount = 0;
    for (auto it = m_byPeer.cbegin(); it != m_byPeer.cend(); ++it) {
        GateConnection* oldest = nullptr;
        quint64 oldestSince = 0;
        for (GateConnection* c : it.value()) {
            const Entry& e = m_entries[c];
            if (e.state == State::ReadingHead && (!oldest || e.headSince < oldestSince)) {
                oldest = c;
                oldestSince = e.headSince;
            }
        }
        if (!oldest)
            continue;
        const qsizetype count = it.value().size();
        if (count > victimCount || (count == victimCount && oldestSince < victimSince)) {
            victim = oldest;
            victimSince = oldestSince;
            victimCount = count;
        }
    }
    if (!victim || m_byPeer.value(peer).size() >= victimCount)
        return false;
    drop(victim);
    QMetaObject::invokeMethod(
        victim, [victim] { victim->evict(); }, Qt::QueuedConnection);
    return m_entries.size() < m_limits.maxConnections;
}

void ConnectionGate::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    QHostAddress peer = socket->peerAddress();
    bool isV4 = false;
    if (const quint32 v4 = peer.toIPv4Address(&isV4); isV4)
        peer = QHostAddress(v4); // ::ffff:a.b.c.d and a.b.c.d are one client
    auto* connection = new GateConnection(this, socket);
    QString refusal;
    if (!m_ledger->admit(connection, peer, &refusal)) {
        delete connection;
        refuse(socket, refusal);
        return;
    }
    for (auto it = m_byEndpoint.begin(); it != m_byEndpoint.end();) // forget connections that have ended
        it = it->isNull() ? m_byEndpoint.erase(it) : std::next(it);
    m_byEndpoint.insert({peer, socket->peerPort()}, connection);
    connection->start();
}

QTcpSocket* ConnectionGate::beginStream(const QHostAddress& peer, quint16 port)
{
    QHostAddress normalized = peer;
    bool isV4 = false;
    if (const quint32 v4 = peer.toIPv4Address(&isV4); isV4)
        normalized = QHostAddress(v4);
    const QPointer<GateConnection> connection = m_byEndpoint.value({normalized, port});
    return connection ? connection->beginStream() : nullptr;
}

} // namespace btcw
