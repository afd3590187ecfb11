#include "HttpCompat.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace btcw::httpcompat {

bool bindListeningServer(QHttpServer& http, QTcpServer* server)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return http.bind(server);
#else
    // 6.4's bind() returns nothing; it only needs a listening server.
    if (!server || !server->isListening())
        return false;
    http.bind(server);
    return true;
#endif
}

void setMissingHandler(QHttpServer& http, QObject* context, MissingHandler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    http.setMissingHandler(
        context, [handler = std::move(handler)](const QHttpServerRequest& request, QHttpServerResponder& responder) {
            handler(request, responder);
        });
#else
    Q_UNUSED(context);
    http.setMissingHandler(
        [handler = std::move(handler)](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handler(request, responder);
        });
#endif
}

void send(QHttpServerResponder& responder, const HttpReply& reply, bool headOnly)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    if (!reply.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
    for (const auto& [name, value] : reply.headers)
        headers.append(name, value);
    // 6.8's write() adds Content-Length itself; for HEAD that is the length of the empty body.
    responder.write(headOnly ? QByteArray() : reply.body, headers, status);
#else
    // 6.4's write() takes only an initializer_list of headers, so write the parts one by one.
    responder.writeStatusLine(status);
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(headOnly ? QByteArray() : reply.body); // also ends the header block
#endif
}

struct PendingResponder::Private
{
    Private(QHttpServerResponder&& r, bool head) : responder(std::move(r)), headOnly(head) {}

    QHttpServerResponder responder;
    bool headOnly = false;
    bool sent = false;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // 6.4 writes straight to the socket, which is deleted when the client disconnects.
    QPointer<QTcpSocket> socket = responder.socket();
#endif
};

PendingResponder::PendingResponder(QHttpServerResponder&& responder, bool headOnly)
    : d(std::make_unique<Private>(std::move(responder), headOnly))
{
}

PendingResponder::~PendingResponder() = default;

bool PendingResponder::isConnected() const
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    return d->socket && d->socket->isOpen();
#else
    return true;                                               // 6.8's responder tracks its stream itself
#endif
}

void PendingResponder::send(const HttpReply& reply)
{
    if (d->sent || !isConnected())
        return;
    d->sent = true;
    httpcompat::send(d->responder, reply, d->headOnly);
}

void PendingResponder::beginChunked(int status, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    if (d->sent || !isConnected())
        return;
    d->sent = true;
    const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders list;
    for (const auto& [name, value] : headers)
        list.append(name, value);
    d->responder.writeBeginChunked(list, code);
#else
    d->responder.writeStatusLine(code);
    for (const auto& [name, value] : headers)
        d->responder.writeHeader(name, value);
    d->responder.writeHeader(QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked"));
#endif
}

void PendingResponder::writeChunk(const QByteArray& data)
{
    if (!d->sent || data.isEmpty() || !isConnected())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    d->responder.writeChunk(data);
#else
    // writeBody() ends the header block before its first bytes, then writes what it is given as it is.
    d->responder.writeBody(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
#endif
}

void PendingResponder::endChunked(const QByteArray& last)
{
    if (!d->sent || !isConnected())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    d->responder.writeEndChunked(last);
#else
    QByteArray out;
    if (!last.isEmpty())
        out = QByteArray::number(last.size(), 16) + "\r\n" + last + "\r\n";
    d->responder.writeBody(out + "0\r\n\r\n");
#endif
}

quint16 peerPort(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    Q_UNUSED(responder);
    return request.remotePort();
#else
    Q_UNUSED(request);
    return responder.socket() ? responder.socket()->peerPort() : 0;
#endif
}

QByteArray requestHeader(const QHttpServerRequest& request, QByteArrayView name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return request.headers().value(name).toByteArray();
#else
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
#endif
}

QList<std::pair<QByteArray, QByteArray>> requestHeaders(const QHttpServerRequest& request)
{
    QList<std::pair<QByteArray, QByteArray>> out;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    for (const auto& [name, value] : request.headers().toListOfPairs())
        out.append({name, value});
#else
    for (const auto& [name, value] : request.headers())
        out.append({name, value});
#endif
    return out;
}

} // namespace btcw::httpcompat
