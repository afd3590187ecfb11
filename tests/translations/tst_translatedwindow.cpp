// The window in each shipped language: installTranslations() picks the language and the menus show its texts.
#include "Engine.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace btcw;

namespace {

EngineOptions optionsIn(const QTemporaryDir& dir)
{
    EngineOptions options;
    options.dataDir = dir.filePath(QStringLiteral("data"));
    options.tor.enabled = false; // no Tor probing in a window test
    return options;
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

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
