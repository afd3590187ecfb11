#include "MetricsController.h"

#include "MetricsText.h"
#include "Problem.h"
#include "RequestMetrics.h"
#include "cache/ResponseCache.h"
#include "electrum/Network.h"
#include "electrum/SessionPool.h"
#include "health/HealthHistory.h"
#include "health/HealthRegistry.h"
#include "monitor/BlockArrival.h"
#include "net/CertificatePinStore.h"
#include "tor/TorService.h"

#include <QHash>
#include <algorithm>
#include <chrono>
#include <optional>

namespace btcw {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr BitcoinNetwork kNetworks[] = {BitcoinNetwork::Mainnet, BitcoinNetwork::Testnet3, BitcoinNetwork::Testnet4,
                                        BitcoinNetwork::Signet, BitcoinNetwork::Regtest};
constexpr TorState kTorStates[] = {TorState::Off,       TorState::Detecting,     TorState::Detected, TorState::Idle,
                                   TorState::Launching, TorState::Bootstrapping, TorState::Ready,    TorState::Error};

// One checked server as the metrics see it.
struct ServerRow
{
    MetricLabels labels;
    HealthReport report;
    int lag = -1;
    std::optional<double> uptime; // percent over 24 h
    std::optional<CertificatePin> pin;
};

} // namespace

MetricsController::MetricsController(MetricsSources sources) : m_sources(std::move(sources)) {}

HttpReply MetricsController::metrics(const QUrlQuery& query, QByteArrayView accept, const QString& instance) const
{
    if (!query.isEmpty()) {
        QString key = query.queryItems(QUrl::FullyDecoded).value(0).first;
        if (key.size() > 80) // never echo a huge name back
            key = key.left(80) + u"…"_s;
        return invalidArgument(u"'%1': unknown parameter; /metrics takes none (it always sends every series: "
                               u"filter in Prometheus with metric_relabel_configs)"_s.arg(key),
                               instance);
    }
    const MetricsFormat format = metricsFormatFor(accept);
    MetricsWriter writer(format);
    write(writer);
    HttpReply reply;
    reply.contentType = metricsContentType(format);
    reply.body = writer.finish();
    return noStore(reply);
}

void MetricsController::write(MetricsWriter& writer) const
{
    writeServers(writer);
    writeArrival(writer);
    writeApp(writer);
}

void MetricsController::writeArrival(MetricsWriter& writer) const
{
    QList<std::pair<MetricLabels, double>> lags, forks;
    if (m_sources.arrival) {
        for (const ServerAddress& server : m_sources.arrival->servers()) {
            const std::optional<ArrivalStats> stats = m_sources.arrival->stats(server);
            if (!stats)
                continue;
            const MetricLabels labels{{"network", stats->network},
                                      {"host", server.host()},
                                      {"port", QString::number(server.port())},
                                      {"transport", server.isTls() ? u"tls"_s : u"tcp"_s}};
            forks.append({labels, stats->forked ? 1.0 : 0.0});
            if (stats->lastLagMs)
                lags.append({labels, double(*stats->lastLagMs) / 1000.0});
        }
    }
    // A stable order for scrapers and diffs: by the labels' values.
    const auto byLabels = [](const auto& a, const auto& b) {
        for (qsizetype i = 0; i < a.first.size(); ++i) {
            if (a.first[i].second != b.first[i].second)
                return a.first[i].second < b.first[i].second;
        }
        return false;
    };
    std::sort(lags.begin(), lags.end(), byLabels);
    std::sort(forks.begin(), forks.end(), byLabels);
    writer.gauge("btcw_server_arrival_lag_seconds",
                 "How long after the first followed server the server announced the latest block it announced.");
    for (const auto& [labels, seconds] : std::as_const(lags))
        writer.sample(labels, seconds);
    writer.gauge("btcw_server_arrival_forked",
                 "1 when the server's tip is a block no other followed server has while another block has its height.");
    for (const auto& [labels, forked] : std::as_const(forks))
        writer.sample(labels, forked);
}

void MetricsController::writeServers(MetricsWriter& writer) const
{
    QList<ServerRow> rows;
    for (const BitcoinNetwork network : kNetworks) {
        QHash<ServerAddress, int> lags;
        for (const ServerTip& tip : m_sources.registry.tipAgreement(network).servers)
            lags.insert(tip.server, tip.lag);
        for (const HealthReport& report : m_sources.registry.reports(network)) {
            ServerRow row;
            const ServerAddress& server = report.server;
            row.labels = {{"network", networkName(network)},
                          {"host", server.host()},
                          {"port", QString::number(server.port())},
                          {"transport", server.isTls() ? u"tls"_s : u"tcp"_s}};
            row.report = report;
            row.lag = lags.value(server, -1);
            row.uptime = m_sources.history.uptimePercent(server, 24h);
            if (server.isTls())
                row.pin = m_sources.pins.pin(server.hostPort());
            rows.append(std::move(row));
        }
    }

    writer.gauge("btcw_server_up", "1 when the server's latest staged health check passed, else 0.");
    for (const ServerRow& row : std::as_const(rows))
        writer.sample(row.labels, row.report.ok ? 1 : 0);
    writer.gauge("btcw_server_check_latency_seconds", "Round trip of the latest successful check's ping.");
    for (const ServerRow& row : std::as_const(rows)) {
        if (row.report.ok && row.report.latencyMs >= 0)
            writer.sample(row.labels, double(row.report.latencyMs) / 1000.0);
    }
    writer.gauge("btcw_server_last_check_timestamp_seconds", "When the latest check of the server started.");
    for (const ServerRow& row : std::as_const(rows)) {
        if (row.report.checkedAt.isValid())
            writer.sample(row.labels, double(row.report.checkedAt.toMSecsSinceEpoch()) / 1000.0);
    }
    writer.gauge("btcw_server_height", "The tip height the server reported in its latest check.");
    for (const ServerRow& row : std::as_const(rows)) {
        if (row.report.height >= 0)
            writer.sample(row.labels, row.report.height);
    }
    writer.gauge("btcw_server_lag_blocks", "Blocks behind the best tip among the checked servers of its network.");
    for (const ServerRow& row : std::as_const(rows)) {
        if (row.lag >= 0)
            writer.sample(row.labels, row.lag);
    }
    writer.gauge("btcw_server_uptime_24h_ratio", "Share of passed checks over the last 24 hours (0 to 1).");
    for (const ServerRow& row : std::as_const(rows)) {
        if (row.uptime)
            writer.sample(row.labels, *row.uptime / 100.0);
    }
    writer.gauge("btcw_server_certificate_expiry_timestamp_seconds",
                 "When the TLS certificate the server presented in its latest check expires.");
    for (const ServerRow& row : std::as_const(rows)) {
        if (row.report.certificateExpiry.isValid())
            writer.sample(row.labels, double(row.report.certificateExpiry.toSecsSinceEpoch()));
    }
    writer.counter("btcw_server_certificate_pin_changes",
                   "Times a new certificate of the server was deliberately trusted in place of its pin.");
    for (const ServerRow& row : std::as_const(rows)) {
        if (row.pin)
            writer.sample(row.labels, row.pin->changes);
    }
    writer.gauge("btcw_server_certificate_pin_pending",
                 "1 when the server presented a certificate other than its pin and it waits to be trusted.");
    for (const ServerRow& row : std::as_const(rows)) {
        if (row.pin)
            writer.sample(row.labels, row.pin->hasPending() ? 1 : 0);
    }
}

void MetricsController::writeApp(MetricsWriter& writer) const
{
    writer.gauge("btcw_build_info", "The running BTC Worker's version.");
    writer.sample({{"version", QStringLiteral(BTCW_VERSION)}}, 1);

    if (m_sources.requests)
        m_sources.requests->writeTo(writer);

    const CacheStats stats = m_sources.cache.cache().stats();
    const MetricLabels backend{{"backend", m_sources.cache.cache().backendName()}};
    writer.counter("btcw_cache_hits", "Lookups the response cache answered.");
    writer.sample(backend, double(stats.hits));
    writer.counter("btcw_cache_misses", "Lookups the response cache could not answer.");
    writer.sample(backend, double(stats.misses));
    writer.counter("btcw_cache_evictions", "Entries dropped to stay within the cache's size.");
    writer.sample(backend, double(stats.evictions));
    writer.gauge("btcw_cache_entries", "Answers the response cache holds.");
    writer.sample(backend, stats.entries);
    writer.gauge("btcw_cache_bytes", "Bytes the response cache holds.");
    writer.sample(backend, double(stats.bytes));
    writer.gauge("btcw_cache_degraded", "1 when the configured cache backend is unusable and the fallback answers.");
    writer.sample(backend, stats.degraded ? 1 : 0);

    writer.gauge("btcw_tor_state", "1 for Tor's current state, 0 for the others.");
    const TorState now = m_sources.tor.state();
    for (const TorState state : kTorStates)
        writer.sample({{"state", torStateName(state)}}, state == now ? 1 : 0);

    writer.gauge("btcw_api_open_connections", "HTTP connections the API holds open.");
    writer.sample({}, m_sources.openConnections ? m_sources.openConnections() : 0);
    writer.gauge("btcw_electrum_sessions", "Pooled connections to Electrum servers.");
    writer.sample({}, m_sources.pool.sessionCount());
}

} // namespace btcw
