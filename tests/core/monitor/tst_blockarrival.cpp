// BlockArrival: a server's lag is the time after the first server announced the same block; percentiles over 24 h
// and 7 days; a tip no other server shares is marked; only the highest heights and the last 7 days are kept, also
// across a restart.
#include "Clock.h"
#include "live/LiveEvent.h"
#include "monitor/BlockArrival.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace btcw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

ServerAddress address(const QString& text)
{
    return ServerAddress::parse(text).value();
}

// A 64-hex-digit block hash made of one repeated digit pair and the height, distinct per (tag, height).
QString blockHash(char tag, int height)
{
    return QString(62, QLatin1Char(tag)) + u"%1"_s.arg(height % 256, 2, 16, QLatin1Char('0'));
}

// A tip whose header names `parent` as its previous block (the rest of the header is zeros).
LiveTip tipOf(int height, const QString& hash, const QString& parent)
{
    QByteArray parentBytes = QByteArray::fromHex(parent.toLatin1());
    std::reverse(parentBytes.begin(), parentBytes.end());
    LiveTip tip;
    tip.height = height;
    tip.hash = hash;
    tip.hex = u"01000000"_s + QString::fromLatin1(parentBytes.toHex()) + QString(88, QLatin1Char('0'));
    return tip;
}

// Block `height` of chain `tag`, its parent being block height-1 of the same chain.
LiveTip chainTip(char tag, int height)
{
    return tipOf(height, blockHash(tag, height), blockHash(tag, height - 1));
}

} // namespace

class TestBlockArrival : public QObject
{
    Q_OBJECT

    const ServerAddress m_a = address(u"a.example.org:50002:s"_s);
    const ServerAddress m_b = address(u"b.example.org:50002:s"_s);
    const ServerAddress m_c = address(u"c.example.org:50001:t"_s);
    const QString m_net = u"mainnet"_s;

private slots:
    void theFirstServerHasNoLagAndALateOneItsDelayExactly()
    {
        ManualClock clock;
        BlockArrival arrival(clock);
        QSignalSpy arrived(&arrival, &BlockArrival::arrived);
        arrival.observe(m_net, m_a, chainTip('a', 101), true);
        clock.advance(1500ms);
        arrival.observe(m_net, m_b, chainTip('a', 101), true);
        clock.advance(250ms);
        arrival.observe(m_net, m_c, chainTip('a', 101), true);

        QCOMPARE(arrived.size(), 3);
        QCOMPARE(arrived.at(1).at(0).value<ServerAddress>(), m_b);
        QCOMPARE(arrived.at(1).at(1).toInt(), 101);
        QCOMPARE(arrived.at(1).at(2).toLongLong(), 1500);
        QCOMPARE(arrival.stats(m_a)->lastLagMs, std::optional<qint64>(0));
        QCOMPARE(arrival.stats(m_b)->lastLagMs, std::optional<qint64>(1500));
        QCOMPARE(arrival.stats(m_c)->lastLagMs, std::optional<qint64>(1750));
        QCOMPARE(arrival.stats(m_c)->lastHeight, 101);
        QCOMPARE(arrival.stats(m_c)->lastAt, clock.utcNow());
        QCOMPARE(arrival.stats(m_c)->network, m_net);
        QVERIFY(!arrival.stats(m_a)->forked);
        // The same tip told again (a resubscription) is no second sample.
        arrival.observe(m_net, m_c, chainTip('a', 101), true);
        QCOMPARE(arrival.samples(m_c).size(), 1);
    }

    void aSubscriptionAnswerDatesTheBlockButIsNoSample()
    {
        ManualClock clock;
        BlockArrival arrival(clock);
        arrival.observe(m_net, m_a, chainTip('a', 101), false); // had it since some unknown time
        clock.advance(800ms);
        arrival.observe(m_net, m_b, chainTip('a', 101), true);
        QVERIFY(!arrival.stats(m_a)->lastLagMs);
        QCOMPARE(arrival.samples(m_a).size(), 0);
        QCOMPARE(arrival.stats(m_b)->lastLagMs, std::optional<qint64>(800));
    }

    void percentilesAreNearestRankOverTheDayAndTheWeek()
    {
        ManualClock clock;
        BlockArrival arrival(clock);
        // Twenty blocks three days ago: b is 10, 20, …, 200 ms late.
        for (int i = 1; i <= 20; ++i) {
            arrival.observe(m_net, m_a, chainTip('a', 100 + i), true);
            clock.advance(std::chrono::milliseconds(10 * i));
            arrival.observe(m_net, m_b, chainTip('a', 100 + i), true);
            clock.advance(10min);
        }
        ArrivalStats stats = *arrival.stats(m_b);
        QCOMPARE(stats.day.samples, 20);
        QCOMPARE(stats.day.p50Ms, std::optional<qint64>(100)); // rank ceil(0.5 × 20) = 10
        QCOMPARE(stats.day.p95Ms, std::optional<qint64>(190)); // rank ceil(0.95 × 20) = 19
        QCOMPARE(stats.week.p95Ms, std::optional<qint64>(190));
        QCOMPARE(arrival.stats(m_a)->day.p95Ms, std::optional<qint64>(0));

        clock.advance(72h);
        // Today: two blocks, b 5 s late on each.
        for (int i = 21; i <= 22; ++i) {
            arrival.observe(m_net, m_a, chainTip('a', 100 + i), true);
            clock.advance(5s);
            arrival.observe(m_net, m_b, chainTip('a', 100 + i), true);
        }
        stats = *arrival.stats(m_b);
        QCOMPARE(stats.day.samples, 2);
        QCOMPARE(stats.day.p50Ms, std::optional<qint64>(5000));
        QCOMPARE(stats.week.samples, 22);
        QCOMPARE(stats.week.p50Ms, std::optional<qint64>(110));  // rank 11 of 10…200, 5000, 5000
        QCOMPARE(stats.week.p95Ms, std::optional<qint64>(5000)); // rank ceil(20.9) = 21

        // Five days on, the old samples are past the 7 days and dropped with the next one.
        clock.advance(120h);
        QCOMPARE(arrival.stats(m_b)->week.samples, 2);
        QCOMPARE(arrival.stats(m_b)->day.samples, 0);
        QVERIFY(!arrival.stats(m_b)->day.p50Ms);
        arrival.observe(m_net, m_a, chainTip('a', 123), true);
        arrival.observe(m_net, m_b, chainTip('a', 123), true);
        QCOMPARE(arrival.samples(m_b).size(), 3);
        QCOMPARE(arrival.stats(m_b)->lastLagMs, std::optional<qint64>(0));
    }

    void aTipNoOtherServerSharesIsMarkedUntilItRejoins()
    {
        ManualClock clock;
        BlockArrival arrival(clock);
        arrival.observe(m_net, m_a, chainTip('a', 101), true);
        // Alone at a new height is no fork: nobody else has a block there yet.
        QVERIFY(!arrival.stats(m_a)->forked);
        arrival.observe(m_net, m_b, chainTip('a', 101), true);
        arrival.observe(m_net, m_c, tipOf(101, blockHash('c', 101), blockHash('a', 100)), true);
        QVERIFY(arrival.stats(m_c)->forked);
        QVERIFY(!arrival.stats(m_a)->forked);
        QVERIFY(!arrival.stats(m_b)->forked);
        // Its own block dates from its own announcement: first of that hash.
        QCOMPARE(arrival.stats(m_c)->lastLagMs, std::optional<qint64>(0));

        // c builds on a's block 101: its chain has a's block there now, and its tip is its own again.
        clock.advance(2s);
        arrival.observe(m_net, m_c, chainTip('a', 102), true);
        QVERIFY(!arrival.stats(m_c)->forked);
        // a announces 102 later than c did, and b skips to 103 (holding 102 through its parent).
        clock.advance(3s);
        arrival.observe(m_net, m_a, chainTip('a', 102), true);
        QCOMPARE(arrival.stats(m_a)->lastLagMs, std::optional<qint64>(3000));
        arrival.observe(m_net, m_b, chainTip('a', 103), true);
        QVERIFY(!arrival.stats(m_b)->forked);
        // A server that reorganises onto another block at a height others agree on is marked there.
        arrival.observe(m_net, m_b, tipOf(102, blockHash('b', 102), blockHash('a', 101)), true);
        QVERIFY(arrival.stats(m_b)->forked);
        arrival.forgetTip(m_b);
        QVERIFY(!arrival.stats(m_b)->forked);
    }

    void eachMarkIsToldOnceWhenItComesAndGoes()
    {
        ManualClock clock;
        BlockArrival arrival(clock);
        QSignalSpy changes(&arrival, &BlockArrival::forkChanged);
        arrival.observe(m_net, m_a, chainTip('a', 101), true);
        arrival.observe(m_net, m_b, chainTip('a', 101), true);
        QCOMPARE(changes.size(), 0); // a new height, then shared: never marked
        // c's own block at 101: c is marked, with its tip.
        arrival.observe(m_net, m_c, tipOf(101, blockHash('c', 101), blockHash('a', 100)), true);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).value<ServerAddress>(), m_c);
        QCOMPARE(changes.at(0).at(1).toString(), m_net);
        QCOMPARE(changes.at(0).at(2).toBool(), true);
        QCOMPARE(changes.at(0).at(3).toInt(), 101);
        QCOMPARE(changes.at(0).at(4).toString(), blockHash('c', 101));
        // The same tip again: no news.
        arrival.observe(m_net, m_c, tipOf(101, blockHash('c', 101), blockHash('a', 100)), false);
        QCOMPARE(changes.size(), 1);
        // b leaves a's block for c's: now a is the one alone there (a's mark), c is not any more.
        arrival.observe(m_net, m_b, tipOf(101, blockHash('c', 101), blockHash('a', 100)), true);
        QCOMPARE(changes.size(), 3);
        QSet<QString> told;
        for (int i = 1; i < 3; ++i)
            told.insert(changes.at(i).at(0).value<ServerAddress>().host() +
                        (changes.at(i).at(2).toBool() ? u'+' : u'-'));
        QCOMPARE(told, (QSet<QString>{u"a.example.org+"_s, u"c.example.org-"_s}));
        // a is no longer followed: its mark goes with its tip.
        arrival.forgetTip(m_a);
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.at(3).at(0).value<ServerAddress>(), m_a);
        QCOMPARE(changes.at(3).at(2).toBool(), false);
    }

    void networksNeverMeet()
    {
        ManualClock clock;
        BlockArrival arrival(clock);
        arrival.observe(u"mainnet"_s, m_a, chainTip('a', 101), true);
        arrival.observe(u"testnet"_s, m_b, chainTip('b', 101), true);
        arrival.observe(u"testnet"_s, m_c, chainTip('b', 101), true);
        QVERIFY(!arrival.stats(m_a)->forked);
        QVERIFY(!arrival.stats(m_b)->forked);
        QCOMPARE(arrival.stats(m_a)->lastLagMs, std::optional<qint64>(0));
        // A server without a known network is left out, and so is an invalid address.
        arrival.observe(QString(), address(u"d.example.org:50002:s"_s), chainTip('a', 101), true);
        arrival.observe(m_net, ServerAddress(), chainTip('a', 101), true);
        QCOMPARE(arrival.servers().size(), 3);
    }

    void onlyTheHighestHeightsAndTheNewestSamplesAreKept()
    {
        ManualClock clock;
        BlockArrivalOptions options;
        options.maxHeights = 3;
        options.maxSamplesPerServer = 2;
        BlockArrival arrival(clock, options);
        for (int height = 1; height <= 5; ++height) {
            arrival.observe(m_net, m_a, chainTip('a', height), true);
            clock.advance(1s);
        }
        QCOMPARE(arrival.samples(m_a).size(), 2);
        QCOMPARE(arrival.samples(m_a).first().height, 4);
        // Height 1 is forgotten (kept: 3, 4, 5 and their parents' heights are below): no first time, no sample.
        arrival.observe(m_net, m_b, chainTip('a', 1), true);
        QVERIFY(!arrival.stats(m_b)->lastLagMs);
        // Height 4 is kept: b is 2 s behind a there.
        arrival.observe(m_net, m_b, chainTip('a', 4), true);
        QCOMPARE(arrival.stats(m_b)->lastLagMs, std::optional<qint64>(2000));
    }
    void samplesOfTheLastSevenDaysSurviveARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ManualClock clock;
        BlockArrivalOptions options;
        options.filePath = dir.filePath(u"block-arrival.jsonl"_s);
        {
            BlockArrival arrival(clock, options);
            QCOMPARE(arrival.load().valueOr(-1), 0); // no file yet
            arrival.observe(m_net, m_a, chainTip('a', 100), true);
            clock.advance(300ms);
            arrival.observe(m_net, m_b, chainTip('a', 100), true);
            clock.advance(24h * 7);
            arrival.observe(m_net, m_a, chainTip('a', 101), true);
            clock.advance(700ms);
            arrival.observe(m_net, m_b, chainTip('a', 101), true);
        }
        QFile file(options.filePath);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"server\":\"torn"); // a crash mid-line
        file.close();
        QCOMPARE(QFile::permissions(options.filePath) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        BlockArrival again(clock, options);
        // The first block's samples are past the 7 days now; the torn line is skipped.
        QCOMPARE(again.load().valueOr(-1), 2);
        QCOMPARE(again.stats(m_b)->lastLagMs, std::optional<qint64>(700));
        QCOMPARE(again.stats(m_b)->lastHeight, 101);
        QCOMPARE(again.stats(m_b)->network, m_net);
        QCOMPARE(again.stats(m_b)->day.p95Ms, std::optional<qint64>(700));
        QCOMPARE(again.samples(m_a).size(), 1);
        // The file was rewritten with what was kept.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2);
    }
};

QTEST_GUILESS_MAIN(TestBlockArrival)
#include "tst_blockarrival.moc"
