// The details of the selected server: status, addresses and twins, staged health check, history chart, provenance,
// features, banner, pin.
#pragma once

#include "directory/ServerDirectory.h"
#include "health/HealthHistory.h"
#include "health/HealthReport.h"
#include "health/PeerDiscovery.h"
#include "models/ServerStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace btcw {

class CertificatePinStore;
class HealthHistoryChart;
class QueryService;
class ServerResolver;

class ServerDetailsPane : public QWidget
{
    Q_OBJECT
public:
    ServerDetailsPane(QueryService& queries, CertificatePinStore& pins, QWidget* parent = nullptr);

    // Shows a server (nullopt clears the pane). Features and banner are fetched on request, not on every click.
    // Showing a different server clears its health (call setHealth after showServer).
    void showServer(const std::optional<ServerEntry>& entry, const ServerStatus& status = {});
    // The shown server's last staged check (nullopt: not checked yet), its history (oldest first) and everyone who
    // announced it as a peer.
    void setHealth(const std::optional<btcw::HealthReport>& latest, const QList<btcw::HealthRecord>& history,
                   const QList<btcw::PeerProvenance>& announcedBy);
    // Where the pane finds the server's twins and resolves its addresses (none: the Addresses section is left out).
    void setIdentities(ServerResolver* resolver, const ServerIdentities* identities);
    // The shown server's block arrival lags (BlockArrival::samples, oldest first): a second chart under the health
    // chart, shown while there are any (followed servers).
    void setArrivalRecords(const QList<btcw::HealthRecord>& records);
    // Builds a directory entry for the shown server's twin `host` (same network, its announced ports) and emits
    // twinAddRequested; what a click on the twin's "add" link does.
    void addTwin(const QString& host);
    // The text shown, for tests and "copy".
    QString plainText() const;
    HealthHistoryChart* historyChart() const { return m_chart; }
    HealthHistoryChart* arrivalChart() const { return m_arrivalChart; }
    // Injected clock for the uptime windows and the chart (tests); default QDateTime::currentDateTimeUtc.
    void setClock(std::function<QDateTime()> now);
    // A staged check's stage ("tls") in the window's words ("TLS handshake").
    static QString stageLabel(const QString& name);

public slots:
    void fetchDetails();
    // Resolves the shown server's addresses and checks its announced twins (ServerResolver), then shows them.
    void resolveAddresses();

signals:
    // Fetching features also tells whether the server is up: the window can update the table with it.
    void statusLearned(const QString& key, const btcw::ServerStatus& status);
    // The user asked to add a twin of the shown server to the directory.
    void twinAddRequested(const btcw::ServerEntry& entry);

private:
    void render();
    void updateLastBlock();
    QString healthHtml() const;
    QString addressesHtml() const;
    QDateTime now() const;

    QueryService& m_queries;
    CertificatePinStore& m_pins;
    std::optional<ServerEntry> m_entry;
    ServerStatus m_status;
    QString m_banner;
    QString m_fetchError;
    bool m_fetching = false;
    quint64 m_generation = 0;
    std::optional<HealthReport> m_report;
    QList<HealthRecord> m_history;
    QList<PeerProvenance> m_announcedBy;
    std::function<QDateTime()> m_now;
    QTextBrowser* m_text = nullptr;
    QLabel* m_lastBlock = nullptr; // "Last block seen 12 s ago": subscribed servers only, redrawn every second
    QTimer* m_lastBlockTimer = nullptr;
    HealthHistoryChart* m_chart = nullptr;
    HealthHistoryChart* m_arrivalChart = nullptr;
    QPushButton* m_fetch = nullptr;
    QPushButton* m_resolve = nullptr;
    QPointer<ServerResolver> m_resolver;
    QPointer<const ServerIdentities> m_identities;
    QJsonObject m_resolved; // the last resolve of the shown server
    QString m_resolveError;
    bool m_resolving = false;
};

} // namespace btcw
