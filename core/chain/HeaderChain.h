// A verified header chain for one network, from its newest checkpoint on: every header checked (checkpoint, linkage,
// proof of work, difficulty rule) before it is kept, and kept compactly in a file (80 bytes a header, appended in
// one write; a torn tail is cut off when the file is opened again).
#pragma once

#include "Result.h"
#include "chain/BlockHeader.h"
#include "chain/ChainRules.h"
#include "chain/Target.h"

#include <QList>
#include <QString>
#include <optional>

namespace btcw {

class HeaderChain
{
public:
    // `filePath` empty: kept in memory only.
    HeaderChain(ChainRules rules, QString filePath = {});

    // Reads the file: a torn tail (not a multiple of 80 bytes) is cut off, every header is checked again, and the file
    // is cut back to the last good one. Says what was dropped in `note` (empty when nothing was).
    Status open(QString* note = nullptr);

    const ChainRules& rules() const { return m_rules; }
    int baseHeight() const { return m_rules.anchor().height; }
    int tipHeight() const { return baseHeight() + int(m_headers.size()) - 1; } // baseHeight() - 1 when empty
    bool isEmpty() const { return m_headers.isEmpty(); }
    const BlockHeader* header(int height) const;
    qint64 storedBytes() const { return qint64(m_headers.size()) * blockHeaderSize; }

    // Checks `raw` headers that start at `startHeight` and keeps them. Headers the chain already holds must be equal;
    // a differing one replaces the rest of the chain only when the new headers reach higher than the tip (a longer
    // branch), otherwise it is a conflict. The first header that fails stops everything after it: the Error
    // (ErrorKind::VerificationFailed) names its height and the exact mismatch; the good headers before it are kept.
    Status extend(int startHeight, const QList<QByteArray>& raw);

    // Whether this header (80 bytes) at this height is the one in the verified chain; an Error says why not.
    Status confirm(int height, const QByteArray& raw) const;

    // The checks of one header against its parent (`parent` null only at the base), and the period's first block
    // for a retarget (null when the chain does not reach back that far).
    Status check(int height, const BlockHeader& h, const BlockHeader* parent) const;

private:
    Status writeFrom(int index);

    ChainRules m_rules;
    Uint256 m_limit; // the target of m_rules.powLimitBits, computed once
    QString m_path;
    QList<BlockHeader> m_headers;
};

} // namespace btcw
