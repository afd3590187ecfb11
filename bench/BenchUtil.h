// Small helpers shared by the benchmark programs: sample statistics and one-line "key=value" result output.
#pragma once

#include <QList>
#include <QString>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace btcw::bench {

// The q-quantile (0..1) of the samples by the nearest-rank method; 0 for no samples.
inline double quantile(QList<double> samples, double q)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank =
        std::clamp<qsizetype>(qsizetype(q * double(samples.size()) + 0.999999) - 1, 0, samples.size() - 1);
    return samples.at(rank);
}

inline double mean(const QList<double>& samples)
{
    double sum = 0;
    for (double s : samples)
        sum += s;
    return samples.isEmpty() ? 0 : sum / double(samples.size());
}

// Peak resident set size of this process so far, in MiB (Linux reports ru_maxrss in KiB).
inline double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// One result line, "RESULT name key=value key=value", which bench/run.sh collects into the report.
inline void printResult(const QString& name, const QList<std::pair<QString, QString>>& fields)
{
    QTextStream out(stdout);
    out << "RESULT " << name;
    for (const auto& [key, value] : fields)
        out << ' ' << key << '=' << value;
    out << Qt::endl;
}

inline QString ms(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace btcw::bench
