// Writes metrics in the Prometheus text exposition format 0.0.4 or in OpenMetrics 1.0, whichever the scraper asked for.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <utility>

namespace btcw {

enum class MetricsFormat
{
    Prometheus, // text/plain; version=0.0.4
    OpenMetrics // application/openmetrics-text; version=1.0.0
};

// OpenMetrics when the Accept header names application/openmetrics-text with a non-zero q, else Prometheus text.
MetricsFormat metricsFormatFor(QByteArrayView accept);
QByteArray metricsContentType(MetricsFormat format);

// One label: a name (a fixed identifier) and a value (escaped when written).
using MetricLabel = std::pair<QByteArray, QString>;
using MetricLabels = QList<MetricLabel>;

// Families are written one after the other: begin one, then its samples. Names are checked by the caller's tests
// (promtool), not here; label values and help texts are escaped.
class MetricsWriter
{
public:
    explicit MetricsWriter(MetricsFormat format);

    // A counter family: `name` without the "_total" its samples carry.
    void counter(QByteArrayView name, QByteArrayView help);
    void gauge(QByteArrayView name, QByteArrayView help);
    // A histogram with these upper bounds (ascending; +Inf is added).
    void histogram(QByteArrayView name, QByteArrayView help, QList<double> bounds);

    // A sample of the current counter or gauge family.
    void sample(const MetricLabels& labels, double value);
    // A sample of the current histogram: counts per bound (not cumulative), the count above the last bound, and
    // the sum of the observed values.
    void histogramSample(const MetricLabels& labels, const QList<quint64>& perBound, quint64 above, double sum);

    // The text (with "# EOF" in OpenMetrics). The writer is spent afterwards.
    QByteArray finish();

    static QByteArray number(double value);

private:
    void begin(QByteArrayView name, QByteArrayView type, QByteArrayView help);
    void writeLabels(const MetricLabels& labels, const MetricLabel* extra = nullptr);

    MetricsFormat m_format;
    QByteArray m_out;
    QByteArray m_family;     // the current family's name
    QByteArray m_sampleName; // what its samples are called (counters: with _total)
    QList<double> m_bounds;
};

} // namespace btcw
