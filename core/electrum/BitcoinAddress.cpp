#include "electrum/BitcoinAddress.h"

#include <QCryptographicHash>
#include <algorithm>
#include <array>
#include <optional>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

Error invalid(QString message)
{
    return Error::make(ErrorKind::InvalidArgument, std::move(message));
}

// ---- Base58Check ----------------------------------------------------------------------------------------------

constexpr char kBase58Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
// A Base58Check address is 25 bytes (version, 20-byte hash, 4-byte checksum): at most 35 characters.
constexpr qsizetype kMaxBase58Length = 35;

int base58Value(QChar c)
{
    if (c.unicode() > 127)
        return -1;
    const char* at = std::char_traits<char>::find(kBase58Alphabet, 58, char(c.unicode()));
    return at ? int(at - kBase58Alphabet) : -1;
}

bool isBase58(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return base58Value(c) >= 0; });
}

QByteArray doubleSha256(QByteArrayView data)
{
    return QCryptographicHash::hash(QCryptographicHash::hash(data, QCryptographicHash::Sha256),
                                    QCryptographicHash::Sha256);
}

Result<DecodedAddress> decodeBase58Check(QStringView text)
{
    if (text.size() > kMaxBase58Length || text.size() < 26)
        return invalid(u"“%1” has the wrong length for a Bitcoin address"_s.arg(text));

    // Big-endian base-256 number built digit by digit; leading '1's are leading zero bytes.
    QByteArray bytes;
    for (QChar c : text) {
        int carry = base58Value(c);
        for (qsizetype i = bytes.size() - 1; i >= 0; --i) {
            carry += 58 * quint8(bytes[i]);
            bytes[i] = char(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.prepend(char(carry & 0xff));
            carry >>= 8;
        }
    }
    const auto leadingOnes = std::find_if(text.begin(), text.end(), [](QChar c) { return c != u'1'; }) - text.begin();
    bytes.prepend(QByteArray(leadingOnes, '\0'));

    if (bytes.size() != 25)
        return invalid(
            u"“%1” has the wrong length for a Bitcoin address (%2 bytes, expected 25)"_s.arg(text).arg(bytes.size()));
    const QByteArray payload = bytes.left(21);
    if (doubleSha256(payload).left(4) != bytes.right(4))
        return invalid(u"“%1” has a bad checksum; check it for typos"_s.arg(text));

    const quint8 version = quint8(payload.at(0));
    const QByteArray hash = payload.mid(1);
    DecodedAddress out;
    switch (version) {
    case 0x00:
    case 0x6f:
        out.network = version == 0x00 ? u"mainnet"_s : u"testnet"_s;
        out.type = u"p2pkh"_s;
        // OP_DUP OP_HASH160 <20> OP_EQUALVERIFY OP_CHECKSIG
        out.script = QByteArray::fromHex("76a914") + hash + QByteArray::fromHex("88ac");
        return out;
    case 0x05:
    case 0xc4:
        out.network = version == 0x05 ? u"mainnet"_s : u"testnet"_s;
        out.type = u"p2sh"_s;
        // OP_HASH160 <20> OP_EQUAL
        out.script = QByteArray::fromHex("a914") + hash + QByteArray::fromHex("87");
        return out;
    default:
        return invalid(u"“%1” has an unknown prefix (version byte 0x%2); it is not a Bitcoin address"_s.arg(text).arg(
            version, 2, 16, QLatin1Char('0')));
    }
}

// ---- Bech32 / Bech32m (BIP-173, BIP-350) ----------------------------------------------------------------------

constexpr char kBech32Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr quint32 kBech32Constant = 1;
constexpr quint32 kBech32mConstant = 0x2bc830a3;
constexpr qsizetype kMaxBech32Length = 90;

enum class Encoding
{
    Bech32,
    Bech32m
};

int bech32Value(QChar lower)
{
    if (lower.unicode() > 127)
        return -1;
    const char* at = std::char_traits<char>::find(kBech32Charset, 32, char(lower.unicode()));
    return at ? int(at - kBech32Charset) : -1;
}

quint32 polymod(const QList<quint8>& values)
{
    constexpr std::array<quint32, 5> generator{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 chk = 1;
    for (quint8 v : values) {
        const quint32 top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                chk ^= generator[size_t(i)];
        }
    }
    return chk;
}

QList<quint8> expandHrp(const QString& hrp)
{
    QList<quint8> out;
    for (QChar c : hrp)
        out.append(quint8(c.unicode() >> 5));
    out.append(0);
    for (QChar c : hrp)
        out.append(quint8(c.unicode() & 31));
    return out;
}

struct Bech32String
{
    QString hrp;
    QList<quint8> data; // 5-bit values without the checksum
    Encoding encoding = Encoding::Bech32;
};

Result<Bech32String> decodeBech32(QStringView text)
{
    if (text.size() > kMaxBech32Length)
        return invalid(u"“%1…” is too long for a bech32 address (at most 90 characters)"_s.arg(text.left(20)));
    bool hasLower = false;
    bool hasUpper = false;
    for (QChar c : text) {
        if (c.unicode() < 33 || c.unicode() > 126)
            return invalid(u"“%1” contains a character that is not allowed in an address"_s.arg(text));
        hasLower = hasLower || (c >= u'a' && c <= u'z');
        hasUpper = hasUpper || (c >= u'A' && c <= u'Z');
    }
    if (hasLower && hasUpper)
        return invalid(u"“%1” mixes upper and lower case; a bech32 address is all one case"_s.arg(text));

    const QString lower = text.toString().toLower();
    const qsizetype separator = lower.lastIndexOf(u'1');
    if (separator < 1)
        return invalid(u"“%1” has no human-readable part before the “1” separator"_s.arg(text));
    if (lower.size() - separator - 1 < 6)
        return invalid(u"“%1” is too short: its checksum is incomplete"_s.arg(text));

    Bech32String out;
    out.hrp = lower.left(separator);
    QList<quint8> values;
    for (qsizetype i = separator + 1; i < lower.size(); ++i) {
        const int v = bech32Value(lower.at(i));
        if (v < 0)
            return invalid(u"“%1” contains “%2”, which is not a bech32 character"_s.arg(text, QString(text.at(i))));
        values.append(quint8(v));
    }
    QList<quint8> checked = expandHrp(out.hrp);
    checked.append(values);
    const quint32 residue = polymod(checked);
    if (residue == kBech32Constant)
        out.encoding = Encoding::Bech32;
    else if (residue == kBech32mConstant)
        out.encoding = Encoding::Bech32m;
    else
        return invalid(u"“%1” has a bad checksum; check it for typos"_s.arg(text));
    values.resize(values.size() - 6);
    out.data = std::move(values);
    return out;
}

// 5-bit groups to bytes; the leftover padding must be under 5 bits and all zero (BIP-173).
std::optional<QByteArray> fiveToEightBits(const QList<quint8>& groups)
{
    QByteArray out;
    quint32 accumulator = 0;
    int bits = 0;
    for (quint8 g : groups) {
        accumulator = (accumulator << 5) | g;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((accumulator >> bits) & 0xff));
        }
    }
    if (bits >= 5 || (accumulator & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

Result<DecodedAddress> decodeSegwit(QStringView text)
{
    auto decoded = decodeBech32(text);
    if (!decoded)
        return decoded.error();
    const Bech32String& b = decoded.value();

    DecodedAddress out;
    if (b.hrp == u"bc")
        out.network = u"mainnet"_s;
    else if (b.hrp == u"tb")
        out.network = u"testnet"_s;
    else if (b.hrp == u"bcrt")
        out.network = u"regtest"_s;
    else
        return invalid(
            u"“%1” has an unknown prefix “%2”; Bitcoin addresses start with bc1, tb1 or bcrt1"_s.arg(text, b.hrp));

    if (b.data.isEmpty())
        return invalid(u"“%1” has no witness version or program"_s.arg(text));
    const int version = b.data.front();
    if (version > 16)
        return invalid(u"“%1” has witness version %2; only 0–16 exist"_s.arg(text).arg(version));
    const auto program = fiveToEightBits(b.data.mid(1));
    if (!program)
        return invalid(u"“%1” has invalid padding in its data"_s.arg(text));
    if (program->size() < 2 || program->size() > 40)
        return invalid(u"“%1” has a witness program of %2 bytes; it must be 2–40"_s.arg(text).arg(program->size()));
    if (version == 0 && program->size() != 20 && program->size() != 32)
        return invalid(
            u"“%1” has a version 0 witness program of %2 bytes; it must be 20 or 32"_s.arg(text).arg(program->size()));
    if (version == 0 && b.encoding != Encoding::Bech32)
        return invalid(u"“%1” has a bad checksum: version 0 addresses use bech32, not bech32m"_s.arg(text));
    if (version != 0 && b.encoding != Encoding::Bech32m)
        return invalid(u"“%1” has a bad checksum: version 1+ addresses use bech32m (BIP-350), not bech32"_s.arg(text));

    out.witnessVersion = version;
    if (version == 0)
        out.type = program->size() == 20 ? u"p2wpkh"_s : u"p2wsh"_s;
    else if (version == 1 && program->size() == 32)
        out.type = u"p2tr"_s;
    else
        out.type = u"witness_unknown"_s;
    // OP_0 or OP_1…OP_16, then a push of the program.
    out.script.append(char(version == 0 ? 0x00 : 0x50 + version));
    out.script.append(char(program->size()));
    out.script.append(*program);
    return out;
}

bool looksLikeSegwit(const QString& lower)
{
    return lower.startsWith(u"bc1") || lower.startsWith(u"tb1") || lower.startsWith(u"bcrt1");
}

} // namespace

Result<DecodedAddress> decodeBitcoinAddress(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return invalid(u"the address is empty"_s);
    if (looksLikeSegwit(text.toString().toLower()))
        return decodeSegwit(text);
    if (isBase58(text))
        return decodeBase58Check(text);
    // Not Base58: if it has a separator it is probably bech32 with an unknown prefix; let that decoder explain.
    if (text.lastIndexOf(u'1') > 0)
        return decodeSegwit(text);
    return invalid(u"“%1” is not a Bitcoin address"_s.arg(text));
}

bool addressFitsNetwork(const DecodedAddress& address, QStringView network)
{
    if (network == u"mainnet")
        return address.network == u"mainnet";
    if (network == u"regtest") // regtest Base58 addresses use the testnet version bytes
        return address.network == u"regtest" || (address.network == u"testnet" && address.witnessVersion < 0);
    if (network == u"testnet" || network == u"testnet4" || network == u"signet")
        return address.network == u"testnet";
    return false;
}

QString electrumScripthash(const QByteArray& script)
{
    QByteArray hash = QCryptographicHash::hash(script, QCryptographicHash::Sha256);
    std::reverse(hash.begin(), hash.end());
    return QString::fromLatin1(hash.toHex());
}

} // namespace btcw
