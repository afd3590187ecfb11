// What happened to a watched server that its operator should hear of: down, back up, behind, another certificate, a
// tip that no other followed server shares.
#pragma once

#include "electrum/Network.h"
#include "electrum/ServerAddress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace btcw {

struct ServerEvent
{
    enum class Kind
    {
        Down,               // its check failed (after it passed, or on its first check)
        Up,                 // it passes again after it was reported down
        Lagging,            // more than the configured number of blocks behind the best tip of its network
        CaughtUp,           // no longer behind after it was reported lagging
        CertificateChanged, // it presented another certificate than the pinned one (refused, or a CA-signed rotation)
        Forked,             // its tip is a block no other followed server has, while another block has that height
        ForkResolved,       // its tip is shared again (or it moved on) after it was reported forked
    };

    Kind kind = Kind::Down;
    ServerAddress server;
    BitcoinNetwork network = BitcoinNetwork::Mainnet;
    QDateTime at;              // when the check that found it started (UTC)
    QString verdict;           // the check's verdict ("ok" or "<stage>: <why>")
    int height = -1;           // its tip, when known
    int lag = -1;              // blocks behind, when known
    QString certificateSha256; // CertificateChanged: the presented fingerprint
    QString pinState;          // CertificateChanged: "changed" (refused) or "rotated" (CA-signed, re-pinned)
    QString blockHash;         // Forked, ForkResolved: the hash of its tip

    // {"event": "down", "server": "host:port:s", "host", "port", "transport", "network", "at", "verdict", …}:
    // what --on-event commands read on standard input.
    QJsonObject toJson() const;
};

// "down", "up", "lagging", "caught-up", "certificate-changed", "forked", "fork-resolved".
QString serverEventKindName(ServerEvent::Kind kind);

} // namespace btcw
