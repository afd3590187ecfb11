#include "CertificatePinStore.h"

#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace btcw {

namespace {

QJsonObject pinToJson(const CertificatePin& pin)
{
    QJsonObject o{{QStringLiteral("host_port"), pin.hostPort},
                  {QStringLiteral("sha256"), pin.sha256},
                  {QStringLiteral("first_seen"), pin.firstSeen.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("last_seen"), pin.lastSeen.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("changes"), pin.changes}};
    if (!pin.previousSha256.isEmpty())
        o.insert(QStringLiteral("previous_sha256"), pin.previousSha256);
    if (pin.hasPending()) {
        o.insert(QStringLiteral("pending_sha256"), pin.pendingSha256);
        o.insert(QStringLiteral("pending_seen"), pin.pendingSeen.toString(Qt::ISODateWithMs));
    }
    if (!pin.history.isEmpty()) {
        QJsonArray history;
        for (const ReplacedCertificate& old : pin.history) {
            history.append(QJsonObject{{QStringLiteral("sha256"), old.sha256},
                                       {QStringLiteral("first_seen"), old.firstSeen.toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("replaced_at"), old.replacedAt.toString(Qt::ISODateWithMs)}});
        }
        o.insert(QStringLiteral("history"), history);
    }
    return o;
}

QDateTime timeFromJson(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

bool isSha256Hex(const QString& text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

// Fingerprints are compared as lower-case hex; "AA:BB:…" as browsers show them is accepted too.
QString normalizedSha256(const QString& text)
{
    QString out = text.trimmed().toLower();
    out.remove(u':');
    out.remove(u' ');
    return out;
}

std::optional<CertificatePin> pinFromJson(const QJsonObject& o)
{
    CertificatePin pin;
    pin.hostPort = o.value(QLatin1String("host_port")).toString();
    pin.sha256 = o.value(QLatin1String("sha256")).toString().toLower();
    pin.firstSeen = timeFromJson(o.value(QLatin1String("first_seen")));
    pin.lastSeen = timeFromJson(o.value(QLatin1String("last_seen")));
    pin.changes = o.value(QLatin1String("changes")).toInt();
    pin.previousSha256 = o.value(QLatin1String("previous_sha256")).toString();
    if (pin.hostPort.isEmpty() || !isSha256Hex(pin.sha256))
        return std::nullopt;
    // Files written before pending fingerprints and history existed simply lack these fields.
    const QString pending = o.value(QLatin1String("pending_sha256")).toString().toLower();
    if (isSha256Hex(pending) && pending != pin.sha256) {
        pin.pendingSha256 = pending;
        pin.pendingSeen = timeFromJson(o.value(QLatin1String("pending_seen")));
    }
    const QJsonArray history = o.value(QLatin1String("history")).toArray();
    for (const QJsonValue& v : history) {
        const QJsonObject h = v.toObject();
        ReplacedCertificate old{h.value(QLatin1String("sha256")).toString().toLower(),
                                timeFromJson(h.value(QLatin1String("first_seen"))),
                                timeFromJson(h.value(QLatin1String("replaced_at")))};
        if (isSha256Hex(old.sha256) && pin.history.size() < CertificatePinStore::kMaxHistory)
            pin.history.append(old);
    }
    return pin;
}

} // namespace

CertificatePinStore::CertificatePinStore(QString filePath, const Clock& clock, QObject* parent)
    : QObject(parent), m_filePath(std::move(filePath)), m_clock(clock)
{
}

Status CertificatePinStore::load()
{
    m_pins.clear();
    if (m_filePath.isEmpty() || !QFileInfo::exists(m_filePath))
        return success();
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("Cannot read the certificate pins file %1.").arg(m_filePath),
                           file.errorString());
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Keep the damaged file for inspection; starting without pins is safe (first use pins again) but must be said.
        const QString aside =
            m_filePath + QStringLiteral(".corrupt-") + m_clock.utcNow().toString(QStringLiteral("yyyyMMddThhmmss"));
        QFile::rename(m_filePath, aside);
        return Error::make(
            ErrorKind::Internal,
            QStringLiteral("The certificate pins file was damaged; it was moved to %1 and pins start afresh.")
                .arg(aside),
            parseError.errorString());
    }
    const QJsonArray pins = doc.object().value(QLatin1String("pins")).toArray();
    for (const QJsonValue& v : pins) {
        if (auto pin = pinFromJson(v.toObject()))
            m_pins.insert(pin->hostPort, *pin);
    }
    return success();
}

std::optional<CertificatePin> CertificatePinStore::pin(const QString& hostPort) const
{
    const auto it = m_pins.constFind(hostPort);
    if (it == m_pins.constEnd())
        return std::nullopt;
    return *it;
}

QList<CertificatePin> CertificatePinStore::pins() const
{
    QList<CertificatePin> list = m_pins.values();
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.hostPort < b.hostPort; });
    return list;
}

CertificatePinStore::Verdict CertificatePinStore::checkAndPin(const QString& hostPort, const QString& sha256)
{
    const QDateTime now = m_clock.utcNow();
    auto it = m_pins.find(hostPort);
    if (it == m_pins.end()) {
        CertificatePin pin;
        pin.hostPort = hostPort;
        pin.sha256 = normalizedSha256(sha256);
        pin.firstSeen = now;
        pin.lastSeen = now;
        m_pins.insert(hostPort, pin);
        (void)saveOrReport(); // a failure is reported through saveFailed()
        emit changed(hostPort);
        return Verdict::FirstUse;
    }
    if (it->sha256 != normalizedSha256(sha256))
        return Verdict::Changed;
    it->lastSeen = now; // kept in memory; written with the next change
    return Verdict::Match;
}

Status CertificatePinStore::recordPending(const QString& hostPort, const QString& sha256)
{
    auto it = m_pins.find(hostPort);
    const QString presented = normalizedSha256(sha256);
    if (it == m_pins.end() || it->sha256 == presented)
        return success(); // nothing pinned or nothing changed: there is nothing to wait for a decision
    it->pendingSeen = m_clock.utcNow();
    if (it->pendingSha256 == presented)
        return success(); // the same refused certificate again: the time is kept in memory like lastSeen
    it->pendingSha256 = presented;
    Status status = saveOrReport();
    emit changed(hostPort);
    return status;
}

Status CertificatePinStore::trust(const QString& hostPort, const QString& sha256)
{
    const QDateTime now = m_clock.utcNow();
    const QString fingerprint = normalizedSha256(sha256);
    if (!isSha256Hex(fingerprint)) {
        return Error::make(
            ErrorKind::InvalidArgument,
            QStringLiteral("'%1' is not a SHA-256 fingerprint (64 hexadecimal digits).").arg(sha256.left(100)));
    }
    auto it = m_pins.find(hostPort);
    if (it == m_pins.end()) {
        CertificatePin pin;
        pin.hostPort = hostPort;
        pin.sha256 = fingerprint;
        pin.firstSeen = now;
        pin.lastSeen = now;
        m_pins.insert(hostPort, pin);
        Status status = saveOrReport();
        emit changed(hostPort);
        return status;
    }
    if (it->sha256 != fingerprint) {
        it->history.prepend(ReplacedCertificate{it->sha256, it->firstSeen, now});
        while (it->history.size() > kMaxHistory)
            it->history.removeLast();
        it->previousSha256 = it->sha256;
        it->sha256 = fingerprint;
        it->firstSeen = now;
        it->lastSeen = now;
        ++it->changes;
    }
    if (it->pendingSha256 == fingerprint) {
        it->pendingSha256.clear();
        it->pendingSeen = {};
    }
    Status status = saveOrReport();
    emit changed(hostPort);
    return status;
}

Status CertificatePinStore::trustPending(const QString& hostPort, const QString& expectedSha256)
{
    const auto it = m_pins.constFind(hostPort);
    if (it == m_pins.constEnd())
        return Error::make(ErrorKind::NotFound, QStringLiteral("No certificate is pinned for %1.").arg(hostPort));
    if (!it->hasPending()) {
        return Error::make(ErrorKind::InvalidArgument,
                           QStringLiteral("%1 has presented no new certificate; the pinned one (sha256 %2) stays.")
                               .arg(hostPort, it->sha256));
    }
    if (normalizedSha256(expectedSha256) != it->pendingSha256) {
        return Error::make(
            ErrorKind::InvalidArgument,
            QStringLiteral("sha256 %1 is not the new certificate %2 presented; the pending one is sha256 %3.")
                .arg(expectedSha256.left(100), hostPort, it->pendingSha256));
    }
    const QString pending = it->pendingSha256; // trust() clears it
    return trust(hostPort, pending);
}

Status CertificatePinStore::forget(const QString& hostPort)
{
    if (m_pins.remove(hostPort) == 0)
        return Error::make(ErrorKind::NotFound, QStringLiteral("No certificate is pinned for %1.").arg(hostPort));
    Status status = saveOrReport();
    emit changed(hostPort);
    return status;
}

Status CertificatePinStore::saveOrReport()
{
    Status status = save();
    if (!status.ok())
        emit saveFailed(status.error());
    return status;
}

Status CertificatePinStore::save()
{
    if (m_filePath.isEmpty())
        return success();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QJsonArray array;
    for (const CertificatePin& pin : pins())
        array.append(pinToJson(pin));
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("Cannot write the certificate pins file %1.").arg(m_filePath),
                           file.errorString());
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 2}, {QStringLiteral("pins"), array}}).toJson());
    file.setPermissions(kOwnerOnlyFile); // which servers this user trusts is nobody else's business
    if (!file.commit()) {
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("Cannot write the certificate pins file %1.").arg(m_filePath),
                           file.errorString());
    }
    return success();
}

} // namespace btcw
