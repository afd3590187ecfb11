// The window's words for what the engine reports: message codes, error kinds, stages and states, translated here
// (the engine and the API keep their English text).
#pragma once

#include "MessageCode.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace btcw {

struct HealthRecord;
struct HealthReport;
struct ServerStatus;
struct StageReport;

class EngineText
{
    Q_DECLARE_TR_FUNCTIONS(EngineText)

public:
    // The translated text of a known code; empty for an empty or unknown one.
    static QString message(const MessageCode& code);
    // A failure of this kind in plain words ("connection refused: nothing listens on that port").
    static QString errorKind(ErrorKind kind);
    // The same by the kind's stable name ("connection-refused"); empty for an unknown name.
    static QString errorKind(const QString& kindName);
    // An engine error for the window, by its code, else worded by its kind (never its English message).
    static QString error(const Error& error);
    // An error from a check the window makes before asking the engine: by its code when the engine made it (an
    // address, a method), else its own message, which the window wrote with tr().
    static QString wording(const Error& error);
    // Where a query failed ("connect", "tls", "handshake", "request", "target") in words.
    static QString queryStage(const QString& stage);
    // A stage's outcome by its code; a report without codes (an older engine's, a test's) keeps its own words.
    static QString stageMessage(const StageReport& stage, const HealthReport& report);
    // Why a check failed, without the stage's name (by code, else the error's kind, else the English text).
    static QString failure(const HealthReport& report);
    static QString failure(const HealthRecord& record);
    // A status's full verdict: "<stage>: <why>", or the why alone when no stage failed.
    static QString reason(const ServerStatus& status);
    // A stage's name ("connect" → "Connect").
    static QString stageName(const QString& name);
    // A stage's name as a verdict starts with it ("features" in "features: genesis is …").
    static QString verdictStage(const QString& name);
    // A certificate pin state ("first-use" → "trusted on first use").
    static QString pinState(const QString& state);
    // The report's note `i`, by its code (a report without codes keeps its English note).
    static QString note(const HealthReport& report, qsizetype i);
    // A cache backend's name ("memory", "redis").
    static QString cacheBackend(const QString& name);

private:
    static QString addressMessage(const MessageCode& code);
    static QString torMessage(const MessageCode& code);
};

} // namespace btcw
