// The one table of configuration settings (QSettings keys): type, default, range, description and when each applies;
// the command line, the settings dialog and the engine all read it, and a typed reader that checks stored values.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <span>

class QSettings;

namespace btcw {

// The keys, for code that names one setting (the table below says everything else about it).
namespace SettingsKeys {
inline constexpr auto TorEnabled = "tor/enabled";
inline constexpr auto TorAutoDetect = "tor/autoDetect";
inline constexpr auto TorSocksHost = "tor/socksHost";
inline constexpr auto TorSocksPort = "tor/socksPort";
inline constexpr auto TorControlPort = "tor/controlPort";
inline constexpr auto TorLaunch = "tor/launch";
inline constexpr auto TorRouteAll = "tor/routeAll";
inline constexpr auto TorPreferOnionTwin = "tor/preferOnionTwin";
inline constexpr auto ApiEnabled = "api/enabled";
inline constexpr auto ApiBind = "api/bind";
inline constexpr auto ApiPort = "api/port";
inline constexpr auto ApiPersistentToken = "api/persistentToken";
inline constexpr auto ApiAllowPrivateTargets = "api/allowPrivateTargets";
inline constexpr auto ApiRateLimit = "api/rateLimit";
inline constexpr auto AllowBroadcast = "engine/allowBroadcast";
inline constexpr auto CacheTtl = "cache/ttlSeconds";
inline constexpr auto CacheRedisHost = "cache/redisHost";
inline constexpr auto CacheRedisPort = "cache/redisPort";
inline constexpr auto HealthConcurrency = "health/concurrency";
inline constexpr auto HealthBudgetSeconds = "health/budgetSeconds";
inline constexpr auto HealthIntervalMinutes = "health/intervalMinutes";
inline constexpr auto HealthDiscoverPeers = "health/discoverPeers";
inline constexpr auto HealthCheckProof = "health/checkProof";
inline constexpr auto NotifyDown = "notify/down";
inline constexpr auto NotifyLagging = "notify/lagging";
inline constexpr auto NotifyLagBlocks = "notify/lagBlocks";
inline constexpr auto NotifyCertificate = "notify/certificate";
inline constexpr auto NotifyFork = "notify/fork";
inline constexpr auto NotifyQuietMinutes = "notify/quietMinutes";
inline constexpr auto MonitorFollowHealthy = "monitor/followHealthy";
inline constexpr auto Language = "ui/language";
inline constexpr auto CheckOnStart = "ui/checkOnStart";
} // namespace SettingsKeys

enum class SettingType
{
    Bool,
    Int,       // a whole number in [min, max]
    Text,      // any single line
    Host,      // a host name or IP address; empty allowed (means "none")
    IpAddress, // an IP address literal
};

struct SettingSpec
{
    const char* key;
    SettingType type;
    int defaultNumber;       // Bool (0/1) and Int
    const char* defaultText; // Text, Host and IpAddress
    int min;                 // Int only
    int max;
    bool needsRestart; // read once at start (the dialog says so); all others apply as soon as they are saved
    const char* description;

    QString name() const { return QString::fromLatin1(key); }
    QVariant defaultValue() const;
};

// Every configuration key the app reads (window geometry and filter state are not configuration and not here).
std::span<const SettingSpec> settingsTable();
// The entry for `key`; a key missing from the table is a programming error (asserts, then answers an empty entry).
const SettingSpec& settingSpec(const char* key);

// The stored settings, each checked against the table: a value of the wrong type or out of range is replaced by its
// default and reported in warnings() (one readable line each), never trusted and never a crash.
class SettingsValues
{
public:
    // Every key at its default.
    SettingsValues();
    static SettingsValues read(const QSettings& settings);

    bool flag(const char* key) const;
    int number(const char* key) const;
    QString text(const char* key) const;
    QVariant value(const char* key) const;

    const QStringList& warnings() const { return m_warnings; }

private:
    QHash<QString, QVariant> m_values;
    QStringList m_warnings;
};

} // namespace btcw
