// The verified header chain: parsing, targets, the mainnet retarget rule on real headers, each fault with its exact
// reason, and the store surviving a torn write.
#include "TestChain.h"
#include "chain/BlockHeader.h"
#include "chain/ChainRules.h"
#include "chain/HeaderChain.h"
#include "chain/Target.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace btcw;

namespace {

QList<QByteArray> realMainnetHeaders() // heights 32236 … 32261, around the first retarget that changed the bits
{
    QFile file(QStringLiteral(BTCW_CHAIN_TEST_DATA "/mainnet_32236_32261.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QByteArray::fromHex(line.trimmed()));
    }
    return out;
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
        QCOMPARE(QFileInfo(path).size(), 13 * 80);
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
        QCOMPARE(QFileInfo(path).size(), 9 * 80);
        // The store goes on from there.
        QVERIFY(chain.extend(9, {served.header(9)}).ok());
        QCOMPARE(QFileInfo(path).size(), 10 * 80);
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
            file.seek(6 * 80 + 10); // flip a byte inside header 6's prev_hash
            file.write("\xff");
        }
        HeaderChain chain(ChainRules::forNetwork(BitcoinNetwork::Regtest), path);
        QString note;
        QVERIFY(chain.open(&note).ok());
        QVERIFY2(note.startsWith(QStringLiteral("4 headers from height 6 (prev_hash ")), qPrintable(note));
        QCOMPARE(chain.tipHeight(), 5);
        QCOMPARE(QFileInfo(path).size(), 6 * 80);
    }
};

QTEST_GUILESS_MAIN(TestHeaderChain)
#include "tst_headerchain.moc"
