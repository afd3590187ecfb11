// The window in each shipped language: installTranslations() picks the language and the menus show its texts; in
// German, after checks that fail and one that passes, no English text is left anywhere in the window.
#include "Engine.h"
#include "MainWindow.h"
#include "TestElectrumServer.h"
#include "Translations.h"
#include "dialogs/AddServerDialog.h"
#include "directory/ServerDirectory.h"
#include "health/HealthMonitor.h"
#include "models/ServerFilterProxyModel.h"
#include "models/ServerTableModel.h"
#include "widgets/QueryConsole.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>

using namespace btcw;
using btcw::test::TestElectrumServer;
using namespace std::chrono_literals;

namespace {

EngineOptions optionsIn(const QTemporaryDir& dir)
{
    EngineOptions options;
    options.dataDir = dir.filePath(QStringLiteral("data"));
    options.tor.enabled = false; // no Tor probing in a window test
    return options;
}

// Words of the engine's and the window's English that no German text of ours uses. Server data (host names, the
// features JSON, software names) is left alone by choosing words it does not contain.
const QSet<QString>& englishWords()
{
    static const QSet<QString> words{
        QStringLiteral("the"),       QStringLiteral("is"),          QStringLiteral("are"),
        QStringLiteral("was"),       QStringLiteral("not"),         QStringLiteral("of"),
        QStringLiteral("with"),      QStringLiteral("within"),      QStringLiteral("from"),
        QStringLiteral("and"),       QStringLiteral("to"),          QStringLiteral("by"),
        QStringLiteral("its"),       QStringLiteral("has"),         QStringLiteral("have"),
        QStringLiteral("this"),      QStringLiteral("that"),        QStringLiteral("no"),
        QStringLiteral("on"),        QStringLiteral("at"),          QStringLiteral("for"),
        QStringLiteral("connected"), QStringLiteral("connection"),  QStringLiteral("refused"),
        QStringLiteral("nothing"),   QStringLiteral("listens"),     QStringLiteral("matches"),
        QStringLiteral("height"),    QStringLiteral("among"),       QStringLiteral("lists"),
        QStringLiteral("memory"),    QStringLiteral("user"),        QStringLiteral("bundled"),
        QStringLiteral("unknown"),   QStringLiteral("failed"),      QStringLiteral("healthy"),
        QStringLiteral("answer"),    QStringLiteral("certificate"), QStringLiteral("pinned"),
        QStringLiteral("expected"),  QStringLiteral("checked"),     QStringLiteral("check"),
        QStringLiteral("checks"),    QStringLiteral("added"),       QStringLiteral("budget"),
        QStringLiteral("error"),     QStringLiteral("could"),       QStringLiteral("cannot"),
        QStringLiteral("passed"),    QStringLiteral("every"),       QStringLiteral("stage"),
        QStringLiteral("reachable"), QStringLiteral("timed"),       QStringLiteral("out"),
        QStringLiteral("first"),     QStringLiteral("use"),         QStringLiteral("trusted"),
        QStringLiteral("shown"),     QStringLiteral("up"),          QStringLiteral("down"),
        QStringLiteral("select"),    QStringLiteral("latency"),     QStringLiteral("source"),
        QStringLiteral("kind"),      QStringLiteral("network"),     QStringLiteral("tip"),
        QStringLiteral("note"),      QStringLiteral("history"),     QStringLiteral("time"),
        QStringLiteral("closed"),    QStringLiteral("off"),         QStringLiteral("settings"),
        QStringLiteral("without"),   QStringLiteral("valid"),       QStringLiteral("address"),
        QStringLiteral("method"),    QStringLiteral("knows"),       QStringLiteral("send"),
        QStringLiteral("range"),     QStringLiteral("while"),       QStringLiteral("connecting"),
        QStringLiteral("nothing"),   QStringLiteral("says"),        QStringLiteral("letter"),
    };
    return words;
}

// The English words in `text`, if any.
QStringList englishIn(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    // Command-line options ("--no-tor") are the program's, the same in every language.
    static const QRegularExpression option(QStringLiteral("--[a-z0-9-]+"));
    QString words = text;
    words.remove(option);
    QStringList found;
    for (auto it = word.globalMatch(words); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        if (englishWords().contains(w))
            found.append(w);
    }
    return found;
}

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Every text the window shows: labels, buttons, edits, combo boxes, text panes, menus, the status bar, and every
// view's cells, tooltips and headers; each with where it was found.
QList<QPair<QString, QString>> visibleTexts(MainWindow& window)
{
    QList<QPair<QString, QString>> texts;
    const auto add = [&texts](const QString& where, const QString& text) {
        if (!text.trimmed().isEmpty())
            texts.append({where, plain(text)});
    };
    add(QStringLiteral("title"), window.windowTitle());
    add(QStringLiteral("status bar"), window.statusBar()->currentMessage());
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        const QString name = QString::fromLatin1(w->metaObject()->className());
        if (auto* label = qobject_cast<QLabel*>(w)) {
            add(name, label->text());
            add(name + QStringLiteral(" tooltip"), label->toolTip());
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(name, button->text());
        if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            add(name, edit->text());
            add(name, edit->placeholderText());
        }
        // The console's method and server boxes hold protocol names and addresses (data, not words).
        if (auto* box = qobject_cast<QComboBox*>(w);
            box && box->objectName() != QLatin1String("serverBox") && box->objectName() != QLatin1String("methodBox")) {
            for (int i = 0; i < box->count(); ++i)
                add(name, box->itemText(i));
        }
        if (auto* text = qobject_cast<QTextEdit*>(w))
            add(name, text->toPlainText());
        if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            add(name, text->toPlainText());
        if (auto* view = qobject_cast<QTableView*>(w); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(QStringLiteral("header"), model->headerData(c, Qt::Horizontal).toString());
                for (int r = 0; r < model->rowCount(); ++r) {
                    add(QStringLiteral("cell"), model->index(r, c).data().toString());
                    add(QStringLiteral("tooltip"), model->index(r, c).data(Qt::ToolTipRole).toString());
                }
            }
        }
    }
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (!action->isSeparator())
            add(QStringLiteral("action"), action->text());
    }
    return texts;
}

// Each line of `texts` with English words in it, with where it was found.
QStringList englishLines(const QList<QPair<QString, QString>>& texts)
{
    QStringList problems;
    for (const auto& [where, text] : texts) {
        for (const QString& line : text.split(u'\n')) {
            if (const QStringList words = englishIn(line); !words.isEmpty())
                problems.append(QStringLiteral("%1: \"%2\" (%3)").arg(where, line, words.join(u", ")));
        }
    }
    return problems;
}

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void languageIsChosenFromTheLocaleList_data();
    void languageIsChosenFromTheLocaleList();
    void settingChoosesTheLocale();
    void windowMenusAreTranslated_data();
    void windowMenusAreTranslated();
    void englishRemovesEarlierTranslators();
    void germanWindowShowsNoEnglishAfterFailedAndPassedChecks();
    void germanConsoleShowsNoEnglishForEngineErrors();
    void germanAddServerDialogShowsNoEnglishForBadAddresses_data();
    void germanAddServerDialogShowsNoEnglishForBadAddresses();

private:
    QTemporaryDir m_settingsDir;
};

void TestTranslatedWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("btcw-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translatedwindow"));
}

void TestTranslatedWindow::cleanup()
{
    installTranslations(QLocale(QLocale::English));
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestTranslatedWindow::languageIsChosenFromTheLocaleList_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("German (Austria)") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("Spanish (Mexico)") << QStringLiteral("es_MX") << QStringLiteral("es");
    QTest::newRow("French (Canada)") << QStringLiteral("fr_CA") << QStringLiteral("fr");
    QTest::newRow("Japanese") << QStringLiteral("ja_JP") << QStringLiteral("ja");
    QTest::newRow("English (UK)") << QStringLiteral("en_GB") << QString();
    QTest::newRow("Italian (not shipped)") << QStringLiteral("it_IT") << QString();
    QTest::newRow("C") << QStringLiteral("C") << QString();
}

void TestTranslatedWindow::languageIsChosenFromTheLocaleList()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(languageFor(QLocale(locale)), language);
}

void TestTranslatedWindow::settingChoosesTheLocale()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    QCOMPARE(preferredUiLocale().language(), QLocale::French);
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("system"));
    QCOMPARE(preferredUiLocale(), QLocale::system());
    QSettings().setValue(QStringLiteral("ui/language"), QString());
    QCOMPARE(preferredUiLocale(), QLocale::system());
}

void TestTranslatedWindow::windowMenusAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("settingsAction");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Server"), QStringLiteral("&Ansicht"),
                                       QStringLiteral("&Hilfe")}
                        << QStringLiteral("&Einstellungen…");
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Servidores"),
                                       QStringLiteral("&Ver"), QStringLiteral("Ay&uda")}
                        << QStringLiteral("&Configuración…");
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Serveurs"),
                                       QStringLiteral("&Affichage"), QStringLiteral("Ai&de")}
                        << QStringLiteral("&Paramètres…");
    QTest::newRow("ja") << QStringLiteral("ja")
                        << QStringList{QStringLiteral("ファイル(&F)"), QStringLiteral("サーバー(&S)"),
                                       QStringLiteral("表示(&V)"), QStringLiteral("ヘルプ(&H)")}
                        << QStringLiteral("設定(&S)…");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("&File"), QStringLiteral("&Servers"), QStringLiteral("&View"),
                                       QStringLiteral("&Help")}
                        << QStringLiteral("&Settings…");
}

void TestTranslatedWindow::windowMenusAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, settingsAction);

    const InstalledTranslations installed = installTranslations(QLocale(language));
    QCOMPARE(installed.language, language == QLatin1String("en") ? QString() : language);
    const bool qtHasIt =
        language != QLatin1String("en") && QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                                                         QStringLiteral("/qtbase_%1.qm").arg(language));
    QCOMPARE(installed.qtTranslations, qtHasIt);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Engine engine(optionsIn(dir));
    MainWindow window(engine);
    QCOMPARE(menuTitles(window), menus);
    QStringList fileMenu;
    for (const QAction* action : window.menuBar()->actions().first()->menu()->actions())
        fileMenu << action->text();
    QVERIFY2(fileMenu.contains(settingsAction), qPrintable(fileMenu.join(QLatin1String(", "))));
    QVERIFY(window.torStatusText().startsWith(QLatin1String("Tor")));
}

void TestTranslatedWindow::englishRemovesEarlierTranslators()
{
    QCOMPARE(installTranslations(QLocale(QLocale::German)).language, QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("btcw::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(installTranslations(QLocale(QLocale::French)).language, QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("btcw::MainWindow", "&File"), QStringLiteral("&Fichier"));
    QCOMPARE(installTranslations(QLocale(QLocale::English)).language, QString());
    QCOMPARE(QCoreApplication::translate("btcw::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslatedWindow::germanWindowShowsNoEnglishAfterFailedAndPassedChecks()
{
    QCOMPARE(installTranslations(QLocale(QLocale::German)).language, QStringLiteral("de"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restoreLocale = qScopeGuard([before] { QLocale::setDefault(before); });

    // A server that passes, a closed port (refused) and one that accepts and never answers (out of time).
    TestElectrumServer good;
    QVERIFY(good.start());
    QTcpServer silent;
    if (!silent.listen(QHostAddress(QStringLiteral("127.0.0.3")), 0))
        QSKIP("127.0.0.3 is not a loopback address here");
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
        closedPort = probe.serverPort();
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EngineOptions options = optionsIn(dir);
    options.allowPrivateTargets = true;
    options.health.discoverPeers = false;
    options.health.budget = 2s;
    Engine engine(options);
    engine.start();
    (void)engine.directory().remove(QStringLiteral("regtest"), QStringLiteral("127.0.0.1"));
    const auto entry = [](const QString& host, quint16 tcp, std::optional<quint16> tls = {}) {
        ServerEntry e;
        e.host = host;
        e.kind = HostKind::IPv4;
        e.tcpPort = tcp;
        e.tlsPort = tls;
        e.network = QStringLiteral("regtest");
        e.source = QStringLiteral("user");
        return e;
    };
    QVERIFY(engine.directory().add(entry(QStringLiteral("127.0.0.1"), good.tcpPort(), good.tlsPort())).ok());
    QVERIFY(engine.directory().add(entry(QStringLiteral("127.0.0.2"), closedPort)).ok());
    QVERIFY(engine.directory().add(entry(QStringLiteral("127.0.0.3"), silent.serverPort())).ok());

    MainWindow window(engine);
    window.resize(1400, 800);
    window.serverProxy()->setNetwork(QStringLiteral("regtest"));
    window.serverProxy()->setFilterText(QStringLiteral("127.0.0."));
    QCOMPARE(window.serverProxy()->rowCount(), 3);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&engine.health(), &HealthMonitor::scanFinished);
    window.checkAll();
    QVERIFY(finished.wait(20'000));
    QCoreApplication::processEvents();

    // Each server in the details pane in turn: the passed, the refused and the timed-out check.
    QTableView* table = window.serverView();
    QStringList problems;
    QSet<QString> states;
    for (int row = 0; row < window.serverProxy()->rowCount(); ++row) {
        table->setCurrentIndex(window.serverProxy()->index(row, 0));
        QCoreApplication::processEvents();
        states.insert(window.serverProxy()->index(row, ServerTableModel::StatusColumn).data().toString());
        problems += englishLines(visibleTexts(window));
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The checks did what the test needs: one passed, two failed (refused, out of time) — in German.
    QVERIFY2(states.contains(QStringLiteral("erreichbar")), qPrintable(QStringList(states.values()).join(u", ")));
    QCOMPARE(states.size(), 3);
}

void TestTranslatedWindow::germanConsoleShowsNoEnglishForEngineErrors()
{
    QCOMPARE(installTranslations(QLocale(QLocale::German)).language, QStringLiteral("de"));
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        closedPort = probe.serverPort();
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EngineOptions options = optionsIn(dir);
    options.allowPrivateTargets = true;
    Engine engine(options);
    engine.start();
    MainWindow window(engine);
    window.resize(1400, 800);
    // The bundled servers' host names are data ("….not.fyi"), not words: keep them out of the table.
    window.serverProxy()->setNetwork(QStringLiteral("regtest"));
    window.serverProxy()->setFilterText(QStringLiteral("127.0.0."));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showQueryConsole();
    QueryConsole* console = window.queryConsole();
    auto* serverBox = console->findChild<QComboBox*>(QStringLiteral("serverBox"));
    auto* methodBox = console->findChild<QComboBox*>(QStringLiteral("methodBox"));
    QVERIFY(serverBox && methodBox);
    QSignalSpy finished(console, &QueryConsole::queryFinished);
    QStringList problems;
    const auto ask = [&](const QString& server, const QString& method, const QString& what) {
        serverBox->setEditText(server);
        methodBox->setEditText(method);
        console->setParamsText(QStringLiteral("[]"));
        const qsizetype before = finished.size();
        console->send();
        if (finished.size() == before && !finished.wait(10'000))
            problems.append(what + QStringLiteral(": no answer"));
        else if (finished.last().at(0).toBool())
            problems.append(what + QStringLiteral(": the query did not fail"));
        // The console's own texts, and the whole window around it (status bar included).
        problems += englishLines({{what + QStringLiteral(" status"), console->statusText()},
                                  {what + QStringLiteral(" result"), console->resultText()}});
        problems += englishLines(visibleTexts(window));
    };
    // The engine's errors: a refused connection, an address it cannot parse, a method its policy refuses.
    ask(QStringLiteral("127.0.0.1:%1:t").arg(closedPort), QStringLiteral("server.features"), QStringLiteral("refused"));
    ask(QStringLiteral("127.0.0.1:50001:x"), QStringLiteral("server.features"), QStringLiteral("bad transport"));
    ask(QStringLiteral("127.0.0.1:99999:t"), QStringLiteral("server.features"), QStringLiteral("bad port"));
    ask(QStringLiteral("127.0.0.1:%1:t").arg(closedPort), QStringLiteral("server.frobnicate"),
        QStringLiteral("unknown method"));
    // An address where a script hash goes that is not one: the core's conversion refuses it.
    methodBox->setEditText(QStringLiteral("blockchain.scripthash.get_balance"));
    serverBox->setEditText(QStringLiteral("127.0.0.1:%1:t").arg(closedPort));
    console->setParamsText(QStringLiteral("[\"bcrt1qnotanaddress\"]"));
    {
        const qsizetype before = finished.size();
        console->send();
        QVERIFY(finished.size() > before || finished.wait(10'000));
        problems += englishLines({{QStringLiteral("bad address status"), console->statusText()},
                                  {QStringLiteral("bad address result"), console->resultText()}});
        QVERIFY2(console->statusText().contains(QStringLiteral("bcrt1qnotanaddress")),
                 qPrintable(console->statusText()));
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // German words, not empty ones: the refusal and the address errors say what happened.
    QVERIFY2(!console->statusText().isEmpty(), "the console shows no error");
}

void TestTranslatedWindow::germanAddServerDialogShowsNoEnglishForBadAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("transport") << QStringLiteral("example.com:50001:x");
    QTest::newRow("port range") << QStringLiteral("example.com:99999:s");
    QTest::newRow("port digits") << QStringLiteral("example.com:5o001:s");
    QTest::newRow("short onion") << QStringLiteral("abcdef.onion:50002:s");
    QTest::newRow("v2 onion") << QStringLiteral("abcdefghijklmnop.onion:50002:s");
    QTest::newRow("host character") << QStringLiteral("exa_mple.com:50002:s");
    QTest::newRow("IPv4") << QStringLiteral("1.2.3:50002:s");
    QTest::newRow("scheme") << QStringLiteral("http://example.com:50002");
    QTest::newRow("scheme and letter") << QStringLiteral("tcp://example.com:50002:s");
    QTest::newRow("colons") << QStringLiteral("example.com:1:2:3");
    QTest::newRow("bracket") << QStringLiteral("[::1:50002:s");
}

void TestTranslatedWindow::germanAddServerDialogShowsNoEnglishForBadAddresses()
{
    QFETCH(QString, text);
    QCOMPARE(installTranslations(QLocale(QLocale::German)).language, QStringLiteral("de"));
    AddServerDialog dialog({QStringLiteral("mainnet")});
    dialog.setText(text);
    QVERIFY(!dialog.isInputValid());
    const QString message = dialog.validationMessage();
    QVERIFY(!message.isEmpty());
    const QStringList english = englishIn(message);
    QVERIFY2(english.isEmpty(), qPrintable(message));
}

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
