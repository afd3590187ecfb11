#include "BlockHeader.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <algorithm>

namespace btcw {

namespace {

quint32 readLe32(const QByteArray& bytes, int offset)
{
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

bool isHexText(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace

QString BlockHeader::hashHex() const
{
    return hashToHex(hash);
}

QByteArray sha256d(const QByteArray& data)
{
    return QCryptographicHash::hash(QCryptographicHash::hash(data, QCryptographicHash::Sha256),
                                    QCryptographicHash::Sha256);
}

QString hashToHex(const QByteArray& internal)
{
    QByteArray reversed = internal;
    std::reverse(reversed.begin(), reversed.end());
    return QString::fromLatin1(reversed.toHex());
}

QByteArray hashFromHex(QStringView hex)
{
    if (hex.size() != 64 || !isHexText(hex))
        return {};
    QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    std::reverse(bytes.begin(), bytes.end());
    return bytes;
}

Result<BlockHeader> parseBlockHeader(const QByteArray& raw)
{
    if (raw.size() != blockHeaderSize)
        return Error::make(ErrorKind::Protocol,
                           QStringLiteral("A block header has %1 bytes, not %2.").arg(raw.size()).arg(blockHeaderSize));
    BlockHeader h;
    h.version = readLe32(raw, 0);
    h.prevHash = raw.mid(4, 32);
    h.merkleRoot = raw.mid(36, 32);
    h.time = readLe32(raw, 68);
    h.bits = readLe32(raw, 72);
    h.nonce = readLe32(raw, 76);
    h.raw = raw;
    h.hash = sha256d(raw);
    return h;
}

Result<BlockHeader> parseBlockHeaderHex(QStringView hex)
{
    if (hex.size() != 2 * blockHeaderSize || !isHexText(hex))
        return Error::make(ErrorKind::Protocol, QStringLiteral("A block header must be %1 hex characters; got %2.")
                                                    .arg(2 * blockHeaderSize)
                                                    .arg(hex.size()));
    return parseBlockHeader(QByteArray::fromHex(hex.toLatin1()));
}

} // namespace btcw
