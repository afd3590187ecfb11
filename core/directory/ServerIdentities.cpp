#include "ServerIdentities.h"

#include "directory/ServerDirectory.h"
#include "net/TargetGuard.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QSet>
#include <algorithm>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

// A port from `hosts`: a number or a numeric string in 1…65535; 0 when absent (or 0, as some servers write it);
// -1 when present but bad.
int portValue(const QJsonObject& ports, QLatin1String key)
{
    const QJsonValue value = ports.value(key);
    if (value.isUndefined() || value.isNull())
        return 0;
    bool ok = true;
    const double number = value.isString() ? value.toString().toDouble(&ok) : value.toDouble(-1);
    if (ok && number == 0)
        return 0;
    if (!ok || number < 1 || number > 65535 || number != double(int(number)))
        return -1;
    return int(number);
}

bool seedLess(const QString& a, const QString& b)
{
    ServerEntry x;
    x.host = a;
    x.kind = ServerAddress::classifyHost(a);
    ServerEntry y;
    y.host = b;
    y.kind = ServerAddress::classifyHost(b);
    return seedOrderLess(x, y);
}

int strength(TwinState state)
{
    switch (state) {
    case TwinState::Announced:
        return 0;
    case TwinState::Unconfirmed:
        return 1;
    case TwinState::Confirmed:
        return 2;
    case TwinState::Conflicting:
        return 3; // a conflict seen from either side wins: such a pair is never grouped
    }
    return 0;
}

} // namespace

ServerAddress AnnouncedHost::address(Transport preferred) const
{
    const bool tls = tlsPort && (preferred == Transport::Tls || !tcpPort);
    const Result<ServerAddress> made = tls       ? ServerAddress::create(host, *tlsPort, Transport::Tls)
                                       : tcpPort ? ServerAddress::create(host, *tcpPort, Transport::Tcp)
                                                 : Result<ServerAddress>(ServerAddress());
    return made.ok() ? made.value() : ServerAddress();
}

AnnouncedHosts parseAnnouncedHosts(const QJsonValue& hosts, bool allowPrivate, int cap)
{
    AnnouncedHosts out;
    if (!hosts.isObject())
        return out;
    const QJsonObject object = hosts.toObject();
    QSet<QString> seen;
    int looked = 0;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (looked++ >= cap) {
            ++out.omitted;
            continue;
        }
        const QString shown = it.key().size() > 80 ? it.key().left(80) + u"…"_s : it.key();
        auto reject = [&](const QString& reason) { out.rejected.append(RejectedHost{shown, reason}); };
        const Result<QString> host = ServerAddress::normalizeHost(it.key());
        if (!host.ok()) {
            reject(host.error().message);
            continue;
        }
        AnnouncedHost entry;
        entry.host = host.value();
        entry.kind = ServerAddress::classifyHost(entry.host);
        if (seen.contains(entry.host)) {
            reject(u"listed twice"_s);
            continue;
        }
        if (!allowPrivate && (entry.kind == HostKind::IPv4 || entry.kind == HostKind::IPv6)) {
            const AddressClass cls = classifyAddress(QHostAddress(entry.host));
            if (cls != AddressClass::Public) {
                reject(u"%1 is %2"_s.arg(entry.host, describeAddressClass(cls)));
                continue;
            }
        }
        if (!it.value().isObject()) {
            reject(u"its ports are not an object like {\"tcp_port\": 50001, \"ssl_port\": 50002}"_s);
            continue;
        }
        const QJsonObject ports = it.value().toObject();
        const int tcp = portValue(ports, QLatin1String("tcp_port"));
        const int tls = portValue(ports, QLatin1String("ssl_port"));
        if (tcp < 0 || tls < 0) {
            reject(u"a port is not a number from 1 to 65535"_s);
            continue;
        }
        if (tcp == 0 && tls == 0) {
            reject(u"it announces neither tcp_port nor ssl_port"_s);
            continue;
        }
        if (tcp > 0)
            entry.tcpPort = quint16(tcp);
        if (tls > 0)
            entry.tlsPort = quint16(tls);
        seen.insert(entry.host);
        out.hosts.append(entry);
    }
    return out;
}

QString twinStateName(TwinState state)
{
    switch (state) {
    case TwinState::Announced:
        return u"announced"_s;
    case TwinState::Confirmed:
        return u"confirmed"_s;
    case TwinState::Unconfirmed:
        return u"unconfirmed"_s;
    case TwinState::Conflicting:
        return u"conflicting"_s;
    }
    return {};
}

QJsonObject announcedHostJson(const AnnouncedHost& host)
{
    auto port = [](const std::optional<quint16>& p) { return p ? QJsonValue(int(*p)) : QJsonValue(QJsonValue::Null); };
    return QJsonObject{{u"host"_s, host.host},
                       {u"kind"_s, hostKindName(host.kind)},
                       {u"tcp_port"_s, port(host.tcpPort)},
                       {u"ssl_port"_s, port(host.tlsPort)}};
}

QJsonObject twinLinkJson(const TwinLink& link)
{
    QJsonObject json = announcedHostJson(link.twin);
    json.insert(u"state"_s, twinStateName(link.state));
    if (!link.reason.isEmpty())
        json.insert(u"reason"_s, link.reason);
    if (!link.provenance.isEmpty())
        json.insert(u"provenance"_s, link.provenance);
    if (!link.checkedAddress.isEmpty())
        json.insert(u"checked_address"_s, link.checkedAddress);
    if (link.checkedAt.isValid()) {
        json.insert(u"checked_at"_s, link.checkedAt.toString(Qt::ISODate));
        json.insert(u"via_tor"_s, link.viaTor);
    }
    return json;
}

ServerIdentities::ServerIdentities(QObject* parent) : QObject(parent) {}

void ServerIdentities::recordAnnounced(const QString& origin, const QList<AnnouncedHost>& hosts,
                                       const QString& provenance, const QDateTime& at)
{
    bool changedAny = false;
    auto& links = m_links[origin];
    for (const AnnouncedHost& host : hosts) {
        if (host.host == origin)
            continue;
        auto it = links.find(host.host);
        if (it == links.end()) {
            TwinLink link;
            link.twin = host;
            link.provenance = provenance;
            link.announcedAt = at.toUTC();
            links.insert(host.host, link);
            changedAny = true;
        } else if (it->twin.tcpPort != host.tcpPort || it->twin.tlsPort != host.tlsPort) {
            it->twin = host; // ports moved: the old verdict was about another address
            it->state = TwinState::Announced;
            it->reason.clear();
            it->checkedAt = {};
            changedAny = true;
        }
        QStringList& announcers = m_announcers[host.host];
        if (!announcers.contains(origin))
            announcers.append(origin);
    }
    if (changedAny)
        emit changed();
}

void ServerIdentities::recordVerdict(const QString& origin, const TwinLink& verdict)
{
    auto& links = m_links[origin];
    TwinLink link = verdict;
    if (const auto it = links.constFind(verdict.twin.host); it != links.constEnd()) {
        if (link.provenance.isEmpty())
            link.provenance = it->provenance;
        if (!link.announcedAt.isValid())
            link.announcedAt = it->announcedAt;
    }
    links.insert(link.twin.host, link);
    QStringList& announcers = m_announcers[link.twin.host];
    if (!announcers.contains(origin))
        announcers.append(origin);
    emit changed();
}

std::optional<TwinLink> ServerIdentities::link(const QString& origin, const QString& twin) const
{
    const auto links = m_links.constFind(origin);
    if (links == m_links.constEnd())
        return std::nullopt;
    const auto it = links->constFind(twin);
    return it == links->constEnd() ? std::nullopt : std::optional<TwinLink>(*it);
}

QList<TwinLink> ServerIdentities::twinsOf(const QString& host) const
{
    QHash<QString, TwinLink> merged;
    auto take = [&](const TwinLink& link) {
        const auto it = merged.constFind(link.twin.host);
        if (it == merged.constEnd() || strength(link.state) > strength(it->state))
            merged.insert(link.twin.host, link);
    };
    for (const TwinLink& link : m_links.value(host))
        take(link);
    // The other direction: `host` was announced by X, so X is a twin of `host` with that link's verdict.
    for (const QString& origin : m_announcers.value(host)) {
        const std::optional<TwinLink> back = this->link(origin, host);
        if (!back)
            continue;
        TwinLink mirrored = *back;
        mirrored.twin = AnnouncedHost{origin, ServerAddress::classifyHost(origin), {}, {}};
        if (const auto own = this->link(host, origin))
            mirrored.twin = own->twin; // ports as `host` announced them
        mirrored.provenance = u"announced %1 as a twin (%2)"_s.arg(host, back->provenance);
        take(mirrored);
    }
    QList<TwinLink> out = merged.values();
    std::sort(out.begin(), out.end(),
              [](const TwinLink& a, const TwinLink& b) { return seedLess(a.twin.host, b.twin.host); });
    return out;
}

QStringList ServerIdentities::membersOf(const QString& host) const
{
    QStringList members{host};
    QSet<QString> seen{host};
    for (qsizetype i = 0; i < members.size(); ++i) {
        for (const TwinLink& link : twinsOf(members.at(i))) {
            if (link.state == TwinState::Confirmed && !seen.contains(link.twin.host)) {
                seen.insert(link.twin.host);
                members.append(link.twin.host);
            }
        }
    }
    std::sort(members.begin(), members.end(), seedLess);
    return members;
}

QString ServerIdentities::identityOf(const QString& host) const
{
    const QString first = membersOf(host).value(0, host);
    return u"srv-"_s +
           QString::fromLatin1(QCryptographicHash::hash(first.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

std::optional<TwinLink> ServerIdentities::confirmedOnionTwin(const QString& host) const
{
    for (const TwinLink& link : twinsOf(host)) {
        if (link.state == TwinState::Confirmed && link.twin.kind == HostKind::Onion)
            return link;
    }
    return std::nullopt;
}

QStringList ServerIdentities::announcersOf(const QString& host) const
{
    return m_announcers.value(host);
}

} // namespace btcw
