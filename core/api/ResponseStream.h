// A long-lived answer (Server-Sent Events) on the HTTP thread that took its request: refused with a complete reply,
// or opened with a status line and headers, written in chunks, then ended. The front ends every open one when it
// stops, and counts them against RequestLimits::maxEventStreams.
#pragma once

#include "HttpReply.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QTcpSocket;

namespace btcw {

namespace httpcompat {
class PendingResponder;
}

class ResponseStream : public QObject
{
    Q_OBJECT
public:
    using Decorate = std::function<HttpReply(HttpReply)>;

    // socket: the connection, already out of the gate's cuts (ConnectionGate::beginStream). openStreams is counted
    // up now and down when this object goes.
    ResponseStream(std::shared_ptr<httpcompat::PendingResponder> responder, QTcpSocket* socket, Decorate decorate,
                   std::shared_ptr<std::atomic<int>> openStreams, QObject* parent = nullptr);
    ~ResponseStream() override;

    // A complete answer instead of a stream (e.g. a refused target); the connection closes once it is written.
    void refuse(const HttpReply& reply);
    // 200 with these headers (besides the server's own), then write() as often as needed.
    void open(const QList<QPair<QByteArray, QByteArray>>& headers);
    void write(const QByteArray& bytes);
    // The last bytes, then the end of the body; the connection closes once they are written.
    void end(const QByteArray& last = {});

    bool isOpen() const { return m_opened && !m_ended; }
    bool hasEnded() const { return m_ended; }
    bool isConnected() const;
    // Written and not yet taken by the network: a client that reads slowly makes this grow.
    qint64 bytesPending() const;

    // The front stops: whoever writes the stream ends it (shuttingDown), else it ends here.
    void shutDown();

signals:
    void clientGone();   // the client closed the connection
    void drained();      // everything written so far has left
    void shuttingDown(); // end now, with a last word if there is one

private:
    void finish();

    std::shared_ptr<httpcompat::PendingResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    Decorate m_decorate;
    std::shared_ptr<std::atomic<int>> m_openStreams;
    bool m_opened = false;
    bool m_ended = false;
};

} // namespace btcw
