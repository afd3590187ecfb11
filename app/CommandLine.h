// The command line: what the user asked for (window or headless, API endpoint, data directory, Tor), parsed once.
#pragma once

#include "Result.h"
#include "health/HealthMonitor.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace btcw {

struct AppConfig
{
    bool headless = false;  // --headless, or no display to open a window on
    bool apiEnabled = true; // --no-api turns the local API off (window only)
    QHostAddress apiBind = QHostAddress(QHostAddress::LocalHost);
    quint16 apiPort = 5000;
    bool apiRequireToken = true;     // --no-auth turns the bearer token off (loopback binds only)
    QString apiTokenFile;            // --api-token-file: a fixed token instead of a fresh api.cookie per start
    bool apiPersistentToken = false; // settings api/persistentToken: one token kept in the secret store
    QString dataDir;                 // empty = the platform's app data directory
    bool allowBroadcast = false;
    bool allowUnknownMethods = false; // --allow-unknown-methods: forward methods the allow-list does not know
    bool allowPrivateTargets = false; // let the API query loopback/LAN servers (SSRF guard off)
    bool torEnabled = true;
    std::optional<std::pair<QString, quint16>> torSocks; // --tor-socks HOST:PORT
    bool launchTor = false;
    bool routeAllViaTor = false;
    HealthMonitorOptions health; // settings health/*: scan concurrency, per-server budget, schedule, peer discovery
    bool showVersion = false;
    bool showHelp = false;
    QString helpText;
};

// The saved settings (QSettings keys api/*, tor/*, engine/*) as a starting point for the command line.
AppConfig configFromSettings();

// Parses the arguments (argv[0] first) over `defaults`; a bad value is an error that names the option.
Result<AppConfig> parseCommandLine(const QStringList& arguments, AppConfig defaults = {});

// True when no window can be shown: no X11/Wayland display and no QPA platform chosen (Linux/BSD only).
bool hasNoDisplay();

} // namespace btcw
