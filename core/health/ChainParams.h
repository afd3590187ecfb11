// Which Bitcoin network a server serves: genesis hashes, and the hash of an 80-byte block header.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <optional>

namespace btcw {

enum class BitcoinNetwork
{
    Mainnet,
    Testnet3,
    Testnet4,
    Signet,
    Regtest
};

// "mainnet", "testnet3", "testnet4", "signet", "regtest".
QString networkName(BitcoinNetwork network);
std::optional<BitcoinNetwork> networkFromName(QStringView name);
// The genesis block hash as Electrum shows it (byte-reversed hex, lower case).
QString genesisHash(BitcoinNetwork network);
// The network whose genesis this is, if any (case-insensitive).
std::optional<BitcoinNetwork> networkForGenesis(QStringView hash);

// Double SHA-256 of the 80-byte header, byte-reversed, lower-case hex.
Result<QString> blockHeaderHash(const QByteArray& header);
// The same from the header's hex as Electrum sends it; a wrong length or non-hex text is an error.
Result<QString> blockHeaderHashFromHex(QStringView hex);

} // namespace btcw
