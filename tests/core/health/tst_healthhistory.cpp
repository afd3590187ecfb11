#include "Clock.h"
#include "health/HealthHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace btcw;
using namespace std::chrono_literals;

namespace {

const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-11-02T12:00:00Z"), Qt::ISODate);

ServerAddress address(const char* text)
{
    return ServerAddress::parse(QString::fromLatin1(text)).value();
}

HealthReport report(const ServerAddress& server, const QDateTime& at, bool ok, qint64 latencyMs = 42, int height = 100)
{
    HealthReport r;
    r.server = server;
    r.checkedAt = at;
    r.ok = ok;
    r.height = ok ? height : -1;
    r.latencyMs = ok ? latencyMs : -1;
    if (!ok) {
        r.failedStage = QStringLiteral("connect");
        r.error = Error::make(ErrorKind::ConnectionRefused, QStringLiteral("connection refused"));
        r.stages << StageReport{QStringLiteral("connect"), false, 3, QStringLiteral("connection refused")};
    }
    return r;
}

// A clock the test moves by hand, starting at kStart.
ManualClock startClock()
{
    ManualClock clock;
    clock.setUtcNow(kStart);
    return clock;
}

QList<QByteArray> fileLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestHealthHistory : public QObject
{
    Q_OBJECT
private slots:
    void failedRecordKeepsTheStageCodeAndTheErrorKind()
    {
        // The window words a remembered failure in the user's language from these, not from the English verdict.
        HealthReport r = report(address("slow.example.org:50002:s"), kStart, false);
        r.failedStage = QStringLiteral("version");
        r.error = Error::make(ErrorKind::Timeout, QStringLiteral("The check ran out of its 2 s budget."));
        r.stages = {StageReport{QStringLiteral("connect"), true, 3, QStringLiteral("connected"),
                                MessageCode{QStringLiteral("check.connected"), {}}},
                    StageReport{QStringLiteral("version"), false, 2000,
                                QStringLiteral("no answer within the 2 s budget"),
                                MessageCode{QStringLiteral("check.budget"), {QStringLiteral("2")}}}};
        const HealthRecord record = HealthRecord::fromReport(r);
        QCOMPARE(record.why, (MessageCode{QStringLiteral("check.budget"), {QStringLiteral("2")}}));
        QCOMPARE(record.errorKind, QStringLiteral("timeout"));
        QCOMPARE(record.verdict, QStringLiteral("version: no answer within the 2 s budget")); // the API's English
        const auto back = HealthRecord::fromJson(record.toJson());
        QVERIFY(back);
        QCOMPARE(back->why, record.why);
        QCOMPARE(back->errorKind, record.errorKind);
        // A record written before codes has neither; a passed check stores neither.
        QJsonObject old = record.toJson();
        old.remove(QStringLiteral("why"));
        old.remove(QStringLiteral("errorKind"));
        QVERIFY(HealthRecord::fromJson(old)->why.isEmpty());
        const QJsonObject passed =
            HealthRecord::fromReport(report(address("ok.example.org:50002:s"), kStart, true)).toJson();
        QVERIFY(!passed.contains(QStringLiteral("why")));
        QVERIFY(!passed.contains(QStringLiteral("errorKind")));
    }
    void recordsSurviveAReloadInANewInstance()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(HealthHistory::defaultFileName());
        ManualClock clock = startClock();
        const ServerAddress a = address("electrum.example.org:50002:s");
        const ServerAddress b = address("[2001:db8::1]:50001:t");
        {
            HealthHistory history({path, 24h * 30, 1000, 1 << 20, &clock});
            QVERIFY(history.load());
            QVERIFY(history.record(report(a, kStart.addSecs(-120), true, 35, 900)));
            QVERIFY(history.record(report(b, kStart.addSecs(-60), false)));
            QVERIFY(history.record(report(a, kStart, true, 41, 901)));
            QCOMPARE(fileLines(path).size(), 3); // flushed per record, before the instance goes away
        }
        HealthHistory again({path, 24h * 30, 1000, 1 << 20, &clock});
        const auto loaded = again.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->loaded, 3);
        QCOMPARE(loaded->skippedLines, 0);
        QVERIFY(!loaded->compacted);
        QCOMPARE(again.recordCount(), 3);

        const QList<HealthRecord> ha = again.history(a);
        QCOMPARE(ha.size(), 2);
        QCOMPARE(ha.at(0).checkedAt, kStart.addSecs(-120));
        QCOMPARE(ha.at(0).latencyMs, qint64(35));
        QCOMPARE(ha.at(0).height, 900);
        QVERIFY(ha.at(0).ok);
        QCOMPARE(ha.at(0).verdict, QStringLiteral("ok"));
        QCOMPARE(again.lastReport(a)->height, 901);

        const auto lb = again.lastReport(b);
        QVERIFY(lb);
        QVERIFY(!lb->ok);
        QCOMPARE(lb->server, b);
        QCOMPARE(lb->failedStage, QStringLiteral("connect"));
        QCOMPARE(lb->verdict, QStringLiteral("connect: connection refused"));
        QCOMPARE(lb->latencyMs, qint64(-1));
        QVERIFY(!again.lastReport(address("other.example:50002:s")));

        QCOMPARE(again.history(a, kStart.addSecs(-60)).size(), 1); // "since" is inclusive of later ones only
    }

    void tornLastLineIsSkippedAndTheRestSurvives()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(HealthHistory::defaultFileName());
        ManualClock clock = startClock();
        const ServerAddress a = address("a.example:50002:s");
        {
            HealthHistory history({path, 24h * 30, 1000, 1 << 20, &clock});
            for (int i = 0; i < 3; ++i)
                QVERIFY(history.record(report(a, kStart.addSecs(i), true, 10 + i)));
        }
        // A crash in the middle of writing the fourth record.
        const QByteArray full = QJsonDocument(HealthRecord::fromReport(report(a, kStart.addSecs(3), true)).toJson())
                                    .toJson(QJsonDocument::Compact);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write(full.left(full.size() / 2));
        }

        // An instance that records before loading must not glue its line onto the torn one.
        {
            HealthHistory writer({path, 24h * 30, 1000, 1 << 20, &clock});
            QVERIFY(writer.record(report(a, kStart.addSecs(4), true, 99)));
        }

        HealthHistory history({path, 24h * 30, 1000, 1 << 20, &clock});
        const auto loaded = history.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->loaded, 4);
        QCOMPARE(loaded->skippedLines, 1);
        QCOMPARE(loaded->problems.size(), 1);
        QVERIFY2(loaded->problems.at(0).startsWith(QStringLiteral("line 4:")), qPrintable(loaded->problems.at(0)));
        QVERIFY(loaded->compacted);
        QCOMPARE(history.lastReport(a)->latencyMs, qint64(99));

        // The rewrite left only whole lines: the next load is clean.
        const QList<QByteArray> lines = fileLines(path);
        QCOMPARE(lines.size(), 4);
        for (const QByteArray& line : lines)
            QVERIFY(QJsonDocument::fromJson(line).isObject());
        HealthHistory clean({path, 24h * 30, 1000, 1 << 20, &clock});
        const auto second = clean.load();
        QVERIFY(second);
        QCOMPARE(second->loaded, 4);
        QCOMPARE(second->skippedLines, 0);
    }

    void damagedLinesInTheMiddleAreSkippedToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(HealthHistory::defaultFileName());
        const QByteArray good1 =
            QJsonDocument(HealthRecord::fromReport(report(address("a.example"), kStart, true)).toJson())
                .toJson(QJsonDocument::Compact);
        const QByteArray good2 =
            QJsonDocument(HealthRecord::fromReport(report(address("b.example"), kStart, false)).toJson())
                .toJson(QJsonDocument::Compact);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(good1 + "\n[1,2,3]\n{\"server\":\"no port here:x\",\"at\":\"2026-11-02T12:00:00Z\",\"ok\":true}\n" +
                "{\"server\":\"c.example\",\"ok\":true}\n\n" + good2 + "\n");
        f.close();
        ManualClock clock = startClock();
        HealthHistory history({path, 24h * 30, 1000, 1 << 20, &clock});
        const auto loaded = history.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->loaded, 2);
        QCOMPARE(loaded->skippedLines, 3);
        QCOMPARE(history.servers().size(), 2);
        QCOMPARE(fileLines(path).size(), 2);
    }

    void uptimeAndLatencyOverOneDayAndOneWeek()
    {
        ManualClock clock = startClock();
        HealthHistory history({{}, 24h * 30, 1000, 1 << 20, &clock});
        const ServerAddress s = address("s.example:50002:s");
        // Last 24 h: nine successes (10 … 90 ms) and one failure.
        for (int i = 0; i < 9; ++i)
            QVERIFY(history.record(report(s, kStart.addSecs(-3600 * (i + 1)), true, 10 * (i + 1))));
        QVERIFY(history.record(report(s, kStart.addSecs(-3600 * 20), false)));
        // Two to six days ago: ten failures and one slow success.
        for (int i = 0; i < 10; ++i)
            QVERIFY(history.record(report(s, kStart.addDays(-2).addSecs(-3600 * i), false)));
        QVERIFY(history.record(report(s, kStart.addDays(-6), true, 5000)));
        // Outside the week.
        QVERIFY(history.record(report(s, kStart.addDays(-8), true, 1)));

        QCOMPARE(history.uptimePercent(s, 24h).value(), 90.0);
        QCOMPARE(history.uptimePercent(s, 24h * 7).value(), 100.0 * 10 / 21);
        const LatencyStats day = history.latencyStats(s, 24h);
        QCOMPARE(day.samples, 9);
        QCOMPARE(day.medianMs, qint64(50));
        QCOMPARE(day.p90Ms, qint64(90));
        QCOMPARE(day.minMs, qint64(10));
        QCOMPARE(day.maxMs, qint64(90));
        const LatencyStats week = history.latencyStats(s, 24h * 7);
        QCOMPARE(week.samples, 10);
        QCOMPARE(week.medianMs, qint64(55)); // the mean of the middle two: 50 and 60
        QCOMPARE(week.p90Ms, qint64(90));    // rank 9 of 10
        QCOMPARE(week.maxMs, qint64(5000));

        // Time passes: the day's window moves with the clock.
        clock.setUtcNow(kStart.addSecs(3600 * 5)); // the check 1 h before kStart is now 6 h old, the next 7 h
        QCOMPARE(history.uptimePercent(s, 6h).value(), 100.0);
        QCOMPARE(history.latencyStats(s, 6h).samples, 1);
        QCOMPARE(history.latencyStats(s, 6h - 1s).samples, 0);
        QCOMPARE(history.latencyStats(s, 7h).medianMs, qint64(15));
        clock.setUtcNow(kStart);
        // A server never checked has no uptime at all (not 0 %).
        QVERIFY(!history.uptimePercent(address("never.example"), 24h));
        QCOMPARE(history.latencyStats(address("never.example"), 24h).medianMs, qint64(-1));
        // Checks "from the future" (the clock moved back) are left out of the window.
        QVERIFY(history.record(report(s, kStart.addSecs(600), false)));
        QCOMPARE(history.uptimePercent(s, 24h).value(), 90.0);
    }

    void loadDropsRecordsPastTheRetentionAndRewritesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/") + HealthHistory::defaultFileName());
        ManualClock clock = startClock();
        const ServerAddress s = address("s.example:50002:s");
        {
            HealthHistory history({path, 24h * 30, 1000, 1 << 20, &clock});
            QVERIFY(history.record(report(s, kStart.addDays(-40), true)));
            QVERIFY(history.record(report(s, kStart.addDays(-31), true)));
            QVERIFY(history.record(report(s, kStart.addDays(-29), true)));
            QVERIFY(history.record(report(s, kStart.addDays(-1), false)));
        }
        QCOMPARE(fileLines(path).size(), 4);
        HealthHistory history({path, 24h * 30, 1000, 1 << 20, &clock});
        const auto loaded = history.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->droppedOld, 2);
        QCOMPARE(loaded->loaded, 2);
        QVERIFY(loaded->compacted);
        QCOMPARE(fileLines(path).size(), 2);
        QCOMPARE(history.history(s).constFirst().checkedAt, kStart.addDays(-29));
    }

    void aGrowingFileIsCompactedOnceItPassesItsLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(HealthHistory::defaultFileName());
        ManualClock clock = startClock();
        const ServerAddress s = address("s.example:50002:s");
        HealthHistory history({path, 1h, 1000, 2000, &clock});
        qint64 largest = 0;
        for (int i = 0; i < 60; ++i) {
            clock.setUtcNow(kStart.addSecs(i * 600)); // one check every 10 minutes for 10 hours
            QVERIFY(history.record(report(s, clock.utcNow(), true, i)));
            largest = std::max(largest, QFileInfo(path).size());
        }
        QVERIFY2(largest < 2000 + 200, qPrintable(QString::number(largest))); // one line past the limit at most
        QVERIFY(history.recordCount() < 60);
        const QList<HealthRecord> kept = history.history(s);
        QVERIFY(kept.size() >= 7); // the last hour is always there
        QCOMPARE(kept.constLast().latencyMs, qint64(59));
        HealthHistory reread({path, 1h, 1000, 2000, &clock});
        QVERIFY(reread.load());
        QVERIFY(reread.recordCount() <= history.recordCount());
        QVERIFY(reread.recordCount() >= 7);
    }

    void recordsPerServerAreCappedOldestFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(HealthHistory::defaultFileName());
        ManualClock clock = startClock();
        const ServerAddress s = address("s.example:50002:s");
        HealthHistory history({path, 24h * 30, 5, 1 << 20, &clock});
        for (int i = 0; i < 12; ++i)
            QVERIFY(history.record(report(s, kStart.addSecs(-1000 + i), true, i)));
        // One arriving out of order lands in its place (and, being oldest, is capped away).
        QVERIFY(history.record(report(s, kStart.addSecs(-5000), true, 500)));
        QVERIFY(history.record(report(s, kStart.addSecs(-992), true, 600)));
        const QList<HealthRecord> kept = history.history(s);
        QCOMPARE(kept.size(), 5);
        QList<qint64> latencies;
        for (const HealthRecord& r : kept)
            latencies << r.latencyMs;
        QCOMPARE(latencies, (QList<qint64>{8, 600, 9, 10, 11}));

        HealthHistory reread({path, 24h * 30, 5, 1 << 20, &clock});
        const auto loaded = reread.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->loaded, 5);
        QCOMPARE(loaded->droppedOld, 9);
        QCOMPARE(fileLines(path).size(), 5);
    }

    void aRecordNeedsAServerAndATime()
    {
        HealthHistory history;
        QVERIFY(!history.record(HealthRecord{}));
        HealthRecord noTime;
        noTime.server = address("a.example");
        QCOMPARE(history.record(noTime).error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(history.recordCount(), 0);
    }

    void anUnwritableFileIsAnErrorButTheRecordIsKept()
    {
        QTemporaryDir dir;
        // A directory where the file should be: opening it for writing fails.
        const QString path = dir.filePath(QStringLiteral("blocked"));
        QVERIFY(QDir().mkpath(path));
        HealthHistory history({path, 24h, 10, 1 << 20, {}});
        const Status s = history.record(report(address("a.example"), QDateTime::currentDateTimeUtc(), true));
        QVERIFY(!s);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(history.recordCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHealthHistory)
#include "tst_healthhistory.moc"
