// Past health checks per server, kept in an append-only JSON-lines file: uptime and latency over a time window.
#pragma once

#include "Clock.h"
#include "Result.h"
#include "electrum/ServerAddress.h"
#include "health/HealthReport.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <chrono>
#include <memory>
#include <optional>

namespace btcw {

// One line of the history: what a check found, without its stage details.
struct HealthRecord
{
    ServerAddress server;
    QDateTime checkedAt; // UTC
    bool ok = false;
    QString failedStage; // empty when ok
    QString verdict;     // "ok" or "<stage>: <why>"
    MessageCode why;     // the failed stage's message as a code, for the window to translate; empty when ok
    QString errorKind;   // the failure's ErrorKind name ("connection-refused"); empty when ok
    qint64 latencyMs = -1;
    int height = -1;

    // A report without a time is taken as checked now, on `clock`.
    static HealthRecord fromReport(const HealthReport& report, const Clock& clock = systemClock());
    QJsonObject toJson() const;
    // An object that is not a record (missing server or time, wrong types) is an error naming what is wrong.
    static Result<HealthRecord> fromJson(const QJsonObject& json);
};

struct LatencyStats
{
    int samples = 0;      // successful checks in the window that measured a latency
    qint64 medianMs = -1; // -1 without samples
    qint64 p90Ms = -1;    // nearest-rank 90th percentile
    qint64 minMs = -1;
    qint64 maxMs = -1;
};

// Share of successful records (0–100) with now - window <= checkedAt <= now; nullopt when none is in it.
std::optional<double> uptimeOf(const QList<HealthRecord>& records, const QDateTime& now, std::chrono::seconds window);
// Latency of the successful records in the same window: median, p90 by nearest rank, min, max.
LatencyStats latencyOf(const QList<HealthRecord>& records, const QDateTime& now, std::chrono::seconds window);

struct HealthHistoryOptions
{
    QString filePath; // the JSON-lines file (e.g. <data dir>/health-history.jsonl); empty keeps history in memory
    std::chrono::hours retention{24 * 30};      // older records are dropped when the file is compacted
    int maxRecordsPerServer = 1000;             // the oldest records of a server go first
    qint64 compactAboveBytes = 4 * 1024 * 1024; // rewrite the file once it grows past this
    const Clock* clock = &systemClock(); // the uptime and latency windows end at its UTC now (null: the system's)
};

// What load() found in the file.
struct HealthHistoryLoad
{
    int loaded = 0;       // records kept
    int skippedLines = 0; // unreadable lines (a torn last line after a crash, or damage)
    int droppedOld = 0;   // records past the retention (or over the per-server cap)
    bool compacted = false;
    QStringList problems; // one line per skipped line: "line 12: …"
};

class HealthHistory
{
public:
    static QString defaultFileName() { return QStringLiteral("health-history.jsonl"); }

    explicit HealthHistory(HealthHistoryOptions options = {});
    ~HealthHistory();
    HealthHistory(const HealthHistory&) = delete;
    HealthHistory& operator=(const HealthHistory&) = delete;

    // Reads the file (a missing file is an empty history). Unreadable lines are skipped and reported, never fatal;
    // the file is rewritten when anything was skipped or dropped. An error only when the file cannot be read.
    Result<HealthHistoryLoad> load();

    // Appends one record and flushes it to the file; compacts when the file has grown past the limit.
    // The record is kept in memory even when writing fails (the error says why).
    Status record(const HealthReport& report);
    Status record(const HealthRecord& record);

    // The server's records at or after `since` (all when invalid), oldest first.
    QList<HealthRecord> history(const ServerAddress& server, const QDateTime& since = {}) const;
    std::optional<HealthRecord> lastReport(const ServerAddress& server) const;
    QList<ServerAddress> servers() const;
    int recordCount() const;

    // Share of successful checks in the last `window` (0–100); nullopt when the server has no check in it.
    std::optional<double> uptimePercent(const ServerAddress& server, std::chrono::seconds window) const;
    // Latency of the successful checks in the last `window`.
    LatencyStats latencyStats(const ServerAddress& server, std::chrono::seconds window) const;

    // Drops records past the retention and rewrites the file atomically (QSaveFile).
    Status compact();

    const HealthHistoryOptions& options() const { return m_options; }

private:
    QDateTime now() const;
    // Inserts in time order and applies the per-server cap; returns how many old records the cap removed.
    int insert(const HealthRecord& record);
    int dropExpired();
    Status append(const HealthRecord& record);
    Status openForAppend();

    HealthHistoryOptions m_options;
    QHash<ServerAddress, QList<HealthRecord>> m_records; // per server, oldest first
    std::unique_ptr<QFile> m_file;                       // open for appending, when persisting
};

} // namespace btcw
