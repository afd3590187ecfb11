#include "Target.h"

#include <algorithm>

namespace btcw {

Uint256::Uint256(quint64 value)
{
    m_limbs[0] = quint32(value);
    m_limbs[1] = quint32(value >> 32);
}

Uint256 Uint256::fromLittleEndian(const QByteArray& bytes32)
{
    Uint256 n;
    for (int i = 0; i < 32 && i < bytes32.size(); ++i)
        n.m_limbs[size_t(i / 4)] |= quint32(quint8(bytes32[i])) << (8 * (i % 4));
    return n;
}

QString Uint256::toHex() const
{
    QString out;
    for (int i = 7; i >= 0; --i)
        out += QStringLiteral("%1").arg(m_limbs[size_t(i)], 8, 16, QLatin1Char('0'));
    return out;
}

int Uint256::bitLength() const
{
    for (int i = 7; i >= 0; --i) {
        if (const quint32 limb = m_limbs[size_t(i)]; limb != 0) {
            int bits = 0;
            for (quint32 v = limb; v != 0; v >>= 1)
                ++bits;
            return 32 * i + bits;
        }
    }
    return 0;
}

Uint256 Uint256::shiftedLeft(int bits) const
{
    Uint256 out;
    const int limbShift = bits / 32, bitShift = bits % 32;
    for (int i = 7; i >= 0; --i) {
        const int from = i - limbShift;
        if (from < 0)
            continue;
        quint64 v = quint64(m_limbs[size_t(from)]) << bitShift;
        if (bitShift != 0 && from > 0)
            v |= quint64(m_limbs[size_t(from - 1)]) >> (32 - bitShift);
        out.m_limbs[size_t(i)] = quint32(v);
    }
    return out;
}

Uint256 Uint256::shiftedRight(int bits) const
{
    Uint256 out;
    const int limbShift = bits / 32, bitShift = bits % 32;
    for (int i = 0; i < 8; ++i) {
        const int from = i + limbShift;
        if (from > 7)
            continue;
        quint64 v = m_limbs[size_t(from)] >> bitShift;
        if (bitShift != 0 && from < 7)
            v |= quint64(m_limbs[size_t(from + 1)]) << (32 - bitShift);
        out.m_limbs[size_t(i)] = quint32(v);
    }
    return out;
}

bool Uint256::multiplyBy(quint32 factor)
{
    quint64 carry = 0;
    for (quint32& limb : m_limbs) {
        const quint64 v = quint64(limb) * factor + carry;
        limb = quint32(v);
        carry = v >> 32;
    }
    return carry == 0;
}

void Uint256::divideBy(quint32 divisor)
{
    quint64 remainder = 0;
    for (int i = 7; i >= 0; --i) {
        const quint64 v = (remainder << 32) | m_limbs[size_t(i)];
        m_limbs[size_t(i)] = quint32(v / divisor);
        remainder = v % divisor;
    }
}

int Uint256::compare(const Uint256& a, const Uint256& b)
{
    for (int i = 7; i >= 0; --i) {
        if (a.m_limbs[size_t(i)] != b.m_limbs[size_t(i)])
            return a.m_limbs[size_t(i)] < b.m_limbs[size_t(i)] ? -1 : 1;
    }
    return 0;
}

std::optional<Uint256> targetFromBits(quint32 bits)
{
    const int size = int(bits >> 24);
    quint32 word = bits & 0x007fffff;
    const bool negative = word != 0 && (bits & 0x00800000) != 0;
    const bool overflow = word != 0 && (size > 34 || (word > 0xff && size > 33) || (word > 0xffff && size > 32));
    if (negative || overflow)
        return std::nullopt;
    Uint256 target;
    if (size <= 3)
        target = Uint256(word >> (8 * (3 - size)));
    else
        target = Uint256(word).shiftedLeft(8 * (size - 3));
    if (target.isZero())
        return std::nullopt;
    return target;
}

quint32 bitsFromTarget(const Uint256& target)
{
    int size = (target.bitLength() + 7) / 8;
    quint32 compact =
        size <= 3 ? quint32(target.low64() << (8 * (3 - size))) : quint32(target.shiftedRight(8 * (size - 3)).low64());
    // The mantissa's top bit is a sign: move it into the next byte.
    if (compact & 0x00800000) {
        compact >>= 8;
        ++size;
    }
    return compact | (quint32(size) << 24);
}

bool hashMeetsTarget(const QByteArray& hashInternal, const Uint256& target)
{
    return Uint256::fromLittleEndian(hashInternal) <= target;
}

quint32 nextRetargetBits(quint32 lastBits, qint64 firstTime, qint64 lastTime, quint32 limitBits)
{
    const qint64 timespan = std::clamp(lastTime - firstTime, retargetTimespan / 4, retargetTimespan * 4);
    const Uint256 limit = targetFromBits(limitBits).value_or(Uint256());
    Uint256 target = targetFromBits(lastBits).value_or(limit);
    if (!target.multiplyBy(quint32(timespan)))
        return bitsFromTarget(limit);
    target.divideBy(quint32(retargetTimespan));
    if (limit < target)
        target = limit;
    return bitsFromTarget(target);
}

} // namespace btcw
