// Unit: the settings table is well formed, its defaults are what the app runs with, and stored values out of range or
// of the wrong type are reported and replaced by the default, never trusted and never a crash.
#include "CommandLine.h"
#include "EngineSetup.h"
#include "settings/SettingsTable.h"

#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace btcw;

namespace {

// Values each type must refuse, in the forms a hand-edited or damaged INI file gives.
QList<QVariant> badValuesFor(const SettingSpec& spec)
{
    switch (spec.type) {
    case SettingType::Bool:
        return {QStringLiteral("maybe"), 7, QStringList{QStringLiteral("a"), QStringLiteral("b")}};
    case SettingType::Int:
        return {QStringLiteral("many"), spec.max + 1, spec.min - 1, 3.5, QStringLiteral("99999999999999999999")};
    case SettingType::Text:
        return {QStringList{QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("two\nlines")};
    case SettingType::Host:
        return {QStringLiteral("bad host!"), QStringLiteral("-x.example"), QStringList{QStringLiteral("a")}};
    case SettingType::IpAddress:
        return {QStringLiteral("not-an-ip"), QStringLiteral(""), QStringLiteral("1.2.3.4.5")};
    }
    return {};
}

} // namespace

class TestSettingsTable : public QObject
{
    Q_OBJECT
private slots:
    void everyEntryIsWellFormed()
    {
        QSet<QString> keys;
        for (const SettingSpec& spec : settingsTable()) {
            QVERIFY2(!keys.contains(spec.name()), qPrintable(spec.name()));
            keys.insert(spec.name());
            QVERIFY2(spec.name().contains(QLatin1Char('/')), qPrintable(spec.name()));
            QVERIFY2(qstrlen(spec.description) > 10, qPrintable(spec.name()));
            QCOMPARE(&settingSpec(spec.key), &spec);
            if (spec.type == SettingType::Int) {
                QVERIFY2(spec.min <= spec.defaultNumber && spec.defaultNumber <= spec.max, qPrintable(spec.name()));
            }
            // A default must pass its own check: written back, it reads without a warning.
            QTemporaryDir dir;
            QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
            settings.setValue(spec.name(), spec.defaultValue());
            const SettingsValues read = SettingsValues::read(settings);
            QVERIFY2(read.warnings().isEmpty(), qPrintable(read.warnings().join(u'\n')));
            QCOMPARE(read.value(spec.key), spec.defaultValue());
        }
        QCOMPARE(keys.size(), qsizetype(32));
    }

    void badValuesAreReportedAndReplacedByTheDefault()
    {
        QTemporaryDir dir;
        for (const SettingSpec& spec : settingsTable()) {
            for (const QVariant& bad : badValuesFor(spec)) {
                QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
                settings.clear();
                settings.setValue(spec.name(), bad);
                settings.sync();
                // Read back from the file, as at the next start.
                const QSettings file(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
                const SettingsValues read = SettingsValues::read(file);
                const QString what = spec.name() + QStringLiteral(" = ") + bad.toString();
                QCOMPARE(read.warnings().size(), qsizetype(1));
                QVERIFY2(read.warnings().constFirst().contains(spec.name()), qPrintable(what));
                QVERIFY2(read.warnings().constFirst().contains(QStringLiteral("using the default")), qPrintable(what));
                QCOMPARE(read.value(spec.key), spec.defaultValue());
            }
        }
    }

    void theCommandLineReportsBadValuesAndRunsWithDefaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QString::fromLatin1(SettingsKeys::ApiPort), 70000);
        settings.setValue(QString::fromLatin1(SettingsKeys::CacheRedisPort), QStringLiteral("six"));
        settings.setValue(QString::fromLatin1(SettingsKeys::HealthConcurrency), 100'000);
        settings.setValue(QString::fromLatin1(SettingsKeys::CacheTtl), 45); // a good one among them
        const AppConfig config = configFromSettings(settings);
        QCOMPARE(config.settingsWarnings.size(), qsizetype(3));
        QCOMPARE(config.apiPort, quint16(5000));
        QCOMPARE(config.redisPort, quint16(6379));
        QCOMPARE(config.health.concurrency, 32);
        QCOMPARE(config.cacheTtlSeconds, 45);
    }

    // The table's defaults are what the app and the engine use when nothing is stored, so nothing can drift apart.
    void defaultsAgreeWithTheAppAndTheEngine()
    {
        const AppConfig fromTable = configFromValues(SettingsValues());
        const AppConfig plain;
        QCOMPARE(fromTable.apiEnabled, plain.apiEnabled);
        QCOMPARE(fromTable.apiBind, plain.apiBind);
        QCOMPARE(fromTable.apiPort, plain.apiPort);
        QCOMPARE(fromTable.apiPersistentToken, plain.apiPersistentToken);
        QCOMPARE(fromTable.allowBroadcast, plain.allowBroadcast);
        QCOMPARE(fromTable.allowPrivateTargets, plain.allowPrivateTargets);
        QCOMPARE(fromTable.torEnabled, plain.torEnabled);
        QCOMPARE(fromTable.torAutoDetect, plain.torAutoDetect);
        QCOMPARE(fromTable.torSocks.has_value(), plain.torSocks.has_value());
        QCOMPARE(fromTable.torControlPort, plain.torControlPort);
        QCOMPARE(fromTable.launchTor, plain.launchTor);
        QCOMPARE(fromTable.routeAllViaTor, plain.routeAllViaTor);
        QCOMPARE(fromTable.preferOnionTwin, plain.preferOnionTwin);
        QCOMPARE(fromTable.cacheTtlSeconds, plain.cacheTtlSeconds);
        QCOMPARE(fromTable.redisHost, plain.redisHost);
        QCOMPARE(fromTable.redisPort, plain.redisPort);
        QCOMPARE(fromTable.health.concurrency, plain.health.concurrency);
        QCOMPARE(fromTable.health.budget, plain.health.budget);
        QCOMPARE(fromTable.health.interval, plain.health.interval);
        QCOMPARE(fromTable.health.discoverPeers, plain.health.discoverPeers);

        const auto options = engineOptions(fromTable, QProcessEnvironment());
        QVERIFY(options.ok());
        const TorSettings tor;
        QCOMPARE(options->tor.enabled, tor.enabled);
        QCOMPARE(options->tor.autoDetect, tor.autoDetect);
        QCOMPARE(options->tor.allowLaunch, tor.allowLaunch);
        QCOMPARE(options->tor.routeAllViaTor, tor.routeAllViaTor);
        QCOMPARE(options->tor.socksPort, tor.socksPort);
        QCOMPARE(options->tor.controlPort, tor.controlPort);
        const CacheSettings cache;
        QCOMPARE(options->cache.tipDependentTtl, cache.tipDependentTtl);
        QCOMPARE(options->cache.redis.port, cache.redis.port);
        QVERIFY(!options->cache.usesRedis());
    }

    void theEnvironmentWinsOverTheStoredRedisSettings()
    {
        AppConfig config;
        config.redisHost = QStringLiteral("stored.example");
        config.redisPort = 7000;
        QProcessEnvironment env;
        auto options = engineOptions(config, env);
        QCOMPARE(options->cache.redis.host, QStringLiteral("stored.example"));
        QCOMPARE(options->cache.redis.port, quint16(7000));
        env.insert(QStringLiteral("REDIS_PORT"), QStringLiteral("7001"));
        options = engineOptions(config, env);
        QCOMPARE(options->cache.redis.host, QStringLiteral("stored.example"));
        QCOMPARE(options->cache.redis.port, quint16(7001));
        env.insert(QStringLiteral("REDIS_HOST"), QStringLiteral("env.example"));
        options = engineOptions(config, env);
        QCOMPARE(options->cache.redis.host, QStringLiteral("env.example"));
        QCOMPARE(CacheSettings::redisOverrides(env),
                 (QStringList{QStringLiteral("REDIS_HOST"), QStringLiteral("REDIS_PORT")}));
        // Neither stored nor in the environment: the embedded memory cache, as before there was a setting.
        QVERIFY(!engineOptions(AppConfig{}, QProcessEnvironment())->cache.usesRedis());
        env.insert(QStringLiteral("REDIS_PORT"), QStringLiteral("http"));
        QVERIFY(!engineOptions(config, env).ok());
    }
};

QTEST_GUILESS_MAIN(TestSettingsTable)
#include "tst_settingstable.moc"
