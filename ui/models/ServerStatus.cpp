#include "models/ServerStatus.h"

#include "health/HealthHistory.h"
#include "health/HealthReport.h"

namespace btcw {

ServerStatus ServerStatus::fromReport(const HealthReport& report)
{
    // What the history keeps of a check, plus what only a fresh report knows.
    ServerStatus s = fromRecord(HealthRecord::fromReport(report));
    s.tipHash = report.tipHash;
    s.protocol = report.protocol;
    s.serverSoftware = report.software;
    s.certificateSha256 = report.certificateSha256;
    s.pinState = report.pinState;
    s.features = report.features;
    return s;
}

ServerStatus ServerStatus::fromRecord(const HealthRecord& record)
{
    ServerStatus s;
    s.state = record.ok ? ServerState::Up : ServerState::Down;
    s.reason = record.ok ? QString() : record.verdict;
    s.failedStage = record.failedStage;
    s.reasonCode = record.why;
    s.errorKind = record.errorKind;
    s.height = record.height;
    s.latencyMs = record.latencyMs;
    s.lastChecked = record.checkedAt;
    s.server = record.server;
    return s;
}

} // namespace btcw
