// English shows "1 server" and "2 servers", not the source's "server(s)": installTranslations() loads the English
// plural forms for English and for languages we do not ship, and a shipped language replaces them.
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace btcw;

namespace {

QString serversShown(int n)
{
    return QCoreApplication::translate("btcw::StatusIndicators", "%n server(s) shown", nullptr, n);
}

} // namespace

class TestEnglishPlurals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void englishHasSingularAndPlural_data();
    void englishHasSingularAndPlural();
    void englishKeepsTheOtherSourceTexts();
    void unshippedLanguageFallsBackToEnglishPlurals();
    void shippedLanguageReplacesTheEnglishPlurals();
    void cleanup();
};

void TestEnglishPlurals::cleanup()
{
    installTranslations(QLocale(QLocale::English));
}

void TestEnglishPlurals::initTestCase()
{
    // Before any translator (what the window showed without btc-worker_en.qm) the source text is used as is.
    QCOMPARE(serversShown(1), QStringLiteral("1 server(s) shown"));
}

void TestEnglishPlurals::englishHasSingularAndPlural_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en_US") << QStringLiteral("en_US");
    QTest::newRow("en_GB") << QStringLiteral("en_GB");
    QTest::newRow("C") << QStringLiteral("C");
}

void TestEnglishPlurals::englishHasSingularAndPlural()
{
    QFETCH(QString, locale);
    const InstalledTranslations installed = installTranslations(QLocale(locale));
    QCOMPARE(installed.language, QString());
    QVERIFY(installed.englishPlurals);
    QVERIFY(!installed.qtTranslations);
    QCOMPARE(serversShown(1), QStringLiteral("1 server shown"));
    QCOMPARE(serversShown(2), QStringLiteral("2 servers shown"));
    QCOMPARE(serversShown(0), QStringLiteral("0 servers shown"));
    QCOMPARE(QCoreApplication::translate("btcw::ServerDetailsPane", "%n time(s)", nullptr, 1),
             QStringLiteral("1 time"));
    QCOMPARE(QCoreApplication::translate("btcw::ScanCoordinator", "Checked %n server(s) of %1: %2 up.", nullptr, 3)
                 .arg(QStringLiteral("mainnet"))
                 .arg(2),
             QStringLiteral("Checked 3 servers of mainnet: 2 up."));
}

void TestEnglishPlurals::englishKeepsTheOtherSourceTexts()
{
    QVERIFY(installTranslations(QLocale(QLocale::English)).englishPlurals);
    QCOMPARE(QCoreApplication::translate("btcw::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("CommandLine", "Show this help and exit."),
             QStringLiteral("Show this help and exit."));
}

void TestEnglishPlurals::unshippedLanguageFallsBackToEnglishPlurals()
{
    const InstalledTranslations installed = installTranslations(QLocale(QStringLiteral("it_IT")));
    QCOMPARE(installed.language, QString());
    QVERIFY(installed.englishPlurals);
    QCOMPARE(serversShown(1), QStringLiteral("1 server shown"));
}

void TestEnglishPlurals::shippedLanguageReplacesTheEnglishPlurals()
{
    const InstalledTranslations german = installTranslations(QLocale(QLocale::German));
    QCOMPARE(german.language, QStringLiteral("de"));
    QVERIFY(!german.englishPlurals);
    QCOMPARE(serversShown(1), QStringLiteral("1 Server angezeigt"));
    const InstalledTranslations french = installTranslations(QLocale(QLocale::French));
    QCOMPARE(french.language, QStringLiteral("fr"));
    QCOMPARE(serversShown(1), QStringLiteral("1 serveur affiché"));
    QCOMPARE(serversShown(2), QStringLiteral("2 serveurs affichés"));
    QVERIFY(installTranslations(QLocale(QLocale::English)).englishPlurals);
    QCOMPARE(serversShown(2), QStringLiteral("2 servers shown"));
}

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
