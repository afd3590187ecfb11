// The command line: what the user asked for (window or headless, API endpoint, data directory, Tor), parsed once.
#pragma once

#include "Result.h"
#include "health/HealthMonitor.h"
#include "monitor/WatchAlerts.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

class QSettings;

namespace btcw {

class SettingsValues;

struct AppConfig
{
    bool headless = false;  // --headless, or no display to open a window on
    bool apiEnabled = true; // --no-api turns the local API off (window only)
    QHostAddress apiBind = QHostAddress(QHostAddress::LocalHost);
    quint16 apiPort = 5000;
    bool apiRequireToken = true;     // --no-auth turns the bearer token off (loopback binds only)
    QString apiTokenFile;            // --api-token-file: a fixed token instead of a fresh api.cookie per start
    bool apiPersistentToken = false; // settings api/persistentToken: one token kept in the secret store
    // Token holders' requests per second per client (--api-rate-limit, api/rateLimit): 0 = none, -1 = automatic
    // (none on loopback, kNonLoopbackRateLimit on any other bind); see apiRateLimit().
    int apiRateLimit = -1;
    QString dataDir; // empty = the platform's app data directory
    bool allowBroadcast = false;
    bool allowUnknownMethods = false; // --allow-unknown-methods: forward methods the allow-list does not know
    bool allowPrivateTargets = false; // let the API query loopback/LAN servers (SSRF guard off)
    bool torEnabled = true;
    bool torAutoDetect = true;                           // settings tor/autoDetect
    std::optional<std::pair<QString, quint16>> torSocks; // --tor-socks HOST:PORT
    quint16 torControlPort = 0;                          // settings tor/controlPort
    bool launchTor = true;         // tor/launch, --no-launch-tor: start our own tor when none is running
    bool launchTorAtStart = false; // --launch-tor: at start already, not only on the first request needing Tor
    bool routeAllViaTor = false;
    bool preferOnionTwin = false; // settings tor/preferOnionTwin: queries go to a server's confirmed .onion twin
    int cacheTtlSeconds = 15;     // settings cache/ttlSeconds: answers that change with each block
    QString redisHost;            // settings cache/redisHost (REDIS_HOST wins); empty = the memory cache
    quint16 redisPort = 6379;     // settings cache/redisPort (REDIS_PORT wins)
    HealthMonitorOptions health;  // settings health/*: scan concurrency, per-server budget, schedule, peer discovery
    // --on-event COMMAND: run for each event of a watched server, the event as JSON on stdin (program + arguments).
    QStringList onEventCommand;
    AlertOptions alerts;        // settings notify/*: which events of watched servers are told
    bool followHealthy = false; // settings monitor/followHealthy: every healthy server followed live, not only watched
    QStringList settingsWarnings; // stored settings that were unusable and replaced by their defaults
    bool showVersion = false;
    bool showHelp = false;
    QString helpText;
};

// The token holders' rate limit the API gets: the configured one, or for "automatic" none on loopback (a local work
// queue for the user's scripts) and a per-client limit when other machines can reach the API.
inline constexpr int kNonLoopbackRateLimit = 50;
int apiRateLimit(const AppConfig& config);

// The saved settings (the keys of core/settings/SettingsTable) as a starting point for the command line; unusable
// values are replaced by their defaults and listed in settingsWarnings.
AppConfig configFromSettings();
AppConfig configFromSettings(const QSettings& settings);
AppConfig configFromValues(const SettingsValues& values);

// Parses the arguments (argv[0] first) over `defaults`; a bad value is an error that names the option.
Result<AppConfig> parseCommandLine(const QStringList& arguments, AppConfig defaults = {});

// True when no window can be shown: no X11/Wayland display and no QPA platform chosen (Linux/BSD only).
bool hasNoDisplay();

} // namespace btcw
