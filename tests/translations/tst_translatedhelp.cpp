// The built btc-worker prints --help in the user's language: from the system locale, or from the ui/language setting.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs btc-worker with a clean locale environment and its settings under `configHome`.
Run runApp(const QStringList& arguments, const QString& locale, const QString& configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BTCW_APP), arguments);
    Run run;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished(5'000);
        run.err = QStringLiteral("btc-worker did not finish within 30 s");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool writeLanguageSetting(const QString& configHome, const QString& language)
{
    // Where QSettings keeps organisation "BTC Worker", application "btc-worker" on Linux.
    const QString dir = configHome + QStringLiteral("/BTC Worker");
    if (!QDir().mkpath(dir))
        return false;
    QFile file(dir + QStringLiteral("/btc-worker.conf"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QStringLiteral("[ui]\nlanguage=%1\n").arg(language).toUtf8()) > 0;
}

bool qtShipsTranslationsFor(const QString& language)
{
    return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                         QStringLiteral("/qtbase_%1.qm").arg(language));
}

} // namespace

class TestTranslatedHelp : public QObject
{
    Q_OBJECT
private slots:
    void helpFollowsTheSystemLocale_data();
    void helpFollowsTheSystemLocale();
    void languageSettingOverridesTheSystemLocale();
    void systemSettingFallsBackToTheLocale();
    void commandLineErrorsUseQtTranslations();
};

void TestTranslatedHelp::helpFollowsTheSystemLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("helpLine");
    QTest::addColumn<QString>("apiLine");
    QTest::addColumn<QString>("qtOptionsHeading");
    QTest::newRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de")
                        << QStringLiteral("Diese Hilfe anzeigen und beenden.")
                        << QStringLiteral("Die lokale REST-API nicht bereitstellen.") << QStringLiteral("Optionen:");
    QTest::newRow("es") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("es")
                        << QStringLiteral("Mostrar esta ayuda y salir.")
                        << QStringLiteral("No servir la API REST local.") << QStringLiteral("Opciones:");
    QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("fr")
                        << QStringLiteral("Afficher cette aide et quitter.")
                        << QStringLiteral("Ne pas servir l’API REST locale.") << QStringLiteral("Options :");
    QTest::newRow("ja") << QStringLiteral("ja_JP.UTF-8") << QStringLiteral("ja")
                        << QStringLiteral("このヘルプを表示して終了します。")
                        << QStringLiteral("ローカル REST API を提供しません。") << QString();
    QTest::newRow("en") << QStringLiteral("en_US.UTF-8") << QString() << QStringLiteral("Show this help and exit.")
                        << QStringLiteral("Do not serve the local REST API.") << QStringLiteral("Options:");
}

void TestTranslatedHelp::helpFollowsTheSystemLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QFETCH(QString, helpLine);
    QFETCH(QString, apiLine);
    QFETCH(QString, qtOptionsHeading);
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const Run run = runApp({QStringLiteral("--help")}, locale, config.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(helpLine), qPrintable(run.out));
    QVERIFY2(run.out.contains(apiLine), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("--api-port <port>")));
    if (!language.isEmpty())
        QVERIFY2(!run.out.contains(QLatin1String("Show this help and exit.")), qPrintable(run.out));
    // Qt's own part of the help ("Options:") comes from qtbase_<lang>.qm where the system has it. The space French
    // puts before the colon is a plain one in Qt 6.4's translation and a no-break one (U+00A0) in 6.8's.
    QString out = run.out;
    out.replace(QChar::Nbsp, u' ');
    if (!qtOptionsHeading.isEmpty() && (language.isEmpty() || qtShipsTranslationsFor(language)))
        QVERIFY2(out.contains(qtOptionsHeading), qPrintable(run.out));
}

void TestTranslatedHelp::languageSettingOverridesTheSystemLocale()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QVERIFY(writeLanguageSetting(config.path(), QStringLiteral("de")));
    const Run german = runApp({QStringLiteral("--help")}, QStringLiteral("fr_FR.UTF-8"), config.path());
    QVERIFY2(german.exitCode == 0, qPrintable(german.err));
    QVERIFY2(german.out.contains(QStringLiteral("Diese Hilfe anzeigen und beenden.")), qPrintable(german.out));

    QVERIFY(writeLanguageSetting(config.path(), QStringLiteral("en")));
    const Run english = runApp({QStringLiteral("--help")}, QStringLiteral("fr_FR.UTF-8"), config.path());
    QVERIFY2(english.exitCode == 0, qPrintable(english.err));
    QVERIFY2(english.out.contains(QStringLiteral("Show this help and exit.")), qPrintable(english.out));
}

void TestTranslatedHelp::systemSettingFallsBackToTheLocale()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QVERIFY(writeLanguageSetting(config.path(), QStringLiteral("system")));
    const Run run = runApp({QStringLiteral("--help")}, QStringLiteral("es_ES.UTF-8"), config.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Mostrar esta ayuda y salir.")), qPrintable(run.out));
}

void TestTranslatedHelp::commandLineErrorsUseQtTranslations()
{
    if (!qtShipsTranslationsFor(QStringLiteral("de")))
        QSKIP("this Qt installation has no qtbase_de.qm");
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const Run english = runApp({QStringLiteral("--no-such-option")}, QStringLiteral("en_US.UTF-8"), config.path());
    QCOMPARE(english.exitCode, 2);
    QVERIFY2(english.err.contains(QLatin1String("no-such-option")), qPrintable(english.err));
    const Run german = runApp({QStringLiteral("--no-such-option")}, QStringLiteral("de_DE.UTF-8"), config.path());
    QCOMPARE(german.exitCode, 2);
    QVERIFY2(german.err.contains(QLatin1String("no-such-option")), qPrintable(german.err));
    // Qt's parser error, in German from qtbase_de.qm, is not the English one.
    QVERIFY2(german.err != english.err, qPrintable(german.err));
}

QTEST_GUILESS_MAIN(TestTranslatedHelp)
#include "tst_translatedhelp.moc"
