#include "ChainRules.h"

#include "chain/BlockHeader.h"

namespace btcw {

namespace {

Checkpoint checkpoint(int height, const char* hashHex)
{
    return Checkpoint{height, hashFromHex(QString::fromLatin1(hashHex))};
}

} // namespace

const Checkpoint* ChainRules::checkpointAt(int height) const
{
    for (const Checkpoint& c : checkpoints) {
        if (c.height == height)
            return &c;
    }
    return nullptr;
}

// Facts from Bitcoin Core's chain parameters (genesis hashes, proof-of-work limits) and from the mainnet chain itself
// (the block at 32,256, the first retarget that changed the difficulty) and the blocks of Bitcoin Core's assumeutxo
// snapshots (840,000, 880,000, 910,000). The store starts at the newest; those are not on a retarget boundary, so the
// first retarget after it (at 911,232) is checked for proof of work only, every later one in full.
//
// How the networks differ, and what is checked on each:
// - mainnet: linkage, hash <= target(bits), target <= 0x1d00ffff, bits unchanged inside a 2,016-block period and
//   equal to Bitcoin Core's retarget (timespan clamped to [1/4, 4] x two weeks) at each boundary.
// - testnet3: a block more than 20 minutes after its parent may use the minimum difficulty, and the retarget starts
//   from the last block that did not; checked: linkage and proof of work against its own bits under 0x1d00ffff.
// - testnet4 (BIP94): the same 20-minute rule, the retarget taken from the period's first block; checked as testnet3.
// - signet: the block's signature lives in the coinbase, which a header does not carry; checked: linkage and proof of
//   work against its own bits under 0x1e0377ae.
// - regtest: never retargets; checked: linkage and proof of work under 0x207fffff.
ChainRules ChainRules::forNetwork(BitcoinNetwork network)
{
    ChainRules r;
    r.network = network;
    switch (network) {
    case BitcoinNetwork::Mainnet:
        r.powLimitBits = 0x1d00ffff;
        r.difficulty = DifficultyRule::Retarget;
        r.checkpoints = {checkpoint(0, "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"),
                         checkpoint(32256, "000000004f2886a170adb7204cb0c7a824217dd24d11a74423d564c4e0904967"),
                         checkpoint(840000, "0000000000000000000320283a032748cef8227873ff4872689bf23f1cda83a5"),
                         checkpoint(880000, "000000000000000000010b17283c3c400507969a9c2afd1dcf2082ec5cca2880"),
                         checkpoint(910000, "0000000000000000000108970acb9522ffd516eae17acddcb1bd16469194a821")};
        break;
    case BitcoinNetwork::Testnet3:
    case BitcoinNetwork::Testnet4:
        r.powLimitBits = 0x1d00ffff;
        r.difficulty = DifficultyRule::ProofOfWorkOnly;
        r.checkpoints = {Checkpoint{0, hashFromHex(genesisHash(network))}};
        break;
    case BitcoinNetwork::Signet:
        r.powLimitBits = 0x1e0377ae;
        r.difficulty = DifficultyRule::ProofOfWorkOnly;
        r.checkpoints = {Checkpoint{0, hashFromHex(genesisHash(network))}};
        break;
    case BitcoinNetwork::Regtest:
        r.powLimitBits = 0x207fffff;
        r.difficulty = DifficultyRule::ProofOfWorkOnly;
        r.checkpoints = {Checkpoint{0, hashFromHex(genesisHash(network))}};
        break;
    }
    return r;
}

} // namespace btcw
