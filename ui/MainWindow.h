// The main window: the server table with filters, details pane, query console dock, health scans and the status bar.
#pragma once

#include "directory/ServerDirectory.h"
#include "health/ChainParams.h"
#include "health/PeerDiscovery.h"

#include <QMainWindow>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace btcw {

class Engine;
class QueryConsole;
class SecretStore;
class ServerDetailsPane;
class ServerFilterProxyModel;
class ServerTableModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine& engine, QWidget* parent = nullptr);
    ~MainWindow() override;

    // What the local API is doing: the URL it listens on, or (empty URL) why it does not.
    void setApiStatus(const QString& listeningUrl, const QString& error);
    // The cache backend in plain words ("in memory", "Redis at 127.0.0.1:6379").
    // The API's token file, for the curl commands the window copies.
    void setApiTokenFile(const QString& path);
    // A persistent token held in a secret store (`where` names it); the settings dialog's "Copy token" reads it.
    void setApiTokenStore(const QString& where, std::function<QByteArray()> readToken);
    // Where the settings dialog saves the Redis and Tor control passwords (null: it cannot); must outlive the window.
    void setSecretStore(SecretStore* store) { m_secretStore = store; }
    void setCacheDescription(const QString& description);
    // Backend, degraded state and hit counts of the engine's response cache, in the status bar.
    void refreshCacheStatus();

    ServerTableModel* serverModel() const { return m_model; }
    ServerFilterProxyModel* serverProxy() const { return m_proxy; }
    QueryConsole* queryConsole() const { return m_console; }
    QAction* checkAllAction() const { return m_checkAllAction; }
    QAction* discoverAction() const { return m_discoverAction; }
    QTableView* serverView() const { return m_table; }
    QString torStatusText() const;
    QString apiStatusText() const;
    QString cacheStatusText() const;
    QAction* clearCacheAction() const { return m_clearCacheAction; }

public slots:
    // Checks every server the table shows (filters apply) with the engine's health monitor: one scan per network
    // shown, one after the other (a scan checks the genesis of one network).
    void checkAll();
    // Stops the running scan or discovery and drops the scans still waiting.
    void cancelChecks();
    // Asks the healthy servers of the network shown (or last scanned) for their peers.
    void discoverPeers();
    void showQueryConsole();
    void addServer();
    void importServers();
    void exportServers();
    void openSettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createCentralWidget();
    void createStatusBar();
    void reloadEntries();
    // Rows without a status yet take the monitor's latest report of this run, else the last check in the history.
    void restoreKnownStatuses();
    void connectHealthMonitor();
    // Queues one scan per network of these entries and starts the first when the monitor is free.
    void checkEntries(const QList<ServerEntry>& entries);
    void startNextScan();
    void onHealthReport(const HealthReport& report, BitcoinNetwork network);
    void onScanFinished(bool cancelled);
    void onDiscoveryFinished(const PeerDiscoverySummary& summary);
    void applyTipAgreements();
    void applyHealthSettings();
    void showProgress(int done, int total);
    void hideProgress();
    void updateTorStatus();
    void updateDetails();
    void showTableMenu(const QPoint& pos);
    QList<ServerEntry> selectedEntries() const;
    std::optional<ServerEntry> currentEntry() const;
    QString targetNetwork() const;
    void showProblem(const QString& title, const QString& text);
    void saveWindowState() const;
    void restoreWindowState();

    Engine& m_engine;
    ServerTableModel* m_model = nullptr;
    ServerFilterProxyModel* m_proxy = nullptr;
    // A scan the window asked for and the monitor has not started yet (it was busy, or another network is first).
    struct PendingScan
    {
        BitcoinNetwork network = BitcoinNetwork::Mainnet;
        QList<ServerAddress> servers;
        QStringList keys; // the rows shown "checking" while it runs
    };
    QList<PendingScan> m_pendingScans;
    QStringList m_checkingKeys; // rows of the window's running scan
    int m_scansInBatch = 0;     // scans of the current "check all", for "network 2 of 3"
    int m_scanInBatch = 0;
    QSet<int> m_agreementDirty; // int(BitcoinNetwork) of networks whose tip agreement changed since it was last shown
    QTimer* m_agreementTimer = nullptr;
    BitcoinNetwork m_discoveryNetwork = BitcoinNetwork::Mainnet; // of the running or last peer discovery
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    ServerDetailsPane* m_details = nullptr;
    QueryConsole* m_console = nullptr;
    QDockWidget* m_consoleDock = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_networkFilter = nullptr;
    QCheckBox* m_onionOnly = nullptr;
    QCheckBox* m_tlsOnly = nullptr;
    QCheckBox* m_upOnly = nullptr;
    QCheckBox* m_troubledOnly = nullptr;
    QLabel* m_torLabel = nullptr;
    QLabel* m_apiLabel = nullptr;
    QLabel* m_cacheLabel = nullptr;
    QAction* m_clearCacheAction = nullptr;
    QLabel* m_countLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QAction* m_checkAllAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_discoverAction = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_consoleAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_seedOrderAction = nullptr;
    QString m_apiBaseUrl;
    QString m_apiTokenFile;
    QString m_apiTokenStore;
    std::function<QByteArray()> m_readApiToken;
    SecretStore* m_secretStore = nullptr;
};

} // namespace btcw
