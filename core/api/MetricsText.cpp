#include "MetricsText.h"

#include <cmath>

namespace btcw {

namespace {

QByteArray escapeLabelValue(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray escapeHelp(QByteArrayView help)
{
    QByteArray out;
    out.reserve(help.size());
    for (const char c : help) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

} // namespace

MetricsFormat metricsFormatFor(QByteArrayView accept)
{
    // e.g. "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,
    // text/plain;version=0.0.4;q=0.5,*/*;q=0.1" (what Prometheus sends).
    for (const QByteArrayView item : QByteArray(accept.data(), accept.size()).split(',')) {
        const QList<QByteArray> parts = QByteArray(item.data(), item.size()).split(';');
        if (parts.value(0).trimmed().toLower() != "application/openmetrics-text")
            continue;
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts[i].trimmed().toLower();
            if (p.startsWith("q=")) {
                bool ok = false;
                const double q = p.mid(2).toDouble(&ok);
                refused = ok && q <= 0;
            }
        }
        if (!refused)
            return MetricsFormat::OpenMetrics;
    }
    return MetricsFormat::Prometheus;
}

QByteArray metricsContentType(MetricsFormat format)
{
    return format == MetricsFormat::OpenMetrics
               ? QByteArrayLiteral("application/openmetrics-text; version=1.0.0; charset=utf-8")
               : QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

MetricsWriter::MetricsWriter(MetricsFormat format) : m_format(format) {}

QByteArray MetricsWriter::number(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 15);
}

void MetricsWriter::begin(QByteArrayView name, QByteArrayView type, QByteArrayView help)
{
    m_family = name.toByteArray();
    m_out += "# HELP " + m_family + ' ' + escapeHelp(help) + '\n';
    m_out += "# TYPE " + m_family + ' ' + type.toByteArray() + '\n';
}

void MetricsWriter::counter(QByteArrayView name, QByteArrayView help)
{
    // Prometheus text names the family after its samples; OpenMetrics names it without the suffix.
    const QByteArray sampleName = name.toByteArray() + "_total";
    begin(m_format == MetricsFormat::OpenMetrics ? name : QByteArrayView(sampleName), "counter", help);
    m_sampleName = sampleName;
}

void MetricsWriter::gauge(QByteArrayView name, QByteArrayView help)
{
    begin(name, "gauge", help);
    m_sampleName = m_family;
}

void MetricsWriter::histogram(QByteArrayView name, QByteArrayView help, QList<double> bounds)
{
    begin(name, "histogram", help);
    m_sampleName = m_family;
    m_bounds = std::move(bounds);
}

void MetricsWriter::writeLabels(const MetricLabels& labels, const MetricLabel* extra)
{
    if (labels.isEmpty() && !extra)
        return;
    m_out += '{';
    bool first = true;
    const auto one = [&](const MetricLabel& label) {
        if (!first)
            m_out += ',';
        first = false;
        m_out += label.first + "=\"" + escapeLabelValue(label.second) + '"';
    };
    for (const MetricLabel& label : labels)
        one(label);
    if (extra)
        one(*extra);
    m_out += '}';
}

void MetricsWriter::sample(const MetricLabels& labels, double value)
{
    m_out += m_sampleName;
    writeLabels(labels);
    m_out += ' ' + number(value) + '\n';
}

void MetricsWriter::histogramSample(const MetricLabels& labels, const QList<quint64>& perBound, quint64 above,
                                    double sum)
{
    quint64 cumulative = 0;
    for (qsizetype i = 0; i < m_bounds.size(); ++i) {
        cumulative += perBound.value(i);
        const MetricLabel le{QByteArrayLiteral("le"), QString::fromLatin1(number(m_bounds[i]))};
        m_out += m_family + "_bucket";
        writeLabels(labels, &le);
        m_out += ' ' + QByteArray::number(cumulative) + '\n';
    }
    cumulative += above;
    const MetricLabel inf{QByteArrayLiteral("le"), QStringLiteral("+Inf")};
    m_out += m_family + "_bucket";
    writeLabels(labels, &inf);
    m_out += ' ' + QByteArray::number(cumulative) + '\n';
    m_out += m_family + "_sum";
    writeLabels(labels);
    m_out += ' ' + number(sum) + '\n';
    m_out += m_family + "_count";
    writeLabels(labels);
    m_out += ' ' + QByteArray::number(cumulative) + '\n';
}

QByteArray MetricsWriter::finish()
{
    if (m_format == MetricsFormat::OpenMetrics)
        m_out += "# EOF\n";
    return std::move(m_out);
}

} // namespace btcw
