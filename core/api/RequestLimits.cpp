#include "RequestLimits.h"

#include "Problem.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

constexpr int kLingerMs = 1000;              // after a rejection, time for the client to read it and close
constexpr qint64 kMaxDiscardBytes = 1 << 20; // input thrown away after a rejection before the connection is cut
constexpr int kRequestLineSlack = 32;        // method, spaces and "HTTP/1.1" around the request target

HttpReply gateReply(HttpProblem problem, const QString& detail)
{
    HttpReply reply = httpProblemReply(problem, detail);
    reply.withHeader(QByteArrayLiteral("Server"), QByteArrayLiteral("btc-worker/" BTCW_VERSION));
    reply.withHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    reply.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

// The end of the request head (one past the blank line), or -1 while it is incomplete. Bare LF is tolerated
// because QtHttpServer's parser tolerates it too.
qsizetype headEnd(const QByteArray& data)
{
    const qsizetype crlf = data.indexOf("\r\n\r\n");
    const qsizetype lf = data.indexOf("\n\n");
    if (crlf < 0)
        return lf < 0 ? -1 : lf + 2;
    if (lf < 0)
        return crlf + 4;
    return std::min(crlf + 4, lf + 2);
}

} // namespace

// One accepted socket's gatekeeper; a child of the socket, so it lives exactly as long as the socket. The first
// request head is read here before the socket is handed to QtHttpServer. After an answer the connection stays open
// for the next request (keep-alive); this object's readyRead slot runs before QtHttpServer's, so it sees every later
// head first, and when it refuses one it consumes the bytes so that QtHttpServer never parses them.
class ConnectionGate::Connection : public QObject
{
public:
    Connection(ConnectionGate* gate, QTcpSocket* socket) : QObject(socket), m_gate(gate), m_socket(socket)
    {
        ++gate->m_open;
        // Connected before QtHttpServer connects its own slot, so this one always sees new bytes first.
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
        connect(socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Connection::onTimeout);
        m_timer.start(gate->m_limits.headTimeoutMs);
        m_lifetime.setSingleShot(true);
        connect(&m_lifetime, &QTimer::timeout, this, &Connection::onLifetimeOver);
        m_lifetime.start(gate->m_limits.maxConnectionLifetimeMs);
    }
    ~Connection() override
    {
        leaveIdle();
        release();
    }

    // At the connection cap, a new client gets the place of the longest idle kept-alive connection.
    void closeBecauseIdle()
    {
        leaveIdle();
        release(); // the place is free now, before the close completes
        m_socket->disconnectFromHost();
    }

    void start()
    {
        if (m_socket->bytesAvailable() > 0)
            inspectHead();
    }

private:
    enum class State
    {
        ReadingHead, // a request head is arriving (the head timeout runs)
        Answering,   // the head went to QtHttpServer; waiting until its answer is written
        Idle,        // kept alive after an answer, no byte of the next request yet (the idle timeout runs)
        Rejected,    // a gate answer is out or going out; the connection ends
    };

    const RequestLimits& limits() const { return m_gate->m_limits; }

    void enterIdle()
    {
        m_state = State::Idle;
        m_timer.start(limits().idleTimeoutMs);
        if (m_gate)
            m_gate->m_idle.append(this);
    }

    void leaveIdle()
    {
        if (m_gate)
            m_gate->m_idle.removeOne(this);
    }

    void release()
    {
        if (m_counted && m_gate)
            --m_gate->m_open;
        m_counted = false;
    }

    void onReadyRead()
    {
        switch (m_state) {
        case State::Idle:
            if (m_socket->bytesAvailable() == 0)
                return;
            leaveIdle();
            m_state = State::ReadingHead;
            m_timer.start(limits().headTimeoutMs); // the next request gets a full head timeout of its own
            inspectHead();
            return;
        case State::ReadingHead:
            inspectHead();
            return;
        case State::Answering:
            // The first wake-up after the first hand-over carries exactly the checked head for QtHttpServer.
            if (!m_headDelivered && m_socket->bytesAvailable() == m_headSize) {
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
            discardInput();
            return;
        }
    }

    void onBytesWritten()
    {
        if (m_socket->bytesToWrite() > 0)
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
        leaveIdle();
        release();
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
            return;
        case State::Rejected:
            m_socket->disconnectFromHost();
            return;
        }
    }

    void onLifetimeOver()
    {
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
        const qsizetype lineEnd = data.indexOf('\n');
        if (lineEnd < 0) {
            if (data.size() > limits().maxUrlBytes + kRequestLineSlack)
                return rejectLongUrl();
            if (available > limits().maxHeaderBytes)
                return rejectLongHead();
            return;
        }
        const QList<QByteArray> parts = data.left(lineEnd).trimmed().split(' ');
        if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
            return reject(HttpProblem::BadRequest, u"the request line is not 'METHOD /path HTTP/1.1'"_s);
        }
        if (parts[1].size() > limits().maxUrlBytes)
            return rejectLongUrl();

        const qsizetype end = headEnd(data);
        if (end < 0) {
            if (available > limits().maxHeaderBytes)
                return rejectLongHead();
            return;
        }
        if (end > limits().maxHeaderBytes)
            return rejectLongHead();

        QByteArray connectionTokens;
        for (const QByteArray& rawLine : data.mid(lineEnd + 1, end - lineEnd - 1).split('\n')) {
            const qsizetype colon = rawLine.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = rawLine.left(colon).trimmed().toLower();
            const QByteArray value = rawLine.mid(colon + 1).trimmed();
            bool numeric = true;
            const bool declaresBody = (name == "content-length" && (value.toLongLong(&numeric) != 0 || !numeric)) ||
                                      name == "transfer-encoding" || name == "expect";
            if (declaresBody) {
                return reject(HttpProblem::ContentTooLarge,
                              u"the API takes no request body: send parameters in the query string"_s);
            }
            if (name == "connection")
                connectionTokens += value + ',';
        }
        if (available > end) {
            return reject(HttpProblem::BadRequest,
                          u"send one request at a time, without a body, and wait for its answer"_s);
        }

        const ConnectionOption option = connectionOption(connectionTokens);
        const bool http10 = parts[2].trimmed() == "HTTP/1.0";
        m_closeAfterAnswer = option == ConnectionOption::Close || (http10 && option != ConnectionOption::KeepAlive);
        m_state = State::Answering;
        m_timer.stop();
        m_head.clear();
        m_headBytes = 0;
        if (m_attached) {
            // QtHttpServer's slot runs right after this one and parses the same bytes.
            m_headDelivered = true;
            return;
        }
        m_attached = true;
        m_headSize = end;
        m_gate->addPendingConnection(m_socket);
        emit m_gate->newConnection();
        // The head is already buffered, so no further readyRead would come from the network: wake the parser.
        QMetaObject::invokeMethod(m_socket, &QTcpSocket::readyRead, Qt::QueuedConnection);
    }

    void rejectLongUrl()
    {
        reject(HttpProblem::UriTooLong, u"the request target is longer than %1 bytes"_s.arg(limits().maxUrlBytes));
    }
    void rejectLongHead()
    {
        reject(HttpProblem::HeadersTooLarge,
               u"the request line and headers are longer than %1 bytes"_s.arg(limits().maxHeaderBytes));
    }

    QPointer<ConnectionGate> m_gate;
    QTcpSocket* m_socket;
    State m_state = State::ReadingHead;
    QByteArray m_head;        // the current head, collected while QtHttpServer also reads the socket
    qint64 m_headBytes = 0;   // bytes of the current head so far (m_head stops growing past the header limit)
    qsizetype m_headSize = 0; // the first head's size, to recognise QtHttpServer's wake-up
    bool m_headDelivered = false;
    bool m_attached = false; // handed to QtHttpServer (which then owns the socket)
    bool m_closeAfterAnswer = false;
    bool m_lingering = false;
    bool m_counted = true;
    qint64 m_discarded = 0;
    QTimer m_timer;    // head, idle or linger timeout, by state
    QTimer m_lifetime; // the whole connection's lifetime cap
};

ConnectionGate::ConnectionGate(RequestLimits limits, QObject* parent) : QTcpServer(parent), m_limits(limits) {}

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

void ConnectionGate::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    while (m_open >= m_limits.maxConnections && !m_idle.isEmpty())
        m_idle.takeFirst()->closeBecauseIdle();
    if (m_open >= m_limits.maxConnections) {
        HttpReply busy = gateReply(HttpProblem::TooManyConnections,
                                   u"the API has %1 connections open; try again shortly"_s.arg(m_open));
        busy.withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        socket->write(serialize(busy));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kLingerMs, socket, &QTcpSocket::abort);
        return;
    }
    auto* connection = new Connection(this, socket);
    connection->start();
}

} // namespace btcw
