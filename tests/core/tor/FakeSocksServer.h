// Test double: a SOCKS5 server on loopback that records what clients send and answers as told.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>
#include <utility>

namespace btcw::test {

class FakeSocksServer : public QTcpServer
{
public:
    enum class Mode
    {
        Socks,
        Garbage,
        CloseAtOnce,
        CloseAfterConnect, // answers the CONNECT with success, then closes (an exit dropping the stream)
        Forward            // connects every CONNECT to forwardHost:forwardPort (an exit that reaches the test server)
    };

    // port 0: any free port; another: that one (a Tor "coming back" on the port it had).
    explicit FakeSocksServer(Mode mode = Mode::Socks, quint16 port = 0) : m_mode(mode)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection())
                serve(s);
        });
        listen(QHostAddress::LocalHost, port);
    }

    quint8 replyCode = 0x00;                           // the CONNECT reply (0 = success, then echo)
    quint8 authStatus = 0x00;                          // the RFC 1929 answer (0 = accepted)
    QHostAddress forwardHost{QHostAddress::LocalHost}; // Mode::Forward: where every stream really goes
    quint16 forwardPort = 0;

    struct Request
    {
        int addressType = 0;
        QString host;
        quint16 port = 0;
    };
    QList<Request> requests; // every CONNECT, in order

    // What the last client sent.
    int connections = 0;
    QByteArray greeting;
    QString user, password;
    int addressType = 0; // 1 IPv4, 3 domain name, 4 IPv6
    QString requestedHost;
    quint16 requestedPort = 0;

private:
    void serve(QTcpSocket* s)
    {
        ++connections;
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        if (m_mode == Mode::CloseAtOnce) {
            s->close();
            return;
        }
        auto* buffer = new QByteArray;
        auto* stage = new int(0);
        connect(s, &QObject::destroyed, s, [buffer, stage] {
            delete buffer;
            delete stage;
        });
        connect(s, &QTcpSocket::readyRead, s, [this, s, buffer, stage] {
            if (*stage == 4) // forwarding: forward() reads
                return;
            *buffer += s->readAll();
            if (m_mode == Mode::Garbage) {
                s->write("HTTP/1.0 400 Bad Request\r\n\r\n");
                return;
            }
            for (bool progress = true; progress;) {
                progress = false;
                const auto& b = *buffer;
                if (*stage == 0 && b.size() >= 2 && b.size() >= 2 + quint8(b[1])) { // greeting
                    greeting = b.left(2 + quint8(b[1]));
                    const bool wantsPassword = greeting.mid(2).contains('\x02');
                    s->write(QByteArray::fromHex(wantsPassword ? "0502" : "0500"));
                    buffer->remove(0, greeting.size());
                    *stage = wantsPassword ? 1 : 2;
                    progress = true;
                } else if (*stage == 1 && b.size() >= 2) { // RFC 1929 username/password
                    const int ulen = quint8(b[1]);
                    if (b.size() < 3 + ulen)
                        return;
                    const int plen = quint8(b[2 + ulen]);
                    if (b.size() < 3 + ulen + plen)
                        return;
                    user = QString::fromLatin1(b.mid(2, ulen));
                    password = QString::fromLatin1(b.mid(3 + ulen, plen));
                    buffer->remove(0, 3 + ulen + plen);
                    s->write(QByteArray::fromHex(authStatus == 0 ? "0100" : "0101"));
                    if (authStatus != 0) {
                        s->disconnectFromHost();
                        return;
                    }
                    *stage = 2;
                    progress = true;
                } else if (*stage == 2 && b.size() >= 5) { // CONNECT request
                    addressType = quint8(b[3]);
                    int consumed = 0;
                    if (addressType == 1 && b.size() >= 10) {
                        requestedHost = QHostAddress(qFromBigEndian<quint32>(b.constData() + 4)).toString();
                        consumed = 10;
                    } else if (addressType == 3 && b.size() >= 7 + quint8(b[4])) {
                        requestedHost = QString::fromLatin1(b.mid(5, quint8(b[4])));
                        consumed = 7 + quint8(b[4]);
                    } else if (addressType == 4 && b.size() >= 22) {
                        requestedHost = QHostAddress(reinterpret_cast<const quint8*>(b.constData() + 4)).toString();
                        consumed = 22;
                    } else {
                        return;
                    }
                    requestedPort = qFromBigEndian<quint16>(b.constData() + consumed - 2);
                    requests.append({addressType, requestedHost, requestedPort});
                    buffer->remove(0, consumed);
                    if (m_mode == Mode::Forward) {
                        forward(s, buffer);
                        *stage = 4;
                        return;
                    }
                    QByteArray reply = QByteArray::fromHex("0500000100000000"
                                                           "0000");
                    reply[1] = char(replyCode);
                    s->write(reply);
                    if (replyCode != 0 || m_mode == Mode::CloseAfterConnect)
                        s->disconnectFromHost();
                    *stage = 3;
                    progress = true;
                } else if (*stage == 3 && !b.isEmpty()) { // connected: echo
                    s->write(b);
                    buffer->clear();
                }
            }
        });
    }

    // Mode::Forward: answers success once the upstream connection is up, then pipes both ways.
    void forward(QTcpSocket* s, QByteArray* pending)
    {
        auto* upstream = new QTcpSocket(s);
        upstream->setProxy(QNetworkProxy::NoProxy);
        connect(upstream, &QTcpSocket::connected, s, [s, upstream, pending] {
            s->write(QByteArray::fromHex("05000001000000000000"));
            if (!pending->isEmpty())
                upstream->write(std::exchange(*pending, {}));
            if (s->bytesAvailable() > 0)
                upstream->write(s->readAll());
            connect(s, &QTcpSocket::readyRead, upstream, [s, upstream] { upstream->write(s->readAll()); });
        });
        connect(upstream, &QTcpSocket::readyRead, s, [s, upstream] { s->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, s, [s] { s->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::errorOccurred, s, [s](QAbstractSocket::SocketError) {
            s->write(QByteArray::fromHex("05050001000000000000")); // connection refused
            s->disconnectFromHost();
        });
        upstream->connectToHost(forwardHost, forwardPort);
    }

    Mode m_mode;
};

} // namespace btcw::test
