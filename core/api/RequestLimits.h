// The API's request limits and the listening socket that enforces the ones QtHttpServer has no knobs for.
#pragma once

#include "HttpReply.h"

#include <QTcpServer>

namespace btcw {

struct RequestLimits
{
    int maxUrlBytes = 8 * 1024;            // request target longer than this: 414
    int maxHeaderBytes = 16 * 1024;        // request line + headers longer than this: 431
    int headTimeoutMs = 10'000;            // no complete request head in this time: 408 and closed
    int maxConnections = 64;               // open connections beyond this: 503 at once
    int maxInFlightPerClient = 16;         // requests one peer address may have waiting for an answer: else 429
    double requestsPerSecond = 50;         // per peer address, token bucket refill rate
    int burst = 100;                       // per peer address, token bucket size
    int maxConnectionLifetimeMs = 300'000; // a handed-over connection is cut after this, answered or not
};

// A QTcpServer that reads each connection's request head itself (without consuming it) and hands the
// connection to QHttpServer only when the head is complete and within limits. Rejections are answered here
// with problem+json (400, 408, 413, 414, 431, 503). Every connection carries exactly one request and is
// closed once its answer is written, so every request passes through this gate.
class ConnectionGate : public QTcpServer
{
    Q_OBJECT
public:
    explicit ConnectionGate(RequestLimits limits, QObject* parent = nullptr);
    ~ConnectionGate() override;

    const RequestLimits& limits() const { return m_limits; }
    int openConnections() const { return m_open; }

    // The raw HTTP/1.1 bytes of a complete answer that closes the connection (also used in tests).
    static QByteArray serialize(const HttpReply& reply);

protected:
    void incomingConnection(qintptr handle) override;

private:
    class Connection;
    friend class Connection;

    RequestLimits m_limits;
    int m_open = 0;
};

} // namespace btcw
