#include "settings/SettingsTable.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <array>
#include <optional>

namespace btcw {

namespace {

using namespace SettingsKeys;
using T = SettingType;

constexpr int kMaxPort = 65535;
constexpr bool kRestart = true;
constexpr bool kLive = false;

// clang-format off
constexpr std::array kTable{
    SettingSpec{TorEnabled,    T::Bool, 1, "", 0, 0, kLive, "Use Tor for .onion servers (off: they fail with a clear error)"},
    SettingSpec{TorAutoDetect, T::Bool, 1, "", 0, 0, kLive, "Look for a running Tor on 127.0.0.1:9050 and :9150"},
    SettingSpec{TorSocksHost,  T::Host, 0, "", 0, 0, kLive, "Host of an explicit Tor SOCKS port (empty: 127.0.0.1)"},
    SettingSpec{TorSocksPort,  T::Int,  0, "", 0, kMaxPort, kLive, "An explicit Tor SOCKS port, tried first (0: none)"},
    SettingSpec{TorControlPort, T::Int, 0, "", 0, kMaxPort, kLive, "A detected Tor's control port, asked for bootstrap progress (0: none)"},
    SettingSpec{TorLaunch,     T::Bool, 1, "", 0, 0, kLive, "Launch our own tor on the first request that needs Tor when none is running"},
    SettingSpec{TorRouteAll,   T::Bool, 0, "", 0, 0, kLive, "Route every server connection through Tor, never directly"},
    SettingSpec{TorPreferOnionTwin, T::Bool, 0, "", 0, 0, kLive, "Use a server's confirmed .onion twin when Tor is available"},
    SettingSpec{ApiEnabled,    T::Bool, 1, "", 0, 0, kRestart, "Serve the local REST API"},
    SettingSpec{ApiBind,       T::IpAddress, 0, "127.0.0.1", 0, 0, kRestart, "Address the local API listens on"},
    SettingSpec{ApiPort,       T::Int,  5000, "", 1, kMaxPort, kRestart, "Port of the local API"},
    SettingSpec{ApiPersistentToken, T::Bool, 0, "", 0, 0, kRestart, "Keep one API token in the secret store instead of a fresh api.cookie per start"},
    SettingSpec{ApiRateLimit,  T::Int,  -1, "", -1, 1'000'000, kRestart, "Requests per second one client with the token may send (-1: automatic, no limit on loopback and 50 elsewhere; 0: no limit)"},
    SettingSpec{ApiAllowPrivateTargets, T::Bool, 0, "", 0, 0, kLive, "Let the API query servers on loopback or private networks"},
    SettingSpec{AllowBroadcast, T::Bool, 0, "", 0, 0, kLive, "Allow blockchain.transaction.broadcast through the API"},
    SettingSpec{CacheTtl,      T::Int,  15, "", 0, 3600, kLive, "Seconds answers that change with each block are cached (0: never)"},
    SettingSpec{CacheRedisHost, T::Host, 0, "", 0, 0, kLive, "Redis host for a shared cache (empty: in memory); REDIS_HOST wins"},
    SettingSpec{CacheRedisPort, T::Int, 6379, "", 1, kMaxPort, kLive, "Redis port; REDIS_PORT wins"},
    SettingSpec{HealthConcurrency, T::Int, 32, "", 1, 256, kLive, "Servers a scan checks at the same time"},
    SettingSpec{HealthBudgetSeconds, T::Int, 20, "", 1, 300, kLive, "Seconds one server's check may take"},
    SettingSpec{HealthIntervalMinutes, T::Int, 0, "", 0, 7 * 24 * 60, kLive, "Scan the last scanned network again this often (0: never)"},
    SettingSpec{HealthDiscoverPeers, T::Bool, 1, "", 0, 0, kLive, "Ask healthy servers for their peers after a scan"},
    SettingSpec{HealthCheckProof, T::Bool, 0, "", 0, 0, kLive, "Each check also verifies a merkle proof and the headers at the tip (the proof stage)"},
    SettingSpec{NotifyDown,    T::Bool, 1, "", 0, 0, kLive, "Tell when a watched server goes down or comes back"},
    SettingSpec{NotifyLagging, T::Bool, 1, "", 0, 0, kLive, "Tell when a watched server falls behind the best tip or catches up"},
    SettingSpec{NotifyLagBlocks, T::Int, 3, "", 1, 1000, kLive, "Blocks behind the best tip that count as falling behind"},
    SettingSpec{NotifyCertificate, T::Bool, 1, "", 0, 0, kLive, "Tell when a watched server presents another certificate"},
    SettingSpec{NotifyFork, T::Bool, 1, "", 0, 0, kLive, "Tell when a watched server's tip is a block no other followed server has, and when it is shared again"},
    SettingSpec{NotifyQuietMinutes, T::Int, 10, "", 0, 24 * 60, kLive, "Minutes before a server that was just told of is told of again (flapping)"},
    SettingSpec{MonitorFollowHealthy, T::Bool, 0, "", 0, 0, kLive, "Follow every healthy server live (block arrival), not only the watched ones; at most 200"},
    SettingSpec{Language,      T::Text, 0, "", 0, 0, kRestart, "Language of the window (empty: the system's)"},
    SettingSpec{CheckOnStart,  T::Bool, 0, "", 0, 0, kRestart, "Check the servers shown when the window opens"},
};
// clang-format on

const SettingSpec kUnknown{"", T::Text, 0, "", 0, 0, kLive, ""};

bool isHostName(const QString& text)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})$"));
    if (text.size() > 253)
        return false;
    const QStringList labels = text.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels[i].isEmpty() && i == labels.size() - 1 && i > 0)
            continue; // a trailing dot (fully qualified)
        if (!label.match(labels[i]).hasMatch())
            return false;
    }
    return true;
}

bool isWholeNumberType(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// The stored value as the table's type, or why it is not one.
std::optional<QVariant> checked(const SettingSpec& spec, const QVariant& stored, QString* why)
{
    const bool isText = stored.typeId() == QMetaType::QString || stored.typeId() == QMetaType::QByteArray;
    switch (spec.type) {
    case T::Bool: {
        if (stored.typeId() == QMetaType::Bool)
            return stored.toBool();
        const QString text = isText ? stored.toString().trimmed().toLower() : QString();
        if (text == u"true" || text == u"1")
            return true;
        if (text == u"false" || text == u"0")
            return false;
        if (isWholeNumberType(stored) && (stored.toLongLong() == 0 || stored.toLongLong() == 1))
            return stored.toLongLong() == 1;
        *why = QStringLiteral("is not true or false");
        return std::nullopt;
    }
    case T::Int: {
        bool ok = isWholeNumberType(stored);
        qint64 number = ok ? stored.toLongLong() : 0;
        if (!ok && isText)
            number = stored.toString().trimmed().toLongLong(&ok);
        if (!ok) {
            *why = QStringLiteral("is not a whole number");
            return std::nullopt;
        }
        if (number < spec.min || number > spec.max) {
            *why = QStringLiteral("is outside %1–%2").arg(spec.min).arg(spec.max);
            return std::nullopt;
        }
        return int(number);
    }
    case T::Text:
    case T::Host:
    case T::IpAddress: {
        if (!isText) {
            *why = QStringLiteral("is not a single line of text");
            return std::nullopt;
        }
        const QString text = stored.toString().trimmed();
        if (text.contains(QLatin1Char('\n'))) {
            *why = QStringLiteral("is not a single line of text");
            return std::nullopt;
        }
        if (spec.type == T::Host && !text.isEmpty() && QHostAddress(text).isNull() && !isHostName(text)) {
            *why = QStringLiteral("is not a host name or IP address");
            return std::nullopt;
        }
        if (spec.type == T::IpAddress && QHostAddress(text).isNull()) {
            *why = QStringLiteral("is not an IP address");
            return std::nullopt;
        }
        return text;
    }
    }
    return std::nullopt;
}

QString shown(const QVariant& value)
{
    QString text =
        value.typeId() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(", ")) : value.toString();
    if (text.isEmpty() && !value.canConvert<QString>())
        text = QStringLiteral("<%1>").arg(QString::fromLatin1(value.typeName()));
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("…");
    return text;
}

} // namespace

QVariant SettingSpec::defaultValue() const
{
    switch (type) {
    case T::Bool:
        return defaultNumber != 0;
    case T::Int:
        return defaultNumber;
    case T::Text:
    case T::Host:
    case T::IpAddress:
        return QString::fromLatin1(defaultText);
    }
    return {};
}

std::span<const SettingSpec> settingsTable()
{
    return kTable;
}

const SettingSpec& settingSpec(const char* key)
{
    for (const SettingSpec& spec : kTable)
        if (qstrcmp(spec.key, key) == 0)
            return spec;
    Q_ASSERT_X(false, "settingSpec", key);
    return kUnknown;
}

SettingsValues::SettingsValues()
{
    for (const SettingSpec& spec : kTable)
        m_values.insert(spec.name(), spec.defaultValue());
}

SettingsValues SettingsValues::read(const QSettings& settings)
{
    SettingsValues values;
    for (const SettingSpec& spec : kTable) {
        if (!settings.contains(spec.name()))
            continue;
        const QVariant stored = settings.value(spec.name());
        QString why;
        if (const std::optional<QVariant> value = checked(spec, stored, &why)) {
            values.m_values.insert(spec.name(), *value);
            continue;
        }
        const QString fallback = shown(spec.defaultValue());
        values.m_warnings << QStringLiteral("setting %1 = \"%2\" %3; using the default (%4)")
                                 .arg(spec.name(), shown(stored), why,
                                      fallback.isEmpty() ? QStringLiteral("empty") : fallback);
    }
    return values;
}

QVariant SettingsValues::value(const char* key) const
{
    const auto it = m_values.constFind(QString::fromLatin1(key));
    Q_ASSERT_X(it != m_values.cend(), "SettingsValues", key);
    return it == m_values.cend() ? QVariant() : it.value();
}

bool SettingsValues::flag(const char* key) const
{
    return value(key).toBool();
}

int SettingsValues::number(const char* key) const
{
    return value(key).toInt();
}

QString SettingsValues::text(const char* key) const
{
    return value(key).toString();
}

} // namespace btcw
