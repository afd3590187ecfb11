// A verified header chain for one network, from its newest checkpoint on: every header checked (checkpoint, linkage,
// proof of work, difficulty rule) before it is kept, and only a bounded window of it kept (Electrum-style): the
// oldest whole retarget periods are dropped, each leaving only the hash of its last header (a "segment end").
//
// Store file: "BTCWHDR1" | base height (u32 LE) | segment-end count n (u32 LE) | n x 32-byte hashes | 80-byte headers
// from the base on. New headers are appended in one write (a torn tail is cut off when the file is opened again);
// pruning rewrites the whole file atomically (QSaveFile). A file without the magic is the old format (raw headers
// from the checkpoint) and is converted when opened.
#pragma once

#include "Result.h"
#include "chain/BlockHeader.h"
#include "chain/ChainRules.h"
#include "chain/Target.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace btcw {

class HeaderChain
{
public:
    // Whole retarget periods kept at least: 8 x 2,016 headers on mainnet (about 1.3 MB), far deeper than any reorg.
    static constexpr int defaultKeepPeriods = 8;

    // `filePath` empty: kept in memory only (pruned the same way). `keepPeriods` is at least 1.
    HeaderChain(ChainRules rules, QString filePath = {}, int keepPeriods = defaultKeepPeriods);

    // Reads the file: a torn tail (not a multiple of 80 bytes after the prelude) is cut off, every header is checked
    // again (the first kept one alone, and against the last segment end), the file is cut back to the last good one
    // and pruned. An old-format file is converted. Says what was dropped in `note` (empty when nothing was).
    Status open(QString* note = nullptr);

    const ChainRules& rules() const { return m_rules; }
    int keepPeriods() const { return m_keepPeriods; }
    int anchorHeight() const { return m_rules.anchor().height; } // the newest checkpoint
    int baseHeight() const { return m_base; }                    // the first kept height (the anchor until pruned)
    int tipHeight() const { return m_base + int(m_headers.size()) - 1; } // baseHeight() - 1 when empty
    bool isEmpty() const { return m_headers.isEmpty(); }
    const BlockHeader* header(int height) const; // null outside baseHeight() … tipHeight()
    // The hashes of the last headers of the dropped segments, oldest first.
    const QList<QByteArray>& segmentEnds() const { return m_segmentEnds; }
    // The size of the store file in bytes, prelude included (what it is once written).
    qint64 storedBytes() const;

    // The first and last height of the dropped segment that holds `height`; nullopt when it is kept or below the
    // anchor. The anchor's segment runs to the end of its retarget period, every later one is a whole period.
    std::optional<std::pair<int, int>> prunedSegment(int height) const;

    // Checks headers fetched again for the dropped segment that starts at `first`: as many as it holds, linked,
    // each meeting its target under the limit, bits unchanged inside the period, the checkpoint at the anchor, the
    // first linked to the previous segment end and the last hashing to this segment's end (which ties them to the
    // verified chain). Returns them parsed; an Error (ErrorKind::VerificationFailed) names the exact mismatch.
    Result<QList<BlockHeader>> checkPrunedSegment(int first, const QList<QByteArray>& raw) const;

    // Checks `raw` headers that start at `startHeight` and keeps them. Headers the chain already holds must be equal;
    // a differing one replaces the rest of the chain only when the new headers reach higher than the tip (a longer
    // branch), otherwise it is a conflict. The first header that fails stops everything after it: the Error
    // (ErrorKind::VerificationFailed) names its height and the exact mismatch; the good headers before it are kept.
    // Headers below baseHeight() are refused (older than those kept). Then the oldest segments are pruned.
    Status extend(int startHeight, const QList<QByteArray>& raw);

    // Whether this header (80 bytes) at this height is the one in the verified chain; an Error says why not.
    Status confirm(int height, const QByteArray& raw) const;

    // The checks of one header against its parent (`parent` null only at the base: then, above the anchor, its
    // prev_hash must be the last segment end), and the period's first block for a retarget (skipped when the chain
    // does not reach back that far).
    Status check(int height, const BlockHeader& h, const BlockHeader* parent) const;

private:
    int segmentFirst(int height) const;
    int segmentLast(int height) const;
    qint64 preludeBytes() const;
    QByteArray prelude() const;
    void resetToAnchor();
    int pruneOldSegments(); // how many segments it dropped
    Status persist(int index);
    Status writeFrom(int index);
    Status writeAll();

    ChainRules m_rules;
    Uint256 m_limit; // the target of m_rules.powLimitBits, computed once
    QString m_path;
    int m_keepPeriods;
    int m_base;
    QList<QByteArray> m_segmentEnds;
    QList<BlockHeader> m_headers;
    bool m_fileMatches = false; // the file holds this prelude and these headers: appending is safe
};

} // namespace btcw
