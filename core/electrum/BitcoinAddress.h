// Bitcoin addresses (Base58Check, bech32, bech32m) decoded to their output script, and Electrum's scripthash of it.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace btcw {

struct DecodedAddress
{
    // "mainnet"; "testnet" for every public test network (testnet3, testnet4 and signet share the encodings);
    // "regtest" only for bech32 "bcrt1…" (regtest Base58 addresses look like testnet ones).
    QString network;
    // "p2pkh", "p2sh", "p2wpkh", "p2wsh", "p2tr", or "witness_unknown" (a valid segwit v1–v16 output that no
    // soft fork has defined yet; BIP-350 says such addresses are valid recipients).
    QString type;
    QByteArray script;       // the output script (scriptPubKey)
    int witnessVersion = -1; // 0–16 for segwit addresses, -1 for Base58 ones
};

// Decodes and verifies an address (checksum, prefix, lengths, case). Errors are InvalidArgument with a message
// that says what is wrong ("bad checksum", "unknown prefix", …).
Result<DecodedAddress> decodeBitcoinAddress(QStringView text);

// True if the address can be used on `network` ("mainnet", "testnet", "testnet4", "signet", "regtest").
bool addressFitsNetwork(const DecodedAddress& address, QStringView network);

// Electrum's scripthash: SHA-256 of the output script, byte-reversed, lower-case hex.
QString electrumScripthash(const QByteArray& script);

} // namespace btcw
