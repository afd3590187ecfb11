#include "models/ServerStatus.h"

#include "health/HealthHistory.h"
#include "health/HealthReport.h"

namespace btcw {

ServerStatus ServerStatus::fromReport(const HealthReport& report)
{
    ServerStatus s;
    s.state = report.ok ? ServerState::Up : ServerState::Down;
    s.reason = report.ok ? QString() : report.verdict();
    s.failedStage = report.failedStage;
    s.height = report.height;
    s.tipHash = report.tipHash;
    s.latencyMs = report.latencyMs;
    s.lastChecked = report.checkedAt;
    s.protocol = report.protocol;
    s.serverSoftware = report.software;
    s.certificateSha256 = report.certificateSha256;
    s.pinState = report.pinState;
    s.features = report.features;
    s.server = report.server;
    return s;
}

ServerStatus ServerStatus::fromRecord(const HealthRecord& record)
{
    ServerStatus s;
    s.state = record.ok ? ServerState::Up : ServerState::Down;
    s.reason = record.ok ? QString() : record.verdict;
    s.failedStage = record.failedStage;
    s.height = record.height;
    s.latencyMs = record.latencyMs;
    s.lastChecked = record.checkedAt;
    s.server = record.server;
    return s;
}

} // namespace btcw
