// The Electrum protocol's methods with parameter hints, for the query console's method picker.
#pragma once

#include <QList>
#include <QString>

namespace btcw {

struct ElectrumMethod
{
    QString name;          // "blockchain.scripthash.get_balance"
    QString params;        // hint: "[scripthash]"
    QString paramTemplate; // JSON to start editing from: "[\"<scripthash>\"]"
    QString description;   // one line
    QString since;         // protocol version that introduced it, when not 1.4 or older
};

// Every method of protocol 1.4 … 1.6, in alphabetical order.
const QList<ElectrumMethod>& electrumMethods();
// nullptr when unknown.
const ElectrumMethod* findElectrumMethod(const QString& name);

} // namespace btcw
