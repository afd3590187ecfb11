#include "HealthReport.h"

#include <QJsonArray>

namespace btcw {

QJsonObject StageReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("ms"), ms},
        {QStringLiteral("message"), message},
    };
}

QString HealthReport::verdict() const
{
    if (ok)
        return QStringLiteral("ok");
    const StageReport* failed = stage(failedStage);
    const QString why = failed && !failed->message.isEmpty() ? failed->message : error.message;
    return failedStage.isEmpty() ? why : failedStage + QStringLiteral(": ") + why;
}

const StageReport* HealthReport::stage(QStringView name) const
{
    for (const StageReport& s : stages) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QJsonObject HealthReport::toJson() const
{
    QJsonArray stageArray;
    for (const StageReport& s : stages)
        stageArray.append(s.toJson());
    QJsonObject o{
        {QStringLiteral("server"), server.toString()},
        {QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("verdict"), verdict()},
        {QStringLiteral("stages"), stageArray},
        {QStringLiteral("totalMs"), totalMs},
    };
    if (!ok) {
        o.insert(QStringLiteral("failedStage"), failedStage);
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), error.kindName()},
                                                      {QStringLiteral("message"), error.message},
                                                      {QStringLiteral("detail"), error.detail}});
    }
    // Unknown values are left out rather than sent as -1 or "".
    if (!protocol.isEmpty())
        o.insert(QStringLiteral("protocol"), protocol);
    if (!software.isEmpty())
        o.insert(QStringLiteral("software"), software);
    if (height >= 0)
        o.insert(QStringLiteral("height"), height);
    if (!tipHash.isEmpty())
        o.insert(QStringLiteral("tipHash"), tipHash);
    if (latencyMs >= 0)
        o.insert(QStringLiteral("latencyMs"), latencyMs);
    if (!certificateSha256.isEmpty())
        o.insert(QStringLiteral("certificateSha256"), certificateSha256);
    if (certificateExpiry.isValid())
        o.insert(QStringLiteral("certificateExpiry"), certificateExpiry.toUTC().toString(Qt::ISODate));
    if (!pinState.isEmpty())
        o.insert(QStringLiteral("pinState"), pinState);
    if (!features.isEmpty())
        o.insert(QStringLiteral("features"), features);
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}

} // namespace btcw
