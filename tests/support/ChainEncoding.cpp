#include "ChainEncoding.h"

#include <QCryptographicHash>
#include <algorithm>

namespace btcw::test {

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray sha256d(const QByteArray& bytes)
{
    return sha256(sha256(bytes));
}

QString hashToHex(const QByteArray& internalHash)
{
    QByteArray reversed = internalHash;
    std::reverse(reversed.begin(), reversed.end());
    return QString::fromLatin1(reversed.toHex());
}

QByteArray hexToHash(const QString& hex)
{
    if (hex.size() != 64)
        return {};
    for (QChar c : hex) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return {};
    }
    QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    std::reverse(bytes.begin(), bytes.end());
    return bytes;
}

QString scriptHashHex(const QByteArray& script)
{
    return hashToHex(sha256(script));
}

void appendUInt32(QByteArray& out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

void appendUInt64(QByteArray& out, quint64 value)
{
    for (int i = 0; i < 8; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

void appendCompactSize(QByteArray& out, quint64 value)
{
    if (value < 0xfd) {
        out.append(char(value));
    } else if (value <= 0xffff) {
        out.append(char(0xfd));
        out.append(char(value & 0xff));
        out.append(char((value >> 8) & 0xff));
    } else if (value <= 0xffffffffULL) {
        out.append(char(0xfe));
        appendUInt32(out, quint32(value));
    } else {
        out.append(char(0xff));
        appendUInt64(out, value);
    }
}

void appendPush(QByteArray& script, const QByteArray& data)
{
    const auto size = data.size();
    if (size < 0x4c) {
        script.append(char(size));
    } else if (size <= 0xff) {
        script.append(char(0x4c));
        script.append(char(size));
    } else {
        script.append(char(0x4d));
        script.append(char(size & 0xff));
        script.append(char((size >> 8) & 0xff));
    }
    script.append(data);
}

void appendScriptNumber(QByteArray& script, qint64 value)
{
    if (value == 0) {
        script.append(char(0x00));
        return;
    }
    if (value >= 1 && value <= 16) {
        script.append(char(0x50 + value));
        return;
    }
    QByteArray bytes;
    for (quint64 v = quint64(value); v != 0; v >>= 8)
        bytes.append(char(v & 0xff));
    if (quint8(bytes.back()) & 0x80)
        bytes.append(char(0x00)); // keep it positive
    appendPush(script, bytes);
}

namespace {

void appendBody(QByteArray& out, const Transaction& tx, bool withWitness)
{
    appendUInt32(out, tx.version);
    if (withWitness) {
        out.append(char(0x00)); // marker
        out.append(char(0x01)); // flag
    }
    appendCompactSize(out, quint64(tx.inputs.size()));
    for (const TxInput& in : tx.inputs) {
        out.append(in.prevTxid);
        appendUInt32(out, in.prevIndex);
        appendCompactSize(out, quint64(in.scriptSig.size()));
        out.append(in.scriptSig);
        appendUInt32(out, in.sequence);
    }
    appendCompactSize(out, quint64(tx.outputs.size()));
    for (const TxOutput& o : tx.outputs) {
        appendUInt64(out, quint64(o.value));
        appendCompactSize(out, quint64(o.script.size()));
        out.append(o.script);
    }
    if (withWitness) {
        for (const auto& stack : tx.witnesses) {
            appendCompactSize(out, quint64(stack.size()));
            for (const QByteArray& item : stack) {
                appendCompactSize(out, quint64(item.size()));
                out.append(item);
            }
        }
    }
    appendUInt32(out, tx.lockTime);
}

// Reads from a byte array, remembering whether it ever ran past the end.
class Reader
{
public:
    explicit Reader(const QByteArray& bytes) : m_bytes(bytes) {}
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos == m_bytes.size(); }
    quint8 peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_bytes.size() ? quint8(m_bytes.at(m_pos + ahead)) : 0;
    }
    QByteArray take(quint64 n)
    {
        if (m_failed || n > quint64(m_bytes.size() - m_pos)) {
            m_failed = true;
            return {};
        }
        QByteArray out = m_bytes.mid(m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return out;
    }
    quint64 little(int n)
    {
        const QByteArray b = take(quint64(n));
        quint64 v = 0;
        for (int i = int(b.size()) - 1; i >= 0; --i)
            v = (v << 8) | quint8(b.at(i));
        return v;
    }
    quint64 compactSize()
    {
        const quint64 first = little(1);
        if (first < 0xfd)
            return first;
        return little(first == 0xfd ? 2 : first == 0xfe ? 4 : 8);
    }
    // A count that cannot possibly fit in what is left is a malformed input, not an allocation.
    quint64 count()
    {
        const quint64 n = compactSize();
        if (n > quint64(m_bytes.size() - m_pos))
            m_failed = true;
        return m_failed ? 0 : n;
    }

private:
    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace

QByteArray Transaction::serializeLegacy() const
{
    QByteArray out;
    appendBody(out, *this, false);
    return out;
}

QByteArray Transaction::serialize() const
{
    const bool hasWitness =
        std::any_of(witnesses.cbegin(), witnesses.cend(), [](const auto& s) { return !s.isEmpty(); });
    QByteArray out;
    appendBody(out, *this, hasWitness);
    return out;
}

std::optional<Transaction> parseTransaction(const QByteArray& bytes)
{
    Reader r(bytes);
    Transaction tx;
    tx.version = quint32(r.little(4));
    const bool segwit = r.peek() == 0x00 && r.peek(1) == 0x01;
    if (segwit)
        r.take(2);
    const quint64 inputs = r.count();
    for (quint64 i = 0; i < inputs && !r.failed(); ++i) {
        TxInput in;
        in.prevTxid = r.take(32);
        in.prevIndex = quint32(r.little(4));
        in.scriptSig = r.take(r.count());
        in.sequence = quint32(r.little(4));
        tx.inputs.append(in);
    }
    const quint64 outputs = r.count();
    for (quint64 i = 0; i < outputs && !r.failed(); ++i) {
        TxOutput o;
        o.value = qint64(r.little(8));
        o.script = r.take(r.count());
        tx.outputs.append(o);
    }
    if (segwit) {
        for (qsizetype i = 0; i < tx.inputs.size() && !r.failed(); ++i) {
            QList<QByteArray> stack;
            const quint64 items = r.count();
            for (quint64 k = 0; k < items && !r.failed(); ++k)
                stack.append(r.take(r.count()));
            tx.witnesses.append(stack);
        }
    }
    tx.lockTime = quint32(r.little(4));
    if (r.failed() || !r.atEnd() || tx.inputs.isEmpty() || tx.outputs.isEmpty())
        return std::nullopt;
    for (const TxOutput& o : tx.outputs) {
        if (o.value < 0 || o.value > 21'000'000LL * 100'000'000LL)
            return std::nullopt;
    }
    return tx;
}

QByteArray merkleRoot(QList<QByteArray> leaves)
{
    if (leaves.isEmpty())
        return {};
    while (leaves.size() > 1) {
        if (leaves.size() % 2)
            leaves.append(leaves.back());
        QList<QByteArray> next;
        for (qsizetype i = 0; i < leaves.size(); i += 2)
            next.append(sha256d(leaves[i] + leaves[i + 1]));
        leaves = next;
    }
    return leaves.front();
}

QList<QByteArray> merkleBranch(QList<QByteArray> leaves, int index)
{
    QList<QByteArray> branch;
    while (leaves.size() > 1) {
        if (leaves.size() % 2)
            leaves.append(leaves.back());
        branch.append(leaves[index ^ 1]);
        QList<QByteArray> next;
        for (qsizetype i = 0; i < leaves.size(); i += 2)
            next.append(sha256d(leaves[i] + leaves[i + 1]));
        leaves = next;
        index /= 2;
    }
    return branch;
}

bool hashMeetsTarget(const QByteArray& internalHash, quint32 bits)
{
    const int exponent = int(bits >> 24);
    const quint32 mantissa = bits & 0x007fffff;
    // The target as 32 big-endian bytes: mantissa placed so that its last byte sits at 256^(exponent-3).
    QByteArray target(32, '\0');
    for (int i = 0; i < 3; ++i) {
        const int power = exponent - 3 + (2 - i); // byte i of the mantissa (big-endian) has weight 256^power
        if (power >= 0 && power < 32)
            target[31 - power] = char((mantissa >> (8 * (2 - i))) & 0xff);
    }
    QByteArray hash = internalHash;
    std::reverse(hash.begin(), hash.end());
    return hash.size() == 32 && hash <= target; // QByteArray compares bytes as unsigned
}

namespace {

quint32 bech32Polymod(const QList<quint8>& values)
{
    static constexpr quint32 generator[] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 chk = 1;
    for (quint8 v : values) {
        const quint32 top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i)
            chk ^= ((top >> i) & 1) ? generator[i] : 0;
    }
    return chk;
}

} // namespace

QString encodeSegwitAddress(const QString& hrp, int witnessVersion, const QByteArray& program)
{
    static constexpr char charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    QList<quint8> data{quint8(witnessVersion)};
    // Regroup 8-bit bytes into 5-bit groups, padding the last one with zeros.
    quint32 acc = 0;
    int bits = 0;
    for (char c : program) {
        acc = (acc << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            data.append(quint8((acc >> bits) & 31));
        }
    }
    if (bits > 0)
        data.append(quint8((acc << (5 - bits)) & 31));

    const QByteArray hrpBytes = hrp.toLower().toLatin1();
    QList<quint8> check;
    for (char c : hrpBytes)
        check.append(quint8(c) >> 5);
    check.append(0);
    for (char c : hrpBytes)
        check.append(quint8(c) & 31);
    check.append(data);
    check.append(QList<quint8>(6, 0));
    const Bech32Variant variant = witnessVersion == 0 ? Bech32Variant::Bech32 : Bech32Variant::Bech32m;
    const quint32 constant = variant == Bech32Variant::Bech32 ? 1 : 0x2bc830a3;
    const quint32 mod = bech32Polymod(check) ^ constant;
    for (int i = 0; i < 6; ++i)
        data.append(quint8((mod >> (5 * (5 - i))) & 31));

    QString out = QString::fromLatin1(hrpBytes) + u'1';
    for (quint8 d : data)
        out += QLatin1Char(charset[d]);
    return out;
}

QString encodeBase58Check(quint8 version, const QByteArray& payload)
{
    static constexpr char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    QByteArray bytes;
    bytes.append(char(version));
    bytes.append(payload);
    bytes.append(sha256d(bytes).left(4));
    // Repeated division of the big-endian number by 58.
    QList<quint8> number(bytes.cbegin(), bytes.cend());
    QString digits;
    while (std::any_of(number.cbegin(), number.cend(), [](quint8 b) { return b != 0; })) {
        int remainder = 0;
        for (quint8& b : number) {
            const int value = remainder * 256 + b;
            b = quint8(value / 58);
            remainder = value % 58;
        }
        digits.prepend(QLatin1Char(alphabet[remainder]));
    }
    for (char b : bytes) {
        if (b != 0)
            break;
        digits.prepend(u'1');
    }
    return digits;
}

} // namespace btcw::test
