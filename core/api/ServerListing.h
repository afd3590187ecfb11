// GET /electrum/servers: the directory's servers with their latest health, filtered and sorted as the caller asks.
#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace btcw {

class Engine;
class HealthRegistry;

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
};

// Unknown, repeated or malformed parameters are InvalidArgument errors that name the parameter and what it takes.
Result<ServerListQuery> parseServerListQuery(const QUrlQuery& query);

// One JSON object per server: address fields, provenance, and (when checked) status, verdict, height, lag, forked,
// latency, uptime and last check. `health` may be null: every server is then "unknown".
QJsonArray listServers(Engine& engine, const HealthRegistry* health, const ServerListQuery& query);

} // namespace btcw
