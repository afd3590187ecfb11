// GET /metrics: the servers' health and the app's own counters in the Prometheus (or OpenMetrics) text format.
#pragma once

#include "HttpReply.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>
#include <functional>

namespace btcw {

class BlockArrival;
class CertificatePinStore;
class HealthHistory;
class HealthRegistry;
class MetricsWriter;
class RequestMetrics;
class ResponseCache;
class SessionPool;
class TorService;

// What the metrics are read from; every reference must outlive the controller. Read on the engine's thread.
struct MetricsSources
{
    const HealthRegistry& registry;
    const HealthHistory& history;
    const CertificatePinStore& pins;
    ResponseCache& cache;
    const TorService& tor;
    const SessionPool& pool;
    const RequestMetrics* requests = nullptr; // null before the API starts
    std::function<int()> openConnections;     // the API's open connections
    const BlockArrival* arrival = nullptr;    // block arrival lags of the followed servers; null: none
};

class MetricsController
{
public:
    explicit MetricsController(MetricsSources sources);

    // The whole exposition for a scraper that sent this Accept header; parameters are refused (400).
    HttpReply metrics(const QUrlQuery& query, QByteArrayView accept, const QString& instance) const;
    // The exposition itself (tests and the reply above).
    void write(MetricsWriter& writer) const;

    void setRequestMetrics(const RequestMetrics* requests) { m_sources.requests = requests; }

private:
    void writeServers(MetricsWriter& writer) const;
    void writeArrival(MetricsWriter& writer) const;
    void writeApp(MetricsWriter& writer) const;

    MetricsSources m_sources;
};

} // namespace btcw
