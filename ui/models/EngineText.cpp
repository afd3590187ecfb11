#include "models/EngineText.h"

#include "health/HealthHistory.h"
#include "health/HealthReport.h"
#include "models/ServerStatus.h"

namespace btcw {

namespace {

// The argument at `i`, empty when the code carries fewer (a record written by another version).
QString arg(const MessageCode& code, qsizetype i)
{
    return i < code.args.size() ? code.args.at(i) : QString();
}

} // namespace

QString EngineText::message(const MessageCode& code)
{
    const QString& id = code.id;
    const auto a = [&code](qsizetype i) { return arg(code, i); };
    if (id == QLatin1String("check.cancelled"))
        return tr("cancelled");
    if (id == QLatin1String("check.budget"))
        return tr("no answer within the %1 s budget").arg(a(0));
    if (id == QLatin1String("check.connected"))
        return tr("connected");
    if (id == QLatin1String("check.connected-tor"))
        return tr("connected through Tor");
    if (id == QLatin1String("check.pin-first-use"))
        return tr("certificate pinned on first use");
    if (id == QLatin1String("check.pin-match"))
        return tr("certificate matches the pin from %1").arg(a(0));
    if (id == QLatin1String("check.pin-rotated"))
        return tr("a CA-signed certificate replaced the one pinned on %1").arg(a(0));
    if (id == QLatin1String("check.pin-changed-since"))
        return tr("certificate changed since %1").arg(a(0));
    if (id == QLatin1String("check.pin-changed"))
        return tr("certificate changed since it was pinned");
    if (id == QLatin1String("check.protocol"))
        return tr("protocol %1, %2").arg(a(0), a(1));
    if (id == QLatin1String("check.features-not-object"))
        return tr("the reply to server.features is not an object");
    if (id == QLatin1String("check.no-genesis"))
        return tr("no genesis hash, expected %1's").arg(a(0));
    if (id == QLatin1String("check.genesis-of"))
        return tr("genesis is %1's, expected %2").arg(a(0), a(1));
    if (id == QLatin1String("check.genesis-unknown"))
        return tr("genesis is %1 (no known network), expected %2").arg(a(0), a(1));
    if (id == QLatin1String("check.hash-function"))
        return tr("hash function is %1, expected sha256").arg(a(0));
    if (id == QLatin1String("check.genesis-matches"))
        return tr("genesis matches %1").arg(a(0));
    if (id == QLatin1String("note.host-unlisted-none"))
        return tr("%1 is not among the hosts the server lists (it lists none)").arg(a(0));
    if (id == QLatin1String("note.host-unlisted"))
        return tr("%1 is not among the hosts the server lists (%2)").arg(a(0), a(1));
    if (id == QLatin1String("note.port-missing"))
        return tr("the server lists %1 without a %2").arg(a(0), a(1));
    if (id == QLatin1String("note.port-differs"))
        return tr("the server lists %1 with %2 %3, not %4").arg(a(0), a(1), a(2), a(3));
    if (id == QLatin1String("check.bad-tip"))
        return tr("the tip reply is not a height and an 80-byte header");
    if (id == QLatin1String("check.tip"))
        return tr("height %1, hash %2").arg(a(0), a(1));
    if (id == QLatin1String("check.header-malformed"))
        return tr("header %1 is not an 80-byte header").arg(a(0));
    if (id == QLatin1String("check.header-mismatch"))
        return tr("header %1 hashes to %2, expected %3").arg(a(0), a(1), a(2));
    if (id == QLatin1String("check.header-mismatch-genesis"))
        return tr("header %1 hashes to %2, expected %3 (the %4 genesis)").arg(a(0), a(1), a(2), a(3));
    if (id == QLatin1String("check.header-match"))
        return tr("header %1 matches the expected hash").arg(a(0));
    if (id == QLatin1String("check.header-match-genesis"))
        return tr("header %1 matches the %2 genesis").arg(a(0), a(1));
    if (id == QLatin1String("check.invalid-data"))
        return tr("served invalid data");
    if (id == QLatin1String("check.proof"))
        return tr("merkle proof at height 0 and headers %1 to %2 verified").arg(a(0), a(1));
    if (id == QLatin1String("check.ping"))
        return tr("%1 ms").arg(a(0));
    if (id.startsWith(QLatin1String("error.")))
        return errorKind(id.mid(6));
    return {};
}

QString EngineText::errorKind(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidArgument:
        return tr("the input is not valid");
    case ErrorKind::BadAddress:
        return tr("the address is not valid or not allowed");
    case ErrorKind::HostNotFound:
        return tr("the host name was not found");
    case ErrorKind::ConnectionRefused:
        return tr("connection refused: nothing listens on that port");
    case ErrorKind::Unreachable:
        return tr("the host cannot be reached");
    case ErrorKind::Timeout:
        return tr("no answer in time");
    case ErrorKind::Tls:
        return tr("the TLS handshake failed");
    case ErrorKind::CertificateChanged:
        return tr("the certificate changed since it was pinned");
    case ErrorKind::Protocol:
        return tr("the server broke the Electrum protocol");
    case ErrorKind::Rpc:
        return tr("the server answered with an error");
    case ErrorKind::TooLarge:
        return tr("the answer is too large");
    case ErrorKind::ConnectionClosed:
        return tr("the connection closed before an answer");
    case ErrorKind::Proxy:
        return tr("the Tor proxy could not connect");
    case ErrorKind::TorUnavailable:
        return tr("Tor is needed and not available");
    case ErrorKind::Busy:
        return tr("too many requests are waiting");
    case ErrorKind::NotAllowed:
        return tr("the settings do not allow it");
    case ErrorKind::NotFound:
        return tr("not found");
    case ErrorKind::Conflict:
        return tr("not possible right now");
    case ErrorKind::Unauthorized:
        return tr("not authorised");
    case ErrorKind::RateLimited:
        return tr("too many requests");
    case ErrorKind::VerificationFailed:
        return tr("the answer failed verification");
    case ErrorKind::NoConsensus:
        return tr("the servers did not agree");
    case ErrorKind::Internal:
        return tr("an internal error");
    }
    return tr("an internal error");
}

QString EngineText::errorKind(const QString& kindName)
{
    for (int k = int(ErrorKind::InvalidArgument); k <= int(ErrorKind::Internal); ++k) {
        if (errorKindName(ErrorKind(k)) == kindName)
            return errorKind(ErrorKind(k));
    }
    return {};
}

QString EngineText::error(const Error& error)
{
    return errorKind(error.kind);
}

QString EngineText::stageMessage(const StageReport& stage, const HealthReport& report)
{
    if (const QString text = message(stage.code); !text.isEmpty()) {
        // The features verdict's code leaves its notes out; they follow, each in words.
        if (stage.code.id == QLatin1String("check.genesis-matches")) {
            QStringList parts{text};
            for (qsizetype i = 0; i < report.notes.size(); ++i)
                parts.append(note(report, i));
            return parts.join(QStringLiteral("; "));
        }
        return text;
    }
    return stage.message; // a report made without codes (by an older engine or a test) keeps its own words
}

QString EngineText::failure(const HealthReport& report)
{
    if (report.ok)
        return {};
    const StageReport* failed = report.stage(report.failedStage);
    if (failed && !failed->code.isEmpty())
        return stageMessage(*failed, report);
    // Without codes: the engine's own words, as before codes.
    return !report.error.message.isEmpty() ? report.error.message : failed ? failed->message : QString();
}

QString EngineText::failure(const HealthRecord& record)
{
    if (record.ok)
        return {};
    if (const QString text = message(record.why); !text.isEmpty())
        return text;
    // A record from before codes keeps "<stage>: <why>" in English: its why.
    const qsizetype colon = record.verdict.indexOf(QLatin1String(": "));
    const QString why = colon >= 0 ? record.verdict.mid(colon + 2) : record.verdict;
    return why.isEmpty() ? errorKind(record.errorKind) : why;
}

QString EngineText::reason(const ServerStatus& status)
{
    QString why = message(status.reasonCode);
    if (why.isEmpty() && !status.reason.isEmpty())
        return status.reason; // without a code: the engine's own words, as before codes
    if (why.isEmpty())
        why = errorKind(status.errorKind);
    if (status.failedStage.isEmpty())
        return why;
    return tr("%1: %2").arg(verdictStage(status.failedStage), why);
}

QString EngineText::stageName(const QString& name)
{
    if (name == healthstage::Connect)
        return tr("Connect");
    if (name == healthstage::Tls)
        return tr("TLS handshake");
    if (name == healthstage::Version)
        return tr("Version");
    if (name == healthstage::Features)
        return tr("Features");
    if (name == healthstage::Tip)
        return tr("Tip");
    if (name == healthstage::Header)
        return tr("Header");
    if (name == healthstage::Ping)
        return tr("Ping");
    if (name == healthstage::Proof)
        return tr("Proof");
    return name;
}

QString EngineText::verdictStage(const QString& name)
{
    // Lower case, as the engine's verdict ("features: …") reads; English keeps it word for word.
    if (name == healthstage::Connect)
        return tr("connect", "verdict stage");
    if (name == healthstage::Tls)
        return tr("tls", "verdict stage");
    if (name == healthstage::Version)
        return tr("version", "verdict stage");
    if (name == healthstage::Features)
        return tr("features", "verdict stage");
    if (name == healthstage::Tip)
        return tr("tip", "verdict stage");
    if (name == healthstage::Header)
        return tr("header", "verdict stage");
    if (name == healthstage::Ping)
        return tr("ping", "verdict stage");
    if (name == healthstage::Proof)
        return tr("proof", "verdict stage");
    return name;
}

QString EngineText::pinState(const QString& state)
{
    if (state == QLatin1String("first-use"))
        return tr("trusted on first use");
    if (state == QLatin1String("match"))
        return tr("matches the pinned certificate");
    if (state == QLatin1String("changed"))
        return tr("changed since it was pinned");
    if (state == QLatin1String("rotated"))
        return tr("replaced by a CA-signed certificate");
    return state;
}

QString EngineText::note(const HealthReport& report, qsizetype i)
{
    if (i < report.noteCodes.size()) {
        if (const QString text = message(report.noteCodes.at(i)); !text.isEmpty())
            return text;
    }
    return i < report.notes.size() ? report.notes.at(i) : QString();
}

QString EngineText::cacheBackend(const QString& name)
{
    if (name == QLatin1String("memory"))
        return tr("memory");
    if (name == QLatin1String("redis"))
        return tr("redis"); // English as the backend names itself, as the API says
    return name;
}

} // namespace btcw
