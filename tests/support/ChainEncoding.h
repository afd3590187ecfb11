// Bitcoin byte encodings the test Electrum server needs: hashes, varints, transactions, merkle trees, addresses.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace btcw::test {

QByteArray sha256(const QByteArray& bytes);
QByteArray sha256d(const QByteArray& bytes);
// A hash in its internal byte order shown the Bitcoin way: bytes reversed, lower-case hex.
QString hashToHex(const QByteArray& internalHash);
// The inverse of hashToHex; empty when `hex` is not 64 hex digits.
QByteArray hexToHash(const QString& hex);
// Electrum's scripthash: SHA-256 of the output script, reversed, hex.
QString scriptHashHex(const QByteArray& script);

void appendUInt32(QByteArray& out, quint32 value);
void appendUInt64(QByteArray& out, quint64 value);
void appendCompactSize(QByteArray& out, quint64 value);
// A push of `data` as a script would write it (direct push or OP_PUSHDATA1/2).
void appendPush(QByteArray& script, const QByteArray& data);
// The minimal CScriptNum push of a non-negative number (OP_0, OP_1…OP_16, or bytes), as BIP34 writes heights.
void appendScriptNumber(QByteArray& script, qint64 value);

struct TxInput
{
    QByteArray prevTxid; // internal byte order
    quint32 prevIndex = 0;
    QByteArray scriptSig;
    quint32 sequence = 0xffffffff;
    bool isCoinbase() const { return prevIndex == 0xffffffff && prevTxid == QByteArray(32, '\0'); }
};

struct TxOutput
{
    qint64 value = 0; // satoshis
    QByteArray script;
};

struct Transaction
{
    quint32 version = 2;
    QList<TxInput> inputs;
    QList<TxOutput> outputs;
    QList<QList<QByteArray>> witnesses; // empty, or one stack per input
    quint32 lockTime = 0;

    // The serialization without witness data: what the txid hashes.
    QByteArray serializeLegacy() const;
    // With witness data when there is any (BIP144).
    QByteArray serialize() const;
    QByteArray txid() const { return sha256d(serializeLegacy()); }
};

// Parses a serialized transaction (legacy or BIP144 segwit); nullopt when malformed or followed by extra bytes.
std::optional<Transaction> parseTransaction(const QByteArray& bytes);

// Bitcoin's merkle root of internal-order hashes (the last one paired with itself on odd levels).
QByteArray merkleRoot(QList<QByteArray> leaves);
// The sibling hashes from leaf `index` up to the root, internal order.
QList<QByteArray> merkleBranch(QList<QByteArray> leaves, int index);

// Whether the header's hash (internal order) is at or below the target encoded by compact `bits`.
bool hashMeetsTarget(const QByteArray& internalHash, quint32 bits);

enum class Bech32Variant
{
    Bech32,
    Bech32m
};
// Segwit address for `program` (BIP173 for version 0, BIP350 for 1+); `hrp` is "bc", "tb", "bcrt".
QString encodeSegwitAddress(const QString& hrp, int witnessVersion, const QByteArray& program);
// Base58 with a 4-byte double-SHA-256 checksum over version ‖ payload.
QString encodeBase58Check(quint8 version, const QByteArray& payload);

} // namespace btcw::test
