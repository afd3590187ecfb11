// What a header chain must obey on each network: compiled-in checkpoints, the proof-of-work limit and which
// difficulty rule is checked. The differences between networks are written down in ChainRules.cpp.
#pragma once

#include "electrum/Network.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>
#include <optional>

namespace btcw {

struct Checkpoint
{
    int height = 0;
    QByteArray hash; // internal byte order
    // Time of the first block of the retarget period the checkpoint lies in: lets the first retarget after a
    // checkpoint that is not on a boundary be computed (0: not known; then only that retarget's proof of work counts).
    qint64 periodStartTime = 0;
};

enum class DifficultyRule
{
    Retarget,        // bits equal within a period, recomputed every `interval` blocks (mainnet)
    ProofOfWorkOnly, // each header meets the target of its own bits, under the limit (testnets, signet, regtest)
};

struct ChainRules
{
    BitcoinNetwork network = BitcoinNetwork::Mainnet;
    quint32 powLimitBits = 0x1d00ffff;
    DifficultyRule difficulty = DifficultyRule::Retarget;
    int interval = 2016;
    qint64 timespan = 14 * 24 * 60 * 60;
    QList<Checkpoint> checkpoints; // ascending by height, never empty (genesis at least)

    // The newest checkpoint: the verified chain starts there and nothing below it is kept.
    const Checkpoint& anchor() const { return checkpoints.last(); }
    // The checkpoint at this height, if there is one.
    const Checkpoint* checkpointAt(int height) const;

    static ChainRules forNetwork(BitcoinNetwork network);
};

} // namespace btcw
