// Test helpers: random valid v3 .onion names and a loopback echo server.
#pragma once

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <openssl/evp.h>

namespace btcw::test {

// RFC 4648 base32, lower case, no padding (what .onion names use).
inline QString base32(const QByteArray& data)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]));
    return out;
}

// A syntactically valid v3 onion (correct checksum) for a random key nobody publishes.
inline QString randomOnion()
{
    QByteArray pubkey(32, Qt::Uninitialized);
    for (auto& b : pubkey)
        b = char(QRandomGenerator::global()->bounded(256));
    const QByteArray version(1, '\x03');
    const QByteArray checksum =
        QCryptographicHash::hash(QByteArray(".onion checksum") + pubkey + version, QCryptographicHash::Sha3_256)
            .left(2);
    return base32(pubkey + checksum + version) + QStringLiteral(".onion");
}

// A v3 onion for a real ed25519 key that nobody publishes (Tor rejects random bytes as "bad address").
inline QString unpublishedOnion()
{
    EVP_PKEY* key = nullptr;
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    QByteArray pub(32, Qt::Uninitialized);
    size_t len = size_t(pub.size());
    const bool ok = ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_keygen(ctx, &key) == 1 &&
                    EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(pub.data()), &len) == 1;
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(ctx);
    if (!ok || len != 32)
        return {};
    const QByteArray version(1, '\x03');
    const QByteArray checksum =
        QCryptographicHash::hash(QByteArray(".onion checksum") + pub + version, QCryptographicHash::Sha3_256).left(2);
    return base32(pub + checksum + version) + QStringLiteral(".onion");
}

// Echoes every byte back; listens on 127.0.0.1, port 0.
class EchoServer : public QTcpServer
{
public:
    EchoServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                ++accepted;
                connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    int accepted = 0;
};

} // namespace btcw::test
