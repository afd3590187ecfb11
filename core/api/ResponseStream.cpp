#include "ResponseStream.h"

#include "HttpCompat.h"

#include <QTcpSocket>
#include <QTimer>

namespace btcw {

ResponseStream::ResponseStream(std::shared_ptr<httpcompat::PendingResponder> responder, QTcpSocket* socket,
                               Decorate decorate, std::shared_ptr<std::atomic<int>> openStreams, QObject* parent)
    : QObject(parent), m_responder(std::move(responder)), m_socket(socket), m_decorate(std::move(decorate)),
      m_openStreams(std::move(openStreams))
{
    ++*m_openStreams;
    if (!m_socket)
        return;
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_ended = true;
        emit clientGone();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket && m_socket->bytesToWrite() == 0)
            emit drained();
    });
}

ResponseStream::~ResponseStream()
{
    --*m_openStreams;
}

bool ResponseStream::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 ResponseStream::bytesPending() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void ResponseStream::refuse(const HttpReply& reply)
{
    if (m_opened || m_ended)
        return;
    m_ended = true;
    HttpReply closing = m_decorate(reply);
    closing.withHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    m_responder->send(closing);
    finish();
}

void ResponseStream::open(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    if (m_opened || m_ended)
        return;
    m_opened = true;
    HttpReply head = m_decorate(HttpReply{});
    head.headers += headers;
    m_responder->beginChunked(head.status, head.headers);
}

void ResponseStream::write(const QByteArray& bytes)
{
    if (isOpen())
        m_responder->writeChunk(bytes);
}

void ResponseStream::end(const QByteArray& last)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_opened)
        m_responder->endChunked(last);
    finish();
}

void ResponseStream::shutDown()
{
    if (!m_ended)
        emit shuttingDown();
    end();
    if (m_socket)
        m_socket->flush(); // the last event leaves before the front closes every connection
}

void ResponseStream::finish()
{
    // The connection was taken out of keep-alive: it ends with this answer, once the bytes are out.
    if (m_socket)
        m_socket->disconnectFromHost();
}

} // namespace btcw
