// The Bitcoin networks an Electrum server can serve: one enum, one name each, and the genesis that identifies it.
#pragma once

#include <QString>
#include <QStringList>
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

// The one name of each network, as Electrum's server lists, the directory and the API use it:
// "mainnet", "testnet" (testnet3), "testnet4", "signet", "regtest".
QString networkName(BitcoinNetwork network);
// Every network's name, in the order above (the directory's and the window's order).
QStringList networkNames();
// Case-insensitive; "testnet3" is accepted as another spelling of "testnet".
std::optional<BitcoinNetwork> networkFromName(QStringView name);
// The genesis block hash as Electrum shows it (byte-reversed hex, lower case).
QString genesisHash(BitcoinNetwork network);
// The network whose genesis this is, if any (case-insensitive).
std::optional<BitcoinNetwork> networkForGenesis(QStringView hash);

} // namespace btcw
