// What the window knows about one server's health: the last check's outcome, shown in the table and details pane.
#pragma once

#include "MessageCode.h"
#include "electrum/ServerAddress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace btcw {

struct HealthRecord;
struct HealthReport;

enum class ServerState
{
    Unknown,
    Checking,
    Up,
    Down
};

struct ServerStatus
{
    ServerState state = ServerState::Unknown;
    QString reason;         // why it is down, in plain words: the check's verdict ("tls: certificate changed …")
    QString failedStage;    // the staged check's first failed stage; empty when up or not from a staged check
    MessageCode reasonCode; // the reason as a code, which the window translates (EngineText::reason)
    QString errorKind;      // the failure's ErrorKind name, which words a reason without a code
    int height = -1;        // tip height it reported; -1 = not known
    QString tipHash;        // the tip header's hash
    qint64 latencyMs = -1;  // round trip of a request on a ready connection; -1 = not measured
    QDateTime lastChecked;  // when the last check ran
    QString protocol;       // negotiated protocol version
    QString serverSoftware; // from server.version
    QString certificateSha256;
    QString pinState;     // "first-use", "match", "changed", "rotated"; empty without TLS
    QJsonObject features; // server.features, when the check got it
    ServerAddress server; // the address that was checked (the row's host on one transport)
    // From the tip agreement of all servers of the network: blocks behind the best tip (-1: not known) and whether
    // the server reports another block hash at its height than most servers there.
    int lag = -1;
    bool forked = false;
    std::optional<double> uptime24h; // share of successful checks over the last 24 hours, 0–100
    QDateTime lastBlockSeen;         // when the server last announced a new tip (subscribed servers); invalid: never

    // A staged check's outcome (lag, fork and uptime are left for the caller, who knows the other servers).
    static ServerStatus fromReport(const HealthReport& report);
    // A check remembered in the history (fewer details than a report).
    static ServerStatus fromRecord(const HealthRecord& record);
};

} // namespace btcw

Q_DECLARE_METATYPE(btcw::ServerStatus)
