#include "CertificatePinStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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
    return o;
}

std::optional<CertificatePin> pinFromJson(const QJsonObject& o)
{
    CertificatePin pin;
    pin.hostPort = o.value(QLatin1String("host_port")).toString();
    pin.sha256 = o.value(QLatin1String("sha256")).toString().toLower();
    pin.firstSeen = QDateTime::fromString(o.value(QLatin1String("first_seen")).toString(), Qt::ISODateWithMs);
    pin.lastSeen = QDateTime::fromString(o.value(QLatin1String("last_seen")).toString(), Qt::ISODateWithMs);
    pin.changes = o.value(QLatin1String("changes")).toInt();
    pin.previousSha256 = o.value(QLatin1String("previous_sha256")).toString();
    if (pin.hostPort.isEmpty() || pin.sha256.size() != 64)
        return std::nullopt;
    return pin;
}

} // namespace

CertificatePinStore::CertificatePinStore(QString filePath, QObject* parent)
    : QObject(parent), m_filePath(std::move(filePath))
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
        const QString aside = m_filePath + QStringLiteral(".corrupt-") +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto it = m_pins.find(hostPort);
    if (it == m_pins.end()) {
        m_pins.insert(hostPort, CertificatePin{hostPort, sha256.toLower(), now, now, 0, {}});
        (void)saveOrReport(); // a failure is reported through saveFailed()
        emit changed(hostPort);
        return Verdict::FirstUse;
    }
    if (it->sha256.compare(sha256, Qt::CaseInsensitive) != 0)
        return Verdict::Changed;
    it->lastSeen = now; // kept in memory; written with the next change
    return Verdict::Match;
}

Status CertificatePinStore::trust(const QString& hostPort, const QString& sha256)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto it = m_pins.find(hostPort);
    if (it == m_pins.end()) {
        m_pins.insert(hostPort, CertificatePin{hostPort, sha256.toLower(), now, now, 0, {}});
    } else if (it->sha256 != sha256.toLower()) {
        it->previousSha256 = it->sha256;
        it->sha256 = sha256.toLower();
        it->firstSeen = now;
        it->lastSeen = now;
        ++it->changes;
    }
    Status status = saveOrReport();
    emit changed(hostPort);
    return status;
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
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("pins"), array}}).toJson());
    if (!file.commit()) {
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("Cannot write the certificate pins file %1.").arg(m_filePath),
                           file.errorString());
    }
    return success();
}

} // namespace btcw
