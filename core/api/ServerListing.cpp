#include "ServerListing.h"

#include "QueryRequest.h"
#include "directory/ServerDirectory.h"
#include "directory/WatchList.h"
#include "health/HealthHistory.h"
#include "health/HealthMonitor.h"
#include "health/HealthRegistry.h"
#include "monitor/BlockArrival.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace btcw {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QStringList kParameters{u"network"_s, u"kind"_s, u"status"_s, u"transport"_s, u"min_uptime"_s,
                              u"max_lag"_s, u"sort"_s, u"group"_s,  u"watched"_s};
const QStringList kGroups{u"address"_s, u"identity"_s};
const QStringList kNetworks{u"mainnet"_s, u"testnet"_s, u"testnet4"_s, u"signet"_s, u"regtest"_s};
const QStringList kKinds{u"hostname"_s, u"onion"_s, u"ip"_s};
const QStringList kStatuses{u"up"_s, u"down"_s, u"unknown"_s};
const QStringList kTransports{u"tcp"_s, u"tls"_s};
const QStringList kSortKeys{u"seed"_s, u"host"_s, u"latency"_s, u"uptime"_s, u"height"_s, u"lag"_s, u"last_check"_s};

Error invalid(const QString& message)
{
    return Error::make(ErrorKind::InvalidArgument, message);
}

// A value that must be one of `allowed`; empty when the parameter is absent.
Result<QString> oneOf(const QUrlQuery& query, const QString& name, const QStringList& allowed)
{
    if (!query.hasQueryItem(name))
        return QString();
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    if (!allowed.contains(value))
        return invalid(u"%1: '%2' is not one of %3"_s.arg(name, value.left(40), allowed.join(u", "_s)));
    return value;
}

// The most recent check of either of the entry's addresses (TLS or TCP).
std::optional<HealthReport> latestReport(const HealthRegistry& registry, const ServerEntry& entry)
{
    std::optional<HealthReport> best;
    for (const Transport transport : {Transport::Tls, Transport::Tcp}) {
        const ServerAddress address = entry.address(transport);
        if (!address.isValid())
            continue;
        const std::optional<HealthReport> report = registry.latest(address);
        if (report && (!best || report->checkedAt > best->checkedAt))
            best = report;
    }
    return best;
}

QJsonValue portJson(const std::optional<quint16>& port)
{
    return port ? QJsonValue(int(*port)) : QJsonValue(QJsonValue::Null);
}

QJsonObject entryJson(const ServerEntry& entry, const ServerIdentities& identities)
{
    QJsonObject json{
        {u"host"_s, entry.host},
        {u"kind"_s, hostKindName(entry.kind)},
        {u"tcp_port"_s, portJson(entry.tcpPort)},
        {u"tls_port"_s, portJson(entry.tlsPort)},
        {u"network"_s, entry.network},
        {u"version"_s, entry.version},
        {u"pruning"_s, entry.pruning},
        {u"source"_s, entry.source},
    };
    json.insert(u"identity"_s, identities.identityOf(entry.host));
    QJsonArray twins;
    for (const TwinLink& link : identities.twinsOf(entry.host))
        twins.append(twinLinkJson(link));
    json.insert(u"twins"_s, twins);
    if (!entry.announcedBy.isEmpty()) {
        json.insert(u"announced_by"_s, entry.announcedBy);
        if (entry.discoveredAt.isValid())
            json.insert(u"discovered_at"_s, entry.discoveredAt.toUTC().toString(Qt::ISODate));
    }
    return json;
}

// What a numeric sort key compares; nullopt (sorted last) when the server has no such figure.
std::optional<double> sortValue(const QJsonObject& json, const QString& key)
{
    static const QHash<QString, QString> field{{u"latency"_s, u"latency_ms"_s},
                                               {u"uptime"_s, u"uptime_24h"_s},
                                               {u"height"_s, u"height"_s},
                                               {u"lag"_s, u"lag"_s}};
    if (key == u"last_check") {
        const QDateTime at = QDateTime::fromString(json.value(u"last_check"_s).toString(), Qt::ISODate);
        return at.isValid() ? std::optional<double>(double(at.toMSecsSinceEpoch())) : std::nullopt;
    }
    const QJsonValue value = json.value(field.value(key));
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QJsonValue arrivalMs(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(double(*ms)) : QJsonValue(QJsonValue::Null);
}

// The arrival figures of the entry: those of its checked address when that one is followed, else of whichever of its
// addresses has them (TLS first).
void insertArrival(QJsonObject& json, const BlockArrival* arrival, const ServerEntry& entry,
                   const std::optional<HealthReport>& report)
{
    std::optional<ArrivalStats> stats;
    if (arrival && report)
        stats = arrival->stats(report->server);
    for (const Transport transport : {Transport::Tls, Transport::Tcp}) {
        if (stats || !arrival)
            break;
        if (const ServerAddress address = entry.address(transport); address.isValid())
            stats = arrival->stats(address);
    }
    json.insert(u"arrival_lag_ms"_s, arrivalMs(stats ? stats->lastLagMs : std::nullopt));
    json.insert(u"arrival_p50_ms"_s, arrivalMs(stats ? stats->day.p50Ms : std::nullopt));
    json.insert(u"arrival_p95_ms"_s, arrivalMs(stats ? stats->day.p95Ms : std::nullopt));
    json.insert(u"arrival_p95_7d_ms"_s, arrivalMs(stats ? stats->week.p95Ms : std::nullopt));
    json.insert(u"arrival_forked"_s, stats && stats->forked);
}

constexpr int kMaxCachedBodies = 64; // distinct queries kept; one more empties the cache

// The parsed query as one string: equal for requests that differ only in parameter order or spelling of a number.
QString cacheKey(const HealthRegistry* health, const ServerListQuery& query)
{
    return QStringList{QString::number(quintptr(health)),
                       query.network,
                       query.kind,
                       query.status,
                       query.transport,
                       query.minUptime ? QString::number(*query.minUptime, 'g', 17) : QString(),
                       query.maxLag ? QString::number(*query.maxLag) : QString(),
                       query.sort,
                       query.descending ? u"-"_s : u"+"_s,
                       query.groupByIdentity ? u"identity"_s : u"address"_s,
                       query.watched ? (*query.watched ? u"watched"_s : u"unwatched"_s) : QString()}
        .join(u'|');
}

} // namespace

Result<ServerListQuery> parseServerListQuery(const QUrlQuery& query)
{
    if (Status names = checkParameterNames(query, kParameters); !names.ok())
        return names.error();
    ServerListQuery out;
    const std::pair<QString*, std::pair<QString, const QStringList*>> choices[] = {
        {&out.network, {u"network"_s, &kNetworks}},
        {&out.kind, {u"kind"_s, &kKinds}},
        {&out.status, {u"status"_s, &kStatuses}},
        {&out.transport, {u"transport"_s, &kTransports}},
    };
    for (const auto& [target, spec] : choices) {
        auto value = oneOf(query, spec.first, *spec.second);
        if (!value)
            return value.error();
        *target = value.value();
    }
    if (query.hasQueryItem(u"min_uptime"_s)) {
        const QString text = query.queryItemValue(u"min_uptime"_s, QUrl::FullyDecoded).trimmed();
        bool ok = false;
        const double percent = text.toDouble(&ok);
        if (!ok || !std::isfinite(percent) || percent < 0 || percent > 100)
            return invalid(u"min_uptime: '%1' is not a percentage from 0 to 100"_s.arg(text.left(40)));
        out.minUptime = percent;
    }
    if (query.hasQueryItem(u"max_lag"_s)) {
        const QString text = query.queryItemValue(u"max_lag"_s, QUrl::FullyDecoded).trimmed();
        bool ok = false;
        const int blocks = text.toInt(&ok);
        if (!ok || blocks < 0)
            return invalid(u"max_lag: '%1' is not a number of blocks (0 or more)"_s.arg(text.left(40)));
        out.maxLag = blocks;
    }
    if (query.hasQueryItem(u"watched"_s)) {
        const QString text = query.queryItemValue(u"watched"_s, QUrl::FullyDecoded).trimmed();
        if (text != u"true" && text != u"false")
            return invalid(u"watched: '%1' is not true or false"_s.arg(text.left(40)));
        out.watched = text == u"true";
    }
    if (query.hasQueryItem(u"sort"_s)) {
        QString key = query.queryItemValue(u"sort"_s, QUrl::FullyDecoded).trimmed();
        out.descending = key.startsWith(u'-');
        if (out.descending)
            key.remove(0, 1);
        if (!kSortKeys.contains(key)) {
            return invalid(u"sort: '%1' is not one of %2 (prefix '-' for descending)"_s.arg(key.left(40),
                                                                                            kSortKeys.join(u", "_s)));
        }
        out.sort = key;
    }
    auto group = oneOf(query, u"group"_s, kGroups);
    if (!group)
        return group.error();
    out.groupByIdentity = group.value() == u"identity";
    return out;
}

QJsonArray listServers(const ServerDirectory& directory, const HealthHistory& history, const HealthRegistry* health,
                       const ServerListQuery& query, const WatchList* watched, const BlockArrival* arrival)
{
    // Lag needs every checked server of the entry's network: one agreement per network, looked up by address.
    QHash<QString, QHash<ServerAddress, ServerTip>> tips;
    auto tipOf = [&](const QString& network, const ServerAddress& server) -> std::optional<ServerTip> {
        const auto chain = networkFromName(network);
        if (!health || !chain)
            return std::nullopt;
        if (!tips.contains(network)) {
            QHash<ServerAddress, ServerTip> byServer;
            for (const ServerTip& tip : health->tipAgreement(*chain).servers)
                byServer.insert(tip.server, tip);
            tips.insert(network, byServer);
        }
        const auto& byServer = tips[network];
        const auto it = byServer.constFind(server);
        return it == byServer.constEnd() ? std::nullopt : std::optional<ServerTip>(*it);
    };

    QList<QJsonObject> rows;
    for (const ServerEntry& entry : directory.entries(query.network)) {
        if (!query.kind.isEmpty() && hostKindName(entry.kind) != query.kind)
            continue;
        if ((query.transport == u"tcp" && !entry.tcpPort) || (query.transport == u"tls" && !entry.tlsPort))
            continue;
        const bool isWatched = watched && watched->isWatched(entry.key());
        if (query.watched && *query.watched != isWatched)
            continue;
        QJsonObject json = entryJson(entry, directory.identities());
        json.insert(u"watched"_s, isWatched);
        const std::optional<HealthReport> report = health ? latestReport(*health, entry) : std::nullopt;
        json.insert(u"status"_s, !report ? u"unknown"_s : report->ok ? u"up"_s : u"down"_s);
        if (!query.status.isEmpty() && json.value(u"status"_s).toString() != query.status)
            continue;
        std::optional<double> uptime;
        std::optional<int> lag;
        if (report) {
            json.insert(u"verdict"_s, report->verdict());
            if (!report->ok)
                json.insert(u"failed_stage"_s, report->failedStage);
            json.insert(u"last_check"_s, report->checkedAt.toUTC().toString(Qt::ISODate));
            json.insert(u"checked_server"_s, report->server.toString());
            if (report->height >= 0)
                json.insert(u"height"_s, report->height);
            if (report->latencyMs >= 0)
                json.insert(u"latency_ms"_s, report->latencyMs);
            uptime = history.uptimePercent(report->server, 24h);
            if (uptime)
                json.insert(u"uptime_24h"_s, *uptime);
            if (const auto week = history.uptimePercent(report->server, 24h * 7))
                json.insert(u"uptime_7d"_s, *week);
            if (const auto tip = tipOf(entry.network, report->server); tip && tip->lag >= 0) {
                lag = tip->lag;
                json.insert(u"lag"_s, tip->lag);
                json.insert(u"forked"_s, tip->forked);
            }
        }
        insertArrival(json, arrival, entry, report);
        if (query.minUptime && (!uptime || *uptime < *query.minUptime))
            continue;
        if (query.maxLag && (!lag || *lag > *query.maxLag))
            continue;
        rows.append(json);
    }

    if (query.sort == u"host") {
        std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject& a, const QJsonObject& b) {
            const int c =
                QString::compare(a.value(u"host"_s).toString(), b.value(u"host"_s).toString(), Qt::CaseInsensitive);
            return query.descending ? c > 0 : c < 0;
        });
    } else if (query.sort != u"seed") {
        std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject& a, const QJsonObject& b) {
            const auto x = sortValue(a, query.sort), y = sortValue(b, query.sort);
            if (!x || !y)
                return x.has_value() && !y.has_value(); // unknown values last, either direction
            return query.descending ? *x > *y : *x < *y;
        });
    } else if (query.descending) {
        std::reverse(rows.begin(), rows.end());
    }
    QJsonArray out;
    if (!query.groupByIdentity) {
        for (const QJsonObject& row : std::as_const(rows))
            out.append(row);
        return out;
    }
    // One entry per identity, placed where its first address (in the order above) is.
    QStringList order;
    QHash<QString, QList<QJsonObject>> byIdentity;
    for (const QJsonObject& row : std::as_const(rows)) {
        const QString id = row.value(u"identity"_s).toString();
        if (!byIdentity.contains(id))
            order.append(id);
        byIdentity[id].append(row);
    }
    for (const QString& id : std::as_const(order)) {
        const QList<QJsonObject>& members = byIdentity[id];
        QJsonArray addresses;
        QString status = u"unknown"_s;
        std::optional<double> uptime, latency;
        std::optional<int> lag;
        std::optional<double> arrivalLag;
        bool anyWatched = false, anyForked = false;
        for (const QJsonObject& row : members) {
            addresses.append(row);
            anyWatched = anyWatched || row.value(u"watched"_s).toBool();
            const QString s = row.value(u"status"_s).toString();
            if (s == u"up" || (s == u"down" && status == u"unknown"))
                status = s;
            // The server is as available as its best address, and as far behind as its least lagging one.
            if (const QJsonValue v = row.value(u"uptime_24h"_s); v.isDouble())
                uptime = std::max(uptime.value_or(0.0), v.toDouble());
            if (const QJsonValue v = row.value(u"latency_ms"_s); v.isDouble())
                latency = latency ? std::min(*latency, v.toDouble()) : v.toDouble();
            if (const QJsonValue v = row.value(u"lag"_s); v.isDouble())
                lag = lag ? std::min(*lag, v.toInt()) : v.toInt();
            // A block reaches the server when its first address has it; a fork mark on any address is worth a look.
            if (const QJsonValue v = row.value(u"arrival_lag_ms"_s); v.isDouble())
                arrivalLag = arrivalLag ? std::min(*arrivalLag, v.toDouble()) : v.toDouble();
            anyForked = anyForked || row.value(u"arrival_forked"_s).toBool();
        }
        QJsonObject entry{{u"identity"_s, id},
                          {u"host"_s, members.first().value(u"host"_s)},
                          {u"network"_s, members.first().value(u"network"_s)},
                          {u"status"_s, status},
                          {u"watched"_s, anyWatched},
                          {u"address_count"_s, int(members.size())},
                          {u"addresses"_s, addresses}};
        if (uptime)
            entry.insert(u"uptime_24h"_s, *uptime);
        if (latency)
            entry.insert(u"latency_ms"_s, *latency);
        if (lag)
            entry.insert(u"lag"_s, *lag);
        entry.insert(u"arrival_lag_ms"_s, arrivalLag ? QJsonValue(*arrivalLag) : QJsonValue());
        entry.insert(u"arrival_forked"_s, anyForked);
        out.append(entry);
    }
    return out;
}

ServerListCache::ServerListCache(const ServerDirectory& directory, const HealthHistory& history,
                                 const HealthMonitor& health, std::chrono::milliseconds maxAge, const Clock& clock,
                                 const WatchList* watched, const BlockArrival* arrival)
    : m_directory(directory), m_history(history), m_watched(watched), m_arrival(arrival), m_maxAge(maxAge),
      m_clock(clock)
{
    if (arrival)
        connect(arrival, &BlockArrival::arrived, this, &ServerListCache::invalidate);
    if (watched)
        connect(watched, &WatchList::changed, this, &ServerListCache::invalidate);
    connect(&directory, &ServerDirectory::changed, this, &ServerListCache::invalidate);
    connect(&health, &HealthMonitor::reportReady, this, &ServerListCache::invalidate);
}

std::optional<QByteArray> ServerListCache::freshBody(const HealthRegistry* health, const ServerListQuery& query) const
{
    const QString key = cacheKey(health, query);
    const auto now = m_clock.steadyNow();
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_bodies.constFind(key); it != m_bodies.constEnd() && now - it->builtAt < m_maxAge)
        return it->json;
    return std::nullopt;
}

void ServerListCache::invalidate()
{
    const QMutexLocker lock(&m_mutex);
    m_bodies.clear();
}

int ServerListCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_bodies.size());
}

int ServerListCache::builds() const
{
    const QMutexLocker lock(&m_mutex);
    return m_builds;
}

QByteArray ServerListCache::body(const HealthRegistry* health, const ServerListQuery& query)
{
    if (std::optional<QByteArray> fresh = freshBody(health, query))
        return *fresh;
    const QString key = cacheKey(health, query);
    const auto now = m_clock.steadyNow();
    const QJsonArray servers = listServers(m_directory, m_history, health, query, m_watched, m_arrival);
    const QJsonObject object{{u"count"_s, servers.size()}, {u"servers"_s, servers}};
    Body fresh{QJsonDocument(object).toJson(QJsonDocument::Compact), now};
    const QMutexLocker lock(&m_mutex);
    ++m_builds;
    if (m_bodies.size() >= kMaxCachedBodies && !m_bodies.contains(key))
        m_bodies.clear();
    m_bodies.insert(key, fresh);
    return fresh.json;
}

} // namespace btcw
