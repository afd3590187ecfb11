// What the API's HTTP threads count about the requests they answer: per route and status, and how long answers took.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <atomic>
#include <chrono>
#include <memory>

namespace btcw {

class MetricsWriter;

// Lock-free: every HTTP thread records into relaxed atomics, and a scrape reads them while they run (a scrape may
// see a request in its count but not yet in its histogram; the next one sees both). The routes are fixed when it is
// made: paths outside them count as "/docs" (the documentation) or "other" (no such endpoint).
class RequestMetrics
{
public:
    // Upper bounds of the request-duration histogram, in seconds.
    static constexpr std::array<double, 14> kBounds{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
                                                    0.025,  0.05,    0.1,    0.25,  0.5,    1,     2.5};

    explicit RequestMetrics(QStringList routes);
    ~RequestMetrics();
    RequestMetrics(const RequestMetrics&) = delete;
    RequestMetrics& operator=(const RequestMetrics&) = delete;

    // The index under which `path` is counted (any thread; the list does not change).
    int routeIndex(const QString& path) const;
    QString routeName(int index) const { return m_routes.value(index); }
    int routeCount() const { return int(m_routes.size()); }

    // One answered request (a status outside 100–599 is clamped into it). Any thread, wait-free.
    void record(int route, int status, std::chrono::nanoseconds elapsed) noexcept;

    quint64 requests(int route, int status) const;
    // Appends btcw_api_requests_total{route,status} and btcw_api_request_duration_seconds{route}.
    void writeTo(MetricsWriter& writer) const;

private:
    static constexpr int kStatuses = 500; // 100 … 599
    static constexpr int kBuckets = int(kBounds.size()) + 1;

    struct Timing
    {
        std::array<std::atomic<quint64>, kBuckets> buckets{};
        std::atomic<quint64> sumNs{0};
    };

    QStringList m_routes;                             // the given ones, then "/docs" and "other"
    std::unique_ptr<std::atomic<quint64>[]> m_counts; // route × status
    std::unique_ptr<Timing[]> m_timings;              // per route
    std::array<qint64, kBounds.size()> m_boundsNs{};
};

} // namespace btcw
