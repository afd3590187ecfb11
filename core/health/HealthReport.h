// The outcome of one staged server health check: each stage timed, and a verdict naming the first failure.
#pragma once

#include "MessageCode.h"
#include "Result.h"
#include "electrum/ServerAddress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace btcw {

// Stage names, in the order a check runs them.
namespace healthstage {
inline constexpr QLatin1String Connect{"connect"};
inline constexpr QLatin1String Tls{"tls"};
inline constexpr QLatin1String Version{"version"};
inline constexpr QLatin1String Features{"features"};
inline constexpr QLatin1String Tip{"tip"};
inline constexpr QLatin1String Header{"header"};
inline constexpr QLatin1String Ping{"ping"};
// Not a stage of the connection check: a verified answer (verify=true) or the proof check found invalid data.
inline constexpr QLatin1String Proof{"proof"};
} // namespace healthstage

struct StageReport
{
    QString name; // one of healthstage::*
    bool ok = false;
    qint64 ms = -1;        // how long the stage took
    QString message;       // short plain words: what was found, or why it failed
    MessageCode code = {}; // the same as a code with arguments, for the window to translate

    QJsonObject toJson() const;
};

struct HealthReport
{
    ServerAddress server;
    QDateTime checkedAt; // when the check started (UTC)
    bool ok = false;
    QString failedStage; // empty when ok
    Error error;         // meaningful only when !ok
    QList<StageReport> stages;
    QString protocol; // negotiated by server.version
    QString software; // the server's software string
    int height = -1;  // tip height
    QString tipHash;  // the tip header's hash
    qint64 latencyMs = -1;
    QString certificateSha256;
    QDateTime certificateExpiry; // the presented certificate's notAfter (TLS only; invalid when not known)
    QString pinState;            // "first-use", "match", "changed", "rotated" (a CA-signed replacement; TLS only)
    QJsonObject features;
    QStringList notes; // oddities that do not fail the check (e.g. the address is not among the listed hosts)
    QList<MessageCode> noteCodes; // the notes as codes, one per note
    qint64 totalMs = -1;

    // "ok" or "<stage>: <why>", e.g. "tls: certificate changed since 2026-11-02".
    QString verdict() const;
    const StageReport* stage(QStringView name) const;
    QJsonObject toJson() const;
};

} // namespace btcw
