// Every key of the settings table, changed in the settings dialog the way a user does (offscreen), reaches the
// running engine at once through the app's apply path, or the app config when the dialog marks it "after a restart";
// and the cache really switches memory → Redis → memory, with the status bar following.
#include "CommandLine.h"
#include "Engine.h"
#include "EngineSetup.h"
#include "RedisTestServer.h"
#include "StoredSecrets.h"
#include "Translations.h"
#include "cache/RedisCache.h"
#include "cache/ResponseCache.h"
#include "dialogs/SettingsDialog.h"
#include "health/HealthMonitor.h"
#include "net/TargetGuard.h"
#include "query/QueryService.h"
#include "secrets/MemorySecretStore.h"
#include "widgets/StatusIndicators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace btcw;
using namespace std::chrono_literals;

namespace {

const QStringList kArguments{QStringLiteral("btc-worker")}; // no options: the stored settings decide

// Where each key shows up once applied: in the running engine, or (read at start only) in the app's config.
using Observer = std::function<QVariant(Engine&, const AppConfig&)>;

QHash<QString, Observer> observers()
{
    using namespace SettingsKeys;
    const auto k = [](const char* key) { return QString::fromLatin1(key); };
    return {
        {k(TorEnabled), [](Engine& e, const AppConfig&) { return QVariant(e.tor().settings().enabled); }},
        {k(TorAutoDetect), [](Engine& e, const AppConfig&) { return QVariant(e.tor().settings().autoDetect); }},
        {k(TorSocksHost), [](Engine& e, const AppConfig&) { return QVariant(e.tor().settings().socksHost); }},
        {k(TorSocksPort), [](Engine& e, const AppConfig&) { return QVariant(int(e.tor().settings().socksPort)); }},
        {k(TorControlPort), [](Engine& e, const AppConfig&) { return QVariant(int(e.tor().settings().controlPort)); }},
        {k(TorLaunch), [](Engine& e, const AppConfig&) { return QVariant(e.tor().settings().allowLaunch); }},
        {k(TorRouteAll), [](Engine& e, const AppConfig&) { return QVariant(e.proxies().routeAllViaTor()); }},
        {k(TorPreferOnionTwin), [](Engine& e, const AppConfig&) { return QVariant(e.options().preferOnionTwin); }},
        {k(ApiEnabled), [](Engine&, const AppConfig& c) { return QVariant(c.apiEnabled); }},
        {k(ApiBind), [](Engine&, const AppConfig& c) { return QVariant(c.apiBind.toString()); }},
        {k(ApiPort), [](Engine&, const AppConfig& c) { return QVariant(int(c.apiPort)); }},
        // What main() hands the API as the token holders' per-client rate.
        {k(ApiRateLimit), [](Engine&, const AppConfig& c) { return QVariant(apiRateLimit(c)); }},
        {k(ApiPersistentToken), [](Engine&, const AppConfig& c) { return QVariant(c.apiPersistentToken); }},
        {k(ApiAllowPrivateTargets),
         [](Engine& e, const AppConfig&) { return QVariant(e.targetGuard().allowsPrivateTargets()); }},
        {k(AllowBroadcast), [](Engine& e, const AppConfig&) { return QVariant(e.queries().allowsBroadcast()); }},
        {k(CacheTtl),
         [](Engine& e, const AppConfig&) {
             return QVariant(int(e.cache().policy().durations().tipDependent.count()));
         }},
        {k(CacheRedisHost),
         [](Engine& e, const AppConfig&) {
             // The host the engine uses, and only when the backend really is Redis.
             return QVariant(e.cache().cache().backendName() == u"redis" ? e.options().cache.redis.host : QString());
         }},
        {k(CacheRedisPort), [](Engine& e, const AppConfig&) { return QVariant(int(e.options().cache.redis.port)); }},
        {k(HealthConcurrency), [](Engine& e, const AppConfig&) { return QVariant(e.health().options().concurrency); }},
        {k(HealthBudgetSeconds),
         [](Engine& e, const AppConfig&) {
             return QVariant(
                 int(std::chrono::duration_cast<std::chrono::seconds>(e.health().options().budget).count()));
         }},
        {k(HealthIntervalMinutes),
         [](Engine& e, const AppConfig&) {
             return QVariant(
                 int(std::chrono::duration_cast<std::chrono::minutes>(e.health().options().interval).count()));
         }},
        {k(HealthDiscoverPeers),
         [](Engine& e, const AppConfig&) { return QVariant(e.health().options().discoverPeers); }},
        {k(HealthCheckProof), [](Engine& e, const AppConfig&) { return QVariant(e.health().options().checkProof); }},
        {k(NotifyDown), [](Engine& e, const AppConfig&) { return QVariant(e.alerts().options().down); }},
        {k(NotifyLagging), [](Engine& e, const AppConfig&) { return QVariant(e.alerts().options().lagging); }},
        {k(NotifyLagBlocks), [](Engine& e, const AppConfig&) { return QVariant(e.alerts().options().lagBlocks); }},
        {k(NotifyCertificate), [](Engine& e, const AppConfig&) { return QVariant(e.alerts().options().certificate); }},
        {k(NotifyFork), [](Engine& e, const AppConfig&) { return QVariant(e.alerts().options().fork); }},
        {k(MonitorFollowHealthy),
         [](Engine& e, const AppConfig&) { return QVariant(e.watchFollower().options().followHealthy); }},
        {k(NotifyQuietMinutes),
         [](Engine& e, const AppConfig&) {
             return QVariant(
                 int(std::chrono::duration_cast<std::chrono::minutes>(e.alerts().options().quietPeriod).count()));
         }},
        {k(Language), [](Engine&, const AppConfig&) { return QVariant(languageFor(preferredUiLocale())); }},
        // Read by the window when it opens (MainWindow::restoreWindowState), through the same table reader.
        {k(CheckOnStart),
         [](Engine&, const AppConfig&) {
             return QVariant(SettingsValues::read(QSettings()).flag(SettingsKeys::CheckOnStart));
         }},
    };
}

// Changes the key's field the way a user would and returns the value the field now holds (as the table's type).
QVariant changeField(SettingsDialog& dialog, const SettingSpec& spec)
{
    QWidget* field = dialog.findChild<QWidget*>(spec.name());
    if (!field)
        return {};
    if (auto* box = qobject_cast<QCheckBox*>(field)) {
        box->setChecked(!box->isChecked());
        return box->isChecked();
    }
    if (auto* spin = qobject_cast<QSpinBox*>(field)) {
        // Inside the table's range, and different from what it shows.
        spin->setValue(spin->value() == spin->minimum() + 2 ? spin->minimum() + 3 : spin->minimum() + 2);
        return spin->value();
    }
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        line->setText(spec.type == SettingType::IpAddress ? QStringLiteral("::1") : QStringLiteral("127.0.0.9"));
        return line->text();
    }
    if (auto* combo = qobject_cast<QComboBox*>(field)) {
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        return combo->currentData();
    }
    return {};
}

EngineOptions quietOptions()
{
    EngineOptions options;
    options.tor.enabled = false; // the walk turns it on; nothing else should probe
    return options;
}

// Sets a field to a value directly (for the Redis switch, where the value matters).
template <typename Widget> Widget* field(SettingsDialog& dialog, const char* key)
{
    return dialog.findChild<Widget*>(QString::fromLatin1(key));
}

} // namespace

class TestSettingsApplied : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void everyKeyChangedInTheDialogReachesTheEngineOrTheConfig();
    void theDialogMarksExactlyTheRestartKeys();
    void theDialogSaysWhenTheEnvironmentOverridesRedis();
    void cacheSwitchesFromMemoryToRedisAndBack();
    void unchangedSettingsLeaveTorAlone();

private:
    QTemporaryDir m_settingsDir;
};

void TestSettingsApplied::initTestCase()
{
    // Keep QSettings in a temporary directory, never the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    qunsetenv("REDIS_HOST");
    qunsetenv("REDIS_PORT");
}

void TestSettingsApplied::everyKeyChangedInTheDialogReachesTheEngineOrTheConfig()
{
    // Started the way the app starts (stored settings, here all defaults), with a throwaway data directory.
    QTemporaryDir data;
    AppConfig config = configFromSettings();
    config.dataDir = data.path();
    const auto options = engineOptions(config);
    QVERIFY(options.ok());
    Engine engine(options.value());
    engine.start();
    const QHash<QString, Observer> seen = observers();
    QStringList walked;
    for (const SettingSpec& spec : settingsTable()) {
        const QString key = spec.name();
        QVERIFY2(seen.contains(key),
                 qPrintable(QStringLiteral("no observer for %1: say where it takes effect").arg(key)));
        const Observer& observe = seen.value(key);

        QSettings settings;
        SettingsDialog dialog(settings);
        const QVariant chosen = changeField(dialog, spec);
        QVERIFY2(chosen.isValid(), qPrintable(QStringLiteral("the dialog has no field named %1").arg(key)));
        const QVariant before = observe(engine, configFromSettings());
        QVERIFY2(before != chosen, qPrintable(QStringLiteral("%1 already is %2").arg(key, chosen.toString())));

        dialog.save(); // what OK does, before the window tells the app
        settings.sync();
        const QStringList messages = applyStoredSettings(engine, kArguments);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));

        const QVariant after = observe(engine, configFromSettings());
        QVERIFY2(after == chosen,
                 qPrintable(QStringLiteral("%1: chose %2, %3 sees %4")
                                .arg(key, chosen.toString(),
                                     spec.needsRestart ? QStringLiteral("the config") : QStringLiteral("the engine"),
                                     after.toString())));
        // And back to the default, so the next key starts from the defaults (tor/routeAll needs tor/enabled).
        settings.remove(key);
        settings.sync();
        QVERIFY(applyStoredSettings(engine, kArguments).isEmpty());
        QVERIFY2(observe(engine, configFromSettings()) == before, qPrintable(key));
        walked << key;
    }
    QCOMPARE(walked.size(), qsizetype(settingsTable().size()));
}

void TestSettingsApplied::theDialogMarksExactlyTheRestartKeys()
{
    QSettings settings;
    SettingsDialog dialog(settings);
    for (const SettingSpec& spec : settingsTable()) {
        QWidget* field = dialog.findChild<QWidget*>(spec.name());
        QVERIFY2(field, qPrintable(spec.name()));
        // The remark sits in the field's row, next to it.
        auto* remark = dialog.findChild<QLabel*>(spec.name() + QStringLiteral("/restart"));
        const bool marked = remark && remark->text() == QStringLiteral("(after a restart)");
        QVERIFY2(marked == spec.needsRestart, qPrintable(spec.name()));
    }
}

void TestSettingsApplied::theDialogSaysWhenTheEnvironmentOverridesRedis()
{
    QSettings settings;
    {
        SettingsDialog dialog(settings);
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("redisEnvironmentOverride")));
    }
    qputenv("REDIS_HOST", "127.0.0.1");
    SettingsDialog dialog(settings);
    qunsetenv("REDIS_HOST");
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("redisEnvironmentOverride"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("REDIS_HOST")));
}

void TestSettingsApplied::cacheSwitchesFromMemoryToRedisAndBack()
{
    if (!isRedisSupported())
        QSKIP("this build has no Redis support (hiredis)");
    if (test::RedisTestServer::executable().isEmpty())
        QSKIP("redis-server is not installed");
    test::RedisTestServer redis;
    QVERIFY(redis.start({QStringLiteral("redis-secret")}).ok());

    Engine engine(quietOptions());
    engine.start();
    MemorySecretStore secrets;
    bool written = false;
    secrets.write(QString::fromLatin1(SecretKeys::RedisPassword), QStringLiteral("redis-secret"), this,
                  [&](const Status& s) { written = s.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, 5000);
    QStringList messages;
    const auto report = [&](const QString& m) { messages << m; };
    reapplySettings(engine, kArguments, &secrets, this, report); // at start: the password waits in the engine
    QMainWindow window; // the status bar's cache indicator must follow the backend
    QStandardItemModel rows;
    StatusIndicators indicators(window.statusBar(), engine.tor(), engine.cache(), &rows, &rows);
    QCOMPARE(engine.cache().cache().backendName(), QStringLiteral("memory"));
    QVERIFY(indicators.cacheStatusText().contains(QStringLiteral("memory")));

    // Memory → Redis: the user types the host and port and presses OK.
    {
        QSettings settings;
        SettingsDialog dialog(settings);
        field<QLineEdit>(dialog, SettingsKeys::CacheRedisHost)->setText(redis.host());
        field<QSpinBox>(dialog, SettingsKeys::CacheRedisPort)->setValue(redis.port());
        dialog.save();
    }
    reapplySettings(engine, kArguments, &secrets, this, report);
    QCOMPARE(engine.cache().cache().backendName(), QStringLiteral("redis"));
    auto* backend = qobject_cast<RedisCache*>(&engine.cache().cache());
    QVERIFY(backend);
    QTRY_VERIFY_WITH_TIMEOUT(backend->isReady(), 5000); // with the stored password: Redis requires one
    QVERIFY(indicators.cacheStatusText().contains(QStringLiteral("redis")));
    engine.cache().cache().put(QByteArrayLiteral("switch-test"), QByteArrayLiteral("body"), 60s);
    QTRY_VERIFY_WITH_TIMEOUT(
        redis.command({QByteArrayLiteral("EXISTS"), QByteArrayLiteral("btcw:v1:switch-test")}).valueOr(QByteArray()) ==
            "1",
        5000);

    // A lookup still waiting on Redis when the backend goes away is answered, not lost.
    std::optional<CacheLookup> pending;
    const ServerAddress server = ServerAddress::create(u"electrum.example", 50002, Transport::Tls).value();
    engine.cache().lookup(server, QStringLiteral("server.features"), QJsonArray(), this,
                          [&](CacheLookup lookup) { pending = std::move(lookup); });

    // Redis → memory: the host is cleared.
    {
        QSettings settings;
        SettingsDialog dialog(settings);
        field<QLineEdit>(dialog, SettingsKeys::CacheRedisHost)->clear();
        dialog.save();
    }
    reapplySettings(engine, kArguments, &secrets, this, report);
    QCOMPARE(engine.cache().cache().backendName(), QStringLiteral("memory"));
    QVERIFY(indicators.cacheStatusText().contains(QStringLiteral("memory")));
    QTRY_VERIFY_WITH_TIMEOUT(pending.has_value(), 5000);
    QCOMPARE(pending->status.outcome, CacheOutcome::Miss);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
}

void TestSettingsApplied::unchangedSettingsLeaveTorAlone()
{
    // OK with the Tor settings unchanged must not restart Tor (a launched tor would be stopped and bootstrap again).
    // Tor on with nothing to look for: it settles in "error" at once, without probing anything.
    QSettings().setValue(QString::fromLatin1(SettingsKeys::TorAutoDetect), false);
    QSettings().setValue(QString::fromLatin1(SettingsKeys::TorLaunch), false); // else it waits, idle, to launch
    EngineOptions options;
    options.tor.enabled = true;
    options.tor.autoDetect = false;
    options.tor.allowLaunch = false;
    Engine engine(options);
    engine.start();
    QCOMPARE(engine.tor().state(), TorState::Error);
    QSignalSpy torChanges(&engine.tor(), &TorService::stateChanged);
    QVERIFY(applyStoredSettings(engine, kArguments).isEmpty());
    QCOMPARE(torChanges.count(), 0);
    // A real change does restart it.
    QSettings().setValue(QString::fromLatin1(SettingsKeys::TorEnabled), false);
    QVERIFY(applyStoredSettings(engine, kArguments).isEmpty());
    QCOMPARE(engine.tor().state(), TorState::Off);
    QVERIFY(torChanges.count() > 0);
}

QTEST_MAIN(TestSettingsApplied)
#include "tst_settingsapplied.moc"
