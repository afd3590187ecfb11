// A small chart of a server's last week of checks: latency of the successful ones as a line, failures marked. The
// same chart shows a followed server's block arrival lags (Measure::ArrivalLag).
#pragma once

#include "health/HealthHistory.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QWidget>
#include <chrono>
#include <functional>
#include <optional>

class QPalette;

namespace btcw {

inline constexpr std::chrono::seconds kChartSpan = std::chrono::hours(24 * 7);

// Uptime and latency of a server's records over the windows the details pane shows.
struct HistoryFigures
{
    int checks24h = 0;
    int checks7d = 0;
    std::optional<double> uptime24h; // 0–100; nullopt without a check in the window
    std::optional<double> uptime7d;
    LatencyStats latency7d; // successful checks with a measured latency
};

// uptimeOf and latencyOf (health/HealthHistory.h) over the windows the details pane shows.
HistoryFigures historyFigures(const QList<HealthRecord>& records, const QDateTime& now);
// "96 %" or "99.5 %": whole numbers without decimals.
QString uptimeText(double percent);

// One record placed on the chart.
struct ChartMark
{
    enum Kind
    {
        Latency,   // a successful check with a latency: `point` is its value
        NoLatency, // a successful check that measured no latency: `point` is on the baseline
        Failed,    // a failed check: `point` is on the baseline, drawn as a bar over the plot's height
    };
    Kind kind = Latency;
    QPointF point;
    qint64 latencyMs = -1;
    QDateTime checkedAt;
};

struct ChartLayout
{
    qint64 maxMs = 0;       // the largest latency shown: the top of the plot (0 without latency marks)
    QList<ChartMark> marks; // oldest first; records outside the span are left out
};

// Places records in `plot`: time runs left to right over [now - span, now] (now on the right edge), latency from
// the bottom (0 ms) to the top (the largest latency in the span). Pure, so tests check positions without pixels.
ChartLayout layoutHealthChart(const QList<HealthRecord>& records, const QDateTime& now, const QRectF& plot,
                              std::chrono::seconds span = kChartSpan);

// Block arrival samples as records for a Measure::ArrivalLag chart: each a successful record at its time, with its lag.
template <typename Samples> QList<HealthRecord> arrivalRecords(const Samples& samples)
{
    QList<HealthRecord> records;
    records.reserve(samples.size());
    for (const auto& sample : samples) {
        HealthRecord r;
        r.checkedAt = sample.at;
        r.ok = true;
        r.latencyMs = sample.lagMs;
        r.height = sample.height;
        records.append(r);
    }
    return records;
}

class HealthHistoryChart : public QWidget
{
    Q_OBJECT
public:
    // What a record's latencyMs is: a check's ping, or how long after the first followed server a block was
    // announced (one successful record per block; see arrivalRecords).
    enum class Measure
    {
        CheckLatency,
        ArrivalLag,
    };

    explicit HealthHistoryChart(QWidget* parent = nullptr, Measure measure = Measure::CheckLatency);
    Measure measure() const { return m_measure; }

    // The server's records (any order); the chart shows those of the last 7 days.
    void setRecords(const QList<HealthRecord>& records);
    const QList<HealthRecord>& records() const { return m_records; }
    // Injected clock (tests); default QDateTime::currentDateTimeUtc.
    void setClock(std::function<QDateTime()> now);

    // "7 days: 96 % up, median 84 ms" ("7 days: 12 blocks, median 120 ms, p90 800 ms after the first server" for
    // arrival lags), or the empty state's text; also the tooltip and accessible description.
    QString summary() const;
    // Where the marks are drawn, inside the widget's rectangle.
    QRectF plotRect() const;
    ChartLayout currentLayout() const;

    // The tone for failures: a red of the palette's lightness, so it reads on light and dark themes alike. Qt has
    // no palette role for "bad", and a fixed colour would vanish on one of them.
    static QColor badColor(const QPalette& palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QDateTime now() const;
    void updateDescription();

    Measure m_measure;
    QList<HealthRecord> m_records;
    std::function<QDateTime()> m_now;
};

} // namespace btcw
