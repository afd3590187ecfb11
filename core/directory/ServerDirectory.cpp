#include "directory/ServerDirectory.h"

#include "PrivateFiles.h"
#include "electrum/Network.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <algorithm>

namespace btcw {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDirectory, "btcw.directory")

namespace {

const QString kRemovedKey = u"removed"_s;

int groupRank(HostKind kind)
{
    switch (kind) {
    case HostKind::Hostname:
        return 0;
    case HostKind::Onion:
        return 1;
    case HostKind::IPv4:
    case HostKind::IPv6:
        return 2;
    }
    return 3;
}

// A port from servers.json: Electrum writes strings, some lists use numbers.
std::optional<quint16> portFrom(const QJsonValue& value, bool* bad)
{
    *bad = false;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    int port = 0;
    bool ok = false;
    if (value.isString()) {
        port = value.toString().trimmed().toInt(&ok);
    } else if (value.isDouble()) {
        port = value.toInt(-1);
        ok = double(port) == value.toDouble();
    }
    if (!ok || port < 1 || port > 65535) {
        *bad = true;
        return std::nullopt;
    }
    return quint16(port);
}

QJsonValue portJson(const std::optional<quint16>& port)
{
    return port ? QJsonValue(QString::number(*port)) : QJsonValue();
}

QList<ServerEntry> parseServersObject(const QJsonObject& object, const QString& network, const QString& source,
                                      QStringList* warnings)
{
    auto warn = [&](const QString& text) {
        if (warnings)
            warnings->append(text);
    };
    QList<ServerEntry> out;
    QSet<QString> seen;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& rawHost = it.key();
        auto host = ServerAddress::normalizeHost(rawHost);
        if (!host) {
            warn(u"skipped “%1”: %2"_s.arg(rawHost, host.error().message));
            continue;
        }
        if (!it.value().isObject()) {
            warn(u"skipped “%1”: its entry is not an object"_s.arg(rawHost));
            continue;
        }
        if (seen.contains(host.value())) {
            warn(u"skipped “%1”: the same server is listed twice"_s.arg(rawHost));
            continue;
        }
        const QJsonObject fields = it.value().toObject();
        ServerEntry entry;
        entry.host = host.value();
        entry.kind = ServerAddress::classifyHost(entry.host);
        entry.network = network;
        entry.source = source;
        bool bad = false;
        entry.tcpPort = portFrom(fields.value(u"t"_s), &bad);
        if (bad)
            warn(u"“%1”: ignored the TCP port “%2”, it is not a port number 1–65535"_s.arg(
                rawHost, fields.value(u"t"_s).toVariant().toString()));
        entry.tlsPort = portFrom(fields.value(u"s"_s), &bad);
        if (bad)
            warn(u"“%1”: ignored the TLS port “%2”, it is not a port number 1–65535"_s.arg(
                rawHost, fields.value(u"s"_s).toVariant().toString()));
        if (!entry.tcpPort && !entry.tlsPort) {
            warn(u"skipped “%1”: it has neither a TCP (t) nor a TLS (s) port"_s.arg(rawHost));
            continue;
        }
        entry.version = fields.value(u"version"_s).toString();
        // toServersJson writes an empty pruning as "-": read it the same way, or export/import would change it.
        entry.pruning = fields.value(u"pruning"_s).toString();
        if (entry.pruning.isEmpty())
            entry.pruning = u"-"_s;
        // Where a discovered peer came from; only the user file writes these (see toServersObject).
        if (const QString by = fields.value(u"announced_by"_s).toString(); !by.isEmpty()) {
            entry.source = u"peer"_s;
            entry.announcedBy = by.left(300);
            entry.discoveredAt = QDateTime::fromString(fields.value(u"discovered_at"_s).toString(), Qt::ISODate);
        }
        seen.insert(entry.host);
        out.append(entry);
    }
    std::stable_sort(out.begin(), out.end(), seedOrderLess);
    return out;
}

// withProvenance: the user file also keeps who announced a discovered peer (Electrum ignores unknown keys).
QJsonObject toServersObject(const QList<ServerEntry>& entries, bool withProvenance = false)
{
    QJsonObject object;
    for (const ServerEntry& entry : entries) {
        QJsonObject fields;
        fields.insert(u"pruning"_s, entry.pruning.isEmpty() ? u"-"_s : entry.pruning);
        if (entry.tlsPort)
            fields.insert(u"s"_s, portJson(entry.tlsPort));
        if (entry.tcpPort)
            fields.insert(u"t"_s, portJson(entry.tcpPort));
        fields.insert(u"version"_s, entry.version);
        if (withProvenance && !entry.announcedBy.isEmpty()) {
            fields.insert(u"announced_by"_s, entry.announcedBy);
            if (entry.discoveredAt.isValid())
                fields.insert(u"discovered_at"_s, entry.discoveredAt.toUTC().toString(Qt::ISODate));
        }
        object.insert(entry.host, fields);
    }
    return object;
}

Error fileError(const QString& what, const QString& path, const QString& reason)
{
    return Error::make(ErrorKind::Internal, u"%1 %2: %3"_s.arg(what, QDir::toNativeSeparators(path), reason));
}

} // namespace

ServerAddress ServerEntry::address(Transport transport) const
{
    const auto port = transport == Transport::Tls ? tlsPort : tcpPort;
    if (!port)
        return {};
    return ServerAddress::create(host, *port, transport).valueOr(ServerAddress());
}

ServerAddress ServerEntry::preferredAddress() const
{
    return tlsPort ? address(Transport::Tls) : address(Transport::Tcp);
}

bool seedOrderLess(const ServerEntry& a, const ServerEntry& b)
{
    const int ga = groupRank(a.kind);
    const int gb = groupRank(b.kind);
    if (ga != gb)
        return ga < gb;
    if (const int c = a.host.compare(b.host, Qt::CaseInsensitive); c != 0)
        return c < 0;
    if (const int c = a.host.compare(b.host); c != 0)
        return c < 0;
    const auto networks = ServerDirectory::knownNetworks();
    const auto na = networks.indexOf(a.network);
    const auto nb = networks.indexOf(b.network);
    if (na != nb)
        return (na < 0 ? networks.size() : na) < (nb < 0 ? networks.size() : nb);
    return a.network < b.network;
}

Result<QList<ServerEntry>> parseServersJson(const QByteArray& json, const QString& network, const QString& source,
                                            QStringList* warnings)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::make(ErrorKind::InvalidArgument,
                           u"The server list is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                               .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return Error::make(ErrorKind::InvalidArgument,
                           u"The server list must be a JSON object of host names, as in Electrum's servers.json."_s);
    }
    return parseServersObject(doc.object(), network, source, warnings);
}

QByteArray toServersJson(const QList<ServerEntry>& entries)
{
    return QJsonDocument(toServersObject(entries)).toJson(QJsonDocument::Indented);
}

ServerDirectory::ServerDirectory(QString userFile, const Clock& clock, QObject* parent)
    : QObject(parent), m_userFile(std::move(userFile)), m_clock(clock)
{
    // Views of the directory (the API's /electrum/servers bodies, the window's table) show identities too.
    connect(&m_identities, &ServerIdentities::changed, this, &ServerDirectory::changed);
}

QStringList ServerDirectory::knownNetworks()
{
    return networkNames();
}

Status ServerDirectory::load()
{
    m_bundled.clear();
    for (const QString& network : knownNetworks()) {
        QFile file(u":/servers/%1.json"_s.arg(network));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcDirectory) << "cannot open bundled list" << file.fileName();
            continue;
        }
        QStringList warnings;
        auto parsed = parseServersJson(file.readAll(), network, u"bundled"_s, &warnings);
        for (const QString& w : std::as_const(warnings))
            qCWarning(lcDirectory).noquote() << "bundled" << network << w;
        if (parsed)
            m_bundled.append(parsed.value());
        else
            qCWarning(lcDirectory).noquote() << "bundled list" << network << parsed.error().message;
    }
    m_user.clear();
    m_removed.clear();
    const Status userStatus = loadUserFile();
    rebuild();
    emit changed();
    return userStatus;
}

Status ServerDirectory::loadUserFile()
{
    if (m_userFile.isEmpty() || !QFileInfo::exists(m_userFile))
        return success();
    QFile file(m_userFile);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(u"Cannot read your saved servers from"_s, m_userFile, file.errorString());
    const QByteArray data = file.readAll();
    file.close();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Keep the damaged file for the user (and for a bug report); start afresh beside it.
        const QString stamp = m_clock.utcNow().toString(u"yyyyMMdd-HHmmss"_s);
        QString aside = u"%1.corrupt-%2"_s.arg(m_userFile, stamp);
        for (int n = 1; QFileInfo::exists(aside); ++n)
            aside = u"%1.corrupt-%2-%3"_s.arg(m_userFile, stamp).arg(n);
        const QString reason = parseError.error != QJsonParseError::NoError
                                   ? u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)
                                   : u"it is not a JSON object"_s;
        if (!QFile::rename(m_userFile, aside)) {
            const QString path = m_userFile;
            m_userFile.clear(); // never overwrite a file we could not move away
            return Error::make(ErrorKind::Internal,
                               u"Your saved servers file %1 is damaged and could not be moved aside; changes in this "
                               u"session will not be saved."_s.arg(QDir::toNativeSeparators(path)),
                               reason);
        }
        return Error::make(
            ErrorKind::InvalidArgument,
            u"Your saved servers file was damaged; it was kept as %1 and a new one will be started."_s.arg(
                QDir::toNativeSeparators(aside)),
            reason);
    }

    const QJsonObject root = doc.object();
    QStringList warnings;
    for (const QString& network : knownNetworks()) {
        if (root.value(network).isObject())
            m_user.append(parseServersObject(root.value(network).toObject(), network, u"user"_s, &warnings));
    }
    const QJsonObject removed = root.value(kRemovedKey).toObject();
    for (auto it = removed.begin(); it != removed.end(); ++it) {
        for (const QJsonValue& host : it.value().toArray())
            m_removed.insert(it.key() + u'/' + host.toString());
    }
    for (const QString& w : std::as_const(warnings))
        qCWarning(lcDirectory).noquote() << "user file" << w;
    return success();
}

Status ServerDirectory::commitUserChange(const QList<ServerEntry>& savedUser, const QSet<QString>& savedRemoved)
{
    if (Status saved = saveUserFile(); !saved) {
        m_user = savedUser; // what is shown never differs from what the file keeps
        m_removed = savedRemoved;
        return saved;
    }
    rebuild();
    emit changed();
    return success();
}

Status ServerDirectory::saveUserFile()
{
    if (m_userFile.isEmpty())
        return success();
    QJsonObject root;
    for (const QString& network : knownNetworks()) {
        QList<ServerEntry> inNetwork;
        std::copy_if(m_user.begin(), m_user.end(), std::back_inserter(inNetwork),
                     [&](const ServerEntry& e) { return e.network == network; });
        if (!inNetwork.isEmpty())
            root.insert(network, toServersObject(inNetwork, true));
    }
    if (!m_removed.isEmpty()) {
        QJsonObject removed;
        QStringList keys(m_removed.begin(), m_removed.end());
        keys.sort();
        for (const QString& key : std::as_const(keys)) {
            const auto slash = key.indexOf(u'/');
            QJsonArray hosts = removed.value(key.left(slash)).toArray();
            hosts.append(key.mid(slash + 1));
            removed.insert(key.left(slash), hosts);
        }
        root.insert(kRemovedKey, removed);
    }

    QDir().mkpath(QFileInfo(m_userFile).absolutePath());
    QSaveFile file(m_userFile);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(u"Cannot save your servers to"_s, m_userFile, file.errorString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    file.setPermissions(kOwnerOnlyFile);
    if (!file.commit())
        return fileError(u"Cannot save your servers to"_s, m_userFile, file.errorString());
    return success();
}

void ServerDirectory::rebuild()
{
    QHash<QString, qsizetype> index;
    m_entries.clear();
    for (const ServerEntry& entry : std::as_const(m_bundled)) {
        if (m_removed.contains(entry.key()))
            continue;
        index.insert(entry.key(), m_entries.size());
        m_entries.append(entry);
    }
    for (const ServerEntry& entry : std::as_const(m_user)) {
        const auto at = index.constFind(entry.key());
        if (at == index.constEnd()) {
            index.insert(entry.key(), m_entries.size());
            m_entries.append(entry);
            continue;
        }
        // The user's ports and details win; ports the user did not give keep the bundled value.
        ServerEntry& merged = m_entries[*at];
        if (entry.tcpPort)
            merged.tcpPort = entry.tcpPort;
        if (entry.tlsPort)
            merged.tlsPort = entry.tlsPort;
        if (!entry.version.isEmpty())
            merged.version = entry.version;
        merged.pruning = entry.pruning;
        merged.source = entry.source;
        merged.announcedBy = entry.announcedBy;
        merged.discoveredAt = entry.discoveredAt;
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), seedOrderLess);
}

QList<ServerEntry> ServerDirectory::entries(const QString& network) const
{
    if (network.isEmpty())
        return m_entries;
    QList<ServerEntry> out;
    std::copy_if(m_entries.begin(), m_entries.end(), std::back_inserter(out),
                 [&](const ServerEntry& e) { return e.network == network; });
    return out;
}

std::optional<ServerEntry> ServerDirectory::find(const QString& network, const QString& host) const
{
    const auto normalized = ServerAddress::normalizeHost(host);
    if (!normalized)
        return std::nullopt;
    for (const ServerEntry& e : m_entries) {
        if (e.network == network && e.host == normalized.value())
            return e;
    }
    return std::nullopt;
}

QStringList ServerDirectory::networks() const
{
    QStringList out;
    for (const QString& network : knownNetworks()) {
        if (std::any_of(m_entries.begin(), m_entries.end(), [&](const ServerEntry& e) { return e.network == network; }))
            out.append(network);
    }
    return out;
}

bool ServerDirectory::mergeUserEntry(const ServerEntry& entry)
{
    m_removed.remove(entry.key());
    for (ServerEntry& existing : m_user) {
        if (existing.key() != entry.key())
            continue;
        const ServerEntry before = existing;
        if (entry.tcpPort)
            existing.tcpPort = entry.tcpPort;
        if (entry.tlsPort)
            existing.tlsPort = entry.tlsPort;
        if (!entry.version.isEmpty())
            existing.version = entry.version;
        if (!entry.pruning.isEmpty())
            existing.pruning = entry.pruning;
        return existing.tcpPort != before.tcpPort || existing.tlsPort != before.tlsPort ||
               existing.version != before.version || existing.pruning != before.pruning;
    }
    m_user.append(entry);
    return true;
}

Status ServerDirectory::add(const ServerEntry& input)
{
    if (!knownNetworks().contains(input.network)) {
        return Error::make(ErrorKind::InvalidArgument,
                           u"Unknown network “%1”; use one of %2."_s.arg(input.network, knownNetworks().join(u", "_s)));
    }
    auto host = ServerAddress::normalizeHost(input.host);
    if (!host)
        return host.error();
    if (!input.tcpPort && !input.tlsPort) {
        return Error::make(ErrorKind::InvalidArgument, u"“%1” needs a TCP or a TLS port."_s.arg(host.value()));
    }
    for (const auto& port : {input.tcpPort, input.tlsPort}) {
        if (port && *port == 0)
            return Error::make(ErrorKind::BadAddress, u"port 0 is out of range 1–65535"_s);
    }
    ServerEntry entry = input;
    entry.host = host.value();
    entry.kind = ServerAddress::classifyHost(entry.host);
    if (entry.source.isEmpty() || entry.source == u"bundled")
        entry.source = u"user"_s;

    const auto savedUser = m_user;
    const auto savedRemoved = m_removed;
    const bool wasRemoved = m_removed.contains(entry.key());
    if (!mergeUserEntry(entry) && !wasRemoved)
        return success();
    return commitUserChange(savedUser, savedRemoved);
}

Status ServerDirectory::remove(const QString& network, const QString& hostText)
{
    auto host = ServerAddress::normalizeHost(hostText);
    if (!host)
        return host.error();
    const QString key = network + u'/' + host.value();
    const auto savedUser = m_user;
    const auto savedRemoved = m_removed;
    const auto removedUser = m_user.removeIf([&](const ServerEntry& e) { return e.key() == key; });
    const bool isBundled =
        std::any_of(m_bundled.begin(), m_bundled.end(), [&](const ServerEntry& e) { return e.key() == key; });
    if (isBundled)
        m_removed.insert(key);
    if (removedUser == 0 && (!isBundled || savedRemoved.contains(key))) {
        return Error::make(ErrorKind::NotFound, u"There is no server “%1” on %2."_s.arg(host.value(), network));
    }
    return commitUserChange(savedUser, savedRemoved);
}

Status ServerDirectory::restore(const QList<ServerEntry>& removed)
{
    const auto savedUser = m_user;
    const auto savedRemoved = m_removed;
    for (const ServerEntry& entry : removed) {
        const QString key = entry.key();
        m_removed.remove(key);
        const bool isUser = entry.source != u"bundled";
        const bool present =
            std::any_of(m_user.begin(), m_user.end(), [&](const ServerEntry& e) { return e.key() == key; });
        if (isUser && !present)
            m_user.append(entry);
    }
    return commitUserChange(savedUser, savedRemoved);
}

Result<int> ServerDirectory::importServersJson(const QByteArray& json, const QString& network, QStringList* warnings)
{
    if (!knownNetworks().contains(network)) {
        return Error::make(ErrorKind::InvalidArgument,
                           u"Unknown network “%1”; use one of %2."_s.arg(network, knownNetworks().join(u", "_s)));
    }
    auto parsed = parseServersJson(json, network, u"import"_s, warnings);
    if (!parsed)
        return parsed.error();
    const auto savedUser = m_user;
    const auto savedRemoved = m_removed;
    int count = 0;
    for (const ServerEntry& entry : parsed.value()) {
        const bool wasRemoved = m_removed.contains(entry.key());
        if (mergeUserEntry(entry) || wasRemoved)
            ++count;
    }
    if (count == 0)
        return 0;
    if (Status committed = commitUserChange(savedUser, savedRemoved); !committed)
        return committed.error();
    return count;
}

QByteArray ServerDirectory::exportServersJson(const QString& network) const
{
    return toServersJson(entries(network));
}

} // namespace btcw
