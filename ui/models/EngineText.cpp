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
    if (id.startsWith(QLatin1String("address.")))
        return addressMessage(code);
    if (id == QLatin1String("method.unknown"))
        return tr("“%1” is not a method of the Electrum protocol 1.4 to 1.6 that BTC Worker knows; start btc-worker "
                  "with --allow-unknown-methods to send other methods")
            .arg(a(0));
    if (id == QLatin1String("method.changes-state"))
        return tr("“%1” changes the server's or the network's state (a broadcast, a new peer) and is turned off; start "
                  "btc-worker with --allow-broadcast to send it")
            .arg(a(0));
    if (id.startsWith(QLatin1String("tor.")))
        return torMessage(code);
    if (id == QLatin1String("query.not-an-address"))
        return tr("“%1” is not a Bitcoin address (check it for typos and for the network)").arg(a(0));
    return {};
}

QString EngineText::addressMessage(const MessageCode& code)
{
    const QStringView id = QStringView(code.id).mid(8); // after "address."
    const auto a = [&code](qsizetype i) { return arg(code, i); };
    if (id == u"empty")
        return tr("the server address is empty");
    if (id == u"onion-v2")
        return tr("“%1.onion” is a version 2 onion address; Tor no longer supports v2 onion services, use the server's "
                  "56-character v3 address")
            .arg(a(0));
    if (id == u"onion-length")
        return tr("“%1.onion” is not a valid onion address: a v3 onion address has 56 characters before .onion, this "
                  "one has %2")
            .arg(a(0), a(1));
    if (id == u"onion-base32")
        return tr("“%1.onion” is not a valid onion address: “%2” is not a base32 character (a–z, 2–7)").arg(a(0), a(1));
    if (id == u"onion-version")
        return tr("“%1.onion” is not a valid onion address: its version byte is %2, expected 3").arg(a(0), a(1));
    if (id == u"onion-checksum")
        return tr("“%1.onion” is not a valid onion address: its checksum does not match, probably a typo").arg(a(0));
    if (id == u"onion-empty")
        return tr("“%1” is not a valid onion address: nothing comes before .onion").arg(a(0));
    if (id == u"label-empty")
        return tr("“%1” is not a valid host name: it has an empty part between dots").arg(a(0));
    if (id == u"label-long")
        return tr("“%1” is not a valid host name: the part “%2” is longer than 63 characters").arg(a(0), a(1));
    if (id == u"label-character")
        return tr("“%1” is not a valid host name: “%2” is not allowed, use letters a–z, digits and hyphens")
            .arg(a(0), a(1));
    if (id == u"label-hyphen")
        return tr("“%1” is not a valid host name: the part “%2” starts or ends with a hyphen").arg(a(0), a(1));
    if (id == u"host-long")
        return tr("“%1…” is not a valid host name: it is longer than 253 characters").arg(a(0));
    if (id == u"ipv4")
        return tr("“%1” is not a valid IPv4 address").arg(a(0));
    if (id == u"ipv6")
        return tr("“%1” is not a valid IPv6 address").arg(a(0));
    if (id == u"ipv6-zone")
        return tr("“%1”: IPv6 zone ids (the part after %) are not supported").arg(a(0));
    if (id == u"bracket")
        return tr("“%1” has an opening “[” without a closing “]”").arg(a(0));
    if (id == u"after-bracket")
        return tr("“%1”: expected “:port” after the closing “]”").arg(a(0));
    if (id == u"colons")
        return tr("“%1” has too many “:” parts; write host:port:t|s, and put IPv6 addresses in brackets like "
                  "[::1]:50002:s")
            .arg(a(0));
    if (id == u"port-empty")
        return tr("“%1” has an empty port").arg(a(0));
    if (id == u"port-digits")
        return tr("“%1” is not a port number: use digits only").arg(a(0));
    if (id == u"port-range")
        return tr("port %1 is out of range 1–65535").arg(a(0));
    if (id == u"transport")
        return tr("unknown transport “%1”: use t (TCP) or s (TLS)").arg(a(0));
    if (id == u"scheme")
        return tr("unknown scheme “%1”: use tcp:// or ssl://").arg(a(0));
    if (id == u"scheme-letter")
        return tr("“%1”: the scheme says %2 but the letter says %3").arg(a(0), a(1), a(2));
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
    if (const QString text = message(error.code); !text.isEmpty())
        return text;
    return errorKind(error.kind);
}

QString EngineText::wording(const Error& error)
{
    if (const QString text = message(error.code); !text.isEmpty())
        return text;
    return error.message;
}

QString EngineText::queryStage(const QString& stage)
{
    if (stage == QLatin1String("connect"))
        return tr("connecting");
    if (stage == QLatin1String("tls"))
        return tr("TLS handshake");
    if (stage == QLatin1String("handshake"))
        return tr("protocol handshake (server.version)");
    if (stage == QLatin1String("request"))
        return tr("waiting for the answer");
    if (stage == QLatin1String("target"))
        return tr("checking the target");
    return stage;
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

QString EngineText::torMessage(const MessageCode& code)
{
    const QStringView id = QStringView(code.id).mid(4); // after "tor."
    const auto a = [&code](qsizetype i) { return arg(code, i); };
    // A reason that carries why no Tor was found: that code's id and arguments from argument `from` on.
    const auto why = [&code](qsizetype from) {
        return from < code.args.size() ? message(MessageCode{code.args.at(from), code.args.mid(from + 1)}) : QString();
    };
    if (id == u"off")
        return tr("Tor is off");
    if (id == u"disabled")
        return tr("Tor is switched off in the settings (turn on “Use Tor for .onion servers”, or start without "
                  "--no-tor)");
    if (id == u"looking")
        return tr("still looking for Tor");
    if (id == u"socks-disowned")
        return tr("the Tor at control port %1 does not list %2 among its SOCKS ports (%3): something else answers "
                  "there, so no names are sent to it")
            .arg(a(0), a(1), a(2));
    if (id == u"why-none-configured")
        return tr("no Tor endpoint configured and auto-detection is off");
    if (id == u"why-configured-silent")
        return tr("the configured Tor SOCKS port %1 does not answer (%2); no other port (9050, 9150) is tried")
            .arg(a(0), a(1));
    if (id == u"why-none-found")
        return tr("no running Tor found (%1)").arg(a(0));
    if (id == u"launch-not-allowed")
        return tr("%1; launching tor is not allowed in the settings (to allow it, turn on “Launch our own tor when "
                  "none is found” in the settings' Tor section, or start with --launch-tor)")
            .arg(why(0));
    if (id == u"no-binary")
        return tr("Tor is not running and no tor program was found (“%1” not found; %2); install it (Debian/Ubuntu: "
                  "sudo apt install tor) or start Tor Browser")
            .arg(a(0), why(1));
    if (id == u"idle")
        return tr("Tor is not running; BTC Worker starts its own tor when a server first needs it");
    if (id == u"launching")
        return tr("Tor is still starting (launching tor)");
    if (id == u"bootstrapping")
        return tr("Tor is still starting (bootstrapped %1%)").arg(a(0));
    if (id == u"launch-failed")
        return a(0).isEmpty() ? tr("our own tor could not be started or stopped running")
                              : tr("our own tor could not be started or stopped running (tor said: %1)").arg(a(0));
    return {};
}

} // namespace btcw
