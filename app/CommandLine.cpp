#include "CommandLine.h"

#include "health/ChainParams.h"
#include "monitor/EventCommand.h"
#include "settings/SettingsTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace btcw {

namespace {

Result<std::pair<QString, quint16>> parseHostPort(const QString& option, const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    if (colon <= 0 || !ok || port == 0 || port > 65535) {
        return Error::make(
            ErrorKind::InvalidArgument,
            QStringLiteral("--%1: '%2' is not HOST:PORT (for example 127.0.0.1:9050).").arg(option, text));
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return std::pair<QString, quint16>{host, quint16(port)};
}

} // namespace

int apiRateLimit(const AppConfig& config)
{
    if (config.apiRateLimit >= 0)
        return config.apiRateLimit;
    return config.apiBind.isLoopback() ? 0 : kNonLoopbackRateLimit;
}

bool hasNoDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD) || defined(Q_OS_NETBSD)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

AppConfig configFromValues(const SettingsValues& values)
{
    using namespace SettingsKeys;
    AppConfig config;
    config.apiEnabled = values.flag(ApiEnabled);
    config.apiBind = QHostAddress(values.text(ApiBind)); // the table checked it is an address
    config.apiPort = quint16(values.number(ApiPort));
    config.apiRateLimit = values.number(ApiRateLimit);
    config.apiPersistentToken = values.flag(ApiPersistentToken);
    config.allowBroadcast = values.flag(AllowBroadcast);
    config.allowPrivateTargets = values.flag(ApiAllowPrivateTargets);
    config.torEnabled = values.flag(TorEnabled);
    config.torAutoDetect = values.flag(TorAutoDetect);
    config.launchTor = values.flag(TorLaunch);
    config.routeAllViaTor = config.torEnabled && values.flag(TorRouteAll); // kept while Tor is off, unused
    config.preferOnionTwin = values.flag(TorPreferOnionTwin);              // applies only while Tor is usable anyway
    config.torControlPort = quint16(values.number(TorControlPort));
    // Port 0 means no explicit endpoint (TorSettings); the host is kept either way, so what was saved is what runs.
    const QString socksHost = values.text(TorSocksHost);
    const int socksPort = values.number(TorSocksPort);
    if (!socksHost.isEmpty() || socksPort > 0)
        config.torSocks = std::pair<QString, quint16>{socksHost, quint16(socksPort)};
    config.cacheTtlSeconds = values.number(CacheTtl);
    config.redisHost = values.text(CacheRedisHost);
    config.redisPort = quint16(values.number(CacheRedisPort));
    using namespace std::chrono;
    config.health.concurrency = values.number(HealthConcurrency);
    config.health.budget = seconds(values.number(HealthBudgetSeconds));
    config.health.interval = minutes(values.number(HealthIntervalMinutes));
    config.health.discoverPeers = values.flag(HealthDiscoverPeers);
    config.health.checkProof = values.flag(HealthCheckProof);
    config.alerts.down = values.flag(NotifyDown);
    config.alerts.lagging = values.flag(NotifyLagging);
    config.alerts.lagBlocks = values.number(NotifyLagBlocks);
    config.alerts.certificate = values.flag(NotifyCertificate);
    config.alerts.fork = values.flag(NotifyFork);
    config.alerts.quietPeriod = minutes(values.number(NotifyQuietMinutes));
    config.followHealthy = values.flag(MonitorFollowHealthy);
    config.settingsWarnings = values.warnings();
    return config;
}

AppConfig configFromSettings(const QSettings& settings)
{
    return configFromValues(SettingsValues::read(settings));
}

AppConfig configFromSettings()
{
    return configFromSettings(QSettings());
}

Result<AppConfig> parseCommandLine(const QStringList& arguments, AppConfig config)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Browse, check and query Electrum servers; serve a local REST API."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QCoreApplication::translate("CommandLine", "Serve the API without a window (also when there is no display)."));
    const QCommandLineOption noApi(QStringLiteral("no-api"),
                                   QCoreApplication::translate("CommandLine", "Do not serve the local REST API."));
    const QCommandLineOption apiPort(
        QStringLiteral("api-port"), QCoreApplication::translate("CommandLine", "Port of the local API (default 5000)."),
        QStringLiteral("port"));
    const QCommandLineOption apiRateLimitOption(
        QStringLiteral("api-rate-limit"),
        QCoreApplication::translate("CommandLine",
                                    "Requests per second one client with the token may send (0: no limit). Default: "
                                    "no limit when the API listens on loopback, 50 otherwise."),
        QStringLiteral("n"));
    const QCommandLineOption apiBind(
        QStringLiteral("api-bind"),
        QCoreApplication::translate("CommandLine", "Address the local API listens on (default 127.0.0.1)."),
        QStringLiteral("address"));
    const QCommandLineOption apiTokenFile(
        QStringLiteral("api-token-file"),
        QCoreApplication::translate("CommandLine",
                                    "Read the API's bearer token from this owner-only file instead of writing a "
                                    "fresh one to <data-dir>/api.cookie at every start."),
        QStringLiteral("file"));
    const QCommandLineOption noAuth(
        QStringLiteral("no-auth"),
        QCoreApplication::translate("CommandLine",
                                    "Serve the API without a bearer token (only allowed on a loopback address)."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine",
                                    "Directory for pins and user servers (default: the app data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption allowBroadcast(
        QStringLiteral("allow-broadcast"),
        QCoreApplication::translate("CommandLine",
                                    "Allow methods that change the server or the network (transaction broadcasts, "
                                    "server.add_peer)."));
    const QCommandLineOption allowUnknownMethods(
        QStringLiteral("allow-unknown-methods"),
        QCoreApplication::translate("CommandLine", "Forward Electrum methods that BTC Worker does not know."));
    const QCommandLineOption allowPrivate(
        QStringLiteral("allow-private-targets"),
        QCoreApplication::translate(
            "CommandLine", "Let the API query servers on loopback or private networks (your own LAN server)."));
    const QCommandLineOption noTor(QStringLiteral("no-tor"),
                                   QCoreApplication::translate("CommandLine", "Never use Tor (.onion servers fail)."));
    const QCommandLineOption torSocks(
        QStringLiteral("tor-socks"),
        QCoreApplication::translate("CommandLine", "Use only the Tor SOCKS5 port at HOST:PORT: never look for "
                                                   "another (9050, 9150); if it does not answer, say so (and start "
                                                   "our own tor unless --no-launch-tor)."),
        QStringLiteral("host:port"));
    const QCommandLineOption launchTor(
        QStringLiteral("launch-tor"),
        QCoreApplication::translate("CommandLine", "Start our own tor at start when no running Tor is found (by "
                                                   "default it starts on the first request that needs Tor)."));
    const QCommandLineOption noLaunchTor(
        QStringLiteral("no-launch-tor"),
        QCoreApplication::translate("CommandLine", "Never start our own tor; use only a Tor that is running."));
    const QCommandLineOption allViaTor(
        QStringLiteral("all-via-tor"),
        QCoreApplication::translate("CommandLine", "Route every server connection through Tor, never directly."));
    const QCommandLineOption scan(
        QStringLiteral("scan"),
        QCoreApplication::translate("CommandLine",
                                    "Check every server of this network at start (mainnet, testnet, testnet4, signet, "
                                    "regtest), then discover peers."),
        QStringLiteral("network"));
    const QCommandLineOption scanEvery(
        QStringLiteral("scan-every"),
        QCoreApplication::translate("CommandLine",
                                    "Scan at start and again every this many minutes (0 = never; default: settings)."),
        QStringLiteral("minutes"));
    const QCommandLineOption onEvent(
        QStringLiteral("on-event"),
        QCoreApplication::translate("CommandLine",
                                    "Run this command when a watched server goes down, comes back, falls behind or "
                                    "presents another certificate; it reads the event as JSON on standard input."),
        QStringLiteral("command"));
    parser.addOptions({help,         version,      headless, noApi,     apiPort,        apiRateLimitOption,
                       apiBind,      apiTokenFile, noAuth,   dataDir,   allowBroadcast, allowUnknownMethods,
                       allowPrivate, noTor,        torSocks, launchTor, noLaunchTor,    allViaTor,
                       scan,         scanEvery,    onEvent});

    if (!parser.parse(arguments))
        return Error::make(ErrorKind::InvalidArgument, parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return Error::make(
            ErrorKind::InvalidArgument,
            QStringLiteral("Unexpected argument '%1'; see --help.").arg(parser.positionalArguments().first()));
    }
    config.showHelp = parser.isSet(help);
    config.showVersion = parser.isSet(version);
    // Without an application object yet, Qt cannot know the program's name.
    // The first line names the program as Qt found it (or "<executable_name>" before there is an application).
    config.helpText = parser.helpText();
    config.helpText.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: btc-worker"));
    if (parser.isSet(headless))
        config.headless = true;
    if (parser.isSet(noApi))
        config.apiEnabled = false;
    if (parser.isSet(apiPort)) {
        bool ok = false;
        const uint port = parser.value(apiPort).toUInt(&ok);
        if (!ok || port > 65535) {
            return Error::make(ErrorKind::InvalidArgument,
                               QStringLiteral("--api-port: '%1' is not a port number (0–65535; 0 picks a free port).")
                                   .arg(parser.value(apiPort)));
        }
        config.apiPort = quint16(port);
    }
    if (parser.isSet(apiRateLimitOption)) {
        bool ok = false;
        const int rate = parser.value(apiRateLimitOption).toInt(&ok);
        if (!ok || rate < 0 || rate > 1'000'000) {
            return Error::make(ErrorKind::InvalidArgument,
                               QStringLiteral("--api-rate-limit: '%1' is not a number of requests per second "
                                              "(0–1000000; 0 turns the limit off).")
                                   .arg(parser.value(apiRateLimitOption)));
        }
        config.apiRateLimit = rate;
    }
    if (parser.isSet(apiBind)) {
        const QHostAddress address(parser.value(apiBind));
        if (address.isNull()) {
            return Error::make(ErrorKind::InvalidArgument,
                               QStringLiteral("--api-bind: '%1' is not an IP address (for example 127.0.0.1 or ::1).")
                                   .arg(parser.value(apiBind)));
        }
        config.apiBind = address;
    }
    if (parser.isSet(apiTokenFile))
        config.apiTokenFile = parser.value(apiTokenFile);
    if (parser.isSet(noAuth))
        config.apiRequireToken = false;
    if (!config.apiRequireToken && !config.apiTokenFile.isEmpty()) {
        return Error::make(ErrorKind::InvalidArgument,
                           QStringLiteral("--no-auth and --api-token-file contradict each other: pick one."));
    }
    if (!config.apiRequireToken && !config.apiBind.isLoopback()) {
        return Error::make(ErrorKind::InvalidArgument,
                           QStringLiteral("--no-auth is only allowed with a loopback --api-bind (127.0.0.1 or ::1), "
                                          "not %1: anyone who can reach that address could use the API.")
                               .arg(config.apiBind.toString()));
    }
    if (parser.isSet(dataDir))
        config.dataDir = parser.value(dataDir);
    if (parser.isSet(allowBroadcast))
        config.allowBroadcast = true;
    if (parser.isSet(allowUnknownMethods))
        config.allowUnknownMethods = true;
    if (parser.isSet(allowPrivate))
        config.allowPrivateTargets = true;
    if (parser.isSet(noTor))
        config.torEnabled = false;
    if (parser.isSet(torSocks)) {
        auto endpoint = parseHostPort(QStringLiteral("tor-socks"), parser.value(torSocks));
        if (!endpoint.ok())
            return endpoint.error();
        config.torSocks = endpoint.value();
    }
    if (parser.isSet(launchTor) && parser.isSet(noLaunchTor)) {
        return Error::make(ErrorKind::InvalidArgument,
                           QStringLiteral("--launch-tor and --no-launch-tor contradict each other: pick one."));
    }
    if (parser.isSet(launchTor)) {
        config.launchTor = true;
        config.launchTorAtStart = true;
    }
    if (parser.isSet(noLaunchTor))
        config.launchTor = false;
    if (parser.isSet(allViaTor))
        config.routeAllViaTor = true;
    if (config.routeAllViaTor && !config.torEnabled) {
        return Error::make(ErrorKind::InvalidArgument,
                           QStringLiteral("--all-via-tor and --no-tor contradict each other: pick one."));
    }
    if (parser.isSet(scan)) {
        const auto network = networkFromName(parser.value(scan).trimmed());
        if (!network) {
            return Error::make(ErrorKind::InvalidArgument,
                               QStringLiteral("--scan: '%1' is not one of mainnet, testnet, testnet4, signet, regtest.")
                                   .arg(parser.value(scan)));
        }
        config.health.network = *network;
        config.health.scanAtStart = true;
    }
    if (parser.isSet(scanEvery)) {
        bool ok = false;
        const int minutes = parser.value(scanEvery).toInt(&ok);
        if (!ok || minutes < 0 || minutes > 7 * 24 * 60) {
            return Error::make(ErrorKind::InvalidArgument,
                               QStringLiteral("--scan-every: '%1' is not a number of minutes from 0 to 10080 (a week).")
                                   .arg(parser.value(scanEvery)));
        }
        config.health.interval = std::chrono::minutes(minutes);
        if (minutes > 0)
            config.health.scanAtStart = true;
    }
    if (parser.isSet(onEvent)) {
        Result<QStringList> command = EventCommand::parse(parser.value(onEvent));
        if (!command)
            return command.error();
        config.onEventCommand = std::move(command).value();
    }
    if (!config.headless && !config.showHelp && !config.showVersion && hasNoDisplay())
        config.headless = true;
    return config;
}

} // namespace btcw
