#include "TargetGuard.h"

#include <QHostInfo>
#include <QMetaObject>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace btcw {

namespace {

constexpr quint32 ipv4(quint8 a, quint8 b, quint8 c, quint8 d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

constexpr bool inIpv4Net(quint32 address, quint32 network, int prefixLength)
{
    const quint32 mask = prefixLength == 0 ? 0 : ~quint32(0) << (32 - prefixLength);
    return (address & mask) == (network & mask);
}

AddressClass classifyIpv4(quint32 a)
{
    if (inIpv4Net(a, ipv4(0, 0, 0, 0), 8))
        return AddressClass::Unspecified;
    if (inIpv4Net(a, ipv4(127, 0, 0, 0), 8))
        return AddressClass::Loopback;
    if (inIpv4Net(a, ipv4(10, 0, 0, 0), 8) || inIpv4Net(a, ipv4(172, 16, 0, 0), 12) ||
        inIpv4Net(a, ipv4(192, 168, 0, 0), 16))
        return AddressClass::Private;
    if (inIpv4Net(a, ipv4(100, 64, 0, 0), 10))
        return AddressClass::SharedCgnat;
    if (inIpv4Net(a, ipv4(169, 254, 0, 0), 16))
        return AddressClass::LinkLocal;
    if (a == ipv4(255, 255, 255, 255))
        return AddressClass::Broadcast;
    if (inIpv4Net(a, ipv4(224, 0, 0, 0), 4))
        return AddressClass::Multicast;
    if (inIpv4Net(a, ipv4(192, 0, 2, 0), 24) || inIpv4Net(a, ipv4(198, 51, 100, 0), 24) ||
        inIpv4Net(a, ipv4(203, 0, 113, 0), 24))
        return AddressClass::Documentation;
    // 240/4 future use, 198.18/15 benchmarking, 192.0.0/24 IETF protocol assignments, 192.88.99/24 old 6to4 relays.
    if (inIpv4Net(a, ipv4(240, 0, 0, 0), 4) || inIpv4Net(a, ipv4(198, 18, 0, 0), 15) ||
        inIpv4Net(a, ipv4(192, 0, 0, 0), 24) || inIpv4Net(a, ipv4(192, 88, 99, 0), 24))
        return AddressClass::Reserved;
    return AddressClass::Public;
}

quint32 ipv4At(const Q_IPV6ADDR& b, int offset)
{
    return ipv4(b[offset], b[offset + 1], b[offset + 2], b[offset + 3]);
}

bool zeroBytes(const Q_IPV6ADDR& b, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (b[i] != 0)
            return false;
    }
    return true;
}

AddressClass classifyIpv6(const Q_IPV6ADDR& b)
{
    if (zeroBytes(b, 0, 16))
        return AddressClass::Unspecified;
    if (zeroBytes(b, 0, 15) && b[15] == 1)
        return AddressClass::Loopback;
    // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (deprecated compatible form): the IPv4 part is what a socket reaches.
    if (zeroBytes(b, 0, 10) && ((b[10] == 0xff && b[11] == 0xff) || (b[10] == 0 && b[11] == 0)))
        return classifyIpv4(ipv4At(b, 12));
    // 64:ff9b::/96, the well-known NAT64 prefix: a translator forwards to the embedded IPv4 address.
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && zeroBytes(b, 4, 12))
        return classifyIpv4(ipv4At(b, 12));
    // 64:ff9b:1::/48, local-use NAT64 (RFC 8215).
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4] == 0x00 && b[5] == 0x01)
        return AddressClass::Private;
    // 2002::/16, 6to4: a relay forwards to the IPv4 address in bits 16..47.
    if (b[0] == 0x20 && b[1] == 0x02)
        return classifyIpv4(ipv4At(b, 2));
    if (b[0] == 0xff)
        return AddressClass::Multicast;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        return AddressClass::LinkLocal;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
        return AddressClass::Private; // fec0::/10, deprecated site-local
    if ((b[0] & 0xfe) == 0xfc)
        return AddressClass::Private; // fc00::/7, unique local
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
        return AddressClass::Documentation; // 2001:db8::/32
    if (b[0] == 0x3f && b[1] == 0xff && (b[2] & 0xf0) == 0x00)
        return AddressClass::Documentation; // 3fff::/20 (RFC 9637)
    // 2001::/23 IETF protocol assignments (Teredo, benchmarking, ORCHID …): not ordinary servers.
    if (b[0] == 0x20 && b[1] == 0x01 && (b[2] & 0xfe) == 0x00)
        return AddressClass::Reserved;
    // Only 2000::/3 is global unicast; the rest (100::/64 discard included) is reserved or unassigned.
    if ((b[0] & 0xe0) != 0x20)
        return AddressClass::Reserved;
    return AddressClass::Public;
}

Error refusal(const QString& subject, const QHostAddress& address, AddressClass cls)
{
    const QString what = subject.isEmpty()
                             ? QStringLiteral("%1 is %2").arg(address.toString(), describeAddressClass(cls))
                             : QStringLiteral("%1 resolves to %2, which is %3")
                                   .arg(subject, address.toString(), describeAddressClass(cls));
    Error e = Error::make(ErrorKind::NotAllowed,
                          what + QStringLiteral("; private targets are refused unless 'allow private targets' is on."));
    e.stage = QStringLiteral("target");
    return e;
}

// Strips IPv6 brackets and surrounding blanks; does not lower-case (the resolver does not care).
QString bareHost(const QString& host)
{
    QString h = host.trimmed();
    if (h.size() >= 2 && h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return h;
}

bool isOnionHost(const QString& host)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h.endsWith(QLatin1String(".onion")) && h.size() > 6;
}

template <typename T> void deliver(QObject* context, std::function<void(Result<T>)> callback, Result<T> result)
{
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result = std::move(result)]() { callback(result); },
        Qt::QueuedConnection);
}

} // namespace

QString describeAddressClass(AddressClass cls)
{
    switch (cls) {
    case AddressClass::Public:
        return QStringLiteral("a public address");
    case AddressClass::Unspecified:
        return QStringLiteral("an unspecified (\"this host\") address");
    case AddressClass::Loopback:
        return QStringLiteral("a loopback address");
    case AddressClass::Private:
        return QStringLiteral("a private-network address");
    case AddressClass::SharedCgnat:
        return QStringLiteral("a carrier-grade NAT (shared) address");
    case AddressClass::LinkLocal:
        return QStringLiteral("a link-local address");
    case AddressClass::Multicast:
        return QStringLiteral("a multicast address");
    case AddressClass::Broadcast:
        return QStringLiteral("the broadcast address");
    case AddressClass::Documentation:
        return QStringLiteral("a documentation-only address");
    case AddressClass::Reserved:
        return QStringLiteral("a reserved (not globally routable) address");
    }
    return QStringLiteral("an unknown kind of address");
}

AddressClass classifyAddress(const QHostAddress& address)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return classifyIpv4(address.toIPv4Address());
    case QAbstractSocket::IPv6Protocol:
        return classifyIpv6(address.toIPv6Address());
    default:
        // A null or unparsed address is nothing anyone should connect to.
        return AddressClass::Unspecified;
    }
}

TargetGuard::TargetGuard(QObject* parent) : QObject(parent) {}

void TargetGuard::setResolver(Resolver resolver)
{
    m_resolver = std::move(resolver);
}

bool TargetGuard::passesAtOnce(const QString& host) const
{
    const QString h = bareHost(host);
    if (h.isEmpty())
        return false;
    if (isOnionHost(h))
        return true;
    const QHostAddress literal(h);
    return !literal.isNull() && (allowsPrivateTargets() || isPublicAddress(literal));
}

void TargetGuard::check(const QString& host, QObject* context, std::function<void(Result<CheckedTarget>)> callback,
                        bool allowPrivateHere) const
{
    const bool allowPrivate = allowsPrivateTargets() || allowPrivateHere;
    const QString h = bareHost(host);
    if (h.isEmpty()) {
        deliver<CheckedTarget>(context, std::move(callback),
                               Error::make(ErrorKind::InvalidArgument, QStringLiteral("The target host is empty.")));
        return;
    }
    CheckedTarget target;
    target.host = h;

    // Onion services are reached through Tor, which resolves them remotely; a local lookup would only leak the name.
    if (isOnionHost(h)) {
        target.isOnion = true;
        deliver<CheckedTarget>(context, std::move(callback), target);
        return;
    }

    QHostAddress literal;
    const bool isLiteral = literal.setAddress(h);
    if (isLiteral) {
        target.addresses = {literal};
        const AddressClass cls = classifyAddress(literal);
        if (cls != AddressClass::Public && !allowPrivate) {
            deliver<CheckedTarget>(context, std::move(callback), refusal({}, literal, cls));
            return;
        }
        deliver<CheckedTarget>(context, std::move(callback), target);
        return;
    }

    // Under "all via Tor" the name is Tor's to resolve; Tor's exits refuse private addresses themselves.
    if (m_namesViaTor && m_namesViaTor()) {
        target.nameViaTor = true;
        deliver<CheckedTarget>(context, std::move(callback), target);
        return;
    }

    // With private targets allowed a name is still resolved here, once: the caller then connects to exactly these
    // addresses, so every connection made after a check goes where the check looked.
    auto onResolved = [target, allowPrivate,
                       callback = std::move(callback)](Result<QList<QHostAddress>> resolved) mutable {
        if (!resolved.ok()) {
            callback(resolved.error().withStage(QStringLiteral("target")));
            return;
        }
        if (resolved.value().isEmpty()) {
            callback(Error::make(ErrorKind::HostNotFound, QStringLiteral("%1 has no addresses.").arg(target.host))
                         .withStage(QStringLiteral("target")));
            return;
        }
        // Every address must pass: the socket may pick any of them, and a rebinding attacker controls which.
        const auto refused = std::find_if(resolved.value().cbegin(), resolved.value().cend(),
                                          [](const QHostAddress& a) { return !isPublicAddress(a); });
        if (!allowPrivate && refused != resolved.value().cend()) {
            callback(refusal(target.host, *refused, classifyAddress(*refused)));
            return;
        }
        target.addresses = resolved.value();
        callback(target);
    };
    // The watch object scopes the lookup and its timer to `context` and is gone after the first answer.
    auto* watch = new QObject(context);
    auto finished = std::make_shared<bool>(false);
    auto finish = [watch, finished, onResolved = std::move(onResolved)](Result<QList<QHostAddress>> r) mutable {
        if (*finished)
            return;
        *finished = true;
        watch->deleteLater();
        onResolved(std::move(r));
    };
    QTimer::singleShot(m_resolveTimeoutMs, watch, [finish, h, ms = m_resolveTimeoutMs]() mutable {
        finish(Error::make(ErrorKind::Timeout, QStringLiteral("Resolving %1 took longer than %2 ms.").arg(h).arg(ms))
                   .withStage(QStringLiteral("target")));
    });
    if (m_resolver)
        m_resolver(h, watch, finish);
    else
        resolveWithQHostInfo(h, watch, finish);
}

void TargetGuard::resolveWithQHostInfo(const QString& host, QObject* context, ResolveCallback done)
{
    QHostInfo::lookupHost(host, context, [host, done = std::move(done)](const QHostInfo& info) {
        if (info.error() != QHostInfo::NoError) {
            done(Error::make(ErrorKind::HostNotFound, QStringLiteral("Cannot resolve %1.").arg(host),
                             info.errorString()));
            return;
        }
        done(info.addresses());
    });
}

} // namespace btcw
