// The window and server identities (issue #24), offscreen over a real Engine and the test Electrum server: the table's
// "Group by server" toggle shows confirmed twins as one row, the details pane lists the addresses and twins, resolves
// them, and adds a twin with one click.
#include "Engine.h"
#include "MainWindow.h"
#include "TestElectrumServer.h"
#include "directory/ServerDirectory.h"
#include "models/ServerFilterProxyModel.h"
#include "models/ServerTableModel.h"
#include "net/TargetGuard.h"
#include "query/ServerResolver.h"
#include "widgets/ServerDetailsPane.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using btcw::test::TestElectrumServer;

namespace btcw {

namespace {

const QString kOnion = u"explorerzydxu5ecjrkwceayqybizmpjjznk5izmitf2modhcusuqlid.onion"_s;

ServerEntry entryFor(const QString& host, const TestElectrumServer& server)
{
    ServerEntry e;
    e.host = host;
    e.kind = ServerAddress::classifyHost(host);
    e.network = u"regtest"_s;
    e.tlsPort = server.tlsPort();
    e.source = u"user"_s;
    return e;
}

// The proxy rows showing one of `hosts` (the bundled regtest list may add others).
QStringList shownHosts(const QAbstractItemModel& proxy, const QStringList& hosts)
{
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString text = proxy.index(row, ServerTableModel::HostColumn).data().toString();
        for (const QString& host : hosts) {
            if (text == host || text.startsWith(host + u' '))
                shown << text;
        }
    }
    return shown;
}

} // namespace

class TestIdentitiesView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"btcw-test"_s);
        QCoreApplication::setApplicationName(u"tst_identitiesview"_s);
        QSettings().clear();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_server.setAnnouncedHosts(
            QJsonObject{{u"localhost"_s, m_server.announcedPorts()}, {kOnion, m_server.announcedPorts()}});
    }

    void groupingShowsConfirmedTwinsAsOneRowAndThePaneListsThem()
    {
        QTemporaryDir dir;
        EngineOptions options;
        options.dataDir = dir.path();
        options.tor.enabled = false; // the .onion twin stays "unconfirmed: needs Tor"
        options.allowPrivateTargets = true;
        options.health.discoverPeers = false;
        Engine engine(options);
        (void)engine.start();
        engine.targetGuard().setResolver([](const QString& host, QObject* context, TargetGuard::ResolveCallback done) {
            QTimer::singleShot(0, context, [host, done] {
                if (host == u"localhost")
                    done(QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost)});
                else
                    done(Error::make(ErrorKind::HostNotFound, u"Cannot resolve %1."_s.arg(host)));
            });
        });
        QVERIFY(engine.directory().add(entryFor(u"127.0.0.1"_s, m_server)).ok());
        QVERIFY(engine.directory().add(entryFor(u"localhost"_s, m_server)).ok());

        MainWindow window(engine);
        window.show();
        auto* proxy = window.findChild<ServerFilterProxyModel*>();
        auto* pane = window.findChild<ServerDetailsPane*>();
        QVERIFY(proxy && pane);
        QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList ours{u"localhost"_s, u"127.0.0.1"_s};
        QCOMPARE(shownHosts(*proxy, ours).size(), 2);

        // The pane resolves the IP's addresses and checks its announced twins (selected as the user would).
        auto* table = window.findChild<QTableView*>();
        QVERIFY(table);
        const auto selectIp = [&] {
            for (int row = 0; row < proxy->rowCount(); ++row) {
                const QModelIndex host = proxy->index(row, ServerTableModel::HostColumn);
                if (host.data().toString() == u"127.0.0.1")
                    table->setCurrentIndex(host);
            }
        };
        selectIp();
        QVERIFY2(pane->plainText().startsWith(u"127.0.0.1"_s), qPrintable(pane->plainText()));
        QVERIFY2(pane->plainText().contains(u"No twins known yet"_s), qPrintable(pane->plainText()));
        auto* resolve = pane->findChild<QPushButton*>();
        const QList<QPushButton*> buttons = pane->findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text().contains(u"Resolve"_s))
                resolve = b;
        }
        QVERIFY(resolve && resolve->isVisible());
        resolve->click();
        QTRY_VERIFY2_WITH_TIMEOUT(pane->plainText().contains(u"Resolved: 127.0.0.1"_s), qPrintable(pane->plainText()),
                                  20'000);
        const QString text = pane->plainText();
        QVERIFY2(text.contains(u"localhost (Hostname): confirmed"_s) || text.contains(u"localhost ("_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u": confirmed"_s), qPrintable(text));
        QVERIFY2(text.contains(u"unconfirmed — needs Tor"_s), qPrintable(text));
        QCOMPARE(engine.directory().identities().membersOf(u"127.0.0.1"_s), ours);

        // Group by server: the two addresses are one row, under the hostname, with the count of the others.
        auto* group = window.findChild<QCheckBox*>();
        for (QCheckBox* box : window.findChildren<QCheckBox*>()) {
            if (box->text() == u"&Group by server")
                group = box;
        }
        QVERIFY(group && group->text() == u"&Group by server");
        group->setChecked(true);
        QTRY_COMPARE(shownHosts(*proxy, ours), QStringList{u"localhost (+1)"_s});
        group->setChecked(false);
        QTRY_COMPARE(shownHosts(*proxy, ours).size(), 2);

        // One click adds the .onion twin to the directory, in the server's network with its announced ports.
        selectIp();
        QVERIFY2(pane->plainText().contains(u"add to my servers"_s), qPrintable(pane->plainText()));
        pane->addTwin(kOnion);
        const auto added = engine.directory().find(u"regtest"_s, kOnion);
        QVERIFY(added.has_value());
        QCOMPARE(added->tlsPort, std::optional<quint16>(m_server.tlsPort()));
        QCOMPARE(added->kind, HostKind::Onion);
    }

private:
    TestElectrumServer m_server;
};

} // namespace btcw

QTEST_MAIN(btcw::TestIdentitiesView)
#include "tst_identitiesview.moc"
