#include "TransactionProof.h"

#include "chain/BlockHeader.h"

#include <QtEndian>

namespace btcw {

namespace {

// Reads a raw transaction front to back; the first read past the end sets `failed` and every later read is empty.
struct Reader
{
    const QByteArray& bytes;
    qsizetype at = 0;
    bool failed = false;

    QByteArray take(qsizetype n)
    {
        if (failed || n < 0 || at + n > bytes.size()) {
            failed = true;
            return {};
        }
        QByteArray out = bytes.mid(at, n);
        at += n;
        return out;
    }
    quint64 varInt()
    {
        const QByteArray first = take(1);
        if (failed)
            return 0;
        const quint8 tag = quint8(first[0]);
        const int width = tag == 0xfd ? 2 : tag == 0xfe ? 4 : tag == 0xff ? 8 : 0;
        if (width == 0)
            return tag;
        const QByteArray rest = take(width);
        quint64 v = 0;
        for (int i = 0; i < rest.size(); ++i)
            v |= quint64(quint8(rest[i])) << (8 * i);
        return v;
    }
    // A count or length that must fit in what is left (so a lying length cannot make us allocate).
    qsizetype length()
    {
        const quint64 n = varInt();
        if (n > quint64(bytes.size() - at)) {
            failed = true;
            return 0;
        }
        return qsizetype(n);
    }
};

Error malformed(const QString& what)
{
    return Error::make(ErrorKind::VerificationFailed, QStringLiteral("The raw transaction does not parse."), what);
}

} // namespace

Result<ParsedTransaction> parseTransaction(const QByteArray& raw)
{
    Reader r{raw};
    const QByteArray version = r.take(4);
    bool segwit = false;
    if (!r.failed && r.at + 2 <= raw.size() && raw[r.at] == '\0' && raw[r.at + 1] == '\x01') {
        segwit = true;
        r.at += 2;
    }
    const qsizetype bodyStart = r.at;
    const qsizetype inputs = r.length();
    for (qsizetype i = 0; i < inputs && !r.failed; ++i) {
        r.take(36);
        r.take(r.length());
        r.take(4);
    }
    ParsedTransaction tx;
    const qsizetype outputs = r.length();
    for (qsizetype i = 0; i < outputs && !r.failed; ++i) {
        r.take(8);
        tx.outputScripts.append(r.take(r.length()));
    }
    const qsizetype bodyEnd = r.at;
    if (segwit) {
        for (qsizetype i = 0; i < inputs && !r.failed; ++i) {
            const qsizetype items = r.length();
            for (qsizetype k = 0; k < items && !r.failed; ++k)
                r.take(r.length());
        }
    }
    const QByteArray lockTime = r.take(4);
    if (r.failed)
        return malformed(QStringLiteral("it ends early (%1 bytes)").arg(raw.size()));
    if (r.at != raw.size())
        return malformed(QStringLiteral("%1 bytes are left after the lock time").arg(raw.size() - r.at));
    if (inputs == 0)
        return malformed(QStringLiteral("it has no inputs"));
    tx.txid = sha256d(version + raw.mid(bodyStart, bodyEnd - bodyStart) + lockTime);
    return tx;
}

QByteArray merkleRootFromBranch(const QByteArray& leaf, const QList<QByteArray>& branch, quint64 pos)
{
    QByteArray hash = leaf;
    for (const QByteArray& sibling : branch) {
        hash = (pos & 1) ? sha256d(sibling + hash) : sha256d(hash + sibling);
        pos >>= 1;
    }
    return hash;
}

} // namespace btcw
