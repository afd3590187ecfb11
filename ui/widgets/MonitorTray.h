// The operator's view of watched servers outside the window: a tray icon with the overall state, and a desktop
// notification for each event of a watched server (through a Notifier, so tests can watch what would be shown).
#pragma once

#include "electrum/Network.h"
#include "monitor/ServerEvent.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace btcw {

class HealthRegistry;
class WatchList;
class WatchAlerts;

// Where notifications and the overall state go: the system tray, or a test's recorder.
class Notifier
{
public:
    enum class Severity
    {
        Good,    // up again, caught up
        Problem, // down, behind, another certificate
    };
    virtual ~Notifier() = default;
    virtual void notify(const QString& title, const QString& message, Severity severity) = 0;
    // The overall state in one line (the tray's tooltip) and whether every watched server is fine.
    virtual void setOverallState(const QString& summary, bool allGood) = 0;
};

// The system tray where the desktop has one (QSystemTrayIcon::isSystemTrayAvailable()); a click shows the window.
class SystemTrayNotifier : public QObject, public Notifier
{
    Q_OBJECT
public:
    // Null when this desktop has no tray.
    static std::unique_ptr<SystemTrayNotifier> createIfAvailable(QObject* parent = nullptr);
    ~SystemTrayNotifier() override;

    void notify(const QString& title, const QString& message, Severity severity) override;
    void setOverallState(const QString& summary, bool allGood) override;

signals:
    void activated(); // the icon was clicked: show the window

private:
    explicit SystemTrayNotifier(QObject* parent);
    QSystemTrayIcon* m_icon = nullptr;
};

// Words each event and the overall state in the user's language and hands them to the notifier. Which events happen
// (and how often, while a server flaps) is WatchAlerts' business.
class MonitorTray : public QObject
{
    Q_OBJECT
public:
    // All of them must outlive this object.
    MonitorTray(WatchAlerts& alerts, const WatchList& watched, const HealthRegistry& registry, Notifier& notifier,
                QObject* parent = nullptr);

    // "electrum.example.org:50002 is down", and the line under it.
    static QString title(const ServerEvent& event);
    static QString message(const ServerEvent& event);

    // Recounts the watched servers' states and tells the notifier now.
    void updateOverallState();
    // The same within half a second, once for many calls (a scan reports thousands of servers).
    void scheduleUpdate();
    int notificationsSent() const { return m_sent; }

private:
    void onEvent(const ServerEvent& event);

    const WatchList& m_watched;
    const HealthRegistry& m_registry;
    Notifier& m_notifier;
    int m_sent = 0;
    bool m_updatePending = false;
};

} // namespace btcw
