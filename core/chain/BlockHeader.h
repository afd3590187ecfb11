// An 80-byte Bitcoin block header, parsed, with its double-SHA256 hash; and the hashing Bitcoin uses elsewhere.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace btcw {

constexpr int blockHeaderSize = 80;

struct BlockHeader
{
    quint32 version = 0;
    QByteArray prevHash;   // internal byte order (32 bytes)
    QByteArray merkleRoot; // internal byte order (32 bytes)
    quint32 time = 0;
    quint32 bits = 0;
    quint32 nonce = 0;
    QByteArray raw;  // the 80 bytes
    QByteArray hash; // double SHA-256 of raw, internal byte order

    QString hashHex() const;
};

// SHA-256 twice (QCryptographicHash).
QByteArray sha256d(const QByteArray& data);
// Internal byte order ↔ the reversed hex Bitcoin shows; hashFromHex is empty unless given 64 hex digits.
QString hashToHex(const QByteArray& internal);
QByteArray hashFromHex(QStringView hex);

// A header from its 80 bytes; any other length is a Protocol error that says the length.
Result<BlockHeader> parseBlockHeader(const QByteArray& raw);
// The same from hex as Electrum sends it.
Result<BlockHeader> parseBlockHeaderHex(QStringView hex);

} // namespace btcw
