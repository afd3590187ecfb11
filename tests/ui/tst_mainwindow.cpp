// The main window over a real Engine: seed order, status bar texts, check all against the test server, saved layout.
#include "Engine.h"
#include "MainWindow.h"
#include "TestElectrumServer.h"
#include "cache/ResponseCache.h"
#include "directory/ServerDirectory.h"
#include "models/ServerCheckRunner.h"
#include "models/ServerFilterProxyModel.h"
#include "models/ServerTableModel.h"
#include "widgets/QueryConsole.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace btcw;
using btcw::test::TestElectrumServer;

namespace {

EngineOptions optionsIn(const QTemporaryDir& dir)
{
    EngineOptions options;
    options.dataDir = dir.filePath(QStringLiteral("data"));
    options.tor.enabled = false; // no Tor probing in a window test
    options.allowPrivateTargets = true;
    return options;
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
    QVERIFY(engine.directory().add(added).ok());
    QVERIFY(window.serverModel()->rowForKey(added.key()) >= 0);
    QCOMPARE(window.serverModel()->rowCount(), entries.size() + 1);
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

    QSignalSpy finished(window.checkRunner(), &ServerCheckRunner::finished);
    window.checkAll();
    QVERIFY(window.checkRunner()->isRunning());
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
