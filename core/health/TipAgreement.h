// Do the servers agree on the chain tip? Best height, each server's lag, and servers on a minority fork.
#pragma once

#include "electrum/ServerAddress.h"
#include "health/HealthReport.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace btcw {

struct TipObservation
{
    ServerAddress server;
    int height = -1; // -1: the server gave no tip (its check failed)
    QString hash;    // the tip header's hash
};

struct ServerTip
{
    ServerAddress server;
    int height = -1;
    QString hash;
    int lag = -1;        // blocks behind the best height; -1 when the server gave no tip
    bool forked = false; // at its height, the majority of servers there report another hash
};

struct TipAgreement
{
    int bestHeight = -1;
    QString bestHash;         // the majority hash at bestHeight (empty when contested or none)
    QList<ServerTip> servers; // in input order
    int forkedCount = 0;
    QList<int> contestedHeights; // heights where two hashes tie for the majority: nobody is flagged there

    QJsonObject toJson() const;
};

// Pure: the same observations always give the same answer.
TipAgreement computeTipAgreement(const QList<TipObservation>& observations);
// From health reports: a failed report, or one without a tip, counts as "no tip".
TipAgreement computeTipAgreement(const QList<HealthReport>& reports);

} // namespace btcw
