#include "LiveEvent.h"

#include <QCryptographicHash>
#include <algorithm>

namespace btcw {

using namespace Qt::StringLiterals;

QJsonObject LiveTip::toJson() const
{
    return QJsonObject{{u"height"_s, height}, {u"hex"_s, hex}, {u"hash"_s, hash}};
}

std::optional<LiveTip> LiveTip::fromJson(const QJsonValue& value, const QDateTime& seenAt)
{
    const QJsonObject object = value.toObject();
    const QJsonValue height = object.value(u"height"_s);
    const QString hex = object.value(u"hex"_s).toString();
    if (!height.isDouble() || height.toDouble() < 0 || height.toDouble() > 1e9 || hex.size() != 160)
        return std::nullopt;
    const QByteArray header = QByteArray::fromHex(hex.toLatin1());
    if (header.size() != 80 || QString::fromLatin1(header.toHex()) != hex.toLower())
        return std::nullopt;
    QByteArray hash = QCryptographicHash::hash(QCryptographicHash::hash(header, QCryptographicHash::Sha256),
                                               QCryptographicHash::Sha256);
    std::reverse(hash.begin(), hash.end());
    LiveTip tip;
    tip.height = height.toInt();
    tip.hex = hex.toLower();
    tip.hash = QString::fromLatin1(hash.toHex());
    tip.seenAt = seenAt;
    return tip;
}

} // namespace btcw
