#include "EngineSetup.h"

#include "StoredSecrets.h"

#include <QDir>
#include <QStandardPaths>

namespace btcw {

Result<EngineOptions> engineOptions(const AppConfig& config, const QProcessEnvironment& env)
{
    EngineOptions options;
    CacheSettings stored;
    stored.redis.host = config.redisHost;
    stored.redis.port = config.redisPort;
    stored.tipDependentTtl = std::chrono::seconds(config.cacheTtlSeconds);
    const auto cache = CacheSettings::fromEnvironment(env, stored);
    if (!cache.ok())
        return cache.error();
    options.cache = cache.value();
    options.allowPrivateTargets = config.allowPrivateTargets;
    options.dataDir = config.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                               : QDir(config.dataDir).absolutePath();
    options.allowBroadcast = config.allowBroadcast;
    options.allowUnknownMethods = config.allowUnknownMethods;
    options.health = config.health;
    options.alerts = config.alerts;
    options.follow.followHealthy = config.followHealthy;
    options.tor.enabled = config.torEnabled;
    options.tor.autoDetect = config.torAutoDetect;
    options.tor.allowLaunch = config.launchTor;
    options.tor.launchAtStart = config.launchTorAtStart;
    options.tor.routeAllViaTor = config.routeAllViaTor;
    options.preferOnionTwin = config.preferOnionTwin;
    options.tor.launchDataDir = QDir(options.dataDir).filePath(QStringLiteral("tor"));
    if (config.torSocks) {
        options.tor.socksHost = config.torSocks->first;
        options.tor.socksPort = config.torSocks->second;
    }
    // A detected Tor's control port, used with the control password from the secret store.
    options.tor.controlPort = config.torControlPort;
    return options;
}

QStringList applyStoredSettings(Engine& engine, const QStringList& arguments, const QProcessEnvironment& env)
{
    const AppConfig stored = configFromSettings();
    QStringList messages = stored.settingsWarnings;
    const auto config = parseCommandLine(arguments, stored);
    if (!config.ok()) {
        messages << QStringLiteral("the settings were not applied: %1").arg(config.error().message);
        return messages;
    }
    const auto options = engineOptions(config.value(), env);
    if (!options.ok()) {
        messages << QStringLiteral("the settings were not applied: %1").arg(options.error().toString());
        return messages;
    }
    engine.applySettings(options.value());
    return messages;
}

void reapplySettings(Engine& engine, const QStringList& arguments, SecretStore* store, QObject* context,
                     const std::function<void(const QString& message)>& report)
{
    for (const QString& message : applyStoredSettings(engine, arguments))
        report(message);
    if (store)
        StoredSecrets::apply(*store, engine, context, report);
}

} // namespace btcw
