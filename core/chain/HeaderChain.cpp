#include "HeaderChain.h"

#include "chain/Target.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace btcw {

namespace {

Error mismatch(int height, const QString& what)
{
    Error e = Error::make(ErrorKind::VerificationFailed,
                          QStringLiteral("The header at height %1 failed verification.").arg(height), what);
    e.stage = QStringLiteral("header");
    return e;
}

QString bitsHex(quint32 bits)
{
    return QStringLiteral("0x%1").arg(bits, 8, 16, QLatin1Char('0'));
}

} // namespace

HeaderChain::HeaderChain(ChainRules rules, QString filePath)
    : m_rules(std::move(rules)), m_limit(targetFromBits(m_rules.powLimitBits).value_or(Uint256())),
      m_path(std::move(filePath))
{
}

const BlockHeader* HeaderChain::header(int height) const
{
    const int index = height - baseHeight();
    if (index < 0 || index >= m_headers.size())
        return nullptr;
    return &m_headers[index];
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

Status HeaderChain::extend(int startHeight, const QList<QByteArray>& raw)
{
    if (startHeight < baseHeight())
        return Error::make(ErrorKind::InvalidArgument,
                           QStringLiteral("Headers below the checkpoint at %1 are not kept.").arg(baseHeight()));
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
            (void)writeFrom(firstNew);
        return e;
    };
    for (int i = 0; i < raw.size(); ++i) {
        const int height = startHeight + i;
        auto parsed = parseBlockHeader(raw[i]);
        if (!parsed)
            return fail(mismatch(height, parsed.error().message));
        const int index = height - baseHeight();
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
        return writeFrom(firstNew);
    return success();
}

Status HeaderChain::writeFrom(int index)
{
    if (m_path.isEmpty())
        return success();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite))
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot write the header store."), file.errorString());
    const qint64 offset = qint64(index) * blockHeaderSize;
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
    return success();
}

Status HeaderChain::open(QString* note)
{
    m_headers.clear();
    if (note)
        note->clear();
    if (m_path.isEmpty() || !QFile::exists(m_path))
        return success();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite))
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot read the header store."), file.errorString());
    const QByteArray all = file.readAll();
    const qsizetype whole = all.size() / blockHeaderSize;
    QStringList dropped;
    if (all.size() % blockHeaderSize != 0)
        dropped << QStringLiteral("a torn tail of %1 bytes").arg(all.size() % blockHeaderSize);
    for (qsizetype i = 0; i < whole; ++i) {
        const int height = baseHeight() + int(i);
        auto parsed = parseBlockHeader(all.mid(i * blockHeaderSize, blockHeaderSize));
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
    if (note)
        *note = dropped.join(QStringLiteral("; "));
    if (file.size() != storedBytes() && !file.resize(storedBytes()))
        return Error::make(ErrorKind::Internal, QStringLiteral("Cannot cut the header store."), file.errorString());
    return success();
}

} // namespace btcw
