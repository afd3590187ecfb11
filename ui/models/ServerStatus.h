// What the window knows about one server's health: the last check's outcome, shown in the table and details pane.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace btcw {

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
    QString reason;         // why it is down, in plain words
    int height = -1;        // tip height it reported; -1 = not known
    qint64 latencyMs = -1;  // round trip of a request on a ready connection; -1 = not measured
    QDateTime lastChecked;  // when the last check finished
    QString protocol;       // negotiated protocol version
    QString serverSoftware; // from server.version
    QString certificateSha256;
    QJsonObject features; // server.features, when the check got it
};

} // namespace btcw

Q_DECLARE_METATYPE(btcw::ServerStatus)
