// Issue #19 in the window: the Watched column, the Watch action and the "watched only" filter over a real engine,
// the watch list kept in the settings, and one desktop notification per state change of a watched test server
// (through a fake notifier, offscreen).
#include "Engine.h"
#include "MainWindow.h"
#include "TestElectrumServer.h"
#include "WatchListSettings.h"
#include "directory/WatchList.h"
#include "health/HealthMonitor.h"
#include "models/ServerFilterProxyModel.h"
#include "models/ServerTableModel.h"
#include "widgets/MonitorTray.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace btcw;
using namespace btcw::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Records what the tray would show.
class FakeNotifier final : public Notifier
{
public:
    struct Shown
    {
        QString title, message;
        Severity severity;
    };
    QList<Shown> shown;
    QString summary;
    bool allGood = true;
    int stateUpdates = 0;

    void notify(const QString& title, const QString& message, Severity severity) override
    {
        shown.append({title, message, severity});
    }
    void setOverallState(const QString& text, bool good) override
    {
        summary = text;
        allGood = good;
        ++stateUpdates;
    }
};

EngineOptions quietOptions()
{
    EngineOptions options;
    options.tor.enabled = false;
    options.allowPrivateTargets = true;
    options.health.discoverPeers = false;
    options.health.budget = 3s;
    options.alerts.quietPeriod = 0s;      // every change is told at once here; the quiet period has its own unit test
    options.follow.followWatched = false; // it watches bundled public servers: no live subscription to them
    return options;
}

ServerEntry localEntry(const TestElectrumServer& server)
{
    ServerEntry e;
    e.host = u"127.0.0.1"_s;
    e.kind = HostKind::IPv4;
    e.network = u"regtest"_s;
    e.tcpPort = server.tcpPort();
    e.source = u"user"_s;
    return e;
}

} // namespace

class TestWatchList : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    // One check of the test server through the engine, as the window's "Check now" runs it; its report.
    static std::optional<HealthReport> checkNow(Engine& engine, const TestElectrumServer& server)
    {
        std::optional<HealthReport> out;
        bool done = false;
        QObject context;
        engine.health().checkOne(ServerAddress::create(u"127.0.0.1"_s, server.tcpPort(), Transport::Tcp).value(),
                                 BitcoinNetwork::Regtest, 3s, &context, [&](Result<HealthReport> r) {
                                     if (r.ok())
                                         out = r.value();
                                     done = true;
                                 });
        if (!QTest::qWaitFor([&] { return done; }, 20'000))
            return std::nullopt;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void theWatchedColumnTheActionAndTheFilterShareOneList()
    {
        Engine engine(quietOptions());
        (void)engine.start();
        MainWindow window(engine);
        QAbstractItemModelTester tester(window.serverModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServerTableModel* model = window.serverModel();
        QVERIFY(model->rowCount() >= 3);
        const QString first = model->entry(0).key(), second = model->entry(1).key();

        // The column's check box.
        const QModelIndex box = model->index(0, ServerTableModel::WatchedColumn);
        QVERIFY(model->flags(box) & Qt::ItemIsUserCheckable);
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model->setData(box, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(engine.watchList().isWatched(first));
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(box.data(ServerTableModel::WatchedRole).toBool(), true);

        // The Watch action (Servers menu and context menu) on the selected row.
        auto* watch = window.findChild<QAction*>(u"watchAction"_s);
        QVERIFY(watch);
        QTableView* table = window.serverView();
        const QModelIndex secondRow = window.serverProxy()->mapFromSource(model->index(1, 0));
        table->selectionModel()->select(secondRow, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(watch->isEnabled());
        QVERIFY(!watch->isChecked());
        watch->trigger();
        QVERIFY(engine.watchList().isWatched(second));
        QVERIFY(watch->isChecked());

        // "Watched only" leaves exactly the two.
        auto* watchedOnly = window.findChild<QCheckBox*>(u"watchedOnly"_s);
        QVERIFY(watchedOnly);
        const int all = window.serverProxy()->rowCount();
        watchedOnly->setChecked(true);
        QCOMPARE(window.serverProxy()->rowCount(), 2);
        // Unwatching in the column takes the row out of the filtered table.
        QVERIFY(model->setData(box, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(window.serverProxy()->rowCount(), 1);
        watchedOnly->setChecked(false);
        QCOMPARE(window.serverProxy()->rowCount(), all);
        // Sorting by the column puts the watched first.
        window.serverProxy()->sort(ServerTableModel::WatchedColumn, Qt::AscendingOrder);
        QCOMPARE(window.serverProxy()->index(0, 0).data(ServerTableModel::KeyRole).toString(), second);
    }

    void theListIsKeptInTheSettings()
    {
        {
            WatchList list;
            QCOMPARE(WatchListSettings::keepInSettings(list, &list), QString());
            list.setWatched(u"mainnet/electrum.example.org"_s, true);
            list.setWatched(u"signet/signet.example.org"_s, true);
        }
        QCOMPARE(QSettings().value(QString::fromLatin1(WatchListSettings::kKey)).toStringList(),
                 (QStringList{u"mainnet/electrum.example.org"_s, u"signet/signet.example.org"_s}));
        WatchList again;
        QCOMPARE(WatchListSettings::keepInSettings(again, &again), QString());
        QVERIFY(again.isWatched(u"signet/signet.example.org"_s));
        // A damaged value is reported, and what is usable of it kept.
        QSettings().setValue(QString::fromLatin1(WatchListSettings::kKey),
                             QStringList{u"mainnet/ok.example.org"_s, u"nonsense"_s});
        WatchList damaged;
        const QString warning = WatchListSettings::keepInSettings(damaged, &damaged);
        QVERIFY2(warning.contains(u"1 stored entry is not"_s), qPrintable(warning));
        QCOMPARE(damaged.keys(), QStringList{u"mainnet/ok.example.org"_s});
    }

    void oneNotificationPerStateChange()
    {
        TestElectrumServer::Options serverOptions;
        serverOptions.blocks = 15;
        TestElectrumServer server(serverOptions);
        QVERIFY(server.start());
        Engine engine(quietOptions());
        (void)engine.start();
        (void)engine.directory().remove(u"regtest"_s, u"127.0.0.1"_s);
        QVERIFY(engine.directory().add(localEntry(server)).ok());
        MainWindow window(engine);
        FakeNotifier notifier;
        window.setNotifier(&notifier);
        QVERIFY(window.monitorTray());

        // Not watched yet: checks tell nothing.
        server.setFault(TestElectrumServer::Fault::Silent);
        QVERIFY(checkNow(engine, server));
        QVERIFY(notifier.shown.isEmpty());
        server.setFault(TestElectrumServer::Fault::None);

        const int row = window.serverModel()->rowFor(u"regtest"_s, u"127.0.0.1"_s);
        QVERIFY(row >= 0);
        QVERIFY(window.serverModel()->setData(window.serverModel()->index(row, ServerTableModel::WatchedColumn),
                                              Qt::Checked, Qt::CheckStateRole));
        QVERIFY(checkNow(engine, server)->ok); // the baseline: up, nothing to tell
        QVERIFY(notifier.shown.isEmpty());

        server.setFault(TestElectrumServer::Fault::Silent);
        QCOMPARE(checkNow(engine, server)->ok, false);
        QCOMPARE(checkNow(engine, server)->ok, false); // still down: no second notification
        QCOMPARE(notifier.shown.size(), 1);
        const QString where = u"127.0.0.1:%1"_s.arg(server.tcpPort());
        QCOMPARE(notifier.shown[0].title, u"%1 is down"_s.arg(where));
        QVERIFY2(notifier.shown[0].message.contains(u"regtest"_s), qPrintable(notifier.shown[0].message));
        QCOMPARE(notifier.shown[0].severity, Notifier::Severity::Problem);
        QTRY_VERIFY_WITH_TIMEOUT(!notifier.allGood, 5'000);
        QVERIFY2(notifier.summary.contains(u"1 watched server address"_s) && notifier.summary.contains(u"down"_s),
                 qPrintable(notifier.summary));

        server.setFault(TestElectrumServer::Fault::None);
        QVERIFY(checkNow(engine, server)->ok);
        QVERIFY(checkNow(engine, server)->ok);
        QCOMPARE(notifier.shown.size(), 2);
        QCOMPARE(notifier.shown[1].title, u"%1 is back up"_s.arg(where));
        QCOMPARE(notifier.shown[1].severity, Notifier::Severity::Good);
        QVERIFY2(notifier.shown[1].message.contains(u"15"_s), qPrintable(notifier.shown[1].message));
        QTRY_VERIFY_WITH_TIMEOUT(notifier.allGood, 5'000);
        QCOMPARE(window.monitorTray()->notificationsSent(), 2);
    }

    void aForkMarkReachesTheTrayInPlainWords()
    {
        Engine engine(quietOptions());
        (void)engine.start();
        EngineOptions options = engine.options();
        options.alerts.forkSettle = 0ms;
        engine.applySettings(options);
        MainWindow window(engine);
        FakeNotifier notifier;
        window.setNotifier(&notifier);
        const ServerAddress server = ServerAddress::create(u"electrum.example.org", 50002, Transport::Tls).value();
        engine.watchList().setWatched(u"mainnet/electrum.example.org"_s, true);
        const QString hash = u"00000000000000000001"_s + QString(44, u'a');

        engine.alerts().observeFork(server, u"mainnet"_s, true, 900'000, hash);
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown[0].title, u"electrum.example.org:50002 may be on a fork"_s);
        QVERIFY2(notifier.shown[0].message.contains(u"mainnet"_s) && notifier.shown[0].message.contains(u"900000"_s) &&
                     notifier.shown[0].message.contains(hash.left(16)),
                 qPrintable(notifier.shown[0].message));
        QCOMPARE(notifier.shown[0].severity, Notifier::Severity::Problem);

        options.alerts.quietPeriod = 0s;
        engine.applySettings(options);
        engine.alerts().observeFork(server, u"mainnet"_s, false, 900'001, QString(64, u'b'));
        QCOMPARE(notifier.shown.size(), 2);
        QCOMPARE(notifier.shown[1].title, u"electrum.example.org:50002 is on the common chain again"_s);
        QCOMPARE(notifier.shown[1].severity, Notifier::Severity::Good);
    }
};

QTEST_MAIN(TestWatchList)
#include "tst_watchlist.moc"
