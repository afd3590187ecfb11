#include "ServerFilterBar.h"

#include "models/ServerFilterProxyModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>

namespace btcw {

namespace {
// The keys predate the bar (the window saved them), so they keep their "window/" prefix.
const auto kFilterText = QStringLiteral("window/filterText");
const auto kFilterNetwork = QStringLiteral("window/filterNetwork");
const auto kOnionOnly = QStringLiteral("window/onionOnly");
const auto kTlsOnly = QStringLiteral("window/tlsOnly");
const auto kUpOnly = QStringLiteral("window/upOnly");
const auto kTroubledOnly = QStringLiteral("window/troubledOnly");
const auto kGroupByServer = QStringLiteral("window/groupByServer");
const auto kWatchedOnly = QStringLiteral("window/watchedOnly");
} // namespace

ServerFilterBar::ServerFilterBar(ServerFilterProxyModel* proxy, QWidget* parent) : QWidget(parent), m_proxy(proxy)
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by host (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_networkFilter = new QComboBox(this);
    m_onionOnly = new QCheckBox(tr("&Onion only"), this);
    m_tlsOnly = new QCheckBox(tr("&TLS only"), this);
    m_upOnly = new QCheckBox(tr("&Up only"), this);
    m_troubledOnly = new QCheckBox(tr("&Lagging or forked"), this);
    m_troubledOnly->setToolTip(tr("Only servers behind the best tip of their network or on another chain"));
    m_watchedOnly = new QCheckBox(tr("&Watched only"), this);
    m_watchedOnly->setObjectName(QStringLiteral("watchedOnly"));
    m_watchedOnly->setToolTip(tr("Only the servers you watch (ticked in the Watched column)"));
    m_groupByServer = new QCheckBox(tr("&Group by server"), this);
    m_groupByServer->setToolTip(tr("One row per server: addresses confirmed to be the same server (its hostname, "
                                   "IP and .onion twins) are shown once"));
    connect(m_groupByServer, &QCheckBox::toggled, m_proxy, &ServerFilterProxyModel::setGroupByServer);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ServerFilterProxyModel::setFilterText);
    connect(m_networkFilter, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setNetwork(network()); });
    connect(m_onionOnly, &QCheckBox::toggled, m_proxy, &ServerFilterProxyModel::setOnionOnly);
    connect(m_tlsOnly, &QCheckBox::toggled, m_proxy, &ServerFilterProxyModel::setTlsOnly);
    connect(m_upOnly, &QCheckBox::toggled, m_proxy, &ServerFilterProxyModel::setUpOnly);
    connect(m_troubledOnly, &QCheckBox::toggled, m_proxy, &ServerFilterProxyModel::setTroubledOnly);
    connect(m_watchedOnly, &QCheckBox::toggled, m_proxy, &ServerFilterProxyModel::setWatchedOnly);
    connect(m_filter, &QLineEdit::textChanged, this, &ServerFilterBar::filtersChanged);
    for (QCheckBox* box : {m_onionOnly, m_tlsOnly, m_upOnly, m_troubledOnly, m_watchedOnly})
        connect(box, &QCheckBox::toggled, this, &ServerFilterBar::filtersChanged);
    connect(m_networkFilter, &QComboBox::currentIndexChanged, this, &ServerFilterBar::filtersChanged);
    m_filter->installEventFilter(this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_networkFilter);
    layout->addWidget(m_onionOnly);
    layout->addWidget(m_tlsOnly);
    layout->addWidget(m_upOnly);
    layout->addWidget(m_troubledOnly);
    layout->addWidget(m_watchedOnly);
    layout->addWidget(m_groupByServer);
}

void ServerFilterBar::setNetworks(const QStringList& networks)
{
    // Refilling the list must not refilter; the proxy keeps the network it has.
    const QString current = network();
    const QSignalBlocker blocker(m_networkFilter);
    m_networkFilter->clear();
    m_networkFilter->addItem(tr("All networks"), QString());
    for (const QString& name : networks)
        m_networkFilter->addItem(name, name);
    m_networkFilter->setCurrentIndex(qMax(0, m_networkFilter->findData(current)));
}

QString ServerFilterBar::network() const
{
    return m_networkFilter->currentData().toString();
}

void ServerFilterBar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ServerFilterBar::clearFilters()
{
    m_filter->clear();
    for (QCheckBox* box : {m_onionOnly, m_tlsOnly, m_upOnly, m_troubledOnly, m_watchedOnly})
        box->setChecked(false);
}

bool ServerFilterBar::isFiltering() const
{
    return !m_filter->text().isEmpty() || m_onionOnly->isChecked() || m_tlsOnly->isChecked() || m_upOnly->isChecked() ||
           m_troubledOnly->isChecked() || m_watchedOnly->isChecked();
}

bool ServerFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    // Esc in a filter box with text clears it; the window's Esc (cancel a scan) only gets an empty box's Esc.
    if (watched == m_filter && !m_filter->text().isEmpty() &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        if (event->type() == QEvent::KeyPress)
            m_filter->clear();
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ServerFilterBar::saveState(QSettings& settings) const
{
    settings.setValue(kFilterText, m_filter->text());
    settings.setValue(kFilterNetwork, network());
    settings.setValue(kOnionOnly, m_onionOnly->isChecked());
    settings.setValue(kTlsOnly, m_tlsOnly->isChecked());
    settings.setValue(kUpOnly, m_upOnly->isChecked());
    settings.setValue(kTroubledOnly, m_troubledOnly->isChecked());
    settings.setValue(kGroupByServer, m_groupByServer->isChecked());
    settings.setValue(kWatchedOnly, m_watchedOnly->isChecked());
}

void ServerFilterBar::restoreState(const QSettings& settings)
{
    m_filter->setText(settings.value(kFilterText).toString());
    m_networkFilter->setCurrentIndex(qMax(0, m_networkFilter->findData(settings.value(kFilterNetwork).toString())));
    m_onionOnly->setChecked(settings.value(kOnionOnly, false).toBool());
    m_tlsOnly->setChecked(settings.value(kTlsOnly, false).toBool());
    m_upOnly->setChecked(settings.value(kUpOnly, false).toBool());
    m_troubledOnly->setChecked(settings.value(kTroubledOnly, false).toBool());
    m_groupByServer->setChecked(settings.value(kGroupByServer, false).toBool());
    m_watchedOnly->setChecked(settings.value(kWatchedOnly, false).toBool());
}

} // namespace btcw
