// The main window over a real Engine: seed order, status bar texts, health scans of test servers with verdicts, lag,
// forks and peer discovery, health settings, saved layout.
#include "ChainEncoding.h"
#include "Engine.h"
#include "EngineSetup.h"
#include "MainWindow.h"
#include "TestElectrumServer.h"
#include "cache/ResponseCache.h"
#include "dialogs/SettingsDialog.h"
#include "directory/ServerDirectory.h"
#include "health/HealthMonitor.h"
#include "models/ServerFilterProxyModel.h"
#include "models/ServerTableModel.h"
#include "secrets/MemorySecretStore.h"
#include "widgets/QueryConsole.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace btcw;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;

namespace {

EngineOptions optionsIn(const QTemporaryDir& dir)
{
    EngineOptions options;
    options.dataDir = dir.filePath(QStringLiteral("data"));
    options.tor.enabled = false; // no Tor probing in a window test
    options.allowPrivateTargets = true;
    options.health.discoverPeers = false; // the tests start discovery themselves
    options.health.budget = 5s;
    options.health.concurrency = 4;
    return options;
}

// What app/main.cpp does when the settings dialog saved: the stored settings and passwords reach the engine.
void applySettingsLikeTheApp(MainWindow& window, Engine& engine, SecretStore* store = nullptr)
{
    QSettings().setValue(QStringLiteral("tor/enabled"), false); // no Tor probing in a window test
    QObject::connect(&window, &MainWindow::settingsChanged, &window, [&window, &engine, store] {
        reapplySettings(engine, {QStringLiteral("btc-worker")}, store, &window,
                        [](const QString& message) { QFAIL(qPrintable(message)); });
    });
}

bool canListenOn(const QString& ip)
{
    QTcpServer probe;
    return probe.listen(QHostAddress(ip), 0);
}

// A server of the regtest directory at `ip`, on TCP only (its preferred address).
ServerEntry tcpEntry(const QString& ip, const TestElectrumServer& server)
{
    ServerEntry e;
    e.host = ip;
    e.kind = HostKind::IPv4;
    e.tcpPort = server.tcpPort();
    e.network = QStringLiteral("regtest");
    e.source = QStringLiteral("user");
    return e;
}

// Puts a transaction of its own into the server's mempool (by broadcasting it, as a wallet would), so the block it
// mines next differs from the other servers' next block: a fork at that height.
bool broadcastOwnTransaction(const QString& ip, const TestElectrumServer& server)
{
    btcw::test::Transaction tx;
    tx.inputs.append({QByteArray(32, '\x42'), 0, {}, 0xffffffff});
    tx.outputs.append({1000, QByteArray::fromHex("0014") + QByteArray(20, '\x11')});
    const QJsonObject request{{QStringLiteral("id"), 1},
                              {QStringLiteral("method"), QStringLiteral("blockchain.transaction.broadcast")},
                              {QStringLiteral("params"), QJsonArray{QString::fromLatin1(tx.serialize().toHex())}}};
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(ip), server.tcpPort());
    if (!socket.waitForConnected(5000))
        return false;
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    // The server runs on this thread: let it answer while waiting for the line.
    QElapsedTimer clock;
    clock.start();
    while (!socket.canReadLine() && clock.elapsed() < 5000) {
        QCoreApplication::processEvents();
        socket.waitForReadyRead(20);
    }
    const QJsonObject reply = QJsonDocument::fromJson(socket.readLine()).object();
    return reply.contains(QStringLiteral("result"));
}

QString cell(const MainWindow& window, const QString& key, int column, int role = Qt::DisplayRole)
{
    const ServerTableModel* model = window.serverModel();
    return model->index(model->rowForKey(key), column).data(role).toString();
}

// Only the test's own servers in the regtest list: the bundled one at 127.0.0.1 goes.
void dropBundledRegtest(Engine& engine)
{
    (void)engine.directory().remove(QStringLiteral("regtest"), QStringLiteral("127.0.0.1"));
}

// Shows only the regtest servers on loopback, so "check all" contacts nothing else.
void showOnlyLoopback(MainWindow& window)
{
    window.serverProxy()->setNetwork(QStringLiteral("regtest"));
    window.serverProxy()->setFilterText(QStringLiteral("127.0.0."));
}

ServerEntry localEntry(const TestElectrumServer& server)
{
    ServerEntry e;
    e.host = QStringLiteral("127.0.0.1");
    e.kind = HostKind::IPv4;
    e.tlsPort = server.tlsPort();
    e.tcpPort = server.tcpPort();
    e.network = QStringLiteral("regtest");
    e.source = QStringLiteral("user");
    return e;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tableShowsTheDirectoryInSeedOrder();
    void statusBarTellsTorAndApiState();
    void checkAllMarksTheTestServerUpWithItsHeight();
    void scanShowsVerdictsLagAndForksAndTheHistoryOutlivesTheEngine();
    void cancelStopsTheScanAndPutsRowsBack();
    void settingsDialogAppliesHealthOptionsAtOnce();
    void passwordsSavedInSettingsApplyAtOnce();
    void discoveredPeerJoinsTheTableWithItsProvenance();
    void filterBoxFiltersTheTable();
    void cacheStatusShowsTheBackendAndClearEmptiesIt();
    void sortOrderAndLayoutAreRestored();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Keep the window's QSettings in a temporary directory, never the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("btcw-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::tableShowsTheDirectoryInSeedOrder()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    MainWindow window(engine);
    const QList<ServerEntry> entries = engine.directory().entries();
    QVERIFY(!entries.isEmpty()); // the bundled lists
    ServerFilterProxyModel* proxy = window.serverProxy();
    QCOMPARE(proxy->rowCount(), entries.size());
    for (int row = 0; row < qMin(entries.size(), 50); ++row)
        QCOMPARE(proxy->index(row, ServerTableModel::HostColumn).data().toString(), entries.at(row).host);

    // The directory's changes reach the table.
    ServerEntry added;
    added.host = QStringLiteral("added.example.org");
    added.tlsPort = 50002;
    added.network = QStringLiteral("mainnet");
    added.source = QStringLiteral("user");
    const QModelIndex chosen = proxy->index(5, ServerTableModel::HostColumn);
    window.serverView()->setCurrentIndex(chosen);
    const QString chosenKey = chosen.data(ServerTableModel::KeyRole).toString();
    QVERIFY(engine.directory().add(added).ok());
    QVERIFY(window.serverModel()->rowForKey(added.key()) >= 0);
    QCOMPARE(window.serverModel()->rowCount(), entries.size() + 1);
    // The server that was selected stays selected (a peer found during a scan must not empty the details pane).
    QCOMPARE(window.serverView()->currentIndex().data(ServerTableModel::KeyRole).toString(), chosenKey);
}

void TestMainWindow::statusBarTellsTorAndApiState()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    MainWindow window(engine);
    QCOMPARE(window.torStatusText(), QStringLiteral("Tor: off"));
    window.setApiStatus(QStringLiteral("http://127.0.0.1:5123"), {});
    QCOMPARE(window.apiStatusText(), QStringLiteral("API: http://127.0.0.1:5123"));
    // "Copy as curl" follows the API's real address.
    QueryConsole* console = window.queryConsole();
    console->setServer(ServerAddress::create(u"electrum.example.org", 50002, Transport::Tls).value());
    console->setMethod(QStringLiteral("server.features"));
    QVERIFY(console->curlText().value().startsWith(QStringLiteral("curl 'http://127.0.0.1:5123/electrum/query?")));
    window.setApiStatus({}, QStringLiteral("port 5000 is in use"));
    QCOMPARE(window.apiStatusText(), QStringLiteral("API: off (port 5000 is in use)"));
}

void TestMainWindow::cacheStatusShowsTheBackendAndClearEmptiesIt()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    MainWindow window(engine);
    QCOMPARE(window.cacheStatusText(), QStringLiteral("Cache: %1").arg(engine.cache().cache().backendName()));
    engine.cache().cache().put(QByteArrayLiteral("some-key"), QByteArrayLiteral("{\"result\":1}"),
                               std::chrono::seconds(60));
    QCOMPARE(engine.cache().cache().stats().entries, 1);
    window.clearCacheAction()->trigger();
    QCOMPARE(engine.cache().cache().stats().entries, 0);
}

void TestMainWindow::checkAllMarksTheTestServerUpWithItsHeight()
{
    TestElectrumServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    QVERIFY(engine.directory().add(localEntry(server)).ok());
    MainWindow window(engine);
    // Only the loopback test server is shown, so "check all" contacts nothing else.
    window.serverProxy()->setNetwork(QStringLiteral("regtest"));
    window.serverProxy()->setFilterText(QStringLiteral("127.0.0.1"));
    QCOMPARE(window.serverProxy()->rowCount(), 1);

    QSignalSpy finished(&engine.health(), &HealthMonitor::scanFinished);
    window.checkAll();
    QVERIFY(engine.health().status().running);
    QVERIFY(finished.wait(15'000));
    const int row = window.serverModel()->rowForKey(localEntry(server).key());
    const ServerStatus status = window.serverModel()->status(row);
    QCOMPARE(status.state, ServerState::Up);
    QCOMPARE(status.height, server.tipHeight());
    QCOMPARE(window.serverModel()->bestTip(QStringLiteral("regtest")), server.tipHeight());
    QCOMPARE(window.serverModel()->index(row, ServerTableModel::LagColumn).data().toString(), QStringLiteral("0"));
    // TLS was preferred, so the certificate got pinned on first use and the table says so.
    QCOMPARE(window.serverModel()->index(row, ServerTableModel::PinColumn).data().toString(), QStringLiteral("pinned"));
}

void TestMainWindow::scanShowsVerdictsLagAndForksAndTheHistoryOutlivesTheEngine()
{
    if (!canListenOn(QStringLiteral("127.0.0.2")))
        QSKIP("this system only listens on 127.0.0.1 (the directory tells servers apart by host)");
    const QString ipA = QStringLiteral("127.0.0.2"), ipB = QStringLiteral("127.0.0.3"),
                  ipFork = QStringLiteral("127.0.0.4"), ipLag = QStringLiteral("127.0.0.5"),
                  ipWrong = QStringLiteral("127.0.0.6");
    TestElectrumServer::Options lagOptions;
    lagOptions.blocks = 12;
    TestElectrumServer::Options mainnetOptions;
    mainnetOptions.network = QStringLiteral("mainnet");
    auto a = TestElectrumServer::startedOn(ipA), b = TestElectrumServer::startedOn(ipB),
         fork = TestElectrumServer::startedOn(ipFork), lag = TestElectrumServer::startedOn(ipLag, lagOptions),
         wrong = TestElectrumServer::startedOn(ipWrong, mainnetOptions);
    for (const auto* server : {a.get(), b.get(), fork.get(), lag.get(), wrong.get()})
        QVERIFY(server);
    // Everyone mines block 21; the forked server's has a transaction the others never saw.
    QVERIFY(broadcastOwnTransaction(ipFork, *fork));
    for (TestElectrumServer* server : {a.get(), b.get(), fork.get()})
        server->mineBlock();
    QCOMPARE(a->blockHashHex(21), b->blockHashHex(21));
    QVERIFY(fork->blockHashHex(21) != a->blockHashHex(21));

    QTemporaryDir dir;
    const QString keyA = QStringLiteral("regtest/") + ipA, keyFork = QStringLiteral("regtest/") + ipFork,
                  keyLag = QStringLiteral("regtest/") + ipLag, keyWrong = QStringLiteral("regtest/") + ipWrong;
    {
        Engine engine(optionsIn(dir));
        engine.start();
        dropBundledRegtest(engine);
        for (const auto& [ip, server] :
             {std::pair{ipA, a.get()}, std::pair{ipB, b.get()}, std::pair{ipFork, fork.get()},
              std::pair{ipLag, lag.get()}, std::pair{ipWrong, wrong.get()}})
            QVERIFY(engine.directory().add(tcpEntry(ip, *server)).ok());
        MainWindow window(engine);
        showOnlyLoopback(window);
        QCOMPARE(window.serverProxy()->rowCount(), 5);

        QSignalSpy started(&engine.health(), &HealthMonitor::scanStarted);
        QSignalSpy finished(&engine.health(), &HealthMonitor::scanFinished);
        window.checkAllAction()->trigger();
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().at(0).value<BitcoinNetwork>(), BitcoinNetwork::Regtest);
        QCOMPARE(started.first().at(1).toInt(), 5);
        QCOMPARE(window.serverModel()->status(window.serverModel()->rowForKey(keyLag)).state, ServerState::Checking);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toBool(), false);

        QCOMPARE(cell(window, keyA, ServerTableModel::StatusColumn), QStringLiteral("up"));
        QCOMPARE(cell(window, keyA, ServerTableModel::HeightColumn), QStringLiteral("21"));
        QCOMPARE(cell(window, keyA, ServerTableModel::LagColumn), QStringLiteral("0"));
        QCOMPARE(cell(window, keyA, ServerTableModel::UptimeColumn), QStringLiteral("100 %"));
        QCOMPARE(cell(window, keyLag, ServerTableModel::StatusColumn), QStringLiteral("up"));
        QCOMPARE(cell(window, keyLag, ServerTableModel::LagColumn), QStringLiteral("9"));
        QCOMPARE(cell(window, keyFork, ServerTableModel::StatusColumn), QStringLiteral("fork"));
        QCOMPARE(cell(window, keyFork, ServerTableModel::StatusColumn, Qt::ToolTipRole),
                 QStringLiteral("reports another block hash at height 21 than most servers"));
        QVERIFY(window.serverModel()->isForked(window.serverModel()->rowForKey(keyFork)));
        QVERIFY(!window.serverModel()->isForked(window.serverModel()->rowForKey(keyA)));
        QCOMPARE(cell(window, keyWrong, ServerTableModel::StatusColumn), QStringLiteral("wrong network"));
        QCOMPARE(cell(window, keyWrong, ServerTableModel::StatusColumn, Qt::ToolTipRole),
                 QStringLiteral("features: genesis is mainnet's, expected regtest"));
        QCOMPARE(window.serverModel()->status(window.serverModel()->rowForKey(keyWrong)).state, ServerState::Down);
        QCOMPARE(cell(window, keyWrong, ServerTableModel::UptimeColumn), QStringLiteral("0 %"));

        // The quick filter for trouble shows the lagging and the forked server.
        window.serverProxy()->setTroubledOnly(true);
        QStringList troubled;
        for (int row = 0; row < window.serverProxy()->rowCount(); ++row)
            troubled.append(window.serverProxy()->index(row, ServerTableModel::HostColumn).data().toString());
        QCOMPARE(troubled, (QStringList{ipFork, ipLag}));
    }

    // Another run over the same data directory: the rows show the last checks and uptime from the history.
    Engine again(optionsIn(dir));
    again.start();
    MainWindow window(again);
    QCOMPARE(cell(window, keyA, ServerTableModel::StatusColumn), QStringLiteral("up"));
    QCOMPARE(cell(window, keyA, ServerTableModel::HeightColumn), QStringLiteral("21"));
    QCOMPARE(cell(window, keyA, ServerTableModel::UptimeColumn), QStringLiteral("100 %"));
    QCOMPARE(cell(window, keyWrong, ServerTableModel::StatusColumn), QStringLiteral("wrong network"));
    QCOMPARE(cell(window, keyWrong, ServerTableModel::StatusColumn, Qt::ToolTipRole),
             QStringLiteral("features: genesis is mainnet's, expected regtest"));
    QVERIFY(!cell(window, keyWrong, ServerTableModel::LastCheckedColumn).isEmpty());
}

void TestMainWindow::cancelStopsTheScanAndPutsRowsBack()
{
    TestElectrumServer silent;
    QVERIFY(silent.start());
    silent.setFault(TestElectrumServer::Fault::Silent);
    QTemporaryDir dir;
    EngineOptions options = optionsIn(dir);
    options.health.budget = 20s; // longer than the test waits: only cancelling ends the scan in time
    Engine engine(options);
    engine.start();
    const ServerEntry entry = localEntry(silent);
    QVERIFY(engine.directory().add(entry).ok());
    MainWindow window(engine);
    showOnlyLoopback(window);
    QCOMPARE(window.serverProxy()->rowCount(), 1);

    QSignalSpy finished(&engine.health(), &HealthMonitor::scanFinished);
    window.checkAll();
    const int row = window.serverModel()->rowForKey(entry.key());
    QCOMPARE(window.serverModel()->status(row).state, ServerState::Checking);
    QTRY_VERIFY_WITH_TIMEOUT(silent.connectionsAccepted() >= 1, 5000);
    QVERIFY(engine.health().isBusy());
    // Esc is the cancel action's key.
    QAction* cancel = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(Qt::Key_Escape))
            cancel = action;
    }
    QVERIFY(cancel);
    QVERIFY(cancel->isEnabled());
    cancel->trigger();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!engine.health().isBusy());
    QCOMPARE(window.serverModel()->status(row).state, ServerState::Unknown); // never checked before
    QTRY_VERIFY_WITH_TIMEOUT(!cancel->isEnabled(), 2000);
}

void TestMainWindow::passwordsSavedInSettingsApplyAtOnce()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    MemorySecretStore store;
    MainWindow window(engine);
    window.setSecretStore(&store);
    applySettingsLikeTheApp(window, engine, &store);
    window.openSettings();
    auto* dialog = window.findChild<SettingsDialog*>();
    QVERIFY(dialog);
    auto* torPassword = dialog->findChild<QLineEdit*>(QStringLiteral("torControlPassword"));
    QVERIFY(torPassword);
    torPassword->setText(QStringLiteral("s3cret-control"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    // Written to the store, then handed to the running engine without a restart.
    QTRY_COMPARE_WITH_TIMEOUT(engine.tor().settings().controlPassword, QStringLiteral("s3cret-control"), 5000);

    window.openSettings(); // cleared in the dialog: no password any more
    dialog = window.findChildren<SettingsDialog*>().constLast();
    auto* clear = dialog->findChild<QPushButton*>(QStringLiteral("clearTorControlPassword"));
    QVERIFY(clear);
    clear->click();
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(engine.tor().settings().controlPassword, QString(), 5000);
}

void TestMainWindow::settingsDialogAppliesHealthOptionsAtOnce()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    MainWindow window(engine);
    applySettingsLikeTheApp(window, engine);
    window.openSettings();
    auto* dialog = window.findChild<SettingsDialog*>();
    QVERIFY(dialog);
    QSpinBox* concurrency = nullptr;
    QSpinBox* budget = nullptr;
    QSpinBox* interval = nullptr;
    for (QSpinBox* box : dialog->findChildren<QSpinBox*>()) {
        if (box->maximum() == 256)
            concurrency = box;
        else if (box->suffix() == QStringLiteral(" s") && box->maximum() == 300)
            budget = box;
        else if (box->suffix() == QStringLiteral(" min"))
            interval = box;
    }
    QVERIFY(concurrency && budget && interval);
    QCOMPARE(concurrency->value(), 32); // the defaults, as nothing is saved yet
    QCOMPARE(budget->value(), 20);
    concurrency->setValue(7);
    budget->setValue(9);
    interval->setValue(15);
    QCheckBox* discover = nullptr;
    for (QCheckBox* box : dialog->findChildren<QCheckBox*>()) {
        if (box->text().startsWith(QStringLiteral("Discover new servers")))
            discover = box;
    }
    QVERIFY(discover);
    discover->setChecked(true);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    const HealthMonitorOptions& applied = engine.health().options();
    QCOMPARE(applied.concurrency, 7);
    QCOMPARE(applied.budget, std::chrono::milliseconds(9s));
    QCOMPARE(applied.interval, 15min);
    QVERIFY(applied.discoverPeers);
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("health/concurrency")).toInt(), 7);
    QCOMPARE(settings.value(QStringLiteral("health/budgetSeconds")).toInt(), 9);
    QCOMPARE(settings.value(QStringLiteral("health/intervalMinutes")).toInt(), 15);
    QCOMPARE(settings.value(QStringLiteral("health/discoverPeers")).toBool(), true);
    // Out-of-range values in the file are reported and replaced by the default (issue #15; they used to be clamped).
    settings.setValue(QStringLiteral("health/concurrency"), 100'000);
    const SettingsValues read = SettingsValues::read(settings);
    QCOMPARE(read.number(SettingsKeys::HealthConcurrency), 32);
    QCOMPARE(read.warnings().size(), qsizetype(1));
    settings.clear();
}

void TestMainWindow::discoveredPeerJoinsTheTableWithItsProvenance()
{
    if (!canListenOn(QStringLiteral("127.0.0.2")))
        QSKIP("this system only listens on 127.0.0.1 (the directory tells servers apart by host)");
    const QString ipSeed = QStringLiteral("127.0.0.2"), ipPeer = QStringLiteral("127.0.0.7");
    auto seed = TestElectrumServer::startedOn(ipSeed), peer = TestElectrumServer::startedOn(ipPeer);
    QVERIFY(seed && peer);
    seed->setPeers(QJsonArray{
        QJsonArray{ipPeer, QString(), QJsonArray{QStringLiteral("v1.4"), QStringLiteral("t%1").arg(peer->tcpPort())}}});

    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    dropBundledRegtest(engine);
    const ServerEntry seedEntry = tcpEntry(ipSeed, *seed);
    QVERIFY(engine.directory().add(seedEntry).ok());
    MainWindow window(engine);
    showOnlyLoopback(window);
    const QString peerKey = QStringLiteral("regtest/") + ipPeer;
    QCOMPARE(window.serverModel()->rowForKey(peerKey), -1);

    // Nothing healthy is known yet: discovery says so instead of starting.
    QSignalSpy discovered(&engine.health(), &HealthMonitor::discoveryFinished);
    window.discoverAction()->trigger();
    QVERIFY(!engine.health().isBusy());

    QSignalSpy finished(&engine.health(), &HealthMonitor::scanFinished);
    window.checkAll();
    QVERIFY(finished.wait(20'000));
    QTRY_VERIFY_WITH_TIMEOUT(!engine.health().isBusy(), 2000);
    window.discoverAction()->trigger();
    QVERIFY(engine.health().status().discovering);
    QVERIFY(discovered.wait(30'000));
    const auto summary = discovered.first().at(0).value<PeerDiscoverySummary>();
    QCOMPARE(summary.added, 1);

    const int row = window.serverModel()->rowForKey(peerKey);
    QVERIFY(row >= 0);
    QCOMPARE(window.serverModel()->entry(row).source, QStringLiteral("peer"));
    const QString announcer = seedEntry.preferredAddress().toString();
    QCOMPARE(cell(window, peerKey, ServerTableModel::SourceColumn), QStringLiteral("peer of %1").arg(announcer));
    QVERIFY(cell(window, peerKey, ServerTableModel::SourceColumn, Qt::ToolTipRole)
                .startsWith(QStringLiteral("discovered from %1 on ").arg(announcer)));
    // Its verifying check is its status: up at the peer's tip.
    QCOMPARE(cell(window, peerKey, ServerTableModel::StatusColumn), QStringLiteral("up"));
    QCOMPARE(cell(window, peerKey, ServerTableModel::HeightColumn), QString::number(peer->tipHeight()));
    QVERIFY(!window.serverModel()->isSuspicious(window.serverModel()->rowForKey(seedEntry.key())));
}

void TestMainWindow::filterBoxFiltersTheTable()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    MainWindow window(engine);
    QLineEdit* filter = nullptr;
    for (QLineEdit* edit : window.findChildren<QLineEdit*>()) {
        if (edit->placeholderText().startsWith(QStringLiteral("Filter")))
            filter = edit;
    }
    QVERIFY(filter);
    const int all = window.serverProxy()->rowCount();
    const QString host = window.serverModel()->entry(0).host;
    QTest::keyClicks(filter, host);
    QVERIFY(window.serverProxy()->rowCount() >= 1);
    QVERIFY(window.serverProxy()->rowCount() < all || all == 1);
    for (int row = 0; row < window.serverProxy()->rowCount(); ++row) {
        QVERIFY(window.serverProxy()->index(row, 0).data().toString().contains(host, Qt::CaseInsensitive));
    }
    filter->clear();
    QCOMPARE(window.serverProxy()->rowCount(), all);
}

void TestMainWindow::sortOrderAndLayoutAreRestored()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start();
    {
        MainWindow window(engine);
        // Default: not sorted, the seed's order.
        QCOMPARE(window.serverView()->horizontalHeader()->sortIndicatorSection(), -1);
        window.serverView()->sortByColumn(ServerTableModel::TlsPortColumn, Qt::DescendingOrder);
        window.serverView()->horizontalHeader()->resizeSection(ServerTableModel::HostColumn, 333);
        for (QCheckBox* box : window.findChildren<QCheckBox*>()) {
            if (box->text() == QStringLiteral("&TLS only"))
                box->setChecked(true);
        }
        QVERIFY(window.serverProxy()->isTlsOnly());
        window.close(); // saves the layout
    }
    MainWindow again(engine);
    QHeaderView* header = again.serverView()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(ServerTableModel::TlsPortColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sectionSize(ServerTableModel::HostColumn), 333);
    QCOMPARE(again.serverProxy()->sortColumn(), int(ServerTableModel::TlsPortColumn));
    QVERIFY(again.serverProxy()->isTlsOnly()); // the quick filters come back too
    QSettings().clear();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
