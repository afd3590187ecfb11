#include "net/Socks5Handshake.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QtEndian>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

constexpr char kVersion = 0x05;
constexpr char kNoAuthentication = 0x00;
constexpr char kUsernamePassword = 0x02;
constexpr quint8 kNoAcceptableMethod = 0xFF;
constexpr char kAuthenticationVersion = 0x01; // RFC 1929
constexpr char kConnect = 0x01;
constexpr char kIPv4 = 0x01;
constexpr char kDomainName = 0x03;
constexpr char kIPv6 = 0x04;
constexpr qsizetype kMaxField = 255; // a name, user or password is one length byte long

QString hexCode(int code)
{
    return u"0x"_s + QString::number(code, 16).rightJustified(2, u'0').toUpper();
}

} // namespace

Socks5Handshake::Socks5Handshake(QAbstractSocket* socket, ProxyTarget target, QString user, QString password,
                                 QObject* parent)
    : QObject(parent), m_socket(socket), m_target(std::move(target)), m_user(std::move(user)),
      m_password(std::move(password))
{
}

QByteArray Socks5Handshake::greeting(bool withPassword)
{
    // One method only: with credentials Tor must use them (they pick the circuit), so "no authentication" is not
    // offered beside them.
    QByteArray out;
    out.append(kVersion).append(char(1)).append(withPassword ? kUsernamePassword : kNoAuthentication);
    return out;
}

Result<QByteArray> Socks5Handshake::authentication(const QString& user, const QString& password)
{
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    if (u.isEmpty() || u.size() > kMaxField || p.size() > kMaxField) {
        return Error::make(ErrorKind::Internal,
                           u"the SOCKS credentials do not fit SOCKS5 (1 to 255 bytes each, the password up to 255)"_s);
    }
    QByteArray out;
    out.append(kAuthenticationVersion).append(char(u.size())).append(u).append(char(p.size())).append(p);
    return out;
}

Result<QByteArray> Socks5Handshake::connectRequest(const ProxyTarget& target)
{
    QByteArray out;
    out.append(kVersion).append(kConnect).append(char(0));
    const QHostAddress literal(target.host);
    if (!literal.isNull() && literal.protocol() == QAbstractSocket::IPv4Protocol) {
        out.append(kIPv4);
        quint32 v4 = qToBigEndian(literal.toIPv4Address());
        out.append(reinterpret_cast<const char*>(&v4), 4);
    } else if (!literal.isNull() && literal.protocol() == QAbstractSocket::IPv6Protocol) {
        out.append(kIPv6);
        const Q_IPV6ADDR v6 = literal.toIPv6Address();
        out.append(reinterpret_cast<const char*>(v6.c), 16);
    } else {
        // A name goes to the proxy as a name: Tor resolves it at the exit (or finds the onion service).
        const QByteArray name = target.host.toUtf8();
        if (name.isEmpty() || name.size() > kMaxField) {
            return Error::make(ErrorKind::BadAddress,
                               u"the host name %1 is too long for SOCKS5 (at most 255 bytes)"_s.arg(target.host));
        }
        out.append(kDomainName).append(char(name.size())).append(name);
    }
    const quint16 port = qToBigEndian(target.port);
    out.append(reinterpret_cast<const char*>(&port), 2);
    return out;
}

Error Socks5Handshake::replyError(int reply, const ProxyTarget& target)
{
    const QString name = target.name();
    const QString detail = u"SOCKS5 reply %1 from Tor while connecting to %2"_s.arg(hexCode(reply), name);
    const auto make = [&detail](ErrorKind kind, const QString& message) {
        return Error::make(kind, message, detail).withStage(u"connect"_s);
    };
    switch (reply) {
    case 0x01:
        return make(ErrorKind::Proxy,
                    u"Tor could not open the connection to %1: a relay on the circuit or Tor's exit reported a "
                    u"general failure"_s.arg(name));
    case 0x02:
        // Tor answers "not allowed" itself: its own rules, or no exit relay's policy allows the address and port.
        // Proxy, not NotAllowed: it is Tor's refusal, not one of our settings (the API's 403).
        return make(ErrorKind::Proxy,
                    u"the local Tor refused the name %1 (not allowed by its rules: no exit relay allows this address "
                    u"and port, or Tor's settings forbid it)"_s.arg(name));
    case 0x03:
        return make(ErrorKind::Unreachable, u"Tor's exit relay could not reach the network of %1"_s.arg(name));
    case 0x04:
        return make(ErrorKind::HostNotFound,
                    u"Tor's exit relay could not resolve or reach %1 (host unreachable)"_s.arg(name));
    case 0x05:
        return make(ErrorKind::ConnectionRefused,
                    target.onion
                        ? u"the onion service %1 refused the connection (nothing listens on that port)"_s.arg(name)
                        : u"%1 refused the connection (reported by Tor's exit relay)"_s.arg(name));
    case 0x06:
        return make(ErrorKind::Timeout, u"Tor gave up reaching %1: the circuit or the exit timed out"_s.arg(name));
    case 0x07:
    case 0x08:
        return make(ErrorKind::Proxy, u"the local Tor did not accept the connection request for %1"_s.arg(name));
    case 0xF0:
        return make(
            ErrorKind::Unreachable,
            u"the onion service %1 is not known to the Tor network (descriptor not found; it may be offline)"_s.arg(
                name));
    case 0xF1:
        return make(ErrorKind::Unreachable, u"the onion service %1 published an invalid descriptor"_s.arg(name));
    case 0xF2:
        return make(ErrorKind::Unreachable,
                    u"Tor could not reach any introduction point of the onion service %1"_s.arg(name));
    case 0xF3:
        return make(ErrorKind::Unreachable,
                    u"Tor could not complete the rendezvous with the onion service %1"_s.arg(name));
    case 0xF4:
        return make(ErrorKind::Proxy, u"the onion service %1 requires client authorization"_s.arg(name));
    case 0xF5:
        return make(ErrorKind::Proxy, u"the onion service %1 rejected the client authorization"_s.arg(name));
    case 0xF6:
        return make(ErrorKind::BadAddress, u"the local Tor refused the name %1: not a valid onion address"_s.arg(name));
    case 0xF7:
        return make(ErrorKind::Timeout, u"the introduction to the onion service %1 timed out"_s.arg(name));
    default:
        return make(ErrorKind::Proxy, u"Tor answered the connection to %1 with an unknown SOCKS5 code"_s.arg(name));
    }
}

void Socks5Handshake::start(std::function<void(const Status&)> done)
{
    m_done = std::move(done);
    if (!m_socket) {
        fail(ErrorKind::Internal, u"no socket for the SOCKS5 handshake"_s);
        return;
    }
    connect(m_socket, &QAbstractSocket::readyRead, this, &Socks5Handshake::onReadyRead);
    m_step = Step::Method;
    m_socket->write(greeting(!m_user.isEmpty()));
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void Socks5Handshake::onReadyRead()
{
    // Exactly what each step needs is read, never more: what follows the reply belongs to the stream.
    while (m_socket && m_step != Step::Done) {
        switch (m_step) {
        case Step::Method: {
            if (m_socket->bytesAvailable() < 2)
                return;
            const QByteArray answer = m_socket->read(2);
            if (answer.at(0) != kVersion) {
                fail(ErrorKind::Proxy, u"the Tor SOCKS port does not speak SOCKS5 (wrong port?)"_s,
                     u"first byte %1, expected 0x05"_s.arg(hexCode(quint8(answer.at(0)))));
                return;
            }
            const quint8 method = quint8(answer.at(1));
            const quint8 offered = m_user.isEmpty() ? quint8(kNoAuthentication) : quint8(kUsernamePassword);
            if (method == kNoAcceptableMethod || method != offered) {
                fail(ErrorKind::Proxy,
                     m_user.isEmpty() ? u"the SOCKS proxy wants authentication we do not have"_s
                                      : u"the SOCKS proxy does not accept the stream-isolation credentials"_s,
                     u"method %1 chosen, %2 offered"_s.arg(hexCode(method), hexCode(offered)));
                return;
            }
            if (method == quint8(kUsernamePassword)) {
                const auto auth = authentication(m_user, m_password);
                if (!auth) {
                    finish(auth.error().withStage(u"connect"_s));
                    return;
                }
                m_socket->write(*auth);
                m_step = Step::Authentication;
                break;
            }
            sendConnectRequest();
            break;
        }
        case Step::Authentication: {
            if (m_socket->bytesAvailable() < 2)
                return;
            const QByteArray answer = m_socket->read(2);
            if (answer.at(1) != 0) {
                fail(ErrorKind::Proxy, u"the SOCKS proxy refused our stream-isolation credentials"_s,
                     u"RFC 1929 status %1"_s.arg(hexCode(quint8(answer.at(1)))));
                return;
            }
            sendConnectRequest();
            break;
        }
        case Step::Reply: {
            const QByteArray head = m_socket->peek(5);
            if (head.size() < 2)
                return;
            if (head.at(0) != kVersion) {
                fail(ErrorKind::Proxy, u"the Tor SOCKS port answered the request with something other than SOCKS5"_s);
                return;
            }
            if (const int reply = quint8(head.at(1)); reply != 0) {
                // The code is all that matters; Tor may close before the rest of the reply.
                finish(replyError(reply, m_target));
                return;
            }
            if (head.size() < 5)
                return;
            qsizetype length = 0;
            switch (head.at(3)) {
            case kIPv4:
                length = 4 + 4 + 2;
                break;
            case kIPv6:
                length = 4 + 16 + 2;
                break;
            case kDomainName:
                length = 4 + 1 + quint8(head.at(4)) + 2;
                break;
            default:
                fail(ErrorKind::Proxy, u"the Tor SOCKS port sent a reply with an unknown address type"_s,
                     u"address type %1"_s.arg(hexCode(quint8(head.at(3)))));
                return;
            }
            if (m_socket->bytesAvailable() < length)
                return;
            (void)m_socket->read(length); // the bound address: Tor's, of no use here
            finish(success());
            return;
        }
        case Step::Idle:
        case Step::Done:
            return;
        }
    }
}

void Socks5Handshake::sendConnectRequest()
{
    const auto request = connectRequest(m_target);
    if (!request) {
        finish(request.error().withStage(u"connect"_s));
        return;
    }
    m_socket->write(*request);
    m_step = Step::Reply;
}

void Socks5Handshake::fail(ErrorKind kind, const QString& message, const QString& detail)
{
    finish(Error::make(kind, message, detail).withStage(u"connect"_s));
}

void Socks5Handshake::finish(const Status& status)
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    if (m_socket)
        m_socket->disconnect(this);
    if (auto done = std::exchange(m_done, {}))
        done(status);
}

} // namespace btcw
