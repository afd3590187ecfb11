// The API's request limits and the listening socket that enforces the ones QtHttpServer has no knobs for.
#pragma once

#include "HttpReply.h"

#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <memory>

class QTcpSocket;

namespace btcw {

struct RequestLimits
{
    int maxUrlBytes = 8 * 1024;        // request target longer than this: 414
    int maxHeaderBytes = 16 * 1024;    // request line + headers longer than this: 431
    int headTimeoutMs = 10'000;        // no complete request head in this time: 408 and closed
    int idleTimeoutMs = 5'000;         // kept-alive connection with no new request in this time: closed, no answer
    int maxConnections = 64;           // open connections beyond this: 503 at once (see ConnectionGate)
    int maxConnectionsPerAddress = 16; // open connections from one peer address beyond this: 503 at once
    // Connections from one address still sending a request head: 503 beyond. As many as one address may hold, so a
    // client opening its 16 connections at once (wrk -c16, a connection pool) is never refused.
    int maxIncompleteHeadsPerAddress = 16;
    int maxInFlightPerClient = 16; // requests one peer address may have waiting for an answer: else 429
    // Token holders' rate per peer address (token bucket refill rate); 0 = no rate limit, only the in-flight cap (a
    // local API is a work queue, like Bitcoin Core's RPC). The app turns it on for binds beyond loopback.
    double requestsPerSecond = 0;
    int burst = 100; // per peer address, token bucket size (when requestsPerSecond is on)
    // Requests without a valid token (401s, /docs): their own bucket, shared by all of loopback (per address
    // otherwise), never the token holders' one.
    double unauthenticatedPerSecond = 50;
    int unauthenticatedBurst = 100;
    int maxConnectionLifetimeMs = 300'000; // a connection is cut this long after it was accepted, answered or not
    // Event streams (GET /electrum/events): open ones beyond this are refused with 503. A stream leaves the
    // connection caps above and is exempt from the idle and lifetime cuts; it ends when its client goes or the API
    // stops.
    int maxEventStreams = 64;
    int eventHeartbeatMs = 15'000; // a comment line on every open stream this often
};

class GateConnection;

// The open connections of every HTTP thread, counted together so that the caps hold for the API as a whole: at most
// maxConnections open, maxConnectionsPerAddress from one peer address, of which maxIncompleteHeadsPerAddress still
// sending a head. Thread-safe: each thread's ConnectionGate admits and releases its own connections here, and a
// connection of another thread that must make room is told so through its own thread's event loop.
class ConnectionLedger
{
public:
    explicit ConnectionLedger(RequestLimits limits) : m_limits(limits) {}

    int openConnections() const;
    int openConnections(const QHostAddress& peer) const;

    // Counts a new connection from `peer` when the caps allow, after closing or evicting what the rules allow (see
    // ConnectionGate). Otherwise says why in `refusal`.
    bool admit(GateConnection* connection, const QHostAddress& peer, QString* refusal);
    // Where a counted connection is now: a new head started, answering, or kept alive waiting for the next request.
    void startedHead(GateConnection* connection);
    void answering(GateConnection* connection);
    void becameIdle(GateConnection* connection);
    // No longer counted (closed, or about to be). Nothing happens for a connection that is not counted.
    void release(GateConnection* connection);

private:
    enum class State
    {
        ReadingHead,
        Answering,
        Idle,
    };
    struct Entry
    {
        QHostAddress peer;
        State state = State::ReadingHead;
        quint64 headSince = 0; // orders the starts of request heads: lower is older
    };

    // Callers hold m_mutex.
    bool makeRoomFor(const QHostAddress& peer);
    void drop(GateConnection* connection);

    const RequestLimits m_limits;
    mutable QMutex m_mutex;
    QHash<GateConnection*, Entry> m_entries;
    QList<GateConnection*> m_idle;                        // kept-alive connections waiting, longest idle first
    QHash<QHostAddress, QList<GateConnection*>> m_byPeer; // open connections per peer address, oldest first
    quint64 m_sequence = 0;
};

// A QTcpServer that reads each connection's request head itself (without consuming it) and hands the
// connection to QHttpServer only when the head is complete and within limits. Rejections are answered here
// with problem+json (400, 408, 413, 414, 431, 503) and close the connection. Connections are persistent
// (HTTP/1.1 keep-alive): after an answer is written the next request on the same connection is checked here in
// the same way before QHttpServer parses it, with its own head timeout; a connection with no new request within
// idleTimeoutMs is closed without an answer. The connection is closed after the answer when the client sends
// "Connection: close", or uses HTTP/1.0 without "Connection: keep-alive". Requests are taken one at a time: bytes
// that arrive before the previous answer is out (pipelining) are dropped and the connection is closed after that
// answer, so a pipelining client resends them on a new connection. Connections are shared fairly between peer
// addresses (counted in a ConnectionLedger that the gates of all HTTP threads share): one address may hold
// maxConnectionsPerAddress, of which maxIncompleteHeadsPerAddress still sending a head, and is refused with 503
// beyond. At maxConnections, a new connection takes the place of the longest idle kept-alive one (closed without an
// answer), then of the oldest incomplete head of the busiest address when the newcomer's address holds fewer
// connections than that one; otherwise it is refused with 503.
class ConnectionGate : public QTcpServer
{
    Q_OBJECT
public:
    // Without a ledger the gate counts its connections alone.
    explicit ConnectionGate(RequestLimits limits, std::shared_ptr<ConnectionLedger> ledger = {},
                            QObject* parent = nullptr);
    ~ConnectionGate() override;

    const RequestLimits& limits() const { return m_limits; }
    int openConnections() const { return m_ledger->openConnections(); }
    int openConnections(const QHostAddress& peer) const { return m_ledger->openConnections(peer); }

    // The raw HTTP/1.1 bytes of a complete answer that closes the connection (also used in tests).
    static QByteArray serialize(const HttpReply& reply);

    // What a request's Connection header (its values joined by commas) asks for; "close" wins.
    enum class ConnectionOption
    {
        Default,   // HTTP/1.1: persistent; HTTP/1.0: closed after the answer
        KeepAlive, // "keep-alive"
        Close,     // "close"
    };
    static ConnectionOption connectionOption(QByteArrayView connectionHeader);

    // The connection from peer:port (the one whose request is being answered) becomes a long-lived stream: it leaves
    // the ledger (streams have a cap of their own), neither the idle nor the lifetime cut applies to it any more, and
    // what its client sends from now on is dropped. Its socket, to follow what is written and to close it; null when
    // no such connection is open on this gate.
    QTcpSocket* beginStream(const QHostAddress& peer, quint16 port);

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class GateConnection;

    void refuse(QTcpSocket* socket, const QString& detail);

    RequestLimits m_limits;
    std::shared_ptr<ConnectionLedger> m_ledger;
    QHash<QPair<QHostAddress, quint16>, QPointer<GateConnection>> m_byEndpoint; // for beginStream()
};

} // namespace btcw
