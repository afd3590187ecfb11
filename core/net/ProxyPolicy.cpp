#include "net/ProxyPolicy.h"

#include "net/TorAccess.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <array>

using namespace Qt::StringLiterals;

namespace btcw {

namespace {

// Tor keys circuits on the SOCKS (username, password) pair (IsolateSOCKSAuth is on by default): the username
// separates servers, the password is a secret drawn once per process, so a restarted app never reuses the circuits
// of its previous run (which would make the two runs linkable for as long as Tor keeps those circuits).
const QString& runSecret()
{
    static const QString secret = ProxyPolicy::makeRunSecret();
    return secret;
}

// Tor's extended SOCKS5 replies (prop304, SocksPort flag ExtendedErrors), in plain words.
QString describeTorExtendedCode(int code)
{
    switch (code) {
    case 0xF0:
        return u"Tor could not find the onion service's descriptor (the service is offline or the address is wrong)"_s;
    case 0xF1:
        return u"the onion service's descriptor is invalid"_s;
    case 0xF2:
        return u"Tor could not introduce itself to the onion service (introduction failed)"_s;
    case 0xF3:
        return u"the onion service did not complete the rendezvous"_s;
    case 0xF4:
        return u"the onion service requires client authorization, and none is configured"_s;
    case 0xF5:
        return u"the onion service rejected our client authorization"_s;
    case 0xF6:
        return u"the .onion address is not valid"_s;
    case 0xF7:
        return u"the introduction to the onion service timed out"_s;
    default:
        return {};
    }
}

// Qt (6.4 … 6.8) reports reply codes it does not know as UnknownSocketError with the text
// "Unknown SOCKSv5 proxy error code 0x%1", formatting the code with a field width instead of a base and
// from a signed char, so 0xF0 reads "0x            -16". Accept that and a fixed, hexadecimal form.
int extendedCodeFromQtMessage(const QString& message)
{
    static const QRegularExpression re(u"error code 0x\\s*(-?[0-9A-Fa-f]+)\\s*$"_s);
    const auto match = re.match(message);
    if (!match.hasMatch())
        return -1;
    const QString token = match.captured(1);
    bool ok = false;
    int value = -1;
    if (token.startsWith(u'-')) {
        value = token.toInt(&ok, 10);
        if (ok)
            value &= 0xFF;
    } else if (token.contains(QRegularExpression(u"[A-Fa-f]"_s))) {
        value = token.toInt(&ok, 16);
    } else {
        value = token.toInt(&ok, 10);
    }
    return ok ? value : -1;
}

} // namespace

QString ProxyPolicy::isolationKeyFor(const ProxyTarget& target)
{
    // Stable across runs (one identity per server, not per connection) and short enough for SOCKS (≤255 bytes).
    const QByteArray digest =
        QCryptographicHash::hash(target.hostPort().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"btcw-"_s + QString::fromLatin1(digest);
}

QString ProxyPolicy::makeRunSecret()
{
    // 128 bits from the system's CSPRNG, as 32 hex digits (fits a SOCKS5 password, ≤255 bytes).
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), int(sizeof(words)));
    return u"btcw-run-"_s + QString::fromLatin1(bytes.toHex());
}

QString ProxyPolicy::isolationPassword()
{
    return runSecret();
}

QNetworkProxy ProxyPolicy::torProxyFor(const QString& socksHost, quint16 socksPort, const QString& isolationKey)
{
    QNetworkProxy proxy(QNetworkProxy::Socks5Proxy, socksHost, socksPort, isolationKey, isolationPassword());
    // HostNameLookupCapability makes QAbstractSocket hand the name to the proxy (SOCKS5 ATYP 3) instead of
    // resolving it locally: that is what keeps .onion (and every name under "all via Tor") off local DNS.
    proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
    return proxy;
}

std::optional<std::pair<QString, quint16>> ProxyPolicy::currentTorSocks() const
{
    return m_torAccess ? m_torAccess->usableSocks() : m_torSocks;
}

QString ProxyPolicy::currentUnavailableReason() const
{
    return m_torAccess ? m_torAccess->unavailableReason() : m_torUnavailableReason;
}

Error ProxyPolicy::torUnavailable(const ProxyTarget& target, const QString& reason, const QString& detail) const
{
    // A reason that is a sentence about Tor ("Tor is still starting …") follows a colon; a bare cause ("no running
    // Tor found at …") explains "Tor is not running".
    const bool sentence = reason.startsWith(u"Tor "_s);
    const QString why = reason.isEmpty() ? u"Tor is not running"_s
                        : sentence       ? reason
                                         : u"Tor is not running: "_s + reason;
    const QString where = detail.isEmpty() ? target.name() : target.name() + u": "_s + detail;
    if (target.onion) {
        return Error::make(ErrorKind::TorUnavailable,
                           (sentence ? u".onion servers need Tor: "_s : u".onion servers need Tor; "_s) + why, where);
    }
    // No fallback to a direct connection: the user asked that nothing bypasses Tor.
    return Error::make(ErrorKind::TorUnavailable,
                       (sentence ? u"\"Route all traffic through Tor\" is on: "_s
                                 : u"\"Route all traffic through Tor\" is on and "_s) +
                           why + u"; not connecting directly"_s,
                       where);
}

ProxyChoice ProxyPolicy::viaTor(const ProxyTarget& target, const std::pair<QString, quint16>& socks) const
{
    ProxyChoice choice;
    choice.viaTor = true;
    choice.isolationKey = isolationKeyFor(target);
    choice.proxy = torProxyFor(socks.first, socks.second, choice.isolationKey);
    return choice;
}

Result<ProxyChoice> ProxyPolicy::choose(const ProxyTarget& target) const
{
    if (!needsTor(target))
        return ProxyChoice{QNetworkProxy(QNetworkProxy::NoProxy), false, {}};
    if (const auto socks = currentTorSocks())
        return viaTor(target, *socks);
    return torUnavailable(target, currentUnavailableReason());
}

bool ProxyPolicy::canWaitForTor(const ProxyTarget& target) const
{
    return needsTor(target) && m_torAccess && !m_torAccess->usableSocks() && m_torAccess->canBecomeUsable();
}

void ProxyPolicy::chooseWhenTorReady(const ProxyTarget& target, QObject* context, std::chrono::milliseconds timeout,
                                     std::function<void(Result<ProxyChoice>)> done) const
{
    Q_ASSERT(context);
    if (!canWaitForTor(target)) {
        Result<ProxyChoice> now = choose(target);
        QTimer::singleShot(0, context, [done = std::move(done), now = std::move(now)] { done(now); });
        return;
    }
    // Copies what it needs: the policy may be a temporary, the TorAccess outlives it.
    const bool routeAll = m_routeAllViaTor;
    m_torAccess->whenUsable(context, timeout,
                            [target, routeAll, done = std::move(done)](Result<TorAccess::Endpoint> socks) {
                                ProxyPolicy policy;
                                policy.setRouteAllViaTor(routeAll);
                                if (!socks.ok()) {
                                    done(policy.torUnavailable(target, socks.error().message, socks.error().detail));
                                    return;
                                }
                                done(policy.viaTor(target, *socks));
                            });
}

Error describeProxyFailure(QAbstractSocket::SocketError error, const QString& rawSocketMessage,
                           const ProxyTarget& target, const QString& stage)
{
    // Some of Qt's messages carry "###" (a translator's disambiguation marker left in the source text, e.g.
    // "Remote host closed connection###"): not words for a user.
    QString socketMessage = rawSocketMessage;
    socketMessage.remove(u"###"_s);
    socketMessage = socketMessage.trimmed();
    const bool connecting = stage.isEmpty() || stage == u"connect"_s;
    const QString when = connecting                ? u"while connecting to %1 through Tor"_s
                         : stage == u"tls"_s       ? u"during the TLS handshake with %1 through Tor"_s
                         : stage == u"handshake"_s ? u"during the Electrum handshake with %1 through Tor"_s
                                                   : u"while waiting for %1's answer through Tor (connected)"_s;
    const QString detail =
        u"%1 (Qt socket error %2) %3"_s.arg(socketMessage).arg(int(error)).arg(when.arg(target.name()));
    const bool onion = target.onion;
    auto make = [&](ErrorKind kind, const QString& message) { return Error::make(kind, message, detail); };

    // What Qt's SOCKS5 engine turns each SOCKS reply into (qsocks5socketengine.cpp, Qt 6.4 … 6.8):
    //   0x01 general failure  -> NetworkError "General SOCKSv5 server failure", but HostNotFoundError when the
    //                            request carried a host name (Qt assumes a failed lookup, as Dante does)
    //   0x02 not allowed      -> SocketAccessError, or HostNotFoundError with a host name (same reason)
    //   0x03 net unreachable  -> NetworkError "Network unreachable"
    //   0x04 host unreachable -> HostNotFoundError
    //   0x05 refused          -> ConnectionRefusedError
    //   0x06 TTL expired      -> NetworkError "TTL expired"
    //   0x07/0x08             -> UnsupportedSocketOperationError
    //   other (Tor's 0xF0–0xF7 extended codes) -> UnknownSocketError, code only inside the message text.
    // Qt exposes no reply code, so general failure and host unreachable cannot be told apart for names,
    // and the NetworkError cases are told apart by Qt's (untranslated) English text.
    switch (error) {
    case QAbstractSocket::ProxyConnectionRefusedError:
        return make(ErrorKind::TorUnavailable, u"Tor's SOCKS port refused the connection (is Tor running?)"_s);
    case QAbstractSocket::ProxyNotFoundError:
        return make(ErrorKind::TorUnavailable, u"Tor's SOCKS proxy host could not be found"_s);
    case QAbstractSocket::ProxyConnectionClosedError:
        return make(ErrorKind::Proxy, u"Tor closed the SOCKS connection before it was set up"_s);
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return make(ErrorKind::Timeout, u"Tor's SOCKS port did not answer in time"_s);
    case QAbstractSocket::ProxyProtocolError:
        return make(ErrorKind::Proxy, u"the configured Tor port does not speak SOCKS5 (wrong port?)"_s);
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return make(ErrorKind::Proxy, u"the SOCKS proxy refused our stream-isolation credentials"_s);
    case QAbstractSocket::HostNotFoundError:
        return make(ErrorKind::HostNotFound,
                    onion ? u"Tor could not find or reach the onion service (descriptor not found, or the "
                            u"service is offline)"_s
                          // Qt folds SOCKS replies 1 (general failure: what the local Tor answers when no exit
                          // relay allows the name or port), 2 (not allowed) and 4 (the exit could not resolve or
                          // reach it) into this one error: say both, never blame the exit alone.
                          : u"Tor could not resolve or reach the host (the local Tor refused the name, e.g. no exit "
                            u"relay allows it, or the exit could not resolve or reach it)"_s);
    case QAbstractSocket::ConnectionRefusedError:
        return make(ErrorKind::ConnectionRefused,
                    onion ? u"the onion service refused the connection (nothing listens on that port)"_s
                          : u"the server refused the connection (reported by Tor's exit relay)"_s);
    case QAbstractSocket::SocketAccessError:
        return make(ErrorKind::NotAllowed, u"Tor's exit relays do not allow this connection (exit policy)"_s);
    case QAbstractSocket::UnsupportedSocketOperationError:
        return make(ErrorKind::Proxy, u"Tor does not support this kind of SOCKS request"_s);
    case QAbstractSocket::NetworkError:
        if (socketMessage.contains(u"TTL expired"_s, Qt::CaseInsensitive))
            return make(ErrorKind::Timeout,
                        onion ? u"Tor gave up reaching the onion service (TTL expired: circuit timed out)"_s
                              : u"Tor gave up reaching the host (TTL expired: circuit timed out)"_s);
        if (socketMessage.contains(u"unreachable"_s, Qt::CaseInsensitive))
            return make(ErrorKind::Unreachable, u"Tor reports the network is unreachable"_s);
        if (socketMessage.contains(u"General SOCKS"_s, Qt::CaseInsensitive))
            return make(ErrorKind::Proxy, u"Tor reported a general failure"_s);
        break;
    case QAbstractSocket::UnknownSocketError: {
        const int code = extendedCodeFromQtMessage(socketMessage);
        if (const QString text = describeTorExtendedCode(code); !text.isEmpty())
            return make(ErrorKind::Unreachable, text);
        if (code >= 0)
            return make(ErrorKind::Proxy, u"Tor answered with SOCKS error code 0x%1"_s.arg(code, 2, 16, QChar(u'0')));
        break;
    }
    case QAbstractSocket::SocketTimeoutError:
        return make(ErrorKind::Timeout,
                    connecting ? u"connecting through Tor timed out"_s : u"the connection through Tor timed out"_s);
    case QAbstractSocket::RemoteHostClosedError:
        return make(ErrorKind::ConnectionClosed, u"the connection through Tor was closed"_s);
    default:
        break;
    }
    return make(ErrorKind::Proxy,
                (connecting ? u"connecting through Tor failed: "_s : u"the connection through Tor failed: "_s) +
                    socketMessage);
}

} // namespace btcw
