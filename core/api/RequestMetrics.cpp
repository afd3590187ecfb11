#include "RequestMetrics.h"

#include "MetricsText.h"

#include <algorithm>

namespace btcw {

using namespace Qt::StringLiterals;

RequestMetrics::RequestMetrics(QStringList routes) : m_routes(std::move(routes))
{
    m_routes.removeAll(u"/docs"_s);
    m_routes.removeAll(u"other"_s);
    m_routes.sort();
    m_routes << u"/docs"_s << u"other"_s;
    const auto size = std::size_t(m_routes.size());
    m_counts = std::make_unique<std::atomic<quint64>[]>(size * kStatuses);
    m_timings = std::make_unique<Timing[]>(size);
    for (std::size_t i = 0; i < kBounds.size(); ++i)
        m_boundsNs[i] = qint64(kBounds[i] * 1e9);
}

RequestMetrics::~RequestMetrics() = default;

int RequestMetrics::routeIndex(const QString& path) const
{
    const qsizetype docs = m_routes.size() - 2;
    for (qsizetype i = 0; i < docs; ++i) {
        if (m_routes[i] == path)
            return int(i);
    }
    if (path == u"/docs" || path.startsWith(u"/docs/"))
        return int(docs);
    return int(docs + 1);
}

void RequestMetrics::record(int route, int status, std::chrono::nanoseconds elapsed) noexcept
{
    if (route < 0 || route >= m_routes.size())
        route = int(m_routes.size()) - 1;
    status = std::clamp(status, 100, 599);
    m_counts[std::size_t(route) * kStatuses + std::size_t(status - 100)].fetch_add(1, std::memory_order_relaxed);
    const qint64 ns = std::max<qint64>(0, elapsed.count());
    const auto bucket = std::size_t(std::lower_bound(m_boundsNs.begin(), m_boundsNs.end(), ns) - m_boundsNs.begin());
    Timing& timing = m_timings[std::size_t(route)];
    timing.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    timing.sumNs.fetch_add(quint64(ns), std::memory_order_relaxed);
}

quint64 RequestMetrics::requests(int route, int status) const
{
    if (route < 0 || route >= m_routes.size() || status < 100 || status > 599)
        return 0;
    return m_counts[std::size_t(route) * kStatuses + std::size_t(status - 100)].load(std::memory_order_relaxed);
}

void RequestMetrics::writeTo(MetricsWriter& writer) const
{
    writer.counter("btcw_api_requests", "API requests answered, by route and HTTP status.");
    for (qsizetype r = 0; r < m_routes.size(); ++r) {
        for (int s = 0; s < kStatuses; ++s) {
            const quint64 n = m_counts[std::size_t(r) * kStatuses + std::size_t(s)].load(std::memory_order_relaxed);
            if (n > 0)
                writer.sample({{"route", m_routes[r]}, {"status", QString::number(s + 100)}}, double(n));
        }
    }
    writer.histogram("btcw_api_request_duration_seconds", "Time from taking a request to writing its answer, by route.",
                     QList<double>(kBounds.begin(), kBounds.end()));
    for (qsizetype r = 0; r < m_routes.size(); ++r) {
        const Timing& timing = m_timings[std::size_t(r)];
        QList<quint64> perBound;
        quint64 total = 0;
        for (std::size_t b = 0; b < kBounds.size(); ++b) {
            perBound << timing.buckets[b].load(std::memory_order_relaxed);
            total += perBound.back();
        }
        const quint64 above = timing.buckets[kBounds.size()].load(std::memory_order_relaxed);
        if (total + above == 0)
            continue;
        writer.histogramSample({{"route", m_routes[r]}}, perBound, above,
                               double(timing.sumNs.load(std::memory_order_relaxed)) / 1e9);
    }
}

} // namespace btcw
