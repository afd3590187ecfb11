#include "widgets/MonitorTray.h"

#include "Icons.h"
#include "directory/WatchList.h"
#include "health/HealthRegistry.h"
#include "monitor/WatchAlerts.h"

#include <QCoreApplication>
#include <QSystemTrayIcon>
#include <QTimer>

namespace btcw {

namespace {

constexpr BitcoinNetwork kNetworks[] = {BitcoinNetwork::Mainnet, BitcoinNetwork::Testnet3, BitcoinNetwork::Testnet4,
                                        BitcoinNetwork::Signet, BitcoinNetwork::Regtest};

QString where(const ServerEvent& event)
{
    return event.server.host() + QLatin1Char(':') + QString::number(event.server.port());
}

} // namespace

std::unique_ptr<SystemTrayNotifier> SystemTrayNotifier::createIfAvailable(QObject* parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return nullptr;
    return std::unique_ptr<SystemTrayNotifier>(new SystemTrayNotifier(parent));
}

SystemTrayNotifier::SystemTrayNotifier(QObject* parent) : QObject(parent), m_icon(new QSystemTrayIcon(this))
{
    m_icon->setIcon(Icons::get(Icons::App));
    m_icon->setToolTip(QCoreApplication::applicationName());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit activated();
    });
    m_icon->show();
}

SystemTrayNotifier::~SystemTrayNotifier() = default;

void SystemTrayNotifier::notify(const QString& title, const QString& message, Severity severity)
{
    if (QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message,
                            severity == Severity::Good ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
}

void SystemTrayNotifier::setOverallState(const QString& summary, bool allGood)
{
    m_icon->setToolTip(summary);
    m_icon->setIcon(Icons::get(allGood ? Icons::App : Icons::Warning));
}

MonitorTray::MonitorTray(WatchAlerts& alerts, const WatchList& watched, const HealthRegistry& registry,
                         Notifier& notifier, QObject* parent)
    : QObject(parent), m_watched(watched), m_registry(registry), m_notifier(notifier)
{
    connect(&alerts, &WatchAlerts::serverEvent, this, &MonitorTray::onEvent);
    connect(&watched, &WatchList::changed, this, &MonitorTray::scheduleUpdate);
    updateOverallState();
}

QString MonitorTray::title(const ServerEvent& event)
{
    const QString server = where(event);
    switch (event.kind) {
    case ServerEvent::Kind::Down:
        return tr("%1 is down").arg(server);
    case ServerEvent::Kind::Up:
        return tr("%1 is back up").arg(server);
    case ServerEvent::Kind::Lagging:
        return tr("%1 is %n block(s) behind", nullptr, event.lag).arg(server);
    case ServerEvent::Kind::CaughtUp:
        return tr("%1 caught up").arg(server);
    case ServerEvent::Kind::CertificateChanged:
        return tr("%1 presented another certificate").arg(server);
    case ServerEvent::Kind::Forked:
        return tr("%1 may be on a fork").arg(server);
    case ServerEvent::Kind::ForkResolved:
        return tr("%1 is on the common chain again").arg(server);
    }
    return server;
}

QString MonitorTray::message(const ServerEvent& event)
{
    const QString network = networkName(event.network);
    switch (event.kind) {
    case ServerEvent::Kind::Down:
        return tr("Its check on %1 failed at the %2 stage.")
            .arg(network, event.verdict.section(QLatin1Char(':'), 0, 0));
    case ServerEvent::Kind::Up:
    case ServerEvent::Kind::CaughtUp:
        return event.height >= 0 ? tr("Its tip on %1 is at height %2.").arg(network).arg(event.height)
                                 : tr("It passes its checks on %1 again.").arg(network);
    case ServerEvent::Kind::Lagging:
        return tr("Other servers of %1 are ahead of its tip at height %2.").arg(network).arg(event.height);
    case ServerEvent::Kind::CertificateChanged:
        return event.pinState == QLatin1String("rotated")
                   ? tr("A CA-signed certificate replaced the pinned one.")
                   : tr("It was refused; Servers → Certificates… shows both fingerprints.");
    case ServerEvent::Kind::Forked:
        return tr("Its tip on %1 (height %2, block %3) is on no other followed server; another block is at that "
                  "height.")
            .arg(network)
            .arg(event.height)
            .arg(event.blockHash.left(16) + u'…');
    case ServerEvent::Kind::ForkResolved:
        return event.height >= 0 ? tr("Its tip on %1 is at height %2.").arg(network).arg(event.height)
                                 : tr("It is no longer followed on %1.").arg(network);
    }
    return {};
}

void MonitorTray::onEvent(const ServerEvent& event)
{
    const bool good = event.kind == ServerEvent::Kind::Up || event.kind == ServerEvent::Kind::CaughtUp ||
                      event.kind == ServerEvent::Kind::ForkResolved;
    m_notifier.notify(title(event), message(event), good ? Notifier::Severity::Good : Notifier::Severity::Problem);
    ++m_sent;
    scheduleUpdate();
}

void MonitorTray::scheduleUpdate()
{
    if (m_updatePending)
        return;
    m_updatePending = true;
    QTimer::singleShot(500, this, [this] {
        m_updatePending = false;
        updateOverallState();
    });
}

void MonitorTray::updateOverallState()
{
    int up = 0, down = 0;
    for (const BitcoinNetwork network : kNetworks) {
        for (const HealthReport& report : m_registry.reports(network)) {
            if (!m_watched.isWatched(networkName(network), report.server))
                continue;
            (report.ok ? up : down) += 1;
        }
    }
    const QString app = QCoreApplication::applicationName();
    if (m_watched.size() == 0) {
        m_notifier.setOverallState(tr("%1: no server is watched").arg(app), true);
        return;
    }
    if (down == 0) {
        m_notifier.setOverallState(tr("%1: %n watched server address(es) up", nullptr, up).arg(app), true);
        return;
    }
    m_notifier.setOverallState(tr("%1: %n watched server address(es) down", nullptr, down).arg(app) +
                                   QLatin1Char('\n') + tr("%1 up").arg(up),
                               false);
}

} // namespace btcw
