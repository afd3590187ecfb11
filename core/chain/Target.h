// Proof-of-work arithmetic: a 256-bit unsigned number, the compact `bits` encoding and the mainnet retarget rule.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <array>
#include <optional>

namespace btcw {

// An unsigned 256-bit number, only as much arithmetic as targets need.
class Uint256
{
public:
    Uint256() = default;
    explicit Uint256(quint64 value);
    // A block hash in internal byte order is the number in little-endian bytes.
    static Uint256 fromLittleEndian(const QByteArray& bytes32);
    // 64 hex digits, most significant first (how targets and hashes are shown).
    QString toHex() const;

    int bitLength() const;
    quint64 low64() const { return quint64(m_limbs[0]) | (quint64(m_limbs[1]) << 32); }
    bool isZero() const { return bitLength() == 0; }

    Uint256 shiftedLeft(int bits) const;
    Uint256 shiftedRight(int bits) const;
    // Multiplies by a small factor; false when the product does not fit in 256 bits.
    bool multiplyBy(quint32 factor);
    void divideBy(quint32 divisor);

    friend bool operator<(const Uint256& a, const Uint256& b) { return compare(a, b) < 0; }
    friend bool operator>(const Uint256& a, const Uint256& b) { return compare(a, b) > 0; }
    friend bool operator<=(const Uint256& a, const Uint256& b) { return compare(a, b) <= 0; }
    friend bool operator==(const Uint256& a, const Uint256& b) { return a.m_limbs == b.m_limbs; }

private:
    static int compare(const Uint256& a, const Uint256& b);
    std::array<quint32, 8> m_limbs{}; // least significant first
};

// The target that compact `bits` stand for; nullopt when they are negative, zero or overflow 256 bits (Bitcoin
// Core rejects such bits outright).
std::optional<Uint256> targetFromBits(quint32 bits);
// The compact encoding of a target, as Bitcoin Core writes it (the encoding loses low bits).
quint32 bitsFromTarget(const Uint256& target);
// Whether a block hash (internal byte order) is at most the target.
bool hashMeetsTarget(const QByteArray& hashInternal, const Uint256& target);

// Bitcoin's mainnet retarget: the bits of the block after a 2,016-block period, from the bits of the period's last
// block and the times of its first and last blocks; the timespan is clamped to [¼, 4] × two weeks and the result
// capped at `limitBits`.
quint32 nextRetargetBits(quint32 lastBits, qint64 firstTime, qint64 lastTime, quint32 limitBits);

constexpr int retargetInterval = 2016;
constexpr qint64 retargetTimespan = 14 * 24 * 60 * 60; // 1,209,600 s

} // namespace btcw
