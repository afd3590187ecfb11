// Trust-on-first-use pins: the SHA-256 of each server's certificate, kept in an atomically written file.
#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace btcw {

// A fingerprint that was pinned once and replaced by a deliberate re-trust.
struct ReplacedCertificate
{
    QString sha256;
    QDateTime firstSeen; // when it became the pin
    QDateTime replacedAt;
};

struct CertificatePin
{
    QString hostPort; // "host:port"
    QString sha256;   // lower-case hex of the DER certificate's SHA-256
    QDateTime firstSeen;
    QDateTime lastSeen;
    int changes = 0;        // how many times the operator re-trusted a new certificate
    QString previousSha256; // the fingerprint replaced by the last re-trust, if any
    // A different certificate the server presented and that was refused; waits for a deliberate trustPending().
    QString pendingSha256;
    QDateTime pendingSeen;              // when it was last presented
    QList<ReplacedCertificate> history; // replaced fingerprints, newest first, at most kMaxHistory

    bool hasPending() const { return !pendingSha256.isEmpty(); }
};

class CertificatePinStore : public QObject
{
    Q_OBJECT
public:
    enum class Verdict
    {
        FirstUse,
        Match,
        Changed
    };

    // How many replaced fingerprints each pin remembers.
    static constexpr int kMaxHistory = 10;

    // An empty path keeps pins in memory only (tests, --ephemeral). clock: when a certificate was seen.
    explicit CertificatePinStore(QString filePath = {}, const Clock& clock = systemClock(), QObject* parent = nullptr);

    // Reads the file; a corrupt file is renamed aside and reported, never silently dropped.
    Status load();

    std::optional<CertificatePin> pin(const QString& hostPort) const;
    QList<CertificatePin> pins() const;

    // Compares the presented fingerprint with the pin; FirstUse pins it, Match refreshes lastSeen.
    Verdict checkAndPin(const QString& hostPort, const QString& sha256);
    // Remembers a refused (Changed) certificate as the pin's pending one, for the UI and API to offer trusting it.
    Status recordPending(const QString& hostPort, const QString& sha256);
    // Pins `sha256` for `hostPort` (the old fingerprint goes to the history); used for CA-valid rotations too.
    Status trust(const QString& hostPort, const QString& sha256);
    // The operator's deliberate "trust the new certificate": only the exact pending fingerprint is accepted, so a
    // stale or mistyped confirmation never pins something nobody looked at.
    Status trustPending(const QString& hostPort, const QString& expectedSha256);
    Status forget(const QString& hostPort);

signals:
    void changed(const QString& hostPort);
    // The pins could not be written; they stay in effect in memory.
    void saveFailed(const btcw::Error& error);

private:
    Status save();
    Status saveOrReport();

    QString m_filePath;
    const Clock& m_clock;
    QHash<QString, CertificatePin> m_pins;
};

} // namespace btcw
