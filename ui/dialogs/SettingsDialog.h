// Settings: Tor, local API, cache, health scans and language, kept in QSettings under the keys, defaults and ranges of
// core/settings/SettingsTable (each field says when it needs a restart); the Redis and Tor control passwords, kept
// only in the SecretStore. Every field's object name is its settings key.
#pragma once

#include "secrets/SecretStore.h"
#include "settings/SettingsTable.h"

#include <QByteArray>
#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QUrl;

namespace btcw {

class SecretStore;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `settings` must outlive the dialog; it is read now and written on OK.
    explicit SettingsDialog(QSettings& settings, QWidget* parent = nullptr);

    // Writes the widgets' values to the settings (what OK does).
    void save();

    // Where the running API's token is, passed in by the window (the dialog never opens a keychain itself).
    // A token file (the per-start cookie or --api-token-file): offers "Copy token" (reads the file when clicked) and
    // "Copy curl example".
    void setApiTokenFile(const QString& apiBaseUrl, const QString& tokenPath);
    // A token held in a secret store (`where`: "the system keychain", "plain file …"): offers "Copy token", which
    // calls `readToken` only when clicked.
    void setApiTokenStore(const QString& apiBaseUrl, const QString& where, std::function<QByteArray()> readToken);

    // Where the running API listens; when the command line chose another port or address than the saved one, the
    // dialog says so beside the fields (which keep the saved values).
    void setRunningApi(const QUrl& listening);

    // Where the password fields save to; null (the default) disables them. `store` must outlive the dialog.
    void setSecretStore(SecretStore* store);
    // Writes typed passwords to the secret store and removes cleared ones; `done` gets one readable line per failed
    // key (empty: all saved). OK does this after save() and stays open showing the errors if there are any.
    void saveSecrets(std::function<void(QStringList errors)> done);
    bool hasSecretChanges() const;

    // curl -H "Authorization: Bearer $(cat '<tokenPath>')" '<apiBaseUrl>/electrum/servers' (POSIX shell quoting).
    static QString curlExample(const QString& apiBaseUrl, const QString& tokenPath);

private:
    void load();
    void updateEnabled();
    void copyApiAccess();
    void copyApiToken();
    void acceptAfterSavingSecrets();
    // `field` named by its settings key, with "(after a restart)" beside it when the table says so.
    QLayout* settingRow(const char* key, QWidget* field);
    void addSettingRow(QFormLayout* form, const QString& label, const char* key, QWidget* field);
    QSpinBox* numberBox(const char* key, QWidget* parent);

    QSettings& m_settings;
    QCheckBox* m_torEnabled = nullptr;
    QCheckBox* m_torAutoDetect = nullptr;
    QLineEdit* m_torHost = nullptr;
    QSpinBox* m_torPort = nullptr;
    QSpinBox* m_torControlPort = nullptr;
    QCheckBox* m_torLaunch = nullptr;
    QCheckBox* m_torRouteAll = nullptr;
    QCheckBox* m_torPreferOnionTwin = nullptr;
    QCheckBox* m_apiEnabled = nullptr;
    QLineEdit* m_apiBind = nullptr;
    QSpinBox* m_apiPort = nullptr;
    QSpinBox* m_apiRateLimit = nullptr;
    QCheckBox* m_apiPersistentToken = nullptr;
    QCheckBox* m_apiAllowPrivateTargets = nullptr;
    QCheckBox* m_allowBroadcast = nullptr;
    QLineEdit* m_apiTokenLocation = nullptr;
    QPushButton* m_apiCopy = nullptr; // the curl example; gone when the token is in a secret store
    QPushButton* m_apiCopyToken = nullptr;
    QLabel* m_apiRunningNote = nullptr;
    QLabel* m_apiTokenNote = nullptr;
    QString m_apiBaseUrl;
    QString m_apiTokenPath;
    std::function<QByteArray()> m_readApiToken;
    QSpinBox* m_cacheTtl = nullptr;
    QLineEdit* m_redisHost = nullptr;
    QSpinBox* m_redisPort = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_checkOnStart = nullptr;
    QSpinBox* m_healthConcurrency = nullptr;
    QSpinBox* m_healthBudget = nullptr;
    QSpinBox* m_healthInterval = nullptr;
    QCheckBox* m_healthDiscoverPeers = nullptr;
    QCheckBox* m_healthCheckProof = nullptr;
    QCheckBox* m_notifyDown = nullptr;
    QCheckBox* m_notifyLagging = nullptr;
    QSpinBox* m_notifyLagBlocks = nullptr;
    QCheckBox* m_notifyCertificate = nullptr;
    QCheckBox* m_notifyFork = nullptr;
    QSpinBox* m_notifyQuiet = nullptr;
    QCheckBox* m_followHealthy = nullptr;
    SecretStore* m_secretStore = nullptr;
    QLabel* m_secretsPlace = nullptr;
    QLineEdit* m_redisPassword = nullptr;
    QLineEdit* m_torControlPassword = nullptr;
    QPushButton* m_clearRedisPassword = nullptr;
    QPushButton* m_clearTorControlPassword = nullptr;
    QLabel* m_secretsError = nullptr;
    bool m_removeRedisPassword = false;
    bool m_removeTorControlPassword = false;
};

} // namespace btcw
