#include "widgets/HealthHistoryChart.h"

#include "Tones.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <utility>

namespace btcw {

namespace {

bool inWindow(const HealthRecord& r, const QDateTime& since, const QDateTime& now)
{
    return r.checkedAt.isValid() && since <= r.checkedAt && r.checkedAt <= now;
}

// Beyond this gap between two successful checks the latency line is broken rather than drawn across it.
constexpr qint64 kLineBreakMs = 24 * 3600 * 1000;
// Above this many points the dots would merge into a smear: the line alone says enough.
constexpr int kMaxDots = 150;

} // namespace

HistoryFigures historyFigures(const QList<HealthRecord>& records, const QDateTime& now)
{
    using namespace std::chrono_literals;
    HistoryFigures f;
    const QDateTime since24h = now.addSecs(-std::chrono::seconds(24h).count());
    const QDateTime since7d = now.addSecs(-kChartSpan.count());
    for (const HealthRecord& r : records) {
        f.checks24h += inWindow(r, since24h, now) ? 1 : 0;
        f.checks7d += inWindow(r, since7d, now) ? 1 : 0;
    }
    f.uptime24h = uptimeOf(records, now, 24h);
    f.uptime7d = uptimeOf(records, now, kChartSpan);
    f.latency7d = latencyOf(records, now, kChartSpan);
    return f;
}

QString uptimeText(double percent)
{
    const bool whole = std::abs(percent - std::round(percent)) < 0.05;
    return QStringLiteral("%1 %").arg(QLocale().toString(percent, 'f', whole ? 0 : 1));
}

ChartLayout layoutHealthChart(const QList<HealthRecord>& records, const QDateTime& now, const QRectF& plot,
                              std::chrono::seconds span)
{
    ChartLayout layout;
    const QDateTime since = now.addSecs(-span.count());
    QList<HealthRecord> shown;
    for (const HealthRecord& r : records) {
        if (!inWindow(r, since, now))
            continue;
        shown << r;
        if (r.ok && r.latencyMs >= 0)
            layout.maxMs = std::max(layout.maxMs, r.latencyMs);
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [](const HealthRecord& a, const HealthRecord& b) { return a.checkedAt < b.checkedAt; });

    const double spanMs = double(std::max<qint64>(1, qint64(span.count()) * 1000));
    layout.marks.reserve(shown.size());
    for (const HealthRecord& r : shown) {
        ChartMark m;
        m.checkedAt = r.checkedAt;
        m.latencyMs = r.latencyMs;
        const double x = plot.left() + plot.width() * double(since.msecsTo(r.checkedAt)) / spanMs;
        double y = plot.bottom();
        if (!r.ok) {
            m.kind = ChartMark::Failed;
        } else if (r.latencyMs < 0) {
            m.kind = ChartMark::NoLatency;
        } else {
            m.kind = ChartMark::Latency;
            if (layout.maxMs > 0)
                y = plot.bottom() - plot.height() * double(r.latencyMs) / double(layout.maxMs);
        }
        m.point = QPointF(x, y);
        layout.marks << m;
    }
    return layout;
}

HealthHistoryChart::HealthHistoryChart(QWidget* parent, Measure measure) : QWidget(parent), m_measure(measure)
{
    setAccessibleName(measure == Measure::ArrivalLag ? tr("Block arrival lags of the last 7 days")
                                                     : tr("Health history of the last 7 days"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateDescription();
}

void HealthHistoryChart::setRecords(const QList<HealthRecord>& records)
{
    m_records = records;
    updateDescription();
    update();
}

void HealthHistoryChart::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    updateDescription();
    update();
}

QDateTime HealthHistoryChart::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

QString HealthHistoryChart::summary() const
{
    if (m_measure == Measure::ArrivalLag) {
        if (m_records.isEmpty())
            return tr("No block timed yet");
        const LatencyStats lags = latencyOf(m_records, now(), kChartSpan);
        if (lags.samples == 0)
            return tr("No block timed in the last 7 days");
        return tr("7 days: %n block(s), median %1 ms, p90 %2 ms after the first server", nullptr, lags.samples)
            .arg(QLocale().toString(lags.medianMs), QLocale().toString(lags.p90Ms));
    }
    if (m_records.isEmpty())
        return tr("No checks yet");
    const QDateTime at = now();
    const std::optional<double> uptime = uptimeOf(m_records, at, kChartSpan);
    if (!uptime)
        return tr("No checks in the last 7 days");
    const LatencyStats latency = latencyOf(m_records, at, kChartSpan);
    if (latency.samples == 0)
        return tr("7 days: %1 up, no latency measured").arg(uptimeText(*uptime));
    return tr("7 days: %1 up, median %2 ms").arg(uptimeText(*uptime), QLocale().toString(latency.medianMs));
}

void HealthHistoryChart::updateDescription()
{
    const QString text = summary();
    setToolTip(text);
    setAccessibleDescription(text);
}

QRectF HealthHistoryChart::plotRect() const
{
    // A line of small text above (the scale) and below (the time axis).
    const qreal line = fontMetrics().height();
    return QRectF(rect()).adjusted(4, line + 2, -4, -(line + 2));
}

ChartLayout HealthHistoryChart::currentLayout() const
{
    return layoutHealthChart(m_records, now(), plotRect());
}

QColor HealthHistoryChart::badColor(const QPalette& palette)
{
    return tones::bad(palette);
}

QSize HealthHistoryChart::sizeHint() const
{
    return {360, 110};
}

QSize HealthHistoryChart::minimumSizeHint() const
{
    return {120, 3 * fontMetrics().height() + 16};
}

void HealthHistoryChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void HealthHistoryChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor quiet = pal.color(QPalette::PlaceholderText);
    const QRectF plot = plotRect();

    if (m_records.isEmpty() || plot.width() < 2 || plot.height() < 2) {
        p.setPen(quiet);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, summary());
        return;
    }

    // Frame: the baseline, a dotted top line and one faint line per day.
    QColor grid = pal.color(QPalette::Mid);
    p.setPen(QPen(grid, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    grid.setAlphaF(0.35f);
    p.setPen(QPen(grid, 1, Qt::DotLine));
    p.drawLine(plot.topLeft(), plot.topRight());
    const int days = int(kChartSpan.count() / 86400);
    for (int d = 1; d < days; ++d) {
        const qreal x = plot.left() + plot.width() * d / days;
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() > 0 ? small.pointSizeF() * 0.9 : 8);
    p.setFont(small);
    p.setPen(quiet);
    const qreal line = fontMetrics().height();
    const QRectF below(plot.left(), plot.bottom() + 2, plot.width(), line);
    p.drawText(below, Qt::AlignLeft | Qt::AlignVCenter, tr("7 days ago"));
    p.drawText(below, Qt::AlignRight | Qt::AlignVCenter, tr("now"));

    const ChartLayout layout = layoutHealthChart(m_records, now(), plot);
    const QRectF above(plot.left(), plot.top() - line - 2, plot.width(), line);
    if (layout.maxMs > 0)
        p.drawText(above, Qt::AlignLeft | Qt::AlignVCenter, tr("%1 ms").arg(QLocale().toString(layout.maxMs)));
    // What is drawn, as two charts of the same look can sit one above the other.
    p.drawText(above, Qt::AlignRight | Qt::AlignVCenter,
               m_measure == Measure::ArrivalLag ? tr("Block arrival lag") : tr("Check latency"));
    if (layout.marks.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, summary());
        return;
    }

    // Failures first, as full-height bars behind the latency line.
    QColor bad = badColor(pal);
    bad.setAlphaF(0.55f);
    const qreal barWidth = std::max<qreal>(1.5, plot.width() / 500.0);
    for (const ChartMark& m : layout.marks) {
        if (m.kind == ChartMark::Failed)
            p.fillRect(QRectF(m.point.x() - barWidth / 2, plot.top(), barWidth, plot.height()), bad);
    }

    // Successful checks without a latency: a short tick on the baseline.
    p.setPen(QPen(pal.color(QPalette::Text), 1));
    for (const ChartMark& m : layout.marks) {
        if (m.kind == ChartMark::NoLatency)
            p.drawLine(m.point, m.point - QPointF(0, 4));
    }

    // The latency line, broken at failures and long gaps: it must not suggest the server answered in between.
    QList<QPolygonF> segments;
    QDateTime previous;
    bool broken = true;
    int dots = 0;
    for (const ChartMark& m : layout.marks) {
        if (m.kind == ChartMark::Failed)
            broken = true;
        if (m.kind != ChartMark::Latency)
            continue;
        ++dots;
        if (broken || previous.msecsTo(m.checkedAt) > kLineBreakMs)
            segments.append(QPolygonF());
        segments.last() << m.point;
        previous = m.checkedAt;
        broken = false;
    }
    const QColor lineColor = pal.color(QPalette::Highlight);
    p.setPen(QPen(lineColor, 1.5));
    p.setBrush(Qt::NoBrush);
    for (const QPolygonF& segment : std::as_const(segments))
        p.drawPolyline(segment);
    p.setBrush(lineColor);
    p.setPen(Qt::NoPen);
    for (const QPolygonF& segment : std::as_const(segments)) {
        // Every point when there are few; otherwise only those a line cannot show.
        if (dots <= kMaxDots || segment.size() == 1) {
            for (const QPointF& point : segment)
                p.drawEllipse(point, 2.0, 2.0);
        }
    }
}

} // namespace btcw
