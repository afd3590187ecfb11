// The details pane's health section (stages, uptime, latency, provenance) and the history chart's geometry.
#include "Engine.h"
#include "monitor/BlockArrival.h"
#include "net/CertificatePinStore.h"
#include "widgets/HealthHistoryChart.h"
#include "widgets/ServerDetailsPane.h"

#include <QImage>
#include <QLocale>
#include <QPixmap>
#include <QTest>
#include <QTimeZone>

using namespace btcw;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());

ServerAddress address(const QString& host)
{
    return *ServerAddress::create(host, 50002, Transport::Tls);
}

ServerEntry entry(const QString& host)
{
    ServerEntry e;
    e.host = host;
    e.tlsPort = 50002;
    e.source = QStringLiteral("user");
    return e;
}

HealthRecord record(const QDateTime& at, bool ok, qint64 latencyMs = -1)
{
    HealthRecord r;
    r.server = address(QStringLiteral("a.example.org"));
    r.checkedAt = at;
    r.ok = ok;
    r.latencyMs = latencyMs;
    r.verdict = ok ? QStringLiteral("ok") : QStringLiteral("connect: refused");
    r.failedStage = ok ? QString() : QStringLiteral("connect");
    return r;
}

StageReport stage(QLatin1String name, bool ok, qint64 ms, const QString& message)
{
    return StageReport{QString(name), ok, ms, message};
}

EngineOptions noTor()
{
    EngineOptions options;
    options.tor.enabled = false;
    return options;
}

struct Fixture
{
    Engine engine{noTor()}; // the pane asks through its query service, as in the window
    ServerDetailsPane pane{engine.queries(), engine.pins()};

    Fixture()
    {
        pane.setClock([] { return kNow; });
        pane.resize(500, 700);
    }
};

} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT
private slots:
    void failedReportListsEveryStageWithItsTimeAndTheFailingStagesMessage();
    void healthyReportNamesEveryStageAndThePinState();
    void uptimeAndLatencyAreComputedFromTheGivenRecords();
    void historyFiguresCountOnlyRecordsInsideEachWindow();
    void afterARestartTheLastFailedCheckComesFromTheHistory();
    void provenanceNamesTheDiscovererAndEveryAnnouncer();
    void showingAnotherServerClearsItsHealth();
    void chartPutsTheNewestRecordAtTheRightAndHigherLatencyHigher();
    void chartSummaryIsTheTooltipAndTheAccessibleDescription();
    void chartBadToneContrastsWithLightAndDarkWindows();
    void chartRendersEmptyOneAndAThousandRecords();
    void chartPaintsAFailureInTheBadTone();
    void arrivalChartShowsAFollowedServersLagsOnly();
};

void TestDetailsPane::failedReportListsEveryStageWithItsTimeAndTheFailingStagesMessage()
{
    Fixture f;
    f.pane.showServer(entry(QStringLiteral("a.example.org")));
    HealthReport r;
    r.server = address(QStringLiteral("a.example.org"));
    r.checkedAt = kNow.addSecs(-60);
    r.ok = false;
    r.failedStage = QString(healthstage::Features);
    r.error.message = QStringLiteral("genesis is testnet's, expected mainnet");
    r.stages = {stage(healthstage::Connect, true, 12, QStringLiteral("connected")),
                stage(healthstage::Tls, true, 31, QStringLiteral("certificate matches")),
                stage(healthstage::Version, true, 7, QStringLiteral("protocol 1.4")),
                stage(healthstage::Features, false, 9, QStringLiteral("genesis is testnet's, expected mainnet"))};
    r.pinState = QStringLiteral("match");
    r.notes = {QStringLiteral("the address is not among the listed hosts")};
    f.pane.setHealth(r, {}, {});

    const QString text = f.pane.plainText();
    QVERIFY2(text.contains(QStringLiteral("Failed at Features: genesis is testnet's, expected mainnet")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\u2713 Connect (12 ms): connected")));
    QVERIFY(text.contains(QStringLiteral("\u2713 TLS handshake (31 ms): certificate matches")));
    QVERIFY(text.contains(QStringLiteral("\u2713 Version (7 ms): protocol 1.4")));
    QVERIFY(text.contains(QStringLiteral("\u2717 Features (9 ms): genesis is testnet's, expected mainnet")));
    QVERIFY(!text.contains(QStringLiteral("Tip (")));
    QVERIFY(text.contains(QStringLiteral("Certificate: matches the pinned certificate")));
    QVERIFY(text.contains(QStringLiteral("Note: the address is not among the listed hosts")));
    QVERIFY(!text.contains(QStringLiteral("Healthy")));
}

void TestDetailsPane::healthyReportNamesEveryStageAndThePinState()
{
    Fixture f;
    f.pane.showServer(entry(QStringLiteral("a.example.org")));
    HealthReport r;
    r.ok = true;
    r.totalMs = 140;
    r.height = 850123;
    r.tipHash = QStringLiteral("00000000000000000001abcdef");
    r.pinState = QStringLiteral("first-use");
    const QList<QLatin1String> names = {healthstage::Connect,  healthstage::Tls, healthstage::Version,
                                        healthstage::Features, healthstage::Tip, healthstage::Header,
                                        healthstage::Ping};
    for (qsizetype i = 0; i < names.size(); ++i)
        r.stages << stage(names.at(i), true, 10 + i, QStringLiteral("fine %1").arg(i));
    f.pane.setHealth(r, {}, {});

    const QString text = f.pane.plainText();
    QVERIFY2(text.contains(QStringLiteral("Healthy: every stage passed in 140 ms.")), qPrintable(text));
    const QStringList labels = {QStringLiteral("Connect"),  QStringLiteral("TLS handshake"), QStringLiteral("Version"),
                                QStringLiteral("Features"), QStringLiteral("Tip"),           QStringLiteral("Header"),
                                QStringLiteral("Ping")};
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString line = QStringLiteral("\u2713 %1 (%2 ms): fine %3").arg(labels.at(i)).arg(10 + i).arg(i);
        QVERIFY2(text.contains(line), qPrintable(line));
    }
    QVERIFY(!text.contains(QStringLiteral("\u2717")));
    QVERIFY(text.contains(QStringLiteral("Certificate: trusted on first use")));
    QVERIFY(text.contains(QStringLiteral("00000000000000000001abcdef")));
}

void TestDetailsPane::uptimeAndLatencyAreComputedFromTheGivenRecords()
{
    Fixture f;
    f.pane.showServer(entry(QStringLiteral("a.example.org")));
    // Last 24 h: 3 of 4 up. Three days ago: one more failure. Older than a week and in the future: not counted.
    const QList<HealthRecord> history = {
        record(kNow.addDays(-9), false),
        record(kNow.addDays(-3), false),
        record(kNow.addSecs(-4 * 3600), true, 100),
        record(kNow.addSecs(-3 * 3600), false),
        record(kNow.addSecs(-2 * 3600), true, 80),
        record(kNow.addSecs(-3600), true, 120),
        record(kNow.addSecs(3600), false),
    };
    f.pane.setHealth(std::nullopt, history, {});

    const QString text = f.pane.plainText();
    // No live report (as after a restart), yet the history has checks: the newest one up to now is shown.
    QVERIFY2(!text.contains(QStringLiteral("Not checked yet.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Last check: healthy, 120 ms")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Uptime 24 h: 75 %, checks: 4")));
    QVERIFY(text.contains(QStringLiteral("Uptime 7 d: 60 %, checks: 5")));
    QVERIFY(text.contains(QStringLiteral("Latency 7 d: median 100 ms, p90 120 ms")));
    QCOMPARE(f.pane.historyChart()->records().size(), history.size());

    f.pane.setHealth(std::nullopt, {}, {});
    QVERIFY(f.pane.plainText().contains(QStringLiteral("Not checked yet.")));
    QVERIFY(f.pane.plainText().contains(QStringLiteral("Uptime 24 h: no checks")));
    QVERIFY(f.pane.plainText().contains(QStringLiteral("Latency 7 d: not measured")));
}

void TestDetailsPane::afterARestartTheLastFailedCheckComesFromTheHistory()
{
    Fixture f;
    f.pane.showServer(entry(QStringLiteral("a.example.org")));
    f.pane.setHealth(std::nullopt, {record(kNow.addSecs(-7200), true, 90), record(kNow.addSecs(-60), false)}, {});
    const QString text = f.pane.plainText();
    QVERIFY2(text.contains(QStringLiteral("Last check: failed at Connect: refused")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Not checked yet.")));
    QVERIFY(!text.contains(QStringLiteral("healthy, 90 ms")));
}

void TestDetailsPane::historyFiguresCountOnlyRecordsInsideEachWindow()
{
    const QList<HealthRecord> history = {
        record(kNow.addDays(-8), true, 999),
        record(kNow.addDays(-2), true, 40),
        record(kNow.addSecs(-600), true, 10),
        record(kNow.addSecs(-300), false),
        record(kNow, true, 30),
    };
    const HistoryFigures fig = historyFigures(history, kNow);
    QCOMPARE(fig.checks24h, 3);
    QCOMPARE(fig.checks7d, 4);
    QVERIFY(fig.uptime24h);
    QVERIFY(qFuzzyCompare(*fig.uptime24h, 200.0 / 3.0));
    QCOMPARE(*fig.uptime7d, 75.0);
    QCOMPARE(fig.latency7d.samples, 3);
    QCOMPARE(fig.latency7d.medianMs, 30);
    QCOMPARE(fig.latency7d.p90Ms, 40);
    QCOMPARE(fig.latency7d.maxMs, 40); // the 999 ms of eight days ago is outside
    QCOMPARE(uptimeText(*fig.uptime24h), QLocale().toString(66.7, 'f', 1) + QStringLiteral(" %"));
    QVERIFY(!uptimeOf({}, kNow, 24h));
    QCOMPARE(latencyOf({}, kNow, 24h).medianMs, -1);
}

void TestDetailsPane::provenanceNamesTheDiscovererAndEveryAnnouncer()
{
    Fixture f;
    ServerEntry e = entry(QStringLiteral("peer.example.org"));
    e.source = QStringLiteral("peer");
    e.announcedBy = QStringLiteral("seed.example.org:50002:s");
    e.discoveredAt = kNow.addDays(-2);
    f.pane.showServer(e);
    PeerProvenance first{address(QStringLiteral("seed.example.org")),
                         kNow.addDays(-2),
                         QStringLiteral("192.0.2.1"),
                         {QStringLiteral("s50002")}};
    PeerProvenance second{address(QStringLiteral("other.example.net")),
                          kNow.addDays(-1),
                          QStringLiteral("192.0.2.1"),
                          {QStringLiteral("s50002")}};
    f.pane.setHealth(std::nullopt, {}, {first, second});

    const QString text = f.pane.plainText();
    const QString date = QLocale().toString(e.discoveredAt.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(text.contains(QStringLiteral("Discovered from seed.example.org:50002:s on %1").arg(date)),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Announced by seed.example.org:50002:s on %1").arg(date)));
    QVERIFY(text.contains(QStringLiteral("Announced by other.example.net:50002:s on %1")
                              .arg(QLocale().toString(second.announcedAt.toLocalTime(), QLocale::ShortFormat))));

    // A server the user added has no provenance section.
    f.pane.showServer(entry(QStringLiteral("mine.example.org")));
    QVERIFY(!f.pane.plainText().contains(QStringLiteral("Provenance")));
}

void TestDetailsPane::showingAnotherServerClearsItsHealth()
{
    Fixture f;
    f.pane.showServer(entry(QStringLiteral("a.example.org")));
    HealthReport r;
    r.ok = true;
    r.totalMs = 5;
    f.pane.setHealth(r, {record(kNow.addSecs(-60), true, 50)}, {});
    QVERIFY(f.pane.plainText().contains(QStringLiteral("Healthy")));
    QCOMPARE(f.pane.historyChart()->records().size(), 1);

    f.pane.showServer(entry(QStringLiteral("a.example.org"))); // the same server again keeps it
    QVERIFY(f.pane.plainText().contains(QStringLiteral("Healthy")));

    f.pane.showServer(entry(QStringLiteral("b.example.org")));
    QVERIFY(!f.pane.plainText().contains(QStringLiteral("Healthy")));
    QVERIFY(f.pane.plainText().contains(QStringLiteral("Not checked yet.")));
    QVERIFY(f.pane.historyChart()->records().isEmpty());
}

void TestDetailsPane::chartPutsTheNewestRecordAtTheRightAndHigherLatencyHigher()
{
    const QRectF plot(10, 20, 300, 80);
    const QList<HealthRecord> history = {
        record(kNow, true, 100), // out of order on purpose
        record(kNow.addDays(-8), true, 5000),
        record(kNow.addDays(-6), true, 50),
        record(kNow.addDays(-1), false),
        record(kNow.addSecs(-3600), true, 200),
        record(kNow.addSecs(-1800), true),
    };
    const ChartLayout layout = layoutHealthChart(history, kNow, plot);
    QCOMPARE(layout.maxMs, 200); // the week's largest; the 5000 ms of eight days ago is not shown
    QCOMPARE(layout.marks.size(), 5);
    for (qsizetype i = 1; i < layout.marks.size(); ++i)
        QVERIFY(layout.marks.at(i - 1).point.x() < layout.marks.at(i).point.x());

    const ChartMark& oldest = layout.marks.constFirst();
    QCOMPARE(oldest.latencyMs, 50);
    QVERIFY(qFuzzyCompare(oldest.point.x(), plot.left() + plot.width() / 7.0));
    QVERIFY(qFuzzyCompare(oldest.point.y(), plot.bottom() - plot.height() / 4.0));

    const ChartMark& failed = layout.marks.at(1);
    QCOMPARE(failed.kind, ChartMark::Failed);
    QVERIFY(qFuzzyCompare(failed.point.x(), plot.left() + plot.width() * 6.0 / 7.0));
    QCOMPARE(failed.point.y(), plot.bottom());

    const ChartMark& slowest = layout.marks.at(2);
    QCOMPARE(slowest.kind, ChartMark::Latency);
    QCOMPARE(slowest.point.y(), plot.top());
    QCOMPARE(layout.marks.at(3).kind, ChartMark::NoLatency);

    const ChartMark& newest = layout.marks.constLast();
    QCOMPARE(newest.checkedAt, kNow);
    QCOMPARE(newest.point.x(), plot.right());
    QVERIFY(newest.point.y() > slowest.point.y()); // 100 ms is lower than 200 ms
    QVERIFY(newest.point.y() < oldest.point.y());  // and higher than 50 ms
    QVERIFY(qFuzzyCompare(newest.point.y(), plot.top() + plot.height() / 2.0));

    QVERIFY(layoutHealthChart({}, kNow, plot).marks.isEmpty());
}

void TestDetailsPane::chartSummaryIsTheTooltipAndTheAccessibleDescription()
{
    HealthHistoryChart chart;
    chart.setClock([] { return kNow; });
    QCOMPARE(chart.summary(), QStringLiteral("No checks yet"));
    QCOMPARE(chart.toolTip(), chart.summary());
    QVERIFY(!chart.accessibleName().isEmpty());

    chart.setRecords({record(kNow.addDays(-2), true, 84), record(kNow.addDays(-1), true, 90),
                      record(kNow.addSecs(-60), false), record(kNow.addSecs(-30), true, 60)});
    QCOMPARE(chart.summary(), QStringLiteral("7 days: 75 % up, median 84 ms"));
    QCOMPARE(chart.toolTip(), chart.summary());
    QCOMPARE(chart.accessibleDescription(), chart.summary());

    chart.setRecords({record(kNow.addDays(-10), true, 84)});
    QCOMPARE(chart.summary(), QStringLiteral("No checks in the last 7 days"));
    QVERIFY(chart.sizeHint().width() >= 300 && chart.sizeHint().height() >= 80);
}

void TestDetailsPane::chartBadToneContrastsWithLightAndDarkWindows()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    const QColor onLight = HealthHistoryChart::badColor(light);
    const QColor onDark = HealthHistoryChart::badColor(dark);
    QVERIFY(onLight.lightnessF() < 0.5);
    QVERIFY(onDark.lightnessF() > 0.5);
    QVERIFY(onLight.red() > onLight.green() && onDark.red() > onDark.green());
}

void TestDetailsPane::chartRendersEmptyOneAndAThousandRecords()
{
    HealthHistoryChart chart;
    chart.setClock([] { return kNow; });
    chart.resize(chart.sizeHint());
    const QImage empty = chart.grab().toImage();
    QVERIFY(!empty.isNull());

    chart.setRecords({record(kNow.addSecs(-60), true, 70)});
    const QImage one = chart.grab().toImage();
    QVERIFY(!one.isNull());
    QVERIFY(one != empty);

    QList<HealthRecord> many;
    for (int i = 0; i < 1000; ++i)
        many << record(kNow.addSecs(-i * 600), i % 17 != 0, 40 + (i * 37) % 200);
    chart.setRecords(many);
    QCOMPARE(chart.currentLayout().marks.size(), 1000);
    QVERIFY(!chart.grab().isNull());
    chart.resize(900, 160); // larger and tiny sizes paint too
    QVERIFY(!chart.grab().isNull());
    chart.resize(20, 10);
    QVERIFY(!chart.grab().isNull());
}

void TestDetailsPane::chartPaintsAFailureInTheBadTone()
{
    HealthHistoryChart chart;
    chart.setClock([] { return kNow; });
    chart.resize(360, 110);
    chart.setRecords({record(kNow.addDays(-3), false)});
    const ChartLayout layout = chart.currentLayout();
    QCOMPARE(layout.marks.size(), 1);
    const QPointF at(layout.marks.constFirst().point.x(), chart.plotRect().center().y());
    const QImage image = chart.grab().toImage();
    const QColor painted = image.pixelColor(at.toPoint());
    const QColor bad = HealthHistoryChart::badColor(chart.palette());
    // Drawn with some transparency over the window: close to the tone, clearly red.
    QVERIFY2(painted.red() > painted.green() + 40, qPrintable(painted.name()));
    QVERIFY2(std::abs(painted.hslHue() - bad.hslHue()) < 10 || painted.hslHue() > 350, qPrintable(painted.name()));
}

void TestDetailsPane::arrivalChartShowsAFollowedServersLagsOnly()
{
    Fixture f;
    f.pane.show();
    f.pane.showServer(entry(QStringLiteral("a.example.org")));
    QVERIFY(f.pane.historyChart()->isVisible());
    QVERIFY(!f.pane.arrivalChart()->isVisible()); // not followed: no lags, no chart
    QCOMPARE(f.pane.arrivalChart()->summary(), QStringLiteral("No block timed yet"));

    // Three blocks of the last week and one older: lags 0, 120 and 800 ms shown, at their times.
    const QList<ArrivalSample> samples = {{kNow.addDays(-9), 90, 5000},
                                          {kNow.addDays(-3), 100, 0},
                                          {kNow.addSecs(-1200), 101, 800},
                                          {kNow.addSecs(-600), 102, 120}};
    f.pane.setArrivalRecords(arrivalRecords(samples));
    QVERIFY(f.pane.arrivalChart()->isVisible());
    QCOMPARE(f.pane.arrivalChart()->measure(), HealthHistoryChart::Measure::ArrivalLag);
    // Untranslated here: "block(s)" (the English translation says "blocks"; tst_englishplurals checks it).
    QCOMPARE(f.pane.arrivalChart()->summary(),
             QStringLiteral("7 days: 3 block(s), median 120 ms, p90 800 ms after the first server"));
    QCOMPARE(f.pane.arrivalChart()->toolTip(), f.pane.arrivalChart()->summary());
    const ChartLayout layout = f.pane.arrivalChart()->currentLayout();
    QCOMPARE(layout.maxMs, 800);
    QCOMPARE(layout.marks.size(), 3);
    QCOMPARE(layout.marks.constLast().latencyMs, 120);
    QCOMPARE(layout.marks.constFirst().point.y(), f.pane.arrivalChart()->plotRect().bottom()); // 0 ms: the baseline

    // Another server: its own lags or none.
    f.pane.showServer(entry(QStringLiteral("b.example.org")));
    QVERIFY(!f.pane.arrivalChart()->isVisible());
    QVERIFY(f.pane.arrivalChart()->records().isEmpty());
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
