#include "models/AnswerDecoder.h"

#include "health/ChainParams.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QtEndian>
#include <algorithm>
#include <cctype>
#include <optional>

namespace btcw {

namespace {

constexpr int kHeaderSize = 80;

struct Header
{
    quint32 version = 0;
    QString previous;
    QString merkleRoot;
    quint32 time = 0;
    quint32 bits = 0;
    quint32 nonce = 0;
    QString hash;
};

// Hashes inside a header are little-endian; explorers show them byte-reversed.
QString reversedHex(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    std::reverse(copy.begin(), copy.end());
    return QString::fromLatin1(copy.toHex());
}

std::optional<Header> parseHeader(const QByteArray& raw)
{
    if (raw.size() != kHeaderSize)
        return std::nullopt;
    const auto* bytes = reinterpret_cast<const uchar*>(raw.constData());
    Header h;
    h.version = qFromLittleEndian<quint32>(bytes);
    h.previous = reversedHex(raw.mid(4, 32));
    h.merkleRoot = reversedHex(raw.mid(36, 32));
    h.time = qFromLittleEndian<quint32>(bytes + 68);
    h.bits = qFromLittleEndian<quint32>(bytes + 72);
    h.nonce = qFromLittleEndian<quint32>(bytes + 76);
    const auto hash = blockHeaderHash(raw);
    if (!hash)
        return std::nullopt;
    h.hash = hash.value();
    return h;
}

std::optional<QByteArray> fromHex(const QString& hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    for (QChar c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c.toLatin1())))
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString timeText(quint32 time)
{
    // UTC in ISO form: block times are compared across servers and time zones.
    return QDateTime::fromSecsSinceEpoch(time).toUTC().toString(Qt::ISODate);
}

QString bitsText(quint32 bits)
{
    return QStringLiteral("0x%1").arg(bits, 8, 16, QLatin1Char('0'));
}

// Electrum's JSON numbers are integers of satoshis; anything else is not decoded.
std::optional<qint64> sats(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

} // namespace

QString DecodedAnswer::value(const QString& key, int column) const
{
    for (const QStringList& row : rows) {
        if (!row.isEmpty() && row.first() == key && column < row.size())
            return row.at(column);
    }
    return {};
}

QString AnswerDecoder::amountText(qint64 sats)
{
    const QLocale locale;
    return tr("%1 BTC (%2 sats)").arg(locale.toString(double(sats) / 1e8, 'f', 8), locale.toString(sats));
}

DecodedAnswer AnswerDecoder::headerRows(int height, const QString& hex)
{
    const auto raw = fromHex(hex);
    const auto header = raw ? parseHeader(*raw) : std::nullopt;
    if (!header)
        return {};
    DecodedAnswer out;
    out.columns = QStringList{tr("Field"), tr("Value")};
    if (height >= 0)
        out.rows.append({tr("Height"), QLocale().toString(height)});
    out.rows.append({tr("Block hash"), header->hash});
    out.rows.append({tr("Time"), timeText(header->time)});
    out.rows.append({tr("Bits"), bitsText(header->bits)});
    out.rows.append({tr("Version"), QStringLiteral("0x%1").arg(header->version, 8, 16, QLatin1Char('0'))});
    out.rows.append({tr("Previous block"), header->previous});
    out.rows.append({tr("Merkle root"), header->merkleRoot});
    out.rows.append({tr("Nonce"), QString::number(header->nonce)});
    return out;
}

DecodedAnswer AnswerDecoder::decode(const QString& method, const QJsonArray& params, const QJsonValue& result)
{
    const QLocale locale;
    DecodedAnswer out;
    if (method == u"blockchain.headers.subscribe") {
        const QJsonObject tip = result.toObject();
        return headerRows(tip.value(u"height").toInt(-1), tip.value(u"hex").toString());
    }
    if (method == u"blockchain.block.header") {
        // With a checkpoint height the header comes inside an object with its merkle proof.
        const QString hex = result.isObject() ? result.toObject().value(u"header").toString() : result.toString();
        return headerRows(params.isEmpty() ? -1 : params.at(0).toInt(-1), hex);
    }
    if (method == u"blockchain.block.headers") {
        const QJsonObject run = result.toObject();
        QStringList hexes;
        if (run.contains(u"headers")) { // protocol 1.6: a list
            for (const QJsonValue& v : run.value(u"headers").toArray())
                hexes.append(v.toString());
        } else {
            const QString all = run.value(u"hex").toString();
            for (qsizetype at = 0; at + 2 * kHeaderSize <= all.size(); at += 2 * kHeaderSize)
                hexes.append(all.mid(at, 2 * kHeaderSize));
        }
        const int start = params.isEmpty() ? -1 : params.at(0).toInt(-1);
        out.columns = QStringList{tr("Height"), tr("Block hash"), tr("Time"), tr("Bits")};
        for (int i = 0; i < hexes.size(); ++i) {
            const auto raw = fromHex(hexes.at(i));
            const auto header = raw ? parseHeader(*raw) : std::nullopt;
            if (!header)
                return {};
            out.rows.append({start >= 0 ? locale.toString(start + i) : QString(), header->hash, timeText(header->time),
                             bitsText(header->bits)});
        }
        return out;
    }
    if (method == u"blockchain.scripthash.get_balance") {
        const QJsonObject balance = result.toObject();
        const auto confirmed = sats(balance.value(u"confirmed"));
        const auto unconfirmed = sats(balance.value(u"unconfirmed"));
        if (!confirmed || !unconfirmed)
            return {};
        out.columns = QStringList{tr("Balance"), tr("Amount")};
        out.rows.append({tr("Confirmed"), amountText(*confirmed)});
        out.rows.append({tr("Unconfirmed"), amountText(*unconfirmed)});
        out.rows.append({tr("Total"), amountText(*confirmed + *unconfirmed)});
        return out;
    }
    if (method == u"blockchain.scripthash.get_history" || method == u"blockchain.scripthash.get_mempool" ||
        method == u"blockchain.scripthash.listunspent") {
        if (!result.isArray())
            return {};
        const bool unspent = method == u"blockchain.scripthash.listunspent";
        out.columns = unspent ? QStringList{tr("Height"), tr("Transaction"), tr("Output"), tr("Value")}
                              : QStringList{tr("Height"), tr("Transaction"), tr("Fee")};
        for (const QJsonValue& v : result.toArray()) {
            const QJsonObject tx = v.toObject();
            const int height = tx.value(u"height").toInt();
            // Electrum's convention: 0 in the mempool, -1 in the mempool with unconfirmed parents.
            const QString when = height > 0    ? locale.toString(height)
                                 : height == 0 ? tr("mempool")
                                               : tr("mempool (unconfirmed parents)");
            const QString txid = tx.value(u"tx_hash").toString();
            if (unspent) {
                const auto value = sats(tx.value(u"value"));
                out.rows.append(
                    {when, txid, QString::number(tx.value(u"tx_pos").toInt()), value ? amountText(*value) : QString()});
            } else {
                const auto fee = sats(tx.value(u"fee"));
                out.rows.append({when, txid, fee ? amountText(*fee) : QString()});
            }
        }
        return out;
    }
    if (method == u"blockchain.estimatefee" || method == u"blockchain.relayfee") {
        if (!result.isDouble())
            return {};
        const double btcPerKb = result.toDouble();
        out.columns = QStringList{tr("Fee rate"), tr("Value")};
        if (btcPerKb < 0) {
            out.rows.append({tr("Estimate"), tr("not known to the server")});
            return out;
        }
        out.rows.append({tr("BTC per kvB"), locale.toString(btcPerKb, 'f', 8)});
        // 1 BTC/kvB = 1e8 sat per 1000 vB.
        out.rows.append({tr("sat per vB"), locale.toString(btcPerKb * 1e5, 'f', 1)});
        return out;
    }
    return {};
}

} // namespace btcw
