// The window as an operator drives it: keys (quit, delete, Esc, mnemonics), the table's layout and messages, the new
// server in view, certificate changes in the table, import and export across networks.
#include "Engine.h"
#include "MainWindow.h"
#include "dialogs/AddServerDialog.h"
#include "dialogs/ChainTipsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "directory/ServerDirectory.h"
#include "models/ScanCoordinator.h"
#include "models/ServerFilterProxyModel.h"
#include "models/ServerTableModel.h"
#include "net/CertificatePinStore.h"
#include "widgets/QueryConsole.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace btcw;
using namespace std::chrono_literals;

namespace {

EngineOptions optionsIn(const QTemporaryDir& dir)
{
    EngineOptions options;
    options.dataDir = dir.filePath(QStringLiteral("data"));
    options.tor.enabled = false;
    options.allowPrivateTargets = true;
    options.health.discoverPeers = false;
    options.health.budget = 2s;
    return options;
}

ServerEntry userEntry(const QString& host, const QString& network = QStringLiteral("mainnet"))
{
    ServerEntry e;
    e.host = host;
    e.kind = HostKind::Hostname;
    e.tlsPort = 50002;
    e.network = network;
    e.source = QStringLiteral("user");
    return e;
}

// The visible top-level widget of type T (and name), waiting up to 5 s for it to open.
template <typename T> T* waitForTopLevel(const QString& objectName = {})
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5000) {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* t = qobject_cast<T*>(w);
            if (t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
                return t;
        }
        QTest::qWait(10);
    }
    return nullptr;
}

} // namespace

class TestWindowKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup() { QSettings().clear(); }
    void ctrlQQuitsAndTheConsoleHasItsOwnKey();
    void noTwoVisibleMnemonicsShareALetter();
    void deleteKeyAsksBeforeRemoving();
    void undoPutsRemovedServersBack();
    void hostStaysInSightWhenTheTableScrollsSideways();
    void lastCheckedShowsTheDateWhenNotToday();
    void addedServerIsSelectedAndScrolledTo();
    void emptyFilterResultSaysSoAndEscClearsTheFilter();
    void hostAndStatusTakeTheSpareWidth();
    void columnWidthsResetWhenTheLanguageOrFontChanged();
    void certificateColumnSaysChangedWhenACertificateWaits();
    void networkFilterOffersTestnet4();
    void allNetworksExportsEveryNetwork();
    void importAsksForTheNetwork();
    void progressTextFitsOnOneLine();
    void aboutNamesTheLicenceTheRunningApiDocsAndTheDataFolder();
    void chainTipsOpensFromTheServersMenu();
    void settingsSayTheApiRunsOnAnotherPortThanSaved();
    void addDialogTestConnectionRunsTheStagedCheckOnATypedPrivateAddress();

private:
    QTemporaryDir m_settingsDir;
};

void TestWindowKeys::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Keep the window's QSettings in a temporary directory, never the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("btcw-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowkeys"));
    QSettings().clear();
}

void TestWindowKeys::ctrlQQuitsAndTheConsoleHasItsOwnKey()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    MainWindow window(engine);
    auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
    auto* console = window.findChild<QAction*>(QStringLiteral("consoleAction"));
    QVERIFY(quit && console);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QVERIFY(console->shortcut() != quit->shortcut());
    QVERIFY(!console->shortcut().isEmpty());

    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
}

void TestWindowKeys::noTwoVisibleMnemonicsShareALetter()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    MainWindow window(engine);
    window.show();
    window.showQueryConsole();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Alt+letter reaches the menu bar titles, buttons, check boxes and labels with a buddy that are on screen.
    QHash<QKeySequence, QStringList> owners;
    for (QAction* menu : window.menuBar()->actions())
        owners[QKeySequence::mnemonic(menu->text())].append(menu->text());
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisible() && !button->text().isEmpty())
            owners[QKeySequence::mnemonic(button->text())].append(button->text());
    }
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisible() && label->buddy())
            owners[QKeySequence::mnemonic(label->text())].append(label->text());
    }
    owners.remove(QKeySequence());
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        QVERIFY2(it.value().size() == 1, qPrintable(it.value().join(QStringLiteral(", "))));
}

void TestWindowKeys::deleteKeyAsksBeforeRemoving()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    QVERIFY(engine.directory().add(userEntry(QStringLiteral("delete-me.example.org"))).ok());
    MainWindow window(engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.serverProxy()->setFilterText(QStringLiteral("delete-me"));
    QCOMPARE(window.serverProxy()->rowCount(), 1);
    QTableView* table = window.serverView();
    table->setFocus();
    table->setCurrentIndex(window.serverProxy()->index(0, 0));

    QTest::keyClick(table, Qt::Key_Delete);
    auto* box = waitForTopLevel<QMessageBox>(QStringLiteral("confirmRemove"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("delete-me.example.org")));
    QVERIFY(engine.directory().find(QStringLiteral("mainnet"), QStringLiteral("delete-me.example.org")));
    box->button(QMessageBox::Cancel)->click(); // nothing goes without a yes
    QTest::qWait(20);
    QVERIFY(engine.directory().find(QStringLiteral("mainnet"), QStringLiteral("delete-me.example.org")));

    QTest::keyClick(table, Qt::Key_Delete);
    box = waitForTopLevel<QMessageBox>(QStringLiteral("confirmRemove"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!engine.directory().find(QStringLiteral("mainnet"), QStringLiteral("delete-me.example.org")));
}

void TestWindowKeys::undoPutsRemovedServersBack()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    engine.start(); // loads the bundled lists: a bundled server is removed and put back too
    ServerEntry added = userEntry(QStringLiteral("undo-me.example.org"));
    added.tcpPort = 50001;
    QVERIFY(engine.directory().add(added).ok());
    const QList<ServerEntry> bundled = engine.directory().entries(QStringLiteral("mainnet"));
    const auto bundledEntry = std::find_if(bundled.begin(), bundled.end(),
                                           [](const ServerEntry& e) { return e.source == QLatin1String("bundled"); });
    QVERIFY(bundledEntry != bundled.end());
    const ServerEntry shipped = *bundledEntry;
    MainWindow window(engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoRemoveAction"));
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());
    QTableView* table = window.serverView();
    table->setFocus();
    table->clearSelection();
    for (const ServerEntry& e : {added, shipped}) {
        const QModelIndex index = window.serverProxy()->mapFromSource(
            window.serverModel()->index(window.serverModel()->rowForKey(e.key()), 0));
        table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QTest::keyClick(table, Qt::Key_Delete);
    auto* box = waitForTopLevel<QMessageBox>(QStringLiteral("confirmRemove"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!engine.directory().find(QStringLiteral("mainnet"), added.host));
    QVERIFY(!engine.directory().find(QStringLiteral("mainnet"), shipped.host));
    QVERIFY(undo->isEnabled());
    QVERIFY(window.statusBar()->currentMessage().contains(undo->shortcut().toString(QKeySequence::NativeText)));

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    // Both are back as they were: the user's with its ports and source, the bundled one as bundled.
    const auto back = engine.directory().find(QStringLiteral("mainnet"), added.host);
    QVERIFY(back);
    QCOMPARE(back->tcpPort, added.tcpPort);
    QCOMPARE(back->tlsPort, added.tlsPort);
    QCOMPARE(back->source, QStringLiteral("user"));
    const auto shippedBack = engine.directory().find(QStringLiteral("mainnet"), shipped.host);
    QVERIFY(shippedBack);
    QCOMPARE(shippedBack->source, QStringLiteral("bundled"));
    QVERIFY(!undo->isEnabled());
    // The restored server is in view and selected.
    QVERIFY(window.serverModel()->rowForKey(added.key()) >= 0);
    QVERIFY(!table->selectionModel()->selectedRows().isEmpty());

    // And it stays back after a restart: the user file was written.
    ServerDirectory reread(dir.filePath(QStringLiteral("data/servers.json")));
    QVERIFY(reread.load().ok());
    QVERIFY(reread.find(QStringLiteral("mainnet"), added.host));
    QVERIFY(reread.find(QStringLiteral("mainnet"), shipped.host));
}

void TestWindowKeys::hostStaysInSightWhenTheTableScrollsSideways()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    QVERIFY(engine.directory().add(userEntry(QStringLiteral("frozen-host.example.org"))).ok());
    MainWindow window(engine);
    window.resize(1024, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.serverProxy()->setFilterText(QStringLiteral("frozen-host"));
    QCOMPARE(window.serverProxy()->rowCount(), 1);
    QTableView* table = window.serverView();
    QScrollBar* sideways = table->horizontalScrollBar();
    QTRY_VERIFY(sideways->maximum() > 0); // at 1024 px not every column fits
    sideways->setValue(sideways->maximum());
    // The Host cell itself has scrolled out of the table's viewport …
    const QModelIndex host = window.serverProxy()->index(0, ServerTableModel::HostColumn);
    QVERIFY(table->visualRect(host).right() < 0);
    // … but a view over the left edge still shows it, with its header, at the table's left edge.
    auto* frozen = table->findChild<QTableView*>(QStringLiteral("frozenColumnView"));
    QVERIFY(frozen);
    QVERIFY(frozen->isVisible());
    QCOMPARE(frozen->geometry().left(), table->viewport()->geometry().left());
    QCOMPARE(frozen->columnWidth(ServerTableModel::HostColumn),
             table->horizontalHeader()->sectionSize(ServerTableModel::HostColumn));
    const QRect cell = frozen->visualRect(host);
    QVERIFY(frozen->viewport()->rect().contains(cell.center()));
    QCOMPARE(frozen->indexAt(cell.center()).data().toString(), QStringLiteral("frozen-host.example.org"));
    for (int c = 0; c < ServerTableModel::ColumnCount; ++c)
        QCOMPARE(frozen->isColumnHidden(c), c != ServerTableModel::HostColumn);
    // It moves with the rows, selects the same rows, and stays first when another column is dragged before it.
    QCOMPARE(frozen->selectionModel(), table->selectionModel());
    // A click on the fixed Host cell selects the whole row, as a click in the table does.
    QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY(table->selectionModel()->isSelected(window.serverProxy()->index(0, ServerTableModel::SourceColumn)));
    QCOMPARE(frozen->verticalScrollBar()->value(), table->verticalScrollBar()->value());
    table->horizontalHeader()->moveSection(table->horizontalHeader()->visualIndex(ServerTableModel::StatusColumn), 0);
    QCOMPARE(table->horizontalHeader()->visualIndex(ServerTableModel::HostColumn), 0);
    // A click on the fixed header sorts the table as a click on the table's own header does.
    QTest::mouseClick(
        frozen->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(frozen->columnWidth(ServerTableModel::HostColumn) / 2, frozen->horizontalHeader()->height() / 2));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ServerTableModel::HostColumn));
}

void TestWindowKeys::lastCheckedShowsTheDateWhenNotToday()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    QVERIFY(engine.directory().add(userEntry(QStringLiteral("checked.example.org"))).ok());
    MainWindow window(engine);
    ServerTableModel* model = window.serverModel();
    QVERIFY(model->rowCount() > 0);
    ServerStatus status;
    status.state = ServerState::Up;
    const QDateTime today = QDateTime::currentDateTime();
    const QDateTime lastWeek = today.addDays(-7);
    status.lastChecked = today.toUTC();
    const QString key = model->index(0, 0).data(ServerTableModel::KeyRole).toString();
    model->setStatus(key, status);
    const QModelIndex cell = model->index(0, ServerTableModel::LastCheckedColumn);
    QCOMPARE(cell.data().toString(), QLocale().toString(today.time(), QLocale::ShortFormat));
    status.lastChecked = lastWeek.toUTC();
    model->setStatus(key, status);
    QCOMPARE(cell.data().toString(), QLocale().toString(lastWeek, QLocale::ShortFormat));
    QVERIFY(cell.data().toString().contains(QLocale().toString(lastWeek.date(), QLocale::ShortFormat)));
}

void TestWindowKeys::addedServerIsSelectedAndScrolledTo()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    MainWindow window(engine);
    window.resize(1024, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A filter the new server does not match, typed as a user would.
    for (QLineEdit* edit : window.findChildren<QLineEdit*>()) {
        if (edit->placeholderText().contains(QStringLiteral("Ctrl+F")))
            edit->setText(QStringLiteral("electrum"));
    }
    QVERIFY(window.serverProxy()->filterText() == QStringLiteral("electrum"));
    QTimer::singleShot(0, &window, [] {
        // Fill the add dialog the way a user would and press OK.
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible()) {
                for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
                    if (edit->isVisible() && edit->isEnabled()) {
                        edit->setText(QStringLiteral("zz-last.example.net:50002:s"));
                        break;
                    }
                }
                dialog->accept();
            }
        }
    });
    window.addServer();
    QTRY_VERIFY(engine.directory().find(QStringLiteral("mainnet"), QStringLiteral("zz-last.example.net")));
    const QModelIndex current = window.serverView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(ServerTableModel::HostColumn).data().toString(),
             QStringLiteral("zz-last.example.net"));
    QVERIFY(window.serverView()->selectionModel()->isRowSelected(current.row(), {}));
    const QRect cell = window.serverView()->visualRect(current);
    QVERIFY2(window.serverView()->viewport()->rect().intersects(cell), "the new row is scrolled into view");
}

void TestWindowKeys::emptyFilterResultSaysSoAndEscClearsTheFilter()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    QVERIFY(engine.directory().add(userEntry(QStringLiteral("listed.example.org"))).ok());
    MainWindow window(engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* message = window.findChild<QLabel*>(QStringLiteral("emptyFilterMessage"));
    QVERIFY(message);
    QVERIFY(!message->isVisible());
    QLineEdit* filter = nullptr;
    for (QLineEdit* edit : window.findChildren<QLineEdit*>()) {
        if (edit->placeholderText().contains(QStringLiteral("Ctrl+F")))
            filter = edit;
    }
    QVERIFY(filter);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("no-such-server-anywhere"));
    QCOMPARE(window.serverProxy()->rowCount(), 0);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("No server matches")));

    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QVERIFY(window.serverProxy()->rowCount() > 0);
    QTRY_VERIFY(!message->isVisible());
}

void TestWindowKeys::hostAndStatusTakeTheSpareWidth()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    MainWindow window(engine);
    window.resize(1920, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QHeaderView* header = window.serverView()->horizontalHeader();
    const int source = header->sectionSize(ServerTableModel::SourceColumn);
    const int host = header->sectionSize(ServerTableModel::HostColumn);
    const int status = header->sectionSize(ServerTableModel::StatusColumn);
    window.resize(1900 + 400, 900);
    QTRY_VERIFY(header->sectionSize(ServerTableModel::HostColumn) > host);
    QVERIFY(header->sectionSize(ServerTableModel::StatusColumn) > status);
    QCOMPARE(header->sectionSize(ServerTableModel::SourceColumn), source);
    // Every visible column fits: nothing scrolls sideways while there is room.
    QCOMPARE(window.serverView()->horizontalScrollBar()->maximum(), 0);
}

void TestWindowKeys::columnWidthsResetWhenTheLanguageOrFontChanged()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    int natural = 0;
    {
        MainWindow window(engine);
        natural = window.serverView()->horizontalHeader()->sectionSize(ServerTableModel::HeightColumn);
        window.serverView()->horizontalHeader()->resizeSection(ServerTableModel::HeightColumn, 37);
        window.close();
    }
    {
        MainWindow same(engine);
        QCOMPARE(same.serverView()->horizontalHeader()->sectionSize(ServerTableModel::HeightColumn), 37);
        same.close();
    }
    // Saved under another font (or language: the header texts are part of the key), the widths start afresh.
    QSettings().setValue(QStringLiteral("window/serverHeaderSignature"), QStringLiteral("2|Other Font,9|Hôte"));
    MainWindow other(engine);
    QCOMPARE(other.serverView()->horizontalHeader()->sectionSize(ServerTableModel::HeightColumn), natural);
}

void TestWindowKeys::certificateColumnSaysChangedWhenACertificateWaits()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    QVERIFY(engine.directory().add(userEntry(QStringLiteral("pinned.example.org"))).ok());
    MainWindow window(engine);
    const QString hostPort = QStringLiteral("pinned.example.org:50002");
    const QString first = QString(64, u'1');
    const QString second = QString(64, u'2');
    QCOMPARE(engine.pins().checkAndPin(hostPort, first), CertificatePinStore::Verdict::FirstUse);
    const ServerTableModel* model = window.serverModel();
    const int row = model->rowFor(QStringLiteral("mainnet"), QStringLiteral("pinned.example.org"));
    QVERIFY(row >= 0);
    const QModelIndex pin = model->index(row, ServerTableModel::PinColumn);
    QCOMPARE(pin.data().toString(), QStringLiteral("pinned"));
    QCOMPARE(engine.pins().checkAndPin(hostPort, second), CertificatePinStore::Verdict::Changed);
    QVERIFY(engine.pins().recordPending(hostPort, second).ok()); // refused, waits in the Certificates dialog
    QCOMPARE(pin.data().toString(), QStringLiteral("changed!"));
    QVERIFY(pin.data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(pin.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Certificates")));
}

void TestWindowKeys::networkFilterOffersTestnet4()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    MainWindow window(engine);
    QComboBox* networks = nullptr;
    for (QComboBox* box : window.findChildren<QComboBox*>()) {
        if (box->findData(QString()) == 0 && box->findData(QStringLiteral("mainnet")) > 0)
            networks = box;
    }
    QVERIFY(networks);
    QVERIFY(networks->findData(QStringLiteral("testnet4")) > 0);
}

void TestWindowKeys::allNetworksExportsEveryNetwork()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    QVERIFY(engine.directory().add(userEntry(QStringLiteral("main-only.example.org"))).ok());
    QVERIFY(engine.directory().add(userEntry(QStringLiteral("test-only.example.org"), QStringLiteral("testnet"))).ok());
    MainWindow window(engine);
    QVERIFY(window.serverProxy()->network().isEmpty()); // "All networks"
    const QString path = dir.filePath(QStringLiteral("servers.json"));
    window.exportServersFile(path, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject servers = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(servers.contains(QStringLiteral("main-only.example.org")));
    QVERIFY(servers.contains(QStringLiteral("test-only.example.org")));

    // And the export action under "All networks" asks for a file titled for all of them.
    window.exportServers();
    auto* dialog = waitForTopLevel<QFileDialog>();
    QVERIFY(dialog);
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("all servers")), qPrintable(dialog->windowTitle()));
    dialog->reject();
}

void TestWindowKeys::importAsksForTheNetwork()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    MainWindow window(engine);
    window.importServers();
    auto* ask = waitForTopLevel<QInputDialog>(QStringLiteral("importNetwork"));
    QVERIFY(ask);
    QVERIFY(ask->comboBoxItems().contains(QStringLiteral("testnet4")));
    ask->setTextValue(QStringLiteral("testnet4"));
    ask->accept();
    auto* files = waitForTopLevel<QFileDialog>();
    QVERIFY(files);
    QVERIFY2(files->windowTitle().contains(QStringLiteral("testnet4")), qPrintable(files->windowTitle()));
    files->reject();

    QFile json(dir.filePath(QStringLiteral("in.json")));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(R"({"t4.example.org": {"pruning": "-", "s": "51002", "version": "1.4"}})");
    json.close();
    window.importServersFile(json.fileName(), QStringLiteral("testnet4"));
    QVERIFY(engine.directory().find(QStringLiteral("testnet4"), QStringLiteral("t4.example.org")));
    QVERIFY(!engine.directory().find(QStringLiteral("mainnet"), QStringLiteral("t4.example.org")));
}

void TestWindowKeys::progressTextFitsOnOneLine()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    MainWindow window(engine);
    window.resize(1024, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString text = QStringLiteral("Checking testnet4 servers: 1,234 of 5,678 (Esc cancels)…");
    emit window.scanCoordinator()->progressChanged(1234, 5678, text);
    QProgressBar* bar = window.findChild<QProgressBar*>();
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->format(), text);
    QVERIFY2(bar->width() > bar->fontMetrics().horizontalAdvance(text), qPrintable(QString::number(bar->width())));
}

QTEST_MAIN(TestWindowKeys)
void TestWindowKeys::aboutNamesTheLicenceTheRunningApiDocsAndTheDataFolder()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    MainWindow window(engine);
    window.setApiStatus(QStringLiteral("http://127.0.0.1:5133"), {});
    window.show();
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    auto* box = waitForTopLevel<QMessageBox>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral("MIT")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("href=\"http://127.0.0.1:5133/docs\"")));
    QVERIFY(text.contains(QUrl::fromLocalFile(engine.options().dataDir).toString()));
    box->close();
}

void TestWindowKeys::chainTipsOpensFromTheServersMenu()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    MainWindow window(engine);
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("chainTipsAction"));
    QVERIFY(action);
    action->trigger();
    ChainTipsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ChainTipsDialog*>()));
    QVERIFY(dialog->summaryText().contains(QStringLiteral("Check all")));
    dialog->reject();
}

void TestWindowKeys::settingsSayTheApiRunsOnAnotherPortThanSaved()
{
    QTemporaryDir dir;
    Engine engine(optionsIn(dir));
    MainWindow window(engine);
    window.setApiStatus(QStringLiteral("http://127.0.0.1:5133"), {}); // --api-port 5133, saved: the default 5000
    window.show();
    window.openSettings();
    SettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog*>()));
    auto* note = dialog->findChild<QLabel*>(QStringLiteral("apiRunningNote"));
    QVERIFY(note);
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("5133")), qPrintable(note->text()));
    dialog->reject();
}

void TestWindowKeys::addDialogTestConnectionRunsTheStagedCheckOnATypedPrivateAddress()
{
    QTemporaryDir dir;
    EngineOptions options = optionsIn(dir);
    options.allowPrivateTargets = false; // the API's guard stays on: a typed address is still the user's choice
    Engine engine(options);
    MainWindow window(engine);
    window.show();
    window.addServer();
    AddServerDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AddServerDialog*>()));
    dialog->setNetwork(QStringLiteral("regtest"));
    dialog->setText(QStringLiteral("127.0.0.1:1:t")); // nothing listens there
    auto* test = dialog->findChild<QPushButton*>(QStringLiteral("testConnection"));
    QVERIFY(test && test->isVisible() && test->isEnabled());
    const int rows = window.serverModel()->rowCount();
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testResult().contains(QStringLiteral("Failed at Connect")), 10000);
    QVERIFY2(!dialog->testResult().contains(QStringLiteral("private")), qPrintable(dialog->testResult()));
    QCOMPARE(window.serverModel()->rowCount(), rows); // not added
    dialog->reject();
}

#include "tst_windowkeys.moc"
