// What a transaction proves about itself and its block: its txid from the raw bytes (witness left out), its output
// scripts, and the merkle root a branch leads to.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>

namespace btcw {

struct ParsedTransaction
{
    QByteArray txid; // double SHA-256 of the serialisation without witness, internal byte order
    QList<QByteArray> outputScripts;
};

// Parses a raw transaction (legacy or segwit); bytes left over or missing are a Protocol error that says where.
Result<ParsedTransaction> parseTransaction(const QByteArray& raw);

// Folds a merkle branch (internal byte order, leaf level first) from `leaf` at position `pos`: the root it leads to.
QByteArray merkleRootFromBranch(const QByteArray& leaf, const QList<QByteArray>& branch, quint64 pos);

} // namespace btcw
