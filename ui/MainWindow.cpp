#include "MainWindow.h"

#include "Engine.h"
#include "Icons.h"
#include "cache/ResponseCache.h"
#include "dialogs/AddServerDialog.h"
#include "dialogs/CertificatesDialog.h"
#include "dialogs/ChainTipsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "directory/WatchList.h"
#include "electrum/Network.h"
#include "electrum/SessionPool.h"
#include "health/HealthHistory.h"
#include "health/HealthMonitor.h"
#include "live/ChainFollower.h"
#include "models/CurlCommand.h"
#include "models/EngineText.h"
#include "models/ScanCoordinator.h"
#include "models/ServerFilterProxyModel.h"
#include "models/ServerTableModel.h"
#include "monitor/BlockArrival.h"
#include "net/CertificatePinStore.h"
#include "query/ServerResolver.h"
#include "widgets/FrozenColumnTableView.h"
#include "widgets/HealthHistoryChart.h"
#include "widgets/MonitorTray.h"
#include "widgets/QueryConsole.h"
#include "widgets/ServerDetailsPane.h"
#include "widgets/ServerFilterBar.h"
#include "widgets/StatusIndicators.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace btcw {

namespace {
// The certificates dialog over the engine's pins, on `hostPort`'s pin when given.
void openCertificatesDialog(CertificatePinStore& pins, QWidget* parent, const QString& hostPort = {})
{
    auto* dialog = new CertificatesDialog(pins, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!hostPort.isEmpty())
        dialog->selectPin(hostPort);
    dialog->open();
}

const auto kGeometry = QStringLiteral("window/geometry");
const auto kState = QStringLiteral("window/state");
const auto kHeader = QStringLiteral("window/serverHeader");
const auto kSplitter = QStringLiteral("window/splitter");
const auto kHeaderSignature = QStringLiteral("window/serverHeaderSignature");
const auto kBaseWidths = QStringLiteral("window/serverBaseWidths");
} // namespace

MainWindow::MainWindow(Engine& engine, QWidget* parent)
    : QMainWindow(parent), m_engine(engine), m_apiBaseUrl(defaultApiBaseUrl())
{
    setWindowTitle(tr("BTC Worker"));
    setWindowIcon(Icons::get(Icons::App));

    m_model = new ServerTableModel(this);
    m_model->setPinStore(&m_engine.pins());
    m_model->setWatchList(&m_engine.watchList());
    m_model->setBlockArrival(&m_engine.arrival());
    m_model->setIdentities(&m_engine.directory().identities());
    m_proxy = new ServerFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_scans = new ScanCoordinator(m_engine.health(), m_engine.history(), m_engine.directory(), m_model, this);

    createActions();
    createCentralWidget();
    // The shown server announced a block: its arrival chart takes the new sample.
    connect(&m_engine.arrival(), &BlockArrival::arrived, this, [this](const ServerAddress& server) {
        if (const auto current = currentEntry(); current && current->host == server.host())
            updateDetails();
    });
    createStatusBar();

    connect(&m_engine.directory(), &ServerDirectory::changed, this, &MainWindow::reloadEntries);

    connectScanCoordinator();
    // The chain moves between checks: subscribed servers' new tips reach their rows and the status bar at once.
    connect(&m_engine.follower(), &ChainFollower::tipChanged, m_scans, &ScanCoordinator::onLiveTip);
    connect(m_details, &ServerDetailsPane::statusLearned, m_model, &ServerTableModel::setStatus);
    connect(m_details, &ServerDetailsPane::twinAddRequested, this, [this](const ServerEntry& entry) {
        if (const Status added = m_engine.directory().add(entry); !added.ok())
            statusBar()->showMessage(added.error().message, 10'000);
        else
            statusBar()->showMessage(tr("Added %1, a twin of the selected server.").arg(entry.host), 5'000);
    });
    // Only changes to the shown server redraw the details (a check of 10,000 servers changes many rows).
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int row = m_proxy->mapToSource(m_table->currentIndex()).row();
        if (row >= from.row() && row <= to.row())
            updateDetails();
    });

    m_tray = SystemTrayNotifier::createIfAvailable();
    if (m_tray) {
        connect(m_tray.get(), &SystemTrayNotifier::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        setNotifier(m_tray.get());
    }

    reloadEntries();
    if (m_proxy->rowCount() > 0) // something in the details pane from the start
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    setApiStatus({}, tr("not started"));
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    delete m_monitorTray; // before the tray it tells
    m_monitorTray = nullptr;
}

void MainWindow::setNotifier(Notifier* notifier)
{
    delete m_monitorTray;
    m_monitorTray = nullptr;
    if (!notifier)
        return;
    m_monitorTray =
        new MonitorTray(m_engine.alerts(), m_engine.watchList(), m_engine.health().registry(), *notifier, this);
    connect(&m_engine.health(), &HealthMonitor::reportReady, m_monitorTray, &MonitorTray::scheduleUpdate);
}

void MainWindow::createActions()
{
    m_checkAllAction = new QAction(Icons::get(Icons::CheckAll), tr("&Check all"), this);
    m_checkAllAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_checkAllAction->setToolTip(tr("Check every server the table shows (F5)"));
    connect(m_checkAllAction, &QAction::triggered, this, &MainWindow::checkAll);

    m_cancelAction = new QAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("C&ancel check"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop the running check or peer discovery (Esc)"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelChecks);

    m_discoverAction =
        new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Discover peers"), this);
    m_discoverAction->setToolTip(tr("Ask the healthy servers for the servers they know; new ones are checked before "
                                    "they are added"));
    connect(m_discoverAction, &QAction::triggered, this, &MainWindow::discoverPeers);

    m_addAction = new QAction(Icons::get(Icons::AddServer), tr("&Add server…"), this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addServer);

    m_importAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import servers.json…"), this);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importServers);
    m_exportAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export servers.json…"), this);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportServers);

    m_consoleAction = new QAction(Icons::get(Icons::Console), tr("&Query console"), this);
    m_consoleAction->setObjectName(QStringLiteral("consoleAction"));
    m_consoleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_consoleAction, &QAction::triggered, this, &MainWindow::showQueryConsole);

    m_settingsAction = new QAction(Icons::get(Icons::Settings), tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_seedOrderAction = new QAction(tr("&Seed order"), this);
    m_seedOrderAction->setToolTip(tr("Hostnames, then onion, then IP addresses, as the server list has them"));
    connect(m_seedOrderAction, &QAction::triggered, this,
            [this] { m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); });

    // Ctrl+Q quits, as operators expect on every desktop (the console has Ctrl+Shift+C).
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_removeAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Remove…"), this);
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    // Only in the table: Delete in the filter box or the console edits text.
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, [this] { removeServers(selectedEntries()); });
    m_watchAction = new QAction(tr("&Watch"), this);
    m_watchAction->setObjectName(QStringLiteral("watchAction"));
    m_watchAction->setCheckable(true);
    m_watchAction->setToolTip(tr("Watched servers are followed closely: you are told when one goes down, comes back, "
                                 "falls behind or presents another certificate"));
    connect(m_watchAction, &QAction::triggered, this, [this](bool watch) {
        for (const ServerEntry& e : selectedEntries())
            m_engine.watchList().setWatched(e.key(), watch);
    });
    connect(&m_engine.watchList(), &WatchList::changed, this, &MainWindow::updateWatchAction);
    // Removing asks first, yet a slip (the wrong rows selected) should cost nothing: the last removal can be undone.
    m_undoRemoveAction = new QAction(tr("&Undo remove"), this);
    m_undoRemoveAction->setObjectName(QStringLiteral("undoRemoveAction"));
    m_undoRemoveAction->setShortcut(QKeySequence::Undo);
    m_undoRemoveAction->setEnabled(false);
    connect(m_undoRemoveAction, &QAction::triggered, this, &MainWindow::undoRemove);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAction);
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu* servers = menuBar()->addMenu(tr("&Servers"));
    servers->addAction(m_checkAllAction);
    servers->addAction(m_cancelAction);
    servers->addAction(m_discoverAction);
    servers->addAction(m_watchAction);
    servers->addSeparator();
    servers->addAction(m_undoRemoveAction);
    servers->addSeparator();
    m_clearCacheAction = servers->addAction(tr("C&lear response cache"), this, [this] {
        m_engine.cache().cache().clear();
        refreshCacheStatus();
        statusBar()->showMessage(tr("The response cache was cleared."), 5000);
    });
    servers->addAction(tr("Ce&rtificates…"), this, [this] { openCertificatesDialog(m_engine.pins(), this); })
        ->setObjectName(QStringLiteral("certificatesAction"));
    servers->addAction(tr("Chain &tips…"), this, &MainWindow::showChainTips)
        ->setObjectName(QStringLiteral("chainTipsAction"));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_consoleAction);
    view->addAction(m_seedOrderAction);
    auto* focusFilter = new QAction(tr("&Filter"), this);
    focusFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(focusFilter, &QAction::triggered, this, [this] { m_filterBar->focusFilter(); });
    view->addAction(focusFilter);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About BTC Worker"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("aboutAction"));

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_checkAllAction);
    tools->addAction(m_cancelAction);
    tools->addAction(m_discoverAction);
    tools->addSeparator();
    tools->addAction(m_addAction);
    tools->addAction(m_importAction);
    tools->addAction(m_exportAction);
    tools->addSeparator();
    tools->addAction(m_consoleAction);
    tools->addAction(m_settingsAction);
}

void MainWindow::createCentralWidget()
{
    m_filterBar = new ServerFilterBar(m_proxy, this);

    // Host stays in sight when the table scrolls sideways (at 1024 px not every column fits).
    m_table = new FrozenColumnTableView(ServerTableModel::HostColumn, this);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->addAction(m_removeAction);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep 10,000 rows cheap to lay out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    // Spare width goes to Host and Status (see spreadSpareWidth), not to the last column.
    header->setStretchLastSection(false);
    header->setSortIndicator(-1, Qt::AscendingOrder);
#if QT_VERSION >= QT_VERSION_CHECK(6, 1, 0)
    header->setSortIndicatorClearable(true); // a third click goes back to the seed's order
#endif
    m_table->setSortingEnabled(true);
    applyNaturalWidths();
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    // Focus must show: keyboard users move between the filter, the table and the details pane.
    m_table->setStyleSheet(QStringLiteral("QTableView:focus { border: 2px solid palette(highlight); }"));
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int newSize) {
        // The user's own width for Host or Status becomes the base the spare width is added to.
        if (!m_spreadingWidth && (section == ServerTableModel::HostColumn || section == ServerTableModel::StatusColumn))
            m_baseWidth[section] = newSize - m_spareGiven.value(section);
    });

    // Said in the table when the filters leave nothing, with a way out.
    m_emptyMessage = new QLabel(m_table->viewport());
    m_emptyMessage->setObjectName(QStringLiteral("emptyFilterMessage"));
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setText(tr("No server matches the filters.") + QStringLiteral("<br><a href=\"clear\">") +
                            tr("Clear the filters") + QStringLiteral("</a> ") + tr("(or Esc in the filter box)"));
    m_emptyMessage->hide();
    connect(m_emptyMessage, &QLabel::linkActivated, this, [this] { m_filterBar->clearFilters(); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateEmptyMessage);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyMessage);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyMessage);
    connect(m_filterBar, &ServerFilterBar::filtersChanged, this, &MainWindow::updateEmptyMessage);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateWatchAction);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { m_details->fetchDetails(); });

    m_details = new ServerDetailsPane(m_engine.queries(), m_engine.pins(), this);
    m_details->setIdentities(&m_engine.resolver(), &m_engine.directory().identities());

    auto* tableArea = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_console = new QueryConsole(m_engine.queries(), this);
    m_console->setApiAllowsPrivateTargets(m_engine.options().allowPrivateTargets);
    m_consoleDock = new QDockWidget(tr("Query console"), this);
    m_consoleDock->setObjectName(QStringLiteral("queryConsoleDock"));
    m_consoleDock->setWidget(m_console);
    addDockWidget(Qt::BottomDockWidgetArea, m_consoleDock);
    m_consoleDock->hide();
}

void MainWindow::applyNaturalWidths()
{
    // Widths from sample contents in the current language and font.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 12;
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    auto fit = [&](const QString& sample, int column, int extra = 0) {
        const int header = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 18;
        m_table->horizontalHeader()->resizeSection(column,
                                                   qMax(header, metrics.horizontalAdvance(sample) + padding + extra));
    };
    fit(QStringLiteral("electrum.example.org"), ServerTableModel::HostColumn);
    fit(ServerTableModel::kindText(HostKind::Hostname), ServerTableModel::KindColumn, icon);
    fit(QStringLiteral("65535"), ServerTableModel::TcpPortColumn);
    fit(QStringLiteral("65535"), ServerTableModel::TlsPortColumn);
    fit(QStringLiteral("testnet4"), ServerTableModel::NetworkColumn);
    fit(QStringLiteral("1.4.2"), ServerTableModel::ProtocolColumn);
    fit(QStringLiteral("version: no answer within"), ServerTableModel::StatusColumn, icon);
    fit(QStringLiteral("888,888"), ServerTableModel::HeightColumn);
    fit(QStringLiteral("8,888"), ServerTableModel::LagColumn);
    fit(QStringLiteral("8888 ms"), ServerTableModel::LatencyColumn);
    // Checks before today show the date too.
    fit(QLocale().toString(QDateTime(QDate(2088, 12, 28), QTime(23, 58)), QLocale::ShortFormat),
        ServerTableModel::LastCheckedColumn);
    fit(QStringLiteral("not pinned"), ServerTableModel::PinColumn, icon);
    fit(QStringLiteral("100.0 %"), ServerTableModel::UptimeColumn);
    fit(QStringLiteral("peer of electrum.example.org:50002:s"), ServerTableModel::SourceColumn, icon);
    fit(QString(), ServerTableModel::WatchedColumn, icon); // a check box
    fit(QStringLiteral("88.8 s"), ServerTableModel::ArrivalColumn, icon);
    m_baseWidth.clear();
    m_spareGiven.clear();
    for (int column : {int(ServerTableModel::HostColumn), int(ServerTableModel::StatusColumn)})
        m_baseWidth[column] = m_table->horizontalHeader()->sectionSize(column);
    spreadSpareWidth();
}

QString MainWindow::headerSignature() const
{
    // Saved widths fit the language (header texts) and the font they were made with; "2": spare-width layout.
    QStringList parts{QStringLiteral("2"), m_table->font().key()};
    for (int c = 0; c < ServerTableModel::ColumnCount; ++c)
        parts.append(m_model->headerData(c, Qt::Horizontal).toString());
    return parts.join(QLatin1Char('|'));
}

void MainWindow::spreadSpareWidth()
{
    QHeaderView* header = m_table->horizontalHeader();
    const int host = ServerTableModel::HostColumn;
    const int status = ServerTableModel::StatusColumn;
    int used = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (!header->isSectionHidden(c) && c != host && c != status)
            used += header->sectionSize(c);
    }
    const int spare =
        qMax(0, m_table->viewport()->width() - used - m_baseWidth.value(host) - m_baseWidth.value(status));
    m_spareGiven[host] = header->isSectionHidden(status) ? spare : spare / 2;
    m_spareGiven[status] = spare - m_spareGiven[host];
    m_spreadingWidth = true;
    header->resizeSection(host, m_baseWidth.value(host) + m_spareGiven[host]);
    header->resizeSection(status, m_baseWidth.value(status) + m_spareGiven[status]);
    m_spreadingWidth = false;
}

void MainWindow::updateEmptyMessage()
{
    const bool empty = m_proxy->rowCount() == 0 && m_model->rowCount() > 0;
    m_emptyMessage->setGeometry(m_table->viewport()->rect().adjusted(16, 16, -16, -16));
    m_emptyMessage->setVisible(empty);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Delete in the table removes (after asking), also where no shortcut reached it first.
    if (m_table && watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        removeServers(selectedEntries());
        return true;
    }
    if (m_table && watched == m_table->viewport() && event->type() == QEvent::Resize) {
        spreadSpareWidth();
        updateEmptyMessage();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createStatusBar()
{
    // First, so the server count comes before the progress on the left.
    m_indicators = new StatusIndicators(statusBar(), m_engine.tor(), m_engine.cache(), m_proxy, m_model, this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(QWIDGETSIZE_MAX);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelChecks);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_cancelButton);
}

void MainWindow::reloadEntries()
{
    // A reset loses the selection; a server added by peer discovery must not empty the details pane.
    const std::optional<ServerEntry> shown = currentEntry();
    const QList<ServerEntry> entries = m_engine.directory().entries();
    m_model->setEntries(entries);
    if (const int row = shown ? m_model->rowForKey(shown->key()) : -1; row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_table->setCurrentIndex(index);
    }
    m_scans->restoreKnownStatuses();
    m_console->setServers(entries);

    // Every network the add dialog offers, testnet4 too, even before it has a server.
    m_filterBar->setNetworks(ServerDirectory::knownNetworks());
    updateDetails();
}

QString MainWindow::torStatusText() const
{
    return m_indicators->torStatusText();
}

QString MainWindow::apiStatusText() const
{
    return m_indicators->apiStatusText();
}

QString MainWindow::cacheStatusText() const
{
    return m_indicators->cacheStatusText();
}

void MainWindow::setApiStatus(const QString& listeningUrl, const QString& error)
{
    m_indicators->setApiStatus(listeningUrl, error);
    if (!listeningUrl.isEmpty())
        m_apiBaseUrl = listeningUrl;
    m_apiListening = !listeningUrl.isEmpty();
    m_console->setApiBaseUrl(m_apiBaseUrl);
}

void MainWindow::setApiTokenFile(const QString& path)
{
    m_apiTokenFile = path;
    m_console->setApiTokenFile(path);
}

void MainWindow::setApiTokenStore(const QString& where, std::function<QByteArray()> readToken)
{
    m_apiTokenStore = where;
    m_readApiToken = std::move(readToken);
}

void MainWindow::setCacheDescription(const QString& description)
{
    m_indicators->setCacheDescription(description);
}

void MainWindow::refreshCacheStatus()
{
    m_indicators->refreshCacheStatus();
}

std::optional<ServerEntry> MainWindow::currentEntry() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->entry(index.row());
}

QList<ServerEntry> MainWindow::selectedEntries() const
{
    QList<ServerEntry> out;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        out.append(m_model->entry(m_proxy->mapToSource(index).row()));
    if (out.isEmpty()) {
        if (auto current = currentEntry())
            out.append(*current);
    }
    return out;
}

void MainWindow::updateDetails()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid()) {
        m_details->showServer(std::nullopt);
        return;
    }
    const ServerEntry& entry = m_model->entry(index.row());
    const ServerStatus& status = m_model->status(index.row());
    m_details->showServer(entry, status);
    const ServerAddress address = status.server.isValid() ? status.server : entry.preferredAddress();
    QList<PeerProvenance> announcedBy = m_engine.health().provenance(entry.host);
    if (announcedBy.isEmpty() && entry.source == QLatin1String("peer") && !entry.announcedBy.isEmpty()) {
        // Discovered in an earlier run: the directory kept who announced it and when.
        if (const auto by = ServerAddress::parse(entry.announcedBy); by.ok())
            announcedBy.append(PeerProvenance{by.value(), entry.discoveredAt, {}, {}});
    }
    m_details->setHealth(m_engine.health().registry().latest(address), m_engine.history().history(address),
                         announcedBy);
    // The same address's block arrival as the table's Arrival column shows.
    const std::optional<ServerAddress> followed = ServerTableModel::arrivalAddress(&m_engine.arrival(), entry);
    m_details->setArrivalRecords(followed ? arrivalRecords(m_engine.arrival().samples(*followed))
                                          : QList<HealthRecord>{});
}

void MainWindow::connectScanCoordinator()
{
    connect(m_scans, &ScanCoordinator::progressChanged, this, &MainWindow::showProgress);
    connect(m_scans, &ScanCoordinator::progressHidden, this, &MainWindow::hideProgress);
    connect(m_scans, &ScanCoordinator::statusMessage, this,
            [this](const QString& text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
}

void MainWindow::showProgress(int value, int maximum, const QString& text)
{
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    m_progress->setFormat(text);
    // Wide enough for the whole text on one line ("Checking testnet4: 120 of 480…" must not wrap or be cut).
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(text) +
                                4 * m_progress->fontMetrics().height());
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_cancelAction->setEnabled(true);
}

void MainWindow::hideProgress()
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_cancelAction->setEnabled(false);
}

void MainWindow::checkAll()
{
    QList<ServerEntry> entries;
    entries.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        entries.append(m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    if (entries.isEmpty()) {
        statusBar()->showMessage(tr("No server to check."), 5000);
        return;
    }
    m_scans->checkEntries(entries);
}

void MainWindow::discoverPeers()
{
    const QString shown = m_filterBar->network();
    if (shown.isEmpty())
        m_scans->discoverPeers(); // all networks shown: the last scanned one
    else
        m_scans->discoverPeers(networkFromName(shown).value_or(BitcoinNetwork::Mainnet));
}

void MainWindow::cancelChecks()
{
    m_scans->cancel();
}

void MainWindow::showQueryConsole()
{
    if (auto entry = currentEntry(); entry && entry->preferredAddress().isValid())
        m_console->setServer(entry->preferredAddress());
    m_consoleDock->show();
    m_consoleDock->raise();
    m_console->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showTableMenu(const QPoint& pos)
{
    const QList<ServerEntry> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    const ServerEntry first = entries.first();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(Icons::get(Icons::CheckAll), tr("&Check now"), this,
                    [this, entries] { m_scans->checkEntries(entries); });
    menu->addAction(Icons::get(Icons::Console), tr("&Query…"), this, &MainWindow::showQueryConsole);
    updateWatchAction();
    menu->addAction(m_watchAction);
    menu->addSeparator();
    menu->addAction(tr("Copy &address"), this, [entries] {
        QStringList lines;
        for (const ServerEntry& e : entries)
            lines.append(e.preferredAddress().toString());
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    menu->addAction(tr("Copy c&url for the API"), this, [this, first] {
        QApplication::clipboard()->setText(
            curlCommand(m_apiBaseUrl, first.preferredAddress(), QStringLiteral("server.features"), {}, m_apiTokenFile));
        if (apiRefusesAsPrivate(first.preferredAddress(), m_engine.options().allowPrivateTargets)) {
            statusBar()->showMessage(tr("Copied, but the API refuses %1 (on this machine or your network) unless "
                                        "btc-worker runs with --allow-private-targets.")
                                         .arg(first.host),
                                     10'000);
        }
    });
    // Offered where the refusal shows; enabled only when the server presented a new certificate that waits.
    const QString tlsHostPort = first.tlsPort ? first.address(Transport::Tls).hostPort() : QString();
    const auto pin = m_engine.pins().pin(tlsHostPort);
    menu->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("&Trust new certificate…"), this,
                    [this, tlsHostPort] { openCertificatesDialog(m_engine.pins(), this, tlsHostPort); })
        ->setEnabled(pin && pin->hasPending());
    menu->addSeparator();
    menu->addAction(m_removeAction);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::updateWatchAction()
{
    const QList<ServerEntry> entries = selectedEntries();
    const WatchList& watched = m_engine.watchList();
    m_watchAction->setEnabled(!entries.isEmpty());
    m_watchAction->setChecked(
        !entries.isEmpty() &&
        std::all_of(entries.begin(), entries.end(), [&](const ServerEntry& e) { return watched.isWatched(e.key()); }));
}

void MainWindow::removeServers(const QList<ServerEntry>& entries)
{
    if (entries.isEmpty())
        return;
    // Asked without a nested event loop: the box answers through its signal.
    const QString text = entries.size() == 1
                             ? tr("Remove %1 from the %2 list?").arg(entries.first().host, entries.first().network)
                             : tr("Remove %n server(s) from the list?", nullptr, int(entries.size()));
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove servers"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    QAbstractButton* yes = box->button(QMessageBox::Yes);
    yes->setText(tr("&Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QAbstractButton::clicked, this, [this, entries] {
        QStringList problems;
        QList<ServerEntry> removed;
        for (const ServerEntry& e : entries) {
            if (auto status = m_engine.directory().remove(e.network, e.host); !status.ok())
                problems.append(QStringLiteral("%1: %2").arg(e.host, EngineText::error(status.error())));
            else
                removed.append(e);
        }
        m_lastRemoved = removed;
        m_undoRemoveAction->setEnabled(!removed.isEmpty());
        if (!problems.isEmpty())
            showProblem(tr("Remove servers"), problems.join(QLatin1Char('\n')));
        else
            statusBar()->showMessage(tr("Removed %n server(s). %1 puts them back.", nullptr, int(entries.size()))
                                         .arg(m_undoRemoveAction->shortcut().toString(QKeySequence::NativeText)),
                                     10000);
    });
    box->open();
}

void MainWindow::undoRemove()
{
    if (m_lastRemoved.isEmpty())
        return;
    const QList<ServerEntry> entries = std::exchange(m_lastRemoved, {});
    m_undoRemoveAction->setEnabled(false);
    if (Status status = m_engine.directory().restore(entries); !status.ok()) {
        showProblem(tr("Undo remove"), EngineText::error(status.error()));
        return;
    }
    selectServer(entries.first());
    statusBar()->showMessage(tr("Put back %n server(s).", nullptr, int(entries.size())), 5000);
}

void MainWindow::selectServer(const ServerEntry& entry)
{
    const int row = m_model->rowForKey(entry.key());
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // The filters hide it: show it rather than leave the user wondering where it went.
        m_filterBar->clearFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

QString MainWindow::targetNetwork() const
{
    const QString network = m_filterBar->network();
    return network.isEmpty() ? QStringLiteral("mainnet") : network;
}

void MainWindow::showProblem(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::addServer()
{
    auto* dialog = new AddServerDialog(m_engine.directory().networks(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNetwork(targetNetwork());
    // The same check as a scan's, on the typed address before it is added (the user typed it: private is fine).
    dialog->setConnectionTest(
        [this](const ServerEntry& entry, QObject* context, std::function<void(Result<HealthReport>)> done) {
            const auto network = networkFromName(entry.network);
            if (!network) {
                done(Error::make(ErrorKind::InvalidArgument, tr("unknown network %1").arg(entry.network)));
                return;
            }
            m_engine.health().checkOne(entry.preferredAddress(), *network, m_engine.options().health.budget, context,
                                       std::move(done), true);
        });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ServerEntry entry = dialog->entry();
        if (auto status = m_engine.directory().add(entry); !status.ok()) {
            showProblem(tr("Add server"), status.error().message);
            return;
        }
        statusBar()->showMessage(tr("Added %1.").arg(entry.preferredAddress().toString()), 5000);
        selectServer(entry);
        m_scans->checkEntries({entry});
    });
    dialog->open();
}

void MainWindow::importServers()
{
    // The file does not say its network, so the user does (the filter's network is only the suggestion).
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("importNetwork"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Import servers.json"));
    ask->setLabelText(tr("Which network are the servers in this file for?"));
    ask->setComboBoxItems(ServerDirectory::knownNetworks());
    ask->setComboBoxEditable(false);
    ask->setTextValue(targetNetwork());
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString& network) {
        auto* dialog = new QFileDialog(this, tr("Import servers.json into %1").arg(network));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("Electrum server lists (*.json)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, this,
                [this, network](const QString& path) { importServersFile(path, network); });
        dialog->open();
    });
    ask->open();
}

void MainWindow::importServersFile(const QString& path, const QString& network)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Import servers"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray json = file.readAll();
    QStringList warnings;
    const auto added = m_engine.directory().importServersJson(json, network, &warnings);
    if (!added.ok()) {
        showProblem(tr("Import servers"), added.error().toString());
        return;
    }
    statusBar()->showMessage(tr("Imported %n server(s) into %1.", nullptr, *added).arg(network), 8000);
    if (!warnings.isEmpty())
        showProblem(tr("Import servers"),
                    tr("Some entries were skipped:") + QLatin1Char('\n') + warnings.join(QLatin1Char('\n')));
    // The staged check compares each server's genesis with the network's: a list meant for another network shows
    // up as failed rows at once instead of silently sitting in the wrong list.
    const QStringList hosts = QJsonDocument::fromJson(json).object().keys();
    QList<ServerEntry> imported;
    for (const QString& host : hosts) {
        if (auto entry = m_engine.directory().find(network, host))
            imported.append(*entry);
    }
    if (!imported.isEmpty())
        m_scans->checkEntries(imported);
}

void MainWindow::exportServers()
{
    const QString network = m_filterBar->network(); // empty: every network the table can show
    const QString title = network.isEmpty() ? tr("Export all servers as servers.json")
                                            : tr("Export %1 servers as servers.json").arg(network);
    auto* dialog = new QFileDialog(this, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("servers.json"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, network](const QString& path) { exportServersFile(path, network); });
    dialog->open();
}

void MainWindow::exportServersFile(const QString& path, const QString& network)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_engine.directory().exportServersJson(network)) < 0 ||
        !file.commit()) {
        showProblem(tr("Export servers"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    if (network.isEmpty())
        statusBar()->showMessage(tr("Exported the servers of every network to %1.").arg(path), 8000);
    else
        statusBar()->showMessage(tr("Exported the %1 servers to %2.").arg(network, path), 8000);
}

void MainWindow::showChainTips()
{
    // The network shown (mainnet when every network is shown): tips of different chains never agree.
    const QString network = targetNetwork();
    const auto chain = networkFromName(network);
    if (!chain)
        return;
    auto* dialog = new ChainTipsDialog(network, m_engine.health().registry().tipAgreement(*chain), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    const auto link = [](const QString& url, const QString& text) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
    };
    // The running API's own docs (its port may come from the command line), and the folder with pins and history.
    const QString docs = m_apiListening
                             ? link(m_apiBaseUrl + QStringLiteral("/docs"), m_apiBaseUrl + QStringLiteral("/docs"))
                             : tr("the local API is not running").toHtmlEscaped();
    const QString dataDir = m_engine.options().dataDir;
    const QString data = dataDir.isEmpty()
                             ? tr("none: nothing is kept on disk").toHtmlEscaped()
                             : link(QUrl::fromLocalFile(dataDir).toString(), QDir::toNativeSeparators(dataDir));
    const QString text =
        QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p><p>%4<br>%5</p>")
            .arg(tr("BTC Worker %1").arg(QStringLiteral(BTCW_VERSION)).toHtmlEscaped(),
                 tr("Browse, check and query Electrum servers; a local REST API serves the same queries.")
                     .toHtmlEscaped(),
                 tr("Released under the MIT licence.").toHtmlEscaped(), tr("API documentation: %1").arg(docs),
                 tr("Data folder: %1").arg(data));
    auto* box = new QMessageBox(QMessageBox::Information, tr("About BTC Worker"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openSettings()
{
    auto* settings = new QSettings(this);
    auto* dialog = new SettingsDialog(*settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(m_secretStore);
    if (m_apiListening)
        dialog->setRunningApi(QUrl(m_apiBaseUrl));
    if (m_readApiToken)
        dialog->setApiTokenStore(m_apiBaseUrl, m_apiTokenStore, m_readApiToken);
    else if (!m_apiBaseUrl.isEmpty())
        dialog->setApiTokenFile(m_apiBaseUrl, m_apiTokenFile);
    connect(dialog, &QDialog::accepted, this, &MainWindow::settingsChanged);
    connect(dialog, &QObject::destroyed, settings, &QObject::deleteLater);
    dialog->open();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kHeader, m_table->horizontalHeader()->saveState());
    settings.setValue(kHeaderSignature, headerSignature());
    settings.setValue(kBaseWidths, QVariantList{m_baseWidth.value(ServerTableModel::HostColumn),
                                                m_baseWidth.value(ServerTableModel::StatusColumn)});
    settings.setValue(kSplitter, m_splitter->saveState());
    m_filterBar->saveState(settings);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(kState).toByteArray());
    QHeaderView* header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(kHeader).toByteArray())) {
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        header->setStretchLastSection(false);
        // Widths saved under another language or font would cut headers ("500…"): order and sort stay, widths go.
        if (settings.value(kHeaderSignature).toString() != headerSignature()) {
            applyNaturalWidths();
        } else {
            const QVariantList base = settings.value(kBaseWidths).toList();
            m_baseWidth[ServerTableModel::HostColumn] =
                base.value(0, header->sectionSize(ServerTableModel::HostColumn)).toInt();
            m_baseWidth[ServerTableModel::StatusColumn] =
                base.value(1, header->sectionSize(ServerTableModel::StatusColumn)).toInt();
            spreadSpareWidth();
        }
    }
    if (!m_splitter->restoreState(settings.value(kSplitter).toByteArray()))
        m_splitter->setSizes({width() - 300, 300});
    m_filterBar->restoreState(settings);
    if (SettingsValues::read(settings).flag(SettingsKeys::CheckOnStart))
        QTimer::singleShot(0, this, &MainWindow::checkAll); // after the window is up, so the check shows
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace btcw
