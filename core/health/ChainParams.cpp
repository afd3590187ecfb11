#include "ChainParams.h"

#include <QCryptographicHash>
#include <algorithm>
#include <array>

namespace btcw {

namespace {

constexpr int kHeaderBytes = 80;

bool isHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace

Result<QString> blockHeaderHash(const QByteArray& header)
{
    if (header.size() != kHeaderBytes)
        return Error::make(ErrorKind::Protocol,
                           QStringLiteral("A block header has %1 bytes, not %2.").arg(header.size()).arg(kHeaderBytes));
    const QByteArray once = QCryptographicHash::hash(header, QCryptographicHash::Sha256);
    QByteArray twice = QCryptographicHash::hash(once, QCryptographicHash::Sha256);
    std::reverse(twice.begin(), twice.end());
    return QString::fromLatin1(twice.toHex());
}

Result<QString> blockHeaderHashFromHex(QStringView hex)
{
    if (hex.size() != 2 * kHeaderBytes || !isHex(hex))
        return Error::make(ErrorKind::Protocol,
                           QStringLiteral("A block header must be %1 hex characters; got %2 characters.")
                               .arg(2 * kHeaderBytes)
                               .arg(hex.size()));
    return blockHeaderHash(QByteArray::fromHex(hex.toLatin1()));
}

} // namespace btcw
