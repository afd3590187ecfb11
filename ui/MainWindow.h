// The main window: the server table with filters, details pane, query console dock, health scans and the status bar.
#pragma once

#include "directory/ServerDirectory.h"

#include <QHash>
#include <QMainWindow>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace btcw {

class Engine;
class MonitorTray;
class Notifier;
class SystemTrayNotifier;
class QueryConsole;
class SecretStore;
class ScanCoordinator;
class ServerDetailsPane;
class ServerFilterBar;
class ServerFilterProxyModel;
class ServerTableModel;
class StatusIndicators;

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
    ScanCoordinator* scanCoordinator() const { return m_scans; }
    QueryConsole* queryConsole() const { return m_console; }
    QAction* checkAllAction() const { return m_checkAllAction; }
    QAction* discoverAction() const { return m_discoverAction; }
    QTableView* serverView() const { return m_table; }
    QString torStatusText() const;
    QString apiStatusText() const;
    QString cacheStatusText() const;
    QAction* clearCacheAction() const { return m_clearCacheAction; }
    // Where watched servers' events and the overall state go: the system tray when the desktop has one (set up by
    // the window), or this notifier (tests); it must outlive the window. Null: nowhere.
    void setNotifier(Notifier* notifier);
    MonitorTray* monitorTray() const { return m_monitorTray; }

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
    // The second halves of import and export, once the file (and the network) are chosen.
    void importServersFile(const QString& path, const QString& network);
    void exportServersFile(const QString& path, const QString& network);
    void openSettings();
    // Help → About: version, licence, the running API's docs and the data folder, as links.
    void showAbout();
    // Servers → Chain tips: the servers of the network shown, grouped by the tip they follow.
    void showChainTips();

signals:
    // The settings dialog saved (OK): the app reads the settings again and applies them to the engine, and reads
    // the stored passwords again (the window cannot: that wiring lives in app/).
    void settingsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createCentralWidget();
    void createStatusBar();
    // Column widths from sample texts in the current language and font.
    void applyNaturalWidths();
    // Gives the width no column needs to Host and Status, so neither is cut while another column idles.
    void spreadSpareWidth();
    QString headerSignature() const;
    void updateEmptyMessage();
    void reloadEntries();
    void connectScanCoordinator();
    // A running scan or discovery (`maximum` 0: busy without a count), with the cancel button.
    void showProgress(int value, int maximum, const QString& text);
    void hideProgress();
    void updateDetails();
    void showTableMenu(const QPoint& pos);
    // Asks first; the directory drops the servers when the user agrees.
    void removeServers(const QList<ServerEntry>& entries);
    // Puts back the servers the last Remove took.
    void undoRemove();
    // Makes `entry`'s row current, selected and visible (clearing filters that hide it).
    void selectServer(const ServerEntry& entry);
    QList<ServerEntry> selectedEntries() const;
    void updateWatchAction();
    std::optional<ServerEntry> currentEntry() const;
    QString targetNetwork() const;
    void showProblem(const QString& title, const QString& text);
    void saveWindowState() const;
    void restoreWindowState();

    Engine& m_engine;
    ServerTableModel* m_model = nullptr;
    ServerFilterProxyModel* m_proxy = nullptr;
    ScanCoordinator* m_scans = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    ServerDetailsPane* m_details = nullptr;
    QueryConsole* m_console = nullptr;
    QDockWidget* m_consoleDock = nullptr;
    ServerFilterBar* m_filterBar = nullptr;
    StatusIndicators* m_indicators = nullptr;
    QAction* m_clearCacheAction = nullptr;
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
    QAction* m_removeAction = nullptr;
    QAction* m_watchAction = nullptr;           // ticked when every selected server is watched
    std::unique_ptr<SystemTrayNotifier> m_tray; // null where the desktop has no tray
    MonitorTray* m_monitorTray = nullptr;
    QAction* m_undoRemoveAction = nullptr;
    QList<ServerEntry> m_lastRemoved; // what Undo remove puts back
    QLabel* m_emptyMessage = nullptr;
    QHash<int, int> m_baseWidth;  // Host and Status without the spare width
    QHash<int, int> m_spareGiven; // the spare width each of them has now
    bool m_spreadingWidth = false;
    QString m_apiBaseUrl;
    bool m_apiListening = false; // m_apiBaseUrl is where the API listens now, not the default
    QString m_apiTokenFile;
    QString m_apiTokenStore;
    std::function<QByteArray()> m_readApiToken;
    SecretStore* m_secretStore = nullptr;
};

} // namespace btcw
