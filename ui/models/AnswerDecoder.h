// A readable form of an Electrum answer for the console: block headers (height, hash, time, bits), amounts in BTC
// and sats, histories and unspent outputs as rows.
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace btcw {

struct DecodedAnswer
{
    QStringList columns;     // empty: the answer has no decoded form
    QList<QStringList> rows; // each as long as columns
    bool isEmpty() const { return columns.isEmpty(); }
    // The cell under `column` in the row whose first cell is `key` (for key/value answers); empty when absent.
    QString value(const QString& key, int column = 1) const;
};

class AnswerDecoder
{
    Q_DECLARE_TR_FUNCTIONS(btcw::AnswerDecoder)
public:
    // `params` as sent (scripthash first for blockchain.scripthash.*), `result` as the server answered.
    static DecodedAnswer decode(const QString& method, const QJsonArray& params, const QJsonValue& result);
    // "0.00012345 BTC (12,345 sats)" in the current locale.
    static QString amountText(qint64 sats);
    // A decoded 80-byte header as key/value rows; empty when `hex` is not one.
    static DecodedAnswer headerRows(int height, const QString& hex);
};

} // namespace btcw
