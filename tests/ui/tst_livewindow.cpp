// Issue #18, the window follows the chain: a subscribed server's new block reaches its row's height, the status bar
// and the details pane ("last block seen") without a check, offscreen against the test Electrum server.
#include "Engine.h"
#include "MainWindow.h"
#include "TestElectrumServer.h"
#include "directory/ServerDirectory.h"
#include "live/ChainFollower.h"
#include "models/ServerFilterProxyModel.h"
#include "models/ServerTableModel.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace btcw;
using btcw::test::TestElectrumServer;
using namespace Qt::StringLiterals;

class TestLiveWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"btcw-test"_s);
        QCoreApplication::setApplicationName(u"tst_livewindow"_s);
    }

    void aNewBlockUpdatesTheRowStatusBarAndDetails()
    {
        TestElectrumServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        EngineOptions options;
        options.dataDir = dir.filePath(u"data"_s);
        options.tor.enabled = false;
        options.allowPrivateTargets = true;
        options.health.discoverPeers = false;
        Engine engine(options);
        engine.start();
        MainWindow window(engine);
        window.resize(1200, 700);
        window.show();

        ServerEntry entry;
        entry.host = u"127.0.0.1"_s;
        entry.kind = HostKind::IPv4;
        entry.tcpPort = server.tcpPort();
        entry.network = u"mainnet"_s;
        entry.source = u"user"_s;
        QVERIFY(engine.directory().add(entry).ok());
        ServerTableModel* model = window.serverModel();
        const int row = model->rowForKey(entry.key());
        QVERIFY(row >= 0);
        QCOMPARE(model->status(row).height, -1); // never checked

        // Something subscribes the server's headers (a script's event stream, a query): the row follows its tip.
        const ServerAddress address = ServerAddress::create(entry.host, server.tcpPort(), Transport::Tcp).value();
        engine.follower().follow(
            address, LiveTopics{true, {}}, [](const LiveEvent&) {}, true);
        QTRY_COMPARE(model->index(row, ServerTableModel::HeightColumn).data().toString(), QLocale().toString(20));

        // Select the row so the details pane shows it.
        ServerFilterProxyModel* proxy = window.serverProxy();
        const QModelIndex source = model->index(row, ServerTableModel::HostColumn);
        window.serverView()->setCurrentIndex(proxy->mapFromSource(source));

        QElapsedTimer announced;
        server.mineBlock();
        announced.start();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, ServerTableModel::HeightColumn).data().toString(),
                                  QLocale().toString(21), 1000);
        QVERIFY(announced.elapsed() < 1000);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLocale().toString(21)),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(model->status(row).lastBlockSeen.isValid());
        auto* lastBlock = window.findChild<QLabel*>(u"lastBlockSeen"_s);
        QVERIFY(lastBlock);
        QTRY_VERIFY(lastBlock->isVisible());
        QVERIFY2(lastBlock->text().contains(QLocale().toString(21)), qPrintable(lastBlock->text()));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
