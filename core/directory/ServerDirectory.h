// The known Electrum servers: a bundled list per network, user-added servers, import/export of servers.json.
#pragma once

#include "Clock.h"
#include "Result.h"
#include "directory/ServerIdentities.h"
#include "electrum/ServerAddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <optional>

namespace btcw {

struct ServerEntry
{
    QString host; // normalised (lower case, IPv6 without brackets)
    HostKind kind = HostKind::Hostname;
    std::optional<quint16> tcpPort;              // "t"
    std::optional<quint16> tlsPort;              // "s"
    QString network = QStringLiteral("mainnet"); // mainnet, testnet, testnet4, signet, regtest
    QString version;                             // protocol version the list claims ("1.4"), may be empty
    QString pruning = QStringLiteral("-");
    QString source; // "bundled", "user", "import", "peer"
    // For source "peer": the server that announced it ("host:port:s") and when it was verified (UTC).
    QString announcedBy;
    QDateTime discoveredAt;

    // The preferred address: TLS if the server has a TLS port, else TCP; invalid if neither.
    ServerAddress preferredAddress() const;
    ServerAddress address(Transport transport) const; // invalid if that port is absent
    QString key() const { return network + QLatin1Char('/') + host; }
};

// The seed's order: hostnames, then .onion, then bare IPs; alphabetical (case-insensitive) within each group.
bool seedOrderLess(const ServerEntry& a, const ServerEntry& b);

// Electrum's servers.json: { "host": {"s": "50002", "t": "50001", "pruning": "-", "version": "1.4"} }.
// Bad entries are skipped and listed in `warnings` (when given); a document that is not such an object is an error.
Result<QList<ServerEntry>> parseServersJson(const QByteArray& json, const QString& network, const QString& source,
                                            QStringList* warnings = nullptr);
QByteArray toServersJson(const QList<ServerEntry>& entries);

class ServerDirectory : public QObject
{
    Q_OBJECT
public:
    // userFile: where user-added servers are kept (servers.json format per network); empty = memory only.
    // clock: names the copy of a damaged file.
    explicit ServerDirectory(QString userFile = {}, const Clock& clock = systemClock(), QObject* parent = nullptr);

    // Loads the bundled lists (Qt resources) and the user file. Problems with the user file are returned,
    // the bundled lists still load.
    Status load();

    // All entries in the seed's order (optionally only one network).
    QList<ServerEntry> entries(const QString& network = {}) const;
    std::optional<ServerEntry> find(const QString& network, const QString& host) const;
    QStringList networks() const;

    // Adds or merges (ports) a user server and persists the user file.
    Status add(const ServerEntry& entry);
    // Removes a server; a bundled one is remembered as removed in the user file, so it stays gone after a restart.
    Status remove(const QString& network, const QString& host);
    // Puts back servers `remove` took (Undo): bundled ones un-removed, the user's own as they were (source,
    // provenance and all), in one save.
    Status restore(const QList<ServerEntry>& removed);
    // Imports a servers.json document into `network`; returns how many entries were added or updated.
    Result<int> importServersJson(const QByteArray& json, const QString& network, QStringList* warnings = nullptr);
    QByteArray exportServersJson(const QString& network) const;

    // The networks the directory knows, in a fixed order (mainnet first).
    static QStringList knownNetworks();

    // Which hosts are one server (announced and confirmed twins); its changes are the directory's changes too.
    ServerIdentities& identities() { return m_identities; }
    const ServerIdentities& identities() const { return m_identities; }

signals:
    void changed();

private:
    Status saveUserFile();
    // Persists the user's change and publishes it, or puts the saved state back when the file cannot be written.
    Status commitUserChange(const QList<ServerEntry>& savedUser, const QSet<QString>& savedRemoved);
    Status loadUserFile();
    // Merges `entry` into the user entries; true if something changed.
    bool mergeUserEntry(const ServerEntry& entry);
    void rebuild();

    QString m_userFile;
    const Clock& m_clock;
    QList<ServerEntry> m_bundled;
    QList<ServerEntry> m_user;    // added or imported; these and m_removed are what the user file keeps
    QSet<QString> m_removed;      // keys of bundled entries the user removed
    QList<ServerEntry> m_entries; // bundled overlaid with user, minus removed; kept in seed order
    ServerIdentities m_identities;
};

} // namespace btcw
