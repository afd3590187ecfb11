// GET /electrum/servers: the directory's servers with their latest health, filtered and sorted as the caller asks.
#pragma once

#include "Clock.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrlQuery>
#include <chrono>
#include <optional>

namespace btcw {

class BlockArrival;
class HealthHistory;
class HealthMonitor;
class HealthRegistry;
class ServerDirectory;
class WatchList;

struct ServerListQuery
{
    QString network;                       // empty: every network
    QString kind;                          // hostname, onion, ip
    QString status;                        // up, down, unknown
    QString transport;                     // tcp, tls: servers offering that port
    std::optional<double> minUptime;       // percent over 24 h; servers never checked in that window are left out
    std::optional<int> maxLag;             // blocks behind the agreed tip; servers with no known lag are left out
    QString sort = QStringLiteral("seed"); // seed, host, latency, uptime, height, lag, last_check
    bool descending = false;               // "-latency"
    bool groupByIdentity = false;          // group=identity: one entry per server, with all its addresses
    std::optional<bool> watched;           // watched=true|false: only the starred servers, or only the others
};

// Unknown, repeated or malformed parameters are InvalidArgument errors that name the parameter and what it takes.
Result<ServerListQuery> parseServerListQuery(const QUrlQuery& query);

// One JSON object per server: address fields, provenance, identity and twins, and (when checked) status, verdict,
// height, lag, forked, latency, uptime and last check. `health` may be null: every server is then "unknown".
// With groupByIdentity, one object per identity: its addresses (the per-address objects above, in the seed's order)
// and the identity's own status (up if any address is), best latency, uptime and lag. `watched` (may be null: none
// is) gives each entry's `watched` flag. `arrival` (may be null: all unknown) gives arrival_lag_ms, arrival_p50_ms,
// arrival_p95_ms (24 h), arrival_p95_7d_ms (null when unknown) and arrival_forked.
QJsonArray listServers(const ServerDirectory& directory, const HealthHistory& history, const HealthRegistry* health,
                       const ServerListQuery& query, const WatchList* watched = nullptr,
                       const BlockArrival* arrival = nullptr);

// The serialized /electrum/servers body per normalized query, reused until the directory changes, a health report
// arrives or maxAge passes (the uptime windows slide with time), so that a busy client does not rebuild the whole
// list, with its uptimes and tip agreements, on every request. Lives on the engine's thread; freshBody() may be
// called from any thread (the API's HTTP threads serve the bodies built here).
class ServerListCache : public QObject
{
public:
    // All of them must outlive the cache: bodies are forgotten when the directory or the watch list changes, a
    // report arrives or a block's arrival is timed. The clock's steady time gives the age of a body.
    ServerListCache(const ServerDirectory& directory, const HealthHistory& history, const HealthMonitor& health,
                    std::chrono::milliseconds maxAge = std::chrono::seconds(2), const Clock& clock = systemClock(),
                    const WatchList* watched = nullptr, const BlockArrival* arrival = nullptr);

    // The {"count": n, "servers": [...]} JSON body for `query`, reused when still fresh, else built now.
    QByteArray body(const HealthRegistry* health, const ServerListQuery& query);
    // The body for `query` if one is built and still fresh: any thread, never builds.
    std::optional<QByteArray> freshBody(const HealthRegistry* health, const ServerListQuery& query) const;
    // Forgets every body; the next request of each query builds it again.
    void invalidate();

    int size() const;
    int builds() const; // how many bodies were built (not reused) so far

private:
    struct Body
    {
        QByteArray json;
        std::chrono::steady_clock::time_point builtAt;
    };

    const ServerDirectory& m_directory;
    const HealthHistory& m_history;
    const WatchList* m_watched;
    const BlockArrival* m_arrival;
    std::chrono::milliseconds m_maxAge;
    const Clock& m_clock;
    mutable QMutex m_mutex; // guards m_bodies and m_builds
    QHash<QString, Body> m_bodies;
    int m_builds = 0;
};

} // namespace btcw
