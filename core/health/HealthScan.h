// Runs HealthChecks over many servers with bounded concurrency; reports stream out, nothing accumulates.
#pragma once

#include "electrum/ServerAddress.h"
#include "health/HealthCheck.h"
#include "health/HealthReport.h"
#include "net/ProxyPolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace btcw {

class CertificatePinStore;

struct HealthScanOptions
{
    int concurrency = 32;     // checks in flight at once
    HealthCheckOptions check; // per server, including its time budget
};

class HealthScan : public QObject
{
    Q_OBJECT
public:
    HealthScan(ProxyPolicy proxies, CertificatePinStore* pins, HealthScanOptions options, QObject* parent = nullptr);
    ~HealthScan() override;

    // Starts checking; returns false (and does nothing) when a scan is already running.
    // Duplicate addresses are checked once. An empty list finishes at once (from the event loop).
    bool start(const QList<ServerAddress>& servers);
    // Stops promptly: in-flight sessions are closed, no further reports, finished(true).
    void cancel();

    bool isRunning() const { return m_running; }
    int total() const { return m_total; }
    int doneCount() const { return m_done; }
    int inFlight() const { return int(m_checks.size()); }

signals:
    void progress(int done, int total);
    void reportReady(const btcw::HealthReport& report);
    void finished(bool cancelled);

private:
    void launchMore();
    void onCheckFinished(HealthCheck* check, const HealthReport& report);

    ProxyPolicy m_proxies;
    QPointer<CertificatePinStore> m_pins;
    HealthScanOptions m_options;
    QList<ServerAddress> m_queue; // all servers of this scan; m_next points at the first not yet started
    qsizetype m_next = 0;
    int m_done = 0;
    int m_total = 0;
    QList<HealthCheck*> m_checks; // in flight
    bool m_running = false;
};

} // namespace btcw
