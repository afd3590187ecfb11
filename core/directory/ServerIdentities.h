// Which addresses are one Electrum server: the hosts each server announces, and its twins once confirmed or refuted.
#pragma once

#include "electrum/ServerAddress.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace btcw {

// One entry of server.features' `hosts` that names a usable address.
struct AnnouncedHost
{
    QString host; // normalised
    HostKind kind = HostKind::Hostname;
    std::optional<quint16> tcpPort;
    std::optional<quint16> tlsPort;

    // The address to reach it on: TLS when `preferred` is TLS and it announces a TLS port, else whatever it has.
    ServerAddress address(Transport preferred) const;
};

// An entry of `hosts` that is never connected to, and why.
struct RejectedHost
{
    QString name; // as announced, cut to 80 characters
    QString reason;
};

struct AnnouncedHosts
{
    QList<AnnouncedHost> hosts;
    QList<RejectedHost> rejected;
    int omitted = 0; // entries past the cap, not even looked at
};

// At most this many `hosts` entries are looked at; a server announcing hundreds gets the rest counted as omitted.
inline constexpr int kMaxAnnouncedHosts = 16;

// Reads server.features' `hosts` ({"host": {"tcp_port": n, "ssl_port": n}}). Bad names, v2 onions, entries without a
// valid port and (unless allowPrivate) IP literals that are not public are rejected with the reason.
AnnouncedHosts parseAnnouncedHosts(const QJsonValue& hosts, bool allowPrivate, int cap = kMaxAnnouncedHosts);

enum class TwinState
{
    Announced,   // listed in hosts, not checked yet
    Confirmed,   // reachable and the same server (genesis, features, certificate)
    Unconfirmed, // could not be checked (unreachable, needs Tor, refused by the target check)
    Conflicting, // answered as another server: never grouped
};
QString twinStateName(TwinState state); // "announced", "confirmed", "unconfirmed", "conflicting"

// What is known about one announced twin of a server.
struct TwinLink
{
    AnnouncedHost twin;
    TwinState state = TwinState::Announced;
    QString reason;         // unconfirmed / conflicting: why; confirmed: what was compared
    QString provenance;     // who said it is a twin ("server.features of host:port:s", "peer discovery, …")
    QString checkedAddress; // the address the check used ("host:port:s"), empty before a check
    bool viaTor = false;
    QDateTime announcedAt; // UTC
    QDateTime checkedAt;   // UTC, invalid before a check
};

// {"host", "kind", "tcp_port", "ssl_port"} (null for an absent port).
QJsonObject announcedHostJson(const AnnouncedHost& host);
// The host's fields plus "state", "reason", "provenance", "checked_address", "checked_at", "via_tor" when known.
QJsonObject twinLinkJson(const TwinLink& link);

// The identity store: for every host, the twins it announced and the verdict on each. Confirmed links (in either
// direction) group hosts under one identity; conflicting ones never do. Lives in the directory and is kept in memory:
// the ids are derived from the members, so the same server gets the same id again after a restart and a new check.
class ServerIdentities : public QObject
{
    Q_OBJECT
public:
    explicit ServerIdentities(QObject* parent = nullptr);

    // `origin` announced these hosts (its own among them is skipped). A verdict already known is kept.
    void recordAnnounced(const QString& origin, const QList<AnnouncedHost>& hosts, const QString& provenance,
                         const QDateTime& at);
    // The outcome of checking `link.twin` against `origin`.
    void recordVerdict(const QString& origin, const TwinLink& link);

    // The twins `host` announced, and those that announced `host`, merged (the strongest verdict wins).
    QList<TwinLink> twinsOf(const QString& host) const;
    // The link `origin` → `twin` as recorded (nullopt: never announced).
    std::optional<TwinLink> link(const QString& origin, const QString& twin) const;
    // Every host grouped with `host` through confirmed links, `host` included, in the seed's order.
    QStringList membersOf(const QString& host) const;
    // "srv-" and 12 hex digits of the SHA-256 of the group's first member in the seed's order: stable as long as the
    // group keeps that member (hostnames come first, so adding an .onion or IP twin keeps the id).
    QString identityOf(const QString& host) const;
    // A confirmed .onion twin of `host` (the first in the seed's order), if any.
    std::optional<TwinLink> confirmedOnionTwin(const QString& host) const;
    // Hosts that announced `host` as a twin.
    QStringList announcersOf(const QString& host) const;

signals:
    void changed();

private:
    QHash<QString, QHash<QString, TwinLink>> m_links; // origin host → twin host → link
    QHash<QString, QStringList> m_announcers;         // twin host → origins that announced it
};

} // namespace btcw
