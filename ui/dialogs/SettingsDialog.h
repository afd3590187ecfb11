// Settings: Tor, local API, cache and language, kept in QSettings and applied when the app starts again.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace btcw {

// QSettings keys, shared with the code that reads them at start-up.
namespace SettingsKeys {
inline constexpr auto TorEnabled = "tor/enabled";
inline constexpr auto TorAutoDetect = "tor/autoDetect";
inline constexpr auto TorSocksHost = "tor/socksHost";
inline constexpr auto TorSocksPort = "tor/socksPort";
inline constexpr auto TorLaunch = "tor/launch";
inline constexpr auto TorRouteAll = "tor/routeAll";
inline constexpr auto ApiEnabled = "api/enabled";
inline constexpr auto ApiBind = "api/bind";
inline constexpr auto ApiPort = "api/port";
inline constexpr auto CacheTtl = "cache/ttlSeconds";
inline constexpr auto CacheRedisHost = "cache/redisHost";
inline constexpr auto CacheRedisPort = "cache/redisPort";
inline constexpr auto Language = "ui/language";
inline constexpr auto CheckOnStart = "ui/checkOnStart"; // check the servers the table shows when the window opens
} // namespace SettingsKeys

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `settings` must outlive the dialog; it is read now and written on OK.
    explicit SettingsDialog(QSettings& settings, QWidget* parent = nullptr);

    // Writes the widgets' values to the settings (what OK does).
    void save();

private:
    void load();
    void updateEnabled();

    QSettings& m_settings;
    QCheckBox* m_torEnabled = nullptr;
    QCheckBox* m_torAutoDetect = nullptr;
    QLineEdit* m_torHost = nullptr;
    QSpinBox* m_torPort = nullptr;
    QCheckBox* m_torLaunch = nullptr;
    QCheckBox* m_torRouteAll = nullptr;
    QCheckBox* m_apiEnabled = nullptr;
    QLineEdit* m_apiBind = nullptr;
    QSpinBox* m_apiPort = nullptr;
    QSpinBox* m_cacheTtl = nullptr;
    QLineEdit* m_redisHost = nullptr;
    QSpinBox* m_redisPort = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_checkOnStart = nullptr;
};

} // namespace btcw
