// The one place where QtHttpServer 6.4 and 6.8+ differ: binding, handler signatures, writing replies.
#pragma once

#include "HttpReply.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QtGlobal>
#include <functional>
#include <memory>
#include <utility>

class QTcpServer;

namespace btcw::httpcompat {

// How a route handler receives the responder: 6.4 passes it by rvalue, 6.8+ by lvalue reference.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
using ResponderArg = QHttpServerResponder&;
#else
using ResponderArg = QHttpServerResponder&&;
#endif

// Hands a listening QTcpServer to the HTTP server (which takes ownership). False if it refused.
bool bindListeningServer(QHttpServer& http, QTcpServer* server);

// Called for requests that no route matched.
using MissingHandler = std::function<void(const QHttpServerRequest&, QHttpServerResponder&)>;
void setMissingHandler(QHttpServer& http, QObject* context, MissingHandler handler);

// A responder kept alive until an asynchronous answer is ready. send() writes once; if the client
// has gone away in the meantime nothing is written.
class PendingResponder
{
public:
    explicit PendingResponder(QHttpServerResponder&& responder, bool headOnly);
    ~PendingResponder();
    PendingResponder(const PendingResponder&) = delete;
    PendingResponder& operator=(const PendingResponder&) = delete;

    bool isConnected() const;
    void send(const HttpReply& reply);

    // A streamed answer instead of send(): the status line and headers with "Transfer-Encoding: chunked" (6.4 has
    // no chunked writer: the chunks are framed here; 6.8+ frames them itself), then chunks, then the last chunk and
    // the end of the body. Nothing is written once the client has gone.
    void beginChunked(int status, const QList<QPair<QByteArray, QByteArray>>& headers);
    void writeChunk(const QByteArray& data);
    void endChunked(const QByteArray& last);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Writes a complete reply at once (HEAD: the headers only).
void send(QHttpServerResponder& responder, const HttpReply& reply, bool headOnly);

// The port the request came from (with its address, which connection it is: see ConnectionGate::beginStream).
quint16 peerPort(const QHttpServerRequest& request, QHttpServerResponder& responder);

// A request header's value (case-insensitive name), empty if absent.
QByteArray requestHeader(const QHttpServerRequest& request, QByteArrayView name);
// Every request header, as received.
QList<std::pair<QByteArray, QByteArray>> requestHeaders(const QHttpServerRequest& request);

} // namespace btcw::httpcompat
