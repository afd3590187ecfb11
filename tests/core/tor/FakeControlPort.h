// A fake Tor control port for unit tests: answers each command line through a handler, in the real reply grammar.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>
#include <memory>

namespace btcw::test {

// handler: (command line without CRLF) -> raw reply bytes (CRLF lines); empty = silence.
class FakeControlPort : public QTcpServer
{
public:
    std::function<QByteArray(const QByteArray&)> handler;
    QList<QByteArray> commands;
    QPointer<QTcpSocket> client;

    FakeControlPort()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            client = nextPendingConnection();
            // Owned by the connection's lambda: freed whichever of server and socket goes first.
            auto buffer = std::make_shared<QByteArray>();
            connect(client, &QTcpSocket::readyRead, this, [this, buffer] {
                *buffer += client->readAll();
                qsizetype nl;
                while ((nl = buffer->indexOf("\r\n")) >= 0) {
                    const QByteArray line = buffer->left(nl);
                    buffer->remove(0, nl + 2);
                    commands.append(line);
                    const QByteArray reply = handler ? handler(line) : QByteArray();
                    if (!reply.isEmpty())
                        client->write(reply);
                }
            });
        });
        listen(QHostAddress::LocalHost, 0);
    }
};

inline QByteArray protocolInfo(const QString& methods, const QString& cookie = {})
{
    const QByteArray cookieFile = cookie.isEmpty() ? QByteArray() : " COOKIEFILE=\"" + cookie.toUtf8() + '"';
    return "250-PROTOCOLINFO 1\r\n250-AUTH METHODS=" + methods.toLatin1() + cookieFile +
           "\r\n250-VERSION Tor=\"0.4.9.11\"\r\n250 OK\r\n";
}

// A Tor whose control port has HashedControlPassword set: only AUTHENTICATE "<password>" (quoted, escaped) works.
// After that it answers the bootstrap phase with `progress`.
inline std::function<QByteArray(const QByteArray&)> hashedPasswordTor(const QString& password, int progress = 100)
{
    return [password, progress](const QByteArray& line) -> QByteArray {
        if (line.startsWith("PROTOCOLINFO"))
            return protocolInfo(QStringLiteral("HASHEDPASSWORD"));
        if (line.startsWith("AUTHENTICATE")) {
            QString quoted = password;
            quoted.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
                .replace(QStringLiteral("\""), QStringLiteral("\\\""));
            if (line == "AUTHENTICATE \"" + quoted.toUtf8() + '"')
                return "250 OK\r\n";
            return "515 Authentication failed: Password did not match HashedControlPassword value from "
                   "configuration\r\n";
        }
        if (line == "GETINFO status/bootstrap-phase")
            return "250-status/bootstrap-phase=NOTICE BOOTSTRAP PROGRESS=" + QByteArray::number(progress) +
                   " TAG=done SUMMARY=\"Done\"\r\n250 OK\r\n";
        if (line.startsWith("SETEVENTS"))
            return "250 OK\r\n";
        return "510 Unrecognized command\r\n";
    };
}

} // namespace btcw::test
