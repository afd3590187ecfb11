#include "HealthScan.h"

#include <QSet>
#include <QTimer>

namespace btcw {

HealthScan::HealthScan(ProxyPolicy proxies, CertificatePinStore* pins, HealthScanOptions options, QObject* parent)
    : QObject(parent), m_proxies(std::move(proxies)), m_pins(pins), m_options(std::move(options))
{
    m_options.concurrency = std::max(1, m_options.concurrency);
}

HealthScan::~HealthScan()
{
    const QList<HealthCheck*> checks = std::exchange(m_checks, {});
    for (HealthCheck* check : checks) {
        check->disconnect(this);
        delete check;
    }
}

bool HealthScan::start(const QList<ServerAddress>& servers)
{
    if (m_running)
        return false;
    m_running = true;
    m_queue.clear();
    m_queue.reserve(servers.size());
    QSet<ServerAddress> seen;
    for (const ServerAddress& server : servers) {
        if (!seen.contains(server)) {
            seen.insert(server);
            m_queue.append(server);
        }
    }
    m_next = 0;
    m_done = 0;
    m_total = int(m_queue.size());
    // Launch from the event loop so the caller can connect to signals after start() too.
    QTimer::singleShot(0, this, [this] {
        if (m_running)
            launchMore();
    });
    return true;
}

void HealthScan::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    const QList<HealthCheck*> checks = std::exchange(m_checks, {});
    for (HealthCheck* check : checks) {
        check->disconnect(this);
        check->cancel(); // closes its session now
        check->deleteLater();
    }
    m_queue.clear();
    m_next = 0;
    emit finished(true);
}

void HealthScan::launchMore()
{
    while (m_running && m_checks.size() < m_options.concurrency && m_next < m_queue.size()) {
        auto* check = new HealthCheck(m_queue.at(m_next++), m_proxies, m_pins.data(), m_options.check, this);
        m_checks.append(check);
        connect(check, &HealthCheck::finished, this,
                [this, check](const HealthReport& report) { onCheckFinished(check, report); });
        check->start();
    }
    if (m_running && m_checks.isEmpty() && m_next >= m_queue.size()) {
        m_running = false;
        emit finished(false);
    }
}

void HealthScan::onCheckFinished(HealthCheck* check, const HealthReport& report)
{
    if (!m_checks.removeOne(check))
        return;
    check->disconnect(this);
    check->deleteLater();
    ++m_done;
    // The scan may be cancelled from a slot connected to these signals.
    emit reportReady(report);
    if (!m_running)
        return;
    emit progress(m_done, m_total);
    if (!m_running)
        return;
    launchMore();
}

} // namespace btcw
