// The verified header chain: parsing, targets, the mainnet retarget rule on real headers, each fault with its exact
// reason, the store surviving a torn write, and the kept window: pruning, dropped segments checked again, the store's
// prelude and its size bound.
#include "TestChain.h"
#include "chain/BlockHeader.h"
#include "chain/ChainRules.h"
#include "chain/HeaderChain.h"
#include "chain/Target.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <algorithm>
#include <optional>
#include <utility>

using namespace btcw;

namespace {

// Real mainnet headers kept as test data (facts): one header in hex a line.
QList<QByteArray> headersFromFile(const char* name)
{
    QFile file(QStringLiteral(BTCW_CHAIN_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QByteArray::fromHex(line.trimmed()));
    }
    return out;
}

// Heights 32236 … 32261, around the first retarget that changed the bits.
QList<QByteArray> realMainnetHeaders()
{
    return headersFromFile("mainnet_32236_32261.txt");
}

// Heights 30240 … 32261: the whole retarget period 30240 … 32255 and the first 6 blocks of the next, whose first
// (32256) is the first real difficulty change.
QList<QByteArray> realMainnetPeriod()
{
    return headersFromFile("mainnet_30240_32261.txt");
}

// Mainnet's rules anchored at the first real header above, with the time of block 30240 (the period's first block,
// a fact from Bitcoin Core's pow tests) so the retarget at 32256 can be computed.
ChainRules realMainnetRules(const QByteArray& firstHeader, qint64 periodStart = 1261130161)
{
    ChainRules rules = ChainRules::forNetwork(BitcoinNetwork::Mainnet);
    rules.checkpoints = {Checkpoint{32236, sha256d(firstHeader), periodStart}};
    return rules;
}

QList<QByteArray> regtestHeaders(const test::TestChain& chain, int from, int to)
{
    QList<QByteArray> out;
    for (int h = from; h <= to; ++h)
        out.append(chain.header(h));
    return out;
}

void setLe32(QByteArray& header, int offset, quint32 value)
{
    qToLittleEndian<quint32>(value, header.data() + offset);
}

// A header at `parentHash` with these bits whose hash meets (or, with `meet` false, misses) its target.
QByteArray minedHeader(const QByteArray& parentHash, quint32 time, quint32 bits, bool meet)
{
    QByteArray h = test::TestChain::serializeHeader(0x20000000, parentHash, QByteArray(32, '\x11'), time, bits, 0);
    const Uint256 target = *targetFromBits(bits);
    for (quint32 nonce = 0;; ++nonce) {
        setLe32(h, 76, nonce);
        if (hashMeetsTarget(sha256d(h), target) == meet)
            return h;
    }
}

// Genesis (the regtest checkpoint) and `blocks` headers mined on it, `spacing` seconds apart, at regtest's bits.
QList<QByteArray> minedChain(int blocks, quint32 spacing = 600)
{
    QList<QByteArray> out{test::TestChain(0).header(0)};
    out.reserve(blocks + 1);
    for (int h = 1; h <= blocks; ++h)
        out.append(minedHeader(sha256d(out.back()), test::TestChain::genesisTime + quint32(h) * spacing,
                               test::TestChain::regtestBits, true));
    return out;
}

// Regtest with short retarget periods, anchored at `anchor` of `chain`; `retarget` checks the mainnet rule too
// (the mined bits stay at the limit when blocks are at least two weeks / (interval - 1) apart).
ChainRules shortPeriodRules(const QList<QByteArray>& chain, int anchor, int interval = 16, bool retarget = false)
{
    ChainRules rules = ChainRules::forNetwork(BitcoinNetwork::Regtest);
    rules.interval = interval;
    rules.checkpoints = {Checkpoint{anchor, sha256d(chain[anchor]), 0}};
    if (retarget)
        rules.difficulty = DifficultyRule::Retarget;
    return rules;
}

// Extends `chain` with `headers` from `from` to `to` in chunks of `chunk`.
Status extendInChunks(HeaderChain& chain, const QList<QByteArray>& headers, int from, int to, int chunk)
{
    for (int start = from; start <= to; start += chunk) {
        if (Status s = chain.extend(start, headers.mid(start, std::min(chunk, to - start + 1))); !s)
            return s;
    }
    return success();
}

QString errorText(const Status& s)
{
    return s.ok() ? QString() : s.error().toString();
}

QByteArray storePrelude(int base, const QList<QByteArray>& segmentEnds)
{
    QByteArray out("BTCWHDR1");
    char le[4];
    qToLittleEndian<quint32>(quint32(base), le);
    out.append(le, 4);
    qToLittleEndian<quint32>(quint32(segmentEnds.size()), le);
    out.append(le, 4);
    for (const QByteArray& end : segmentEnds)
        out.append(end);
    return out;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

constexpr int preludeBytes = 16;

} // namespace

class TestHeaderChain : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheMainnetGenesisHeader()
    {
        const auto h = parseBlockHeaderHex(
            u"0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f61"
            u"7fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c");
        QVERIFY(h.ok());
        QCOMPARE(h->hashHex(), genesisHash(BitcoinNetwork::Mainnet));
        QCOMPARE(h->bits, 0x1d00ffffu);
        QCOMPARE(h->time, 1231006505u);
        QCOMPARE(hashToHex(h->merkleRoot),
                 QStringLiteral("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"));
    }
    void refusesAHeaderOfTheWrongLength()
    {
        const auto h = parseBlockHeader(QByteArray(79, '\0'));
        QVERIFY(!h.ok());
        QCOMPARE(h.error().message, QStringLiteral("A block header has 79 bytes, not 80."));
        QVERIFY(!parseBlockHeaderHex(QString(160, QLatin1Char('g'))).ok());
    }
    void decodesAndEncodesCompactTargets()
    {
        QCOMPARE(targetFromBits(0x1d00ffff)->toHex(),
                 QStringLiteral("00000000ffff0000000000000000000000000000000000000000000000000000"));
        QCOMPARE(targetFromBits(0x207fffff)->toHex(),
                 QStringLiteral("7fffff0000000000000000000000000000000000000000000000000000000000"));
        for (quint32 bits : {0x1d00ffffu, 0x1d00d86au, 0x1c0168fdu, 0x207fffffu, 0x1e0377aeu, 0x17034219u})
            QCOMPARE(bitsFromTarget(*targetFromBits(bits)), bits);
        QVERIFY(!targetFromBits(0).has_value());          // zero
        QVERIFY(!targetFromBits(0x04923456).has_value()); // negative
        QVERIFY(!targetFromBits(0xff123456).has_value()); // overflows 256 bits
    }
    // Bitcoin Core's pow tests: real mainnet (height, time, bits) facts and the bits that followed.
    void computesTheRetargetOfRealMainnetPeriods_data()
    {
        QTest::addColumn<qint64>("firstTime");
        QTest::addColumn<qint64>("lastTime");
        QTest::addColumn<quint32>("lastBits");
        QTest::addColumn<quint32>("expected");
        QTest::newRow("30240-32255 no clamp") << qint64(1261130161) << qint64(1262152739) << 0x1d00ffffu << 0x1d00d86au;
        QTest::newRow("0-2015 capped at the limit")
            << qint64(1231006505) << qint64(1233061996) << 0x1d00ffffu << 0x1d00ffffu;
        QTest::newRow("66528-68543 clamped to a quarter")
            << qint64(1279008237) << qint64(1279297671) << 0x1c05a3f4u << 0x1c0168fdu;
        QTest::newRow("46367 clamped to four times")
            << qint64(1263163443) << qint64(1269211443) << 0x1c387f6fu << 0x1d00e1fdu;
    }
    void computesTheRetargetOfRealMainnetPeriods()
    {
        QFETCH(qint64, firstTime);
        QFETCH(qint64, lastTime);
        QFETCH(quint32, lastBits);
        QFETCH(quint32, expected);
        QCOMPARE(nextRetargetBits(lastBits, firstTime, lastTime, 0x1d00ffff), expected);
    }

    void verifiesRealMainnetHeadersAcrossTheRetargetAt32256()
    {
        const QList<QByteArray> real = realMainnetHeaders();
        QCOMPARE(real.size(), 26);
        HeaderChain chain(realMainnetRules(real.front()));
        const Status s = chain.extend(32236, real);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        QCOMPARE(chain.tipHeight(), 32261);
        QCOMPARE(chain.header(32255)->time, 1262152739u); // the same fact Bitcoin Core's test uses
        QCOMPARE(chain.header(32256)->bits, 0x1d00d86au);
        // A compiled-in mainnet checkpoint is this real block.
        const ChainRules mainnet = ChainRules::forNetwork(BitcoinNetwork::Mainnet);
        QVERIFY(mainnet.checkpointAt(32256));
        QCOMPARE(chain.header(32256)->hash, mainnet.checkpointAt(32256)->hash);
        QCOMPARE(mainnet.anchor().height, 910000);
    }
    void refusesRealHeadersWhenTheRetargetDoesNotMatch()
    {
        const QList<QByteArray> real = realMainnetHeaders();
        // A period start a day later: the real bits at 32256 are no longer the retarget.
        HeaderChain chain(realMainnetRules(real.front(), 1261130161 + 86400));
        const Status s = chain.extend(32236, real);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::VerificationFailed);
        QCOMPARE(s.error().message, QStringLiteral("The header at height 32256 failed verification."));
        const quint32 expected = nextRetargetBits(0x1d00ffff, 1261130161 + 86400, 1262152739, 0x1d00ffff);
        QCOMPARE(s.error().detail, QStringLiteral("bits 0x1d00d86a are not the retarget 0x%1 (period 30240 to 32255)")
                                       .arg(expected, 8, 16, QLatin1Char('0')));
        QCOMPARE(chain.tipHeight(), 32255); // the good headers before it are kept
    }
    void refusesBitsThatChangeInsideAPeriod()
    {
        const QList<QByteArray> real = realMainnetHeaders();
        ChainRules rules = ChainRules::forNetwork(BitcoinNetwork::Mainnet);
        rules.powLimitBits = 0x207fffff; // easy enough to mine a child here
        rules.checkpoints = {Checkpoint{32236, sha256d(real.front()), 0}};
        HeaderChain chain(rules);
        QVERIFY(chain.extend(32236, real.mid(0, 2)).ok());
        const QByteArray child = minedHeader(chain.header(32237)->hash, 1262143000, 0x207fffff, true);
        const Status s = chain.extend(32238, {child});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().detail,
                 QStringLiteral("bits 0x207fffff changed inside a retarget period (the parent has 0x1d00ffff)"));
    }

    // A whole real period from a checkpoint on its first block: the retarget at 32256 comes from the real headers
    // 30240 and 32255 alone (the checkpoint has no period start time).
    void verifiesAFullRealMainnetRetargetPeriod()
    {
        const QList<QByteArray> real = realMainnetPeriod();
        QCOMPARE(real.size(), 2022);
        ChainRules rules = ChainRules::forNetwork(BitcoinNetwork::Mainnet);
        rules.checkpoints = {Checkpoint{30240, sha256d(real.front()), 0}};
        HeaderChain chain(rules);
        const Status s = chain.extend(30240, real);
        QVERIFY2(s.ok(), qPrintable(errorText(s)));
        QCOMPARE(chain.baseHeight(), 30240);
        QCOMPARE(chain.tipHeight(), 32261);
        // The facts Bitcoin Core's pow test uses for this period, here read from the real headers.
        QCOMPARE(chain.header(30240)->time, 1261130161u);
        QCOMPARE(chain.header(32255)->time, 1262152739u);
        QCOMPARE(chain.header(32255)->bits, 0x1d00ffffu);
        QCOMPARE(chain.header(32256)->bits, 0x1d00d86au);
        QCOMPARE(nextRetargetBits(chain.header(32255)->bits, chain.header(30240)->time, chain.header(32255)->time,
                                  rules.powLimitBits),
                 0x1d00d86au);
        // The block the verified chain holds at 32256 is the compiled-in mainnet checkpoint.
        const ChainRules mainnet = ChainRules::forNetwork(BitcoinNetwork::Mainnet);
        QVERIFY(mainnet.checkpointAt(32256));
        QCOMPARE(chain.header(32256)->hash, mainnet.checkpointAt(32256)->hash);
    }
    void checksTheRetargetAt32256AgainstTheRealPeriod()
    {
        const QList<QByteArray> real = realMainnetPeriod();
        QCOMPARE(real.size(), 2022);
        ChainRules rules = ChainRules::forNetwork(BitcoinNetwork::Mainnet);
        rules.checkpoints = {Checkpoint{30240, sha256d(real.front()), 0}};
        HeaderChain chain(rules);
        QVERIFY(chain.extend(30240, real.mid(0, 2016)).ok());
        QCOMPARE(chain.tipHeight(), 32255);
        const Result<BlockHeader> next = parseBlockHeader(real.at(2016));
        QVERIFY(next.ok());
        QVERIFY(chain.check(32256, *next, chain.header(32255)).ok());

        // The same parent, a day later (its hash unchanged, so the real block still links to it): the real bits are
        // no longer the retarget, so the rule is checked and not skipped.
        BlockHeader laterEnd = *chain.header(32255);
        laterEnd.time += 86400;
        const quint32 expected = nextRetargetBits(0x1d00ffff, 1261130161, 1262152739 + 86400, 0x1d00ffff);
        QVERIFY(expected != 0x1d00d86au);
        Status s = chain.check(32256, *next, &laterEnd);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::VerificationFailed);
        QCOMPARE(s.error().message, QStringLiteral("The header at height 32256 failed verification."));
        QCOMPARE(s.error().detail, QStringLiteral("bits 0x1d00d86a are not the retarget 0x%1 (period 30240 to 32255)")
                                       .arg(expected, 8, 16, QLatin1Char('0')));

        // The real block with the old bits written in: its hash changes and misses the old target.
        QByteArray oldBits = real.at(2016);
        setLe32(oldBits, 72, 0x1d00ffff);
        s = chain.extend(32256, {oldBits});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().detail, QStringLiteral("hash %1 misses its target %2 (bits 0x1d00ffff)")
                                       .arg(hashToHex(sha256d(oldBits)), targetFromBits(0x1d00ffff)->toHex()));
        QCOMPARE(chain.tipHeight(), 32255);
        QVERIFY(chain.extend(32256, real.mid(2016)).ok());
        QCOMPARE(chain.tipHeight(), 32261);
    }

    void verifiesTheTestServersRegtestChain()
    {
        const test::TestChain served(30);
        HeaderChain chain(ChainRules::forNetwork(BitcoinNetwork::Regtest));
        QVERIFY(chain.extend(0, regtestHeaders(served, 0, 30)).ok());
        QCOMPARE(chain.tipHeight(), 30);
        QVERIFY(chain.confirm(12, served.header(12)).ok());
        // Again with the same headers: nothing changes.
        QVERIFY(chain.extend(10, regtestHeaders(served, 10, 30)).ok());
        QCOMPARE(chain.tipHeight(), 30);
    }
    void detectsEachFaultWithItsExactReason()
    {
        const test::TestChain served(5);
        HeaderChain chain(ChainRules::forNetwork(BitcoinNetwork::Regtest));
        QVERIFY(chain.extend(0, regtestHeaders(served, 0, 5)).ok());
        const QByteArray tipHash = served.blockHash(5);

        // Broken linkage.
        const QByteArray orphan = minedHeader(QByteArray(32, '\x42'), 1296700000, 0x207fffff, true);
        Status s = chain.extend(6, {orphan});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::VerificationFailed);
        QCOMPARE(s.error().detail, QStringLiteral("prev_hash %1 does not link to block %2 at height 5")
                                       .arg(hashToHex(QByteArray(32, '\x42')), hashToHex(tipHash)));
        // A hash that misses its target.
        const QByteArray weak = minedHeader(tipHash, 1296700000, 0x207fffff, false);
        s = chain.extend(6, {weak});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().detail, QStringLiteral("hash %1 misses its target %2 (bits 0x207fffff)")
                                       .arg(hashToHex(sha256d(weak)), targetFromBits(0x207fffff)->toHex()));
        // Bits above the network's limit.
        const QByteArray tooEasy = minedHeader(tipHash, 1296700000, 0x2100ffff, true);
        s = chain.extend(6, {tooEasy});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().detail, QStringLiteral("bits 0x2100ffff are above the network's limit 0x207fffff"));
        // Not the checkpoint.
        HeaderChain other(ChainRules::forNetwork(BitcoinNetwork::Regtest));
        const QByteArray fakeGenesis = minedHeader(QByteArray(32, '\0'), 1296688602, 0x207fffff, true);
        s = other.extend(0, {fakeGenesis});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().detail, QStringLiteral("hash %1 is not the checkpoint %2")
                                       .arg(hashToHex(sha256d(fakeGenesis)), genesisHash(BitcoinNetwork::Regtest)));
        // A truncated header.
        s = chain.extend(6, {QByteArray(40, '\0')});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().detail, QStringLiteral("A block header has 40 bytes, not 80."));
        // A header that differs from the verified one.
        s = chain.confirm(3, weak);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().detail, QStringLiteral("header %1 differs from the verified %2")
                                       .arg(hashToHex(sha256d(weak)), hashToHex(served.blockHash(3))));
        QCOMPARE(chain.tipHeight(), 5); // nothing bad was kept
    }
    void takesALongerBranchButNotAShorterConflict()
    {
        const test::TestChain served(6);
        HeaderChain chain(ChainRules::forNetwork(BitcoinNetwork::Regtest));
        QVERIFY(chain.extend(0, regtestHeaders(served, 0, 6)).ok());
        const QByteArray a = minedHeader(served.blockHash(4), 1296700000, 0x207fffff, true);
        // A one-block branch at 5 is shorter than the chain to 6: refused.
        Status s = chain.extend(5, {a});
        QVERIFY(!s.ok());
        QVERIFY(s.error().detail.contains(QStringLiteral("its branch is not longer")));
        // A three-block branch from 5 reaches 7: taken.
        const QByteArray b = minedHeader(sha256d(a), 1296700600, 0x207fffff, true);
        const QByteArray c = minedHeader(sha256d(b), 1296701200, 0x207fffff, true);
        s = chain.extend(5, {a, b, c});
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        QCOMPARE(chain.tipHeight(), 7);
        QCOMPARE(chain.header(5)->raw, a);
        // A longer branch whose last header is bad leaves the chain as it was.
        const QByteArray d = minedHeader(served.blockHash(4), 1296700001, 0x207fffff, true);
        const QByteArray e = minedHeader(sha256d(d), 1296700601, 0x207fffff, true);
        const QByteArray f = minedHeader(sha256d(e), 1296701201, 0x207fffff, true);
        const QByteArray g = minedHeader(QByteArray(32, '\x01'), 1296701801, 0x207fffff, true);
        QVERIFY(!chain.extend(5, {d, e, f, g}).ok());
        QCOMPARE(chain.tipHeight(), 7);
        QCOMPARE(chain.header(5)->raw, a);
    }

    void keepsHeadersInAFileOf80BytesEach()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("headers/regtest.bin"));
        const test::TestChain served(12);
        {
            HeaderChain chain(ChainRules::forNetwork(BitcoinNetwork::Regtest), path);
            QVERIFY(chain.open().ok());
            QVERIFY(chain.extend(0, regtestHeaders(served, 0, 7)).ok());
            QVERIFY(chain.extend(8, regtestHeaders(served, 8, 12)).ok());
        }
        QCOMPARE(QFileInfo(path).size(), preludeBytes + 13 * 80);
        const QByteArray bytes = fileBytes(path);
        QCOMPARE(bytes.left(preludeBytes), storePrelude(0, {}));
        QCOMPARE(bytes.mid(preludeBytes + 12 * 80), served.header(12));
        HeaderChain reopened(ChainRules::forNetwork(BitcoinNetwork::Regtest), path);
        QString note;
        QVERIFY(reopened.open(&note).ok());
        QVERIFY(note.isEmpty());
        QCOMPARE(reopened.tipHeight(), 12);
        QCOMPARE(reopened.header(12)->raw, served.header(12));
    }
    void cutsATornTailWhenOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regtest.bin"));
        const test::TestChain served(9);
        {
            HeaderChain chain(ChainRules::forNetwork(BitcoinNetwork::Regtest), path);
            QVERIFY(chain.extend(0, regtestHeaders(served, 0, 8)).ok());
        }
        {
            // A write of header 9 cut short by a crash: 37 of its 80 bytes reached the disk.
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(served.header(9).left(37));
        }
        HeaderChain chain(ChainRules::forNetwork(BitcoinNetwork::Regtest), path);
        QString note;
        QVERIFY(chain.open(&note).ok());
        QCOMPARE(note, QStringLiteral("a torn tail of 37 bytes"));
        QCOMPARE(chain.tipHeight(), 8);
        QCOMPARE(QFileInfo(path).size(), preludeBytes + 9 * 80);
        // The store goes on from there.
        QVERIFY(chain.extend(9, {served.header(9)}).ok());
        QCOMPARE(QFileInfo(path).size(), preludeBytes + 10 * 80);
    }
    void cutsTheStoreBackToTheLastGoodHeader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regtest.bin"));
        const test::TestChain served(9);
        {
            HeaderChain chain(ChainRules::forNetwork(BitcoinNetwork::Regtest), path);
            QVERIFY(chain.extend(0, regtestHeaders(served, 0, 9)).ok());
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(preludeBytes + 6 * 80 + 10); // flip a byte inside header 6's prev_hash
            file.write("\xff");
        }
        HeaderChain chain(ChainRules::forNetwork(BitcoinNetwork::Regtest), path);
        QString note;
        QVERIFY(chain.open(&note).ok());
        QVERIFY2(note.startsWith(QStringLiteral("4 headers from height 6 (prev_hash ")), qPrintable(note));
        QCOMPARE(chain.tipHeight(), 5);
        QCOMPARE(QFileInfo(path).size(), preludeBytes + 6 * 80);
    }
    void prunesToAWindowOfWholePeriods()
    {
        const QList<QByteArray> mined = minedChain(400);
        HeaderChain chain(shortPeriodRules(mined, 5)); // in memory: pruned the same way
        QCOMPARE(chain.keepPeriods(), HeaderChain::defaultKeepPeriods);
        QCOMPARE(chain.anchorHeight(), 5);
        for (int start = 5; start <= 400; start += 7) {
            const Status s = chain.extend(start, mined.mid(start, std::min(7, 401 - start)));
            QVERIFY2(s.ok(), qPrintable(errorText(s)));
            const int kept = chain.tipHeight() - chain.baseHeight() + 1;
            if (chain.baseHeight() == 5) {
                QVERIFY(chain.segmentEnds().isEmpty());
                QVERIFY(chain.tipHeight() - 15 < 8 * 16); // dropping [5, 15] would leave fewer than 8 periods
            } else {
                QCOMPARE(chain.baseHeight() % 16, 0);
                QVERIFY2(kept >= 8 * 16 && kept <= 9 * 16, qPrintable(QString::number(kept)));
            }
        }
        QCOMPARE(chain.tipHeight(), 400);
        QCOMPARE(chain.baseHeight(), 272);
        // [5, 15], then the whole periods from [16, 31] to [256, 271].
        QCOMPARE(chain.segmentEnds().size(), 17);
        QCOMPARE(chain.segmentEnds().front(), sha256d(mined[15]));
        QCOMPARE(chain.segmentEnds()[1], sha256d(mined[31]));
        QCOMPARE(chain.segmentEnds().back(), sha256d(mined[271]));
        QCOMPARE(chain.storedBytes(), preludeBytes + 17 * 32 + 129 * 80);
        QVERIFY(!chain.header(5));
        QVERIFY(!chain.header(271));
        QCOMPARE(chain.header(272)->raw, mined[272]);
        using Segment = std::optional<std::pair<int, int>>;
        QCOMPARE(chain.prunedSegment(5), Segment(std::pair{5, 15}));
        QCOMPARE(chain.prunedSegment(15), Segment(std::pair{5, 15}));
        QCOMPARE(chain.prunedSegment(16), Segment(std::pair{16, 31}));
        QCOMPARE(chain.prunedSegment(100), Segment(std::pair{96, 111}));
        QCOMPARE(chain.prunedSegment(271), Segment(std::pair{256, 271}));
        QCOMPARE(chain.prunedSegment(4), Segment());   // below the anchor
        QCOMPARE(chain.prunedSegment(272), Segment()); // kept
        // Below the base: refused, and not confirmed.
        const Status s = chain.extend(271, mined.mid(271, 2));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(s.error().message, QStringLiteral("Headers below height 272 are older than those kept."));
        QCOMPARE(chain.confirm(271, mined[271]).error().detail,
                 QStringLiteral("the verified chain holds heights 272 to 400"));
        QVERIFY(chain.confirm(272, mined[272]).ok());
        // A longer branch from the base must still link to the last segment end.
        QList<QByteArray> branch{minedHeader(QByteArray(32, '\x42'), test::TestChain::genesisTime, 0x207fffff, true)};
        for (int h = 273; h <= 401; ++h)
            branch.append(minedHeader(sha256d(branch.back()), test::TestChain::genesisTime, 0x207fffff, true));
        const Status unlinked = chain.extend(272, branch);
        QVERIFY(!unlinked.ok());
        QCOMPARE(unlinked.error().detail,
                 QStringLiteral("prev_hash %1 does not link to the kept segment end %2 at height 271")
                     .arg(hashToHex(QByteArray(32, '\x42')), hashToHex(sha256d(mined[271]))));
        QCOMPARE(chain.header(272)->raw, mined[272]);

        // Fewer periods kept when asked.
        HeaderChain small(shortPeriodRules(mined, 5), {}, 2);
        QVERIFY(small.extend(5, mined.mid(5)).ok());
        QCOMPARE(small.baseHeight(), 368);
        QCOMPARE(small.segmentEnds().size(), 23);
    }
    void checksTheRetargetAfterPruning()
    {
        // A day between blocks: over 15 blocks more than two weeks, so the retarget stays at regtest's limit.
        const QList<QByteArray> mined = minedChain(207, 86400);
        HeaderChain chain(shortPeriodRules(mined, 0, 16, true));
        QVERIFY(extendInChunks(chain, mined, 0, 207, 16).ok());
        QCOMPARE(chain.baseHeight(), 80);
        const quint32 time = test::TestChain::genesisTime + 208 * 86400;
        const QByteArray harder = minedHeader(sha256d(mined[207]), time, 0x207ffffe, true);
        Status s = chain.extend(208, {harder});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().detail,
                 QStringLiteral("bits 0x207ffffe are not the retarget 0x207fffff (period 192 to 207)"));
        s = chain.extend(208, {minedHeader(sha256d(mined[207]), time, 0x207fffff, true)});
        QVERIFY2(s.ok(), qPrintable(errorText(s)));
        // A dropped segment whose bits change inside the period.
        QList<QByteArray> segment = mined.mid(16, 16);
        segment[3] = minedHeader(sha256d(mined[18]), test::TestChain::genesisTime + 19 * 86400, 0x207ffffe, true);
        const auto r = chain.checkPrunedSegment(16, segment);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().detail,
                 QStringLiteral("bits 0x207ffffe changed inside a retarget period (the parent has 0x207fffff)"));
        QVERIFY(chain.checkPrunedSegment(16, mined.mid(16, 16)).ok());
    }

    void checksADroppedSegmentAgainstItsKeptEnd()
    {
        const QList<QByteArray> mined = minedChain(400);
        HeaderChain chain(shortPeriodRules(mined, 5));
        QVERIFY(chain.extend(5, mined.mid(5)).ok());
        QCOMPARE(chain.baseHeight(), 272);
        // The real headers of the anchor's partial segment, a whole period and the last dropped one.
        const auto anchorSegment = chain.checkPrunedSegment(5, mined.mid(5, 11));
        QVERIFY2(anchorSegment.ok(), qPrintable(anchorSegment.ok() ? QString() : anchorSegment.error().toString()));
        QCOMPARE(anchorSegment->size(), 11);
        QCOMPARE(anchorSegment->front().raw, mined[5]);
        QVERIFY(chain.checkPrunedSegment(96, mined.mid(96, 16)).ok());
        QCOMPARE(chain.checkPrunedSegment(256, mined.mid(256, 16))->back().hash, sha256d(mined[271]));

        const auto refusal = [&](int first, const QList<QByteArray>& raw) {
            const auto r = chain.checkPrunedSegment(first, raw);
            return r.ok() ? Error() : r.error();
        };
        const quint32 bits = test::TestChain::regtestBits;
        const quint32 time = test::TestChain::genesisTime + 100 * 600 + 1;
        // Not the first height of a dropped segment.
        for (int first : {4, 97, 272}) {
            const Error e = refusal(first, mined.mid(first, 16));
            QCOMPARE(e.kind, ErrorKind::InvalidArgument);
            QCOMPARE(e.message, QStringLiteral("Height %1 is not the first of a dropped segment.").arg(first));
        }
        // Wrong count.
        Error e = refusal(96, mined.mid(96, 15));
        QCOMPARE(e.kind, ErrorKind::VerificationFailed);
        QCOMPARE(e.message, QStringLiteral("The headers from height 96 to 111 failed verification."));
        QCOMPARE(e.detail, QStringLiteral("got 15 headers for the segment 96 to 111, which holds 16"));
        // Broken linkage inside the segment.
        QList<QByteArray> segment = mined.mid(96, 16);
        segment[4] = minedHeader(QByteArray(32, '\x42'), time, bits, true);
        e = refusal(96, segment);
        QCOMPARE(e.kind, ErrorKind::VerificationFailed);
        QCOMPARE(e.message, QStringLiteral("The header at height 100 failed verification."));
        QCOMPARE(e.detail, QStringLiteral("prev_hash %1 does not link to block %2 at height 99")
                               .arg(hashToHex(QByteArray(32, '\x42')), hashToHex(sha256d(mined[99]))));
        // A header that misses its target.
        segment = mined.mid(96, 16);
        segment[4] = minedHeader(sha256d(mined[99]), time, bits, false);
        e = refusal(96, segment);
        QCOMPARE(e.kind, ErrorKind::VerificationFailed);
        QCOMPARE(e.detail, QStringLiteral("hash %1 misses its target %2 (bits 0x207fffff)")
                               .arg(hashToHex(sha256d(segment[4])), targetFromBits(bits)->toHex()));
        // Linked and mined, but the last is not the kept segment end: another branch.
        segment = mined.mid(96, 16);
        segment[15] = minedHeader(sha256d(mined[110]), time, bits, true);
        e = refusal(96, segment);
        QCOMPARE(e.kind, ErrorKind::VerificationFailed);
        QCOMPARE(e.message, QStringLiteral("The header at height 111 failed verification."));
        QCOMPARE(e.detail, QStringLiteral("hash %1 is not the kept segment end %2")
                               .arg(hashToHex(sha256d(segment[15])), hashToHex(sha256d(mined[111]))));
        // The first does not link to the previous segment's end.
        segment = mined.mid(96, 16);
        segment[0] = minedHeader(sha256d(mined[94]), time, bits, true);
        e = refusal(96, segment);
        QCOMPARE(e.detail, QStringLiteral("prev_hash %1 does not link to the kept segment end %2 at height 95")
                               .arg(hashToHex(sha256d(mined[94])), hashToHex(sha256d(mined[95]))));
        // The anchor's segment must start at the checkpoint.
        segment = mined.mid(5, 11);
        segment[0] = minedHeader(sha256d(mined[4]), time, bits, true);
        e = refusal(5, segment);
        QCOMPARE(e.detail, QStringLiteral("hash %1 is not the checkpoint %2")
                               .arg(hashToHex(sha256d(segment[0])), hashToHex(sha256d(mined[5]))));
    }

    void reopensAPrunedStoreAsItWasLeft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regtest.bin"));
        const QList<QByteArray> mined = minedChain(420, 86400);
        const ChainRules rules = shortPeriodRules(mined, 5, 16, true);
        QList<QByteArray> ends;
        {
            HeaderChain chain(rules, path);
            QVERIFY(chain.open().ok());
            QVERIFY(extendInChunks(chain, mined, 5, 400, 10).ok());
            QCOMPARE(chain.storedBytes(), QFileInfo(path).size());
            ends = chain.segmentEnds();
        }
        QCOMPARE(ends.size(), 17);
        const qint64 prelude = preludeBytes + 17 * 32;
        QCOMPARE(QFileInfo(path).size(), prelude + 129 * 80);
        const QByteArray bytes = fileBytes(path);
        QCOMPARE(bytes.left(prelude), storePrelude(272, ends));
        QCOMPARE(bytes.mid(prelude, 80), mined[272]);
        QCOMPARE(bytes.right(80), mined[400]);

        HeaderChain reopened(rules, path);
        QString note;
        QVERIFY(reopened.open(&note).ok());
        QVERIFY2(note.isEmpty(), qPrintable(note));
        QCOMPARE(reopened.baseHeight(), 272);
        QCOMPARE(reopened.tipHeight(), 400);
        QCOMPARE(reopened.segmentEnds(), ends);
        QCOMPARE(reopened.header(400)->raw, mined[400]);
        QVERIFY(reopened.checkPrunedSegment(256, mined.mid(256, 16)).ok());
        // It goes on from there, dropping the next period.
        QVERIFY(reopened.extend(401, mined.mid(401)).ok());
        QCOMPARE(reopened.baseHeight(), 288);
        QCOMPARE(QFileInfo(path).size(), preludeBytes + 18 * 32 + 133 * 80);
        QCOMPARE(reopened.storedBytes(), QFileInfo(path).size());
    }
    void cutsATornTailOfAPrunedStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regtest.bin"));
        const QList<QByteArray> mined = minedChain(401);
        const qint64 size = preludeBytes + 17 * 32 + 129 * 80;
        {
            HeaderChain chain(shortPeriodRules(mined, 5), path);
            QVERIFY(chain.extend(5, mined.mid(5, 396)).ok());
            QCOMPARE(QFileInfo(path).size(), size);
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(mined[401].left(37));
        }
        HeaderChain chain(shortPeriodRules(mined, 5), path);
        QString note;
        QVERIFY(chain.open(&note).ok());
        QCOMPARE(note, QStringLiteral("a torn tail of 37 bytes"));
        QCOMPARE(chain.baseHeight(), 272);
        QCOMPARE(chain.tipHeight(), 400);
        QCOMPARE(QFileInfo(path).size(), size);
        QVERIFY(chain.extend(401, {mined[401]}).ok());
        QCOMPARE(QFileInfo(path).size(), size + 80);
    }
    void convertsAStoreOfTheOldFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regtest.bin"));
        const QList<QByteArray> mined = minedChain(200);
        {
            QFile file(path); // raw 80-byte headers from the anchor on
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(mined.mid(5).join());
        }
        HeaderChain chain(shortPeriodRules(mined, 5), path);
        QString note;
        QVERIFY(chain.open(&note).ok());
        QVERIFY2(note.isEmpty(), qPrintable(note));
        QCOMPARE(chain.baseHeight(), 64);
        QCOMPARE(chain.tipHeight(), 200);
        const QList<QByteArray> ends{sha256d(mined[15]), sha256d(mined[31]), sha256d(mined[47]), sha256d(mined[63])};
        QCOMPARE(chain.segmentEnds(), ends);
        QCOMPARE(fileBytes(path), storePrelude(64, ends) + mined.mid(64).join());

        // A short old store is converted without pruning.
        const QString shortPath = dir.filePath(QStringLiteral("short.bin"));
        {
            QFile file(shortPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(mined.mid(0, 13).join());
        }
        HeaderChain regtest(ChainRules::forNetwork(BitcoinNetwork::Regtest), shortPath);
        QVERIFY(regtest.open(&note).ok());
        QVERIFY(note.isEmpty());
        QCOMPARE(regtest.tipHeight(), 12);
        QCOMPARE(fileBytes(shortPath), storePrelude(0, {}) + mined.mid(0, 13).join());
    }
    void refusesAPreludeWhoseLastEndDoesNotLink()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regtest.bin"));
        const QList<QByteArray> mined = minedChain(400);
        {
            HeaderChain chain(shortPeriodRules(mined, 5), path);
            QVERIFY(chain.extend(5, mined.mid(5)).ok());
        }
        QByteArray changedEnd = sha256d(mined[271]);
        changedEnd[3] = char(changedEnd[3] ^ 0x01);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(preludeBytes + 16 * 32); // the last of the 17 segment ends
            file.write(changedEnd);
        }
        HeaderChain chain(shortPeriodRules(mined, 5), path);
        QString note;
        QVERIFY(chain.open(&note).ok());
        QCOMPARE(note, QStringLiteral("all 129 headers from height 272 and the 17 segment ends below them (prev_hash "
                                      "%1 of the first kept header is not the kept segment end %2)")
                           .arg(hashToHex(sha256d(mined[271])), hashToHex(changedEnd)));
        QVERIFY(chain.isEmpty());
        QCOMPARE(chain.baseHeight(), 5);
        QVERIFY(chain.segmentEnds().isEmpty());
        QCOMPARE(fileBytes(path), storePrelude(5, {}));
        // It starts again from the checkpoint.
        QVERIFY(chain.extend(5, mined.mid(5)).ok());
        QCOMPARE(chain.baseHeight(), 272);
    }
    void startsEmptyWhenThePreludeDoesNotParse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("note");
        const QByteArray genesis = test::TestChain(0).header(0);
        QTest::newRow("too short") << QByteArray("BTCWHDR1\x01\x02\x03\x04", 12)
                                   << QStringLiteral("the whole store of 12 bytes: its prelude does not parse (it is "
                                                     "shorter than 16 bytes)");
        QByteArray tooMany = storePrelude(0, {}) + genesis;
        qToLittleEndian<quint32>(1000, tooMany.data() + 12);
        QTest::newRow("count does not fit") << tooMany
                                            << QStringLiteral("the whole store of 96 bytes: its prelude does not parse "
                                                              "(1000 segment ends do not fit in it)");
        QTest::newRow("base off the segments")
            << storePrelude(7, {}) + genesis
            << QStringLiteral("the whole store of 96 bytes: its prelude does not parse (base 7 does not follow 0 "
                              "segment ends from the checkpoint at 0)");
    }
    void startsEmptyWhenThePreludeDoesNotParse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, note);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regtest.bin"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        HeaderChain chain(ChainRules::forNetwork(BitcoinNetwork::Regtest), path);
        QString said;
        QVERIFY(chain.open(&said).ok());
        QCOMPARE(said, note);
        QVERIFY(chain.isEmpty());
        QCOMPARE(fileBytes(path), storePrelude(0, {}));
    }

    // Mainnet's target: a fresh store from the newest checkpoint stays under 5 MB however long the chain grows.
    void staysUnderFiveMegabytesFromTheCheckpoint()
    {
        QElapsedTimer timer;
        timer.start();
        // 601 s apart: a period spans more than two weeks, so the retarget stays at regtest's limit.
        const QList<QByteArray> mined = minedChain(70000, 601);
        const qint64 minedMs = timer.restart();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regtest.bin"));
        ChainRules rules = ChainRules::forNetwork(BitcoinNetwork::Regtest);
        rules.difficulty = DifficultyRule::Retarget;
        QCOMPARE(rules.interval, 2016);
        HeaderChain chain(rules, path);
        QVERIFY(chain.open().ok());
        const Status s = extendInChunks(chain, mined, 0, 70000, 2016);
        QVERIFY2(s.ok(), qPrintable(errorText(s)));
        const qint64 size = QFileInfo(path).size();
        qInfo("70,000 headers from the checkpoint: store of %lld bytes (heights %d to %d, %lld segment ends); "
              "mined in %lld ms, verified and stored in %lld ms",
              size, chain.baseHeight(), chain.tipHeight(), qint64(chain.segmentEnds().size()), minedMs,
              timer.elapsed());
        QVERIFY(size < 5000000);
        QCOMPARE(size, chain.storedBytes());
        QCOMPARE(chain.tipHeight(), 70000);
        QCOMPARE(chain.baseHeight(), 26 * 2016);
        QCOMPARE(size, preludeBytes + 26 * 32 + (70000 - 26 * 2016 + 1) * 80);
    }
};

QTEST_GUILESS_MAIN(TestHeaderChain)
#include "tst_headerchain.moc"
