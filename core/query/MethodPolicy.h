// Which Electrum methods may be sent: one allow-list for every path that asks a server (query, batch, console).
#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace btcw {

// What sending a method does to the server or the network.
enum class MethodEffect
{
    Reads,        // answers from the server's state and changes nothing
    ChangesState, // changes what the server or the network holds (a broadcast, a peer added)
};

struct KnownMethod
{
    QString name;
    MethodEffect effect;
    QString since; // protocol version that introduced it, empty for 1.4 and older
};

// Every method of protocol 1.4 … 1.6, in alphabetical order: the allow-list.
const QList<KnownMethod>& knownMethods();
// nullptr for a method the table does not know.
const KnownMethod* findKnownMethod(const QString& name);

// The switches that widen the allow-list.
struct MethodPolicy
{
    bool allowStateChanges = false; // --allow-broadcast: broadcasts, server.add_peer
    bool allowUnknown = false;      // --allow-unknown-methods: names the table does not know

    // success, or a NotAllowed error that names the method and the switch that would allow it.
    Status check(const QString& method) const;
};

} // namespace btcw
