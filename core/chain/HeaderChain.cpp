#include "HeaderChain.h"

#include "PrivateFiles.h"
#include "chain/Target.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <algorithm>

namespace btcw {

namespace {

Error mismatch(int height, const QString& what)
{
    Error e = Error::make(ErrorKind::VerificationFailed,
                          QStringLiteral("The header at height %1 failed verification.").arg(height), what);
    e.stage = QStringLiteral("header");
    return e;
}

// A fault of re-fetched headers as a whole (their count), not of one of them.
Error segmentMismatch(int first, int last, const QString& what)
{
    Error e =
        Error::make(ErrorKind::VerificationFailed,
                    QStringLiteral("The headers from height %1 to %2 failed verification.").arg(first).arg(last), what);
    e.stage = QStringLiteral("header");
    return e;
}

QString bitsHex(quint32 bits)
{
    return QStringLiteral("0x%1").arg(bits, 8, 16, QLatin1Char('0'));
}

constexpr char storeMagic[] = "BTCWHDR1";
constexpr qint64 preludeFixedBytes = 8 + 4 + 4; // magic, base height, segment-end count
constexpr qint64 hashBytes = 32;

void appendPreludeField(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian<quint32>(value, bytes);
    out.append(bytes, 4);
}

quint32 preludeField(const QByteArray& in, qsizetype offset)
{
    return qFromLittleEndian<quint32>(in.constData() + offset);
}

} // namespace

HeaderChain::HeaderChain(ChainRules rules, QString filePath, int keepPeriods)
    : m_rules(std::move(rules)), m_limit(targetFromBits(m_rules.powLimitBits).value_or(Uint256())),
      m_path(std::move(filePath)), m_keepPeriods(std::max(1, keepPeriods)), m_base(m_rules.anchor().height)
{
}

const BlockHeader* HeaderChain::header(int height) const
{
    const int index = height - m_base;
    if (index < 0 || index >= m_headers.size())
        return nullptr;
    return &m_headers[index];
}

int HeaderChain::segmentFirst(int height) const
{
    return std::max(anchorHeight(), height / m_rules.interval * m_rules.interval);
}

int HeaderChain::segmentLast(int height) const
{
    return height / m_rules.interval * m_rules.interval + m_rules.interval - 1;
}

qint64 HeaderChain::preludeBytes() const
{
    return preludeFixedBytes + qint64(m_segmentEnds.size()) * hashBytes;
}

qint64 HeaderChain::storedBytes() const
{
    return preludeBytes() + qint64(m_headers.size()) * blockHeaderSize;
}

QByteArray HeaderChain::prelude() const
{
    QByteArray out(storeMagic, int(sizeof(storeMagic) - 1));
    appendPreludeField(out, quint32(m_base));
    appendPreludeField(out, quint32(m_segmentEnds.size()));
    for (const QByteArray& end : m_segmentEnds)
        out.append(end);
    return out;
}

std::optional<std::pair<int, int>> HeaderChain::prunedSegment(int height) const
{
    if (height < anchorHeight() || height >= m_base)
        return std::nullopt;
    return std::pair{segmentFirst(height), segmentLast(height)};
}

Status HeaderChain::check(int height, const BlockHeader& h, const BlockHeader* parent) const
{
    if (const Checkpoint* cp = m_rules.checkpointAt(height); cp && h.hash != cp->hash)
        return mismatch(height,
                        QStringLiteral("hash %1 is not the checkpoint %2").arg(h.hashHex(), hashToHex(cp->hash)));
    if (parent && h.prevHash != parent->hash)
        return mismatch(height, QStringLiteral("prev_hash %1 does not link to block %2 at height %3")
                                    .arg(hashToHex(h.prevHash), parent->hashHex())
                                    .arg(height - 1));
    if (!parent && height == m_base && !m_segmentEnds.isEmpty() && h.prevHash != m_segmentEnds.last())
        return mismatch(height, QStringLiteral("prev_hash %1 does not link to the kept segment end %2 at height %3")
                                    .arg(hashToHex(h.prevHash), hashToHex(m_segmentEnds.last()))
                                    .arg(height - 1));
    const std::optional<Uint256> target = targetFromBits(h.bits);
    if (!target)
        return mismatch(height, QStringLiteral("bits %1 are not a valid target").arg(bitsHex(h.bits)));
    if (m_limit < *target)
        return mismatch(height, QStringLiteral("bits %1 are above the network's limit %2")
                                    .arg(bitsHex(h.bits), bitsHex(m_rules.powLimitBits)));
    if (!hashMeetsTarget(h.hash, *target))
        return mismatch(height, QStringLiteral("hash %1 misses its target %2 (bits %3)")
                                    .arg(h.hashHex(), target->toHex(), bitsHex(h.bits)));
    if (m_rules.difficulty != DifficultyRule::Retarget || !parent)
        return success();
    if (height % m_rules.interval != 0) {
        if (h.bits != parent->bits)
            return mismatch(height, QStringLiteral("bits %1 changed inside a retarget period (the parent has %2)")
                                        .arg(bitsHex(h.bits), bitsHex(parent->bits)));
        return success();
    }
    const BlockHeader* first = header(height - m_rules.interval);
    const Checkpoint& anchor = m_rules.anchor();
    const bool anchorInPeriod = height - m_rules.interval < anchor.height && anchor.height < height;
    if (!first && !(anchorInPeriod && anchor.periodStartTime > 0))
        return success(); // the period began below the checkpoint: only its proof of work can be checked
    const qint64 firstTime = first ? qint64(first->time) : anchor.periodStartTime;
    const quint32 expected = nextRetargetBits(parent->bits, firstTime, parent->time, m_rules.powLimitBits);
    if (h.bits != expected)
        return mismatch(height, QStringLiteral("bits %1 are not the retarget %2 (period %3 to %4)")
                                    .arg(bitsHex(h.bits), bitsHex(expected))
                                    .arg(height - m_rules.interval)
                                    .arg(height - 1));
    return success();
}

Status HeaderChain::confirm(int height, const QByteArray& raw) const
{
    const BlockHeader* held = header(height);
    if (!held)
        return mismatch(height,
                        QStringLiteral("the verified chain holds heights %1 to %2").arg(baseHeight()).arg(tipHeight()));
    if (held->raw != raw)
        return mismatch(
            height,
            QStringLiteral("header %1 differs from the verified %2").arg(hashToHex(sha256d(raw)), held->hashHex()));
    return success();
}

Result<QList<BlockHeader>> HeaderChain::checkPrunedSegment(int first, const QList<QByteArray>& raw) const
{
    const std::optional<std::pair<int, int>> segment = prunedSegment(first);
    if (!segment || segment->first != first)
        return Error::make(ErrorKind::InvalidArgument,
                           QStringLiteral("Height %1 is not the first of a dropped segment.").arg(first));
    const int last = segment->second;
    const int count = last - first + 1;
    if (raw.size() != count)
        return segmentMismatch(first, last,
                               QStringLiteral("got %1 headers for the segment %2 to %3, which holds %4")
                                   .arg(raw.size())
                                   .arg(first)
                                   .arg(last)
                                   .arg(count));
    const qsizetype index = (first / m_rules.interval) - (anchorHeight() / m_rules.interval);
    QList<BlockHeader> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int height = first + i;
        auto parsed = parseBlockHeader(raw[i]);
        if (!parsed)
            return mismatch(height, parsed.error().message);
        if (i == 0 && index > 0 && parsed->prevHash != m_segmentEnds[index - 1])
            return mismatch(height, QStringLiteral("prev_hash %1 does not link to the kept segment end %2 at height %3")
                                        .arg(hashToHex(parsed->prevHash), hashToHex(m_segmentEnds[index - 1]))
                                        .arg(height - 1));
        // The first header has no parent here: its retarget cannot be checked, as the period before it is dropped
        // too (or lies below the anchor). Inside the period check() compares the bits with the parent's.
        if (Status s = check(height, *parsed, i > 0 ? &out.back() : nullptr); !s)
            return s.error();
        out.append(std::move(parsed).value());
    }
    if (out.back().hash != m_segmentEnds[index])
        return mismatch(last, QStringLiteral("hash %1 is not the kept segment end %2")
                                  .arg(out.back().hashHex(), hashToHex(m_segmentEnds[index])));
    return out;
}

Status HeaderChain::extend(int startHeight, const QList<QByteArray>& raw)
{
    if (startHeight < m_base)
        return Error::make(ErrorKind::InvalidArgument,
                           QStringLiteral("Headers below height %1 are older than those kept.").arg(m_base));
    if (startHeight > tipHeight() + 1)
        return Error::make(
            ErrorKind::InvalidArgument,
            QStringLiteral("Headers from %1 leave a gap after the tip %2.").arg(startHeight).arg(tipHeight()));
    const int newTip = startHeight + int(raw.size()) - 1;
    int firstNew = -1;                           // index into m_headers from which the chain changes
    const QList<BlockHeader> before = m_headers; // shared until changed: a failed longer branch puts it back
    auto fail = [&](Error e) -> Status {
        if (firstNew >= 0 && firstNew < before.size()) {
            m_headers = before;
            return e;
        }
        if (firstNew >= 0)
            (void)persist(firstNew);
        return e;
    };
    for (int i = 0; i < raw.size(); ++i) {
        const int height = startHeight + i;
        auto parsed = parseBlockHeader(raw[i]);
        if (!parsed)
            return fail(mismatch(height, parsed.error().message));
        const int index = height - m_base;
        if (index < m_headers.size()) {
            if (m_headers[index].raw == parsed->raw)
                continue;
            if (newTip <= tipHeight())
                return mismatch(height, QStringLiteral("header %1 conflicts with the verified %2 and its branch is not "
                                                       "longer (tip %3, verified tip %4)")
                                            .arg(parsed->hashHex(), m_headers[index].hashHex())
                                            .arg(newTip)
                                            .arg(tipHeight()));
        }
        const BlockHeader* parent = index > 0 ? &m_headers[index - 1] : nullptr;
        if (Status s = check(height, *parsed, parent); !s)
            return fail(s.error());
        if (firstNew < 0)
            firstNew = index;
        m_headers.resize(index);
        m_headers.append(std::move(parsed).value());
    }
    if (firstNew >= 0)
        return persist(firstNew);
    return success();
}

void HeaderChain::resetToAnchor()
{
    m_base = anchorHeight();
    m_segmentEnds.clear();
    m_headers.clear();
}

int HeaderChain::pruneOldSegments()
{
    const qint64 keep = qint64(m_keepPeriods) * m_rules.interval;
    int dropped = 0;
    while (!m_headers.isEmpty()) {
        const int last = segmentLast(m_base);
        if (tipHeight() - last < keep) // the headers after `last` would be fewer than keepPeriods periods
            break;
        m_segmentEnds.append(header(last)->hash);
        m_headers.remove(0, last - m_base + 1);
        m_base = last + 1;
        ++dropped;
    }
    return dropped;
}

Status HeaderChain::persist(int index)
{
    if (pruneOldSegments() > 0)
        return writeAll();
    return writeFrom(index);
}

Status HeaderChain::writeFrom(int index)
{
    if (m_path.isEmpty())
        return success();
    if (!m_fileMatches)
        return writeAll();
    m_fileMatches = false; // until the write below is known to be whole
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite))
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot write the header store."), file.errorString());
    const qint64 offset = preludeBytes() + qint64(index) * blockHeaderSize;
    if (file.size() != offset && !file.resize(offset))
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot cut the header store."), file.errorString());
    QByteArray bytes;
    bytes.reserve(int((m_headers.size() - index) * blockHeaderSize));
    for (qsizetype i = index; i < m_headers.size(); ++i)
        bytes.append(m_headers[i].raw);
    // One write: a crash leaves at most a torn tail, which open() cuts off.
    if (!file.seek(offset) || file.write(bytes) != bytes.size() || !file.flush())
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot append to the header store."),
                           file.errorString());
    m_fileMatches = true;
    return success();
}

Status HeaderChain::writeAll()
{
    if (m_path.isEmpty())
        return success();
    m_fileMatches = false;
    makePrivateDirectory(QFileInfo(m_path).absolutePath());
    QByteArray bytes = prelude();
    bytes.reserve(int(storedBytes()));
    for (const BlockHeader& h : std::as_const(m_headers))
        bytes.append(h.raw);
    // Written to a temporary file and renamed over the store: a crash leaves the old store or the new one.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot rewrite the header store."), file.errorString());
    QFile::setPermissions(m_path, kOwnerOnlyFile);
    m_fileMatches = true;
    return success();
}

Status HeaderChain::open(QString* note)
{
    resetToAnchor();
    m_fileMatches = false;
    if (note)
        note->clear();
    if (m_path.isEmpty() || !QFile::exists(m_path))
        return success();
    // A store written before the data directory was kept private is tightened too.
    makePrivateDirectory(QFileInfo(m_path).absolutePath());
    QFile::setPermissions(m_path, kOwnerOnlyFile);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite))
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot read the header store."), file.errorString());
    const QByteArray all = file.readAll();
    QStringList dropped;
    bool rewrite = false; // the prelude on disk is not (or no longer) this one
    qint64 offset = 0;
    if (all.startsWith(storeMagic)) {
        QString fault;
        if (all.size() < preludeFixedBytes) {
            fault = QStringLiteral("it is shorter than %1 bytes").arg(preludeFixedBytes);
        } else {
            const qint64 base = preludeField(all, 8);
            const qint64 count = preludeField(all, 12);
            // The base follows from the count: the anchor, or the period after the count-th dropped segment.
            const qint64 expectedBase =
                count == 0 ? anchorHeight() : (anchorHeight() / m_rules.interval + count) * qint64(m_rules.interval);
            if (preludeFixedBytes + count * hashBytes > all.size())
                fault = QStringLiteral("%1 segment ends do not fit in it").arg(count);
            else if (base != expectedBase)
                fault = QStringLiteral("base %1 does not follow %2 segment ends from the checkpoint at %3")
                            .arg(base)
                            .arg(count)
                            .arg(anchorHeight());
            else {
                m_base = int(base);
                for (qint64 i = 0; i < count; ++i)
                    m_segmentEnds.append(all.mid(preludeFixedBytes + i * hashBytes, hashBytes));
                offset = preludeBytes();
            }
        }
        if (!fault.isEmpty()) {
            dropped << QStringLiteral("the whole store of %1 bytes: its prelude does not parse (%2)")
                           .arg(all.size())
                           .arg(fault);
            offset = all.size();
            rewrite = true;
        }
    } else {
        rewrite = true; // the old format: raw headers from the anchor, converted below
    }
    const qint64 body = all.size() - offset;
    qint64 whole = body / blockHeaderSize;
    if (body % blockHeaderSize != 0)
        dropped << QStringLiteral("a torn tail of %1 bytes").arg(body % blockHeaderSize);
    if (!m_segmentEnds.isEmpty() && whole > 0) {
        // The first kept header has no parent here: only the last segment end ties it to the verified chain.
        const QByteArray prevHash = all.mid(offset + 4, hashBytes);
        if (prevHash != m_segmentEnds.last()) {
            dropped << QStringLiteral("all %1 headers from height %2 and the %3 segment ends below them (prev_hash %4 "
                                      "of the first kept header is not the kept segment end %5)")
                           .arg(whole)
                           .arg(m_base)
                           .arg(m_segmentEnds.size())
                           .arg(hashToHex(prevHash), hashToHex(m_segmentEnds.last()));
            resetToAnchor();
            whole = 0;
            rewrite = true;
        }
    }
    for (qint64 i = 0; i < whole; ++i) {
        const int height = m_base + int(i);
        auto parsed = parseBlockHeader(all.mid(offset + i * blockHeaderSize, blockHeaderSize));
        // check() also checks the first kept header alone (proof of work, limit) and against the last segment end.
        Status s =
            parsed ? check(height, *parsed, m_headers.isEmpty() ? nullptr : &m_headers.back()) : Status(parsed.error());
        if (!s) {
            dropped << QStringLiteral("%1 headers from height %2 (%3)")
                           .arg(whole - i)
                           .arg(height)
                           .arg(s.error().detail.isEmpty() ? s.error().message : s.error().detail);
            break;
        }
        m_headers.append(std::move(parsed).value());
    }
    if (m_headers.isEmpty() && !m_segmentEnds.isEmpty()) {
        dropped << QStringLiteral("the %1 segment ends below height %2, which no kept header follows")
                       .arg(m_segmentEnds.size())
                       .arg(m_base);
        resetToAnchor();
        rewrite = true;
    }
    if (note)
        *note = dropped.join(QStringLiteral("; "));
    if (pruneOldSegments() > 0 || rewrite) {
        file.close();
        return writeAll();
    }
    if (file.size() != storedBytes() && !file.resize(storedBytes()))
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot cut the header store."), file.errorString());
    m_fileMatches = true;
    return success();
}

} // namespace btcw
