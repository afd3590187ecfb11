#include "dialogs/SettingsDialog.h"

#include "Tones.h"
#include "cache/CacheSettings.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace btcw {

using namespace SettingsKeys;

static QString key(const char* k)
{
    return QString::fromLatin1(k);
}

// A password field that never shows what is typed.
static QLineEdit* passwordField(QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setEnabled(false); // until there is a secret store to save to
    return field;
}

QSpinBox* SettingsDialog::numberBox(const char* settingKey, QWidget* parent)
{
    const SettingSpec& spec = settingSpec(settingKey);
    auto* box = new QSpinBox(parent);
    box->setRange(spec.min, spec.max); // the table's range: the dialog never saves what the reader would refuse
    return box;
}

QLayout* SettingsDialog::settingRow(const char* settingKey, QWidget* field)
{
    field->setObjectName(key(settingKey));
    auto* row = new QHBoxLayout;
    row->addWidget(field, 1);
    if (settingSpec(settingKey).needsRestart) {
        auto* restart = new QLabel(tr("(after a restart)"), field->parentWidget());
        restart->setObjectName(key(settingKey) + QStringLiteral("/restart"));
        restart->setToolTip(tr("BTC Worker reads this setting when it starts"));
        restart->setEnabled(false); // greyed: a remark, not a control
        row->addWidget(restart);
    }
    return row;
}

void SettingsDialog::addSettingRow(QFormLayout* form, const QString& label, const char* settingKey, QWidget* field)
{
    QLayout* row = settingRow(settingKey, field);
    form->addRow(label, row);
    if (auto* text = qobject_cast<QLabel*>(form->labelForField(row)))
        text->setBuddy(field); // the label's shortcut still reaches the field inside the row
}

SettingsDialog::SettingsDialog(QSettings& settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));

    auto* tor = new QGroupBox(tr("Tor"), this);
    m_torEnabled = new QCheckBox(tr("Use Tor for .onion servers"), tor);
    m_torAutoDetect = new QCheckBox(tr("Detect a running Tor (ports 9050 and 9150)"), tor);
    m_torHost = new QLineEdit(tor);
    m_torHost->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_torPort = numberBox(TorSocksPort, tor);
    m_torPort->setSpecialValueText(tr("none"));
    m_torControlPort = numberBox(TorControlPort, tor);
    m_torControlPort->setSpecialValueText(tr("none"));
    m_torControlPort->setToolTip(tr("A running Tor's control port (often 9051), asked how far it has started; its "
                                    "password goes in the Passwords section"));
    m_torLaunch = new QCheckBox(tr("Launch our own tor when none is found"), tor);
    m_torRouteAll = new QCheckBox(tr("Route every server through Tor"), tor);
    m_torPreferOnionTwin = new QCheckBox(tr("Use a server's confirmed .onion twin when Tor is available"), tor);
    auto* torForm = new QFormLayout(tor);
    torForm->addRow(settingRow(TorEnabled, m_torEnabled));
    torForm->addRow(settingRow(TorAutoDetect, m_torAutoDetect));
    addSettingRow(torForm, tr("SOCKS &host:"), TorSocksHost, m_torHost);
    addSettingRow(torForm, tr("SOCKS &port:"), TorSocksPort, m_torPort);
    addSettingRow(torForm, tr("&Control port:"), TorControlPort, m_torControlPort);
    torForm->addRow(settingRow(TorLaunch, m_torLaunch));
    torForm->addRow(settingRow(TorRouteAll, m_torRouteAll));
    torForm->addRow(settingRow(TorPreferOnionTwin, m_torPreferOnionTwin));

    auto* api = new QGroupBox(tr("Local API"), this);
    m_apiEnabled = new QCheckBox(tr("Serve the local REST API"), api);
    m_apiBind = new QLineEdit(api);
    m_apiBind->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_apiPort = numberBox(ApiPort, api);
    auto* apiForm = new QFormLayout(api);
    apiForm->addRow(settingRow(ApiEnabled, m_apiEnabled));
    addSettingRow(apiForm, tr("&Bind address:"), ApiBind, m_apiBind);
    addSettingRow(apiForm, tr("P&ort:"), ApiPort, m_apiPort);
    m_apiRateLimit = numberBox(ApiRateLimit, api);
    m_apiRateLimit->setSpecialValueText(tr("Automatic"));
    m_apiRateLimit->setSuffix(tr(" per second"));
    m_apiRateLimit->setToolTip(tr("Requests per second one program with the token may send. Automatic: no limit "
                                  "while the API listens on this machine only, 50 when it listens on a network "
                                  "address. 0: no limit."));
    addSettingRow(apiForm, tr("Rate l&imit:"), ApiRateLimit, m_apiRateLimit);
    m_apiRunningNote = new QLabel(api);
    m_apiRunningNote->setObjectName(QStringLiteral("apiRunningNote"));
    m_apiRunningNote->setWordWrap(true);
    m_apiRunningNote->hide();
    apiForm->addRow(m_apiRunningNote);
    m_apiPersistentToken = new QCheckBox(tr("Keep a persistent token (in the system keychain)"), api);
    m_apiPersistentToken->setToolTip(
        tr("Off: a new token in api.cookie every start. On: one token that stays the same, kept in the system "
           "keychain, or in a file readable only by you when there is no keychain."));
    apiForm->addRow(settingRow(ApiPersistentToken, m_apiPersistentToken));
    m_apiAllowPrivateTargets =
        new QCheckBox(tr("Let the API query servers on loopback or private networks (your own LAN server)"), api);
    apiForm->addRow(settingRow(ApiAllowPrivateTargets, m_apiAllowPrivateTargets));
    m_allowBroadcast = new QCheckBox(tr("Allow blockchain.transaction.broadcast through the API"), api);
    apiForm->addRow(settingRow(AllowBroadcast, m_allowBroadcast));
    m_apiTokenLocation = new QLineEdit(api);
    m_apiTokenLocation->setReadOnly(true);
    m_apiTokenLocation->setText(tr("the API is not running"));
    m_apiCopy = new QPushButton(tr("Copy curl example"), api);
    m_apiCopy->setEnabled(false);
    m_apiCopyToken = new QPushButton(tr("Copy token"), api);
    m_apiCopyToken->setObjectName(QStringLiteral("apiCopyToken"));
    m_apiCopyToken->setEnabled(false);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_apiTokenLocation, 1);
    tokenRow->addWidget(m_apiCopyToken);
    tokenRow->addWidget(m_apiCopy);
    apiForm->addRow(tr("Current token:"), tokenRow);
    m_apiTokenNote = new QLabel(api);
    m_apiTokenNote->setWordWrap(true);
    m_apiTokenNote->hide();
    apiForm->addRow(m_apiTokenNote);
    connect(m_apiCopy, &QPushButton::clicked, this, &SettingsDialog::copyApiAccess);
    connect(m_apiCopyToken, &QPushButton::clicked, this, &SettingsDialog::copyApiToken);

    auto* cache = new QGroupBox(tr("Cache"), this);
    m_cacheTtl = numberBox(CacheTtl, cache);
    m_cacheTtl->setSuffix(tr(" s"));
    m_cacheTtl->setSpecialValueText(tr("off"));
    m_cacheTtl->setToolTip(tr("How long answers that change with each block (balances, histories, fees) are kept; "
                              "settled answers follow their own, longer rules"));
    m_redisHost = new QLineEdit(cache);
    m_redisHost->setPlaceholderText(tr("empty: keep the cache in memory"));
    m_redisPort = numberBox(CacheRedisPort, cache);
    auto* cacheForm = new QFormLayout(cache);
    addSettingRow(cacheForm, tr("&Time to live:"), CacheTtl, m_cacheTtl);
    addSettingRow(cacheForm, tr("&Redis host:"), CacheRedisHost, m_redisHost);
    addSettingRow(cacheForm, tr("Redis p&ort:"), CacheRedisPort, m_redisPort);
    // The environment wins over these fields (as it did before there were fields): say so where they are.
    if (const QStringList overrides = CacheSettings::redisOverrides(); !overrides.isEmpty()) {
        auto* overridden = new QLabel(
            tr("%1 set in the environment: it wins over the field here.").arg(overrides.join(QStringLiteral(", "))),
            cache);
        overridden->setObjectName(QStringLiteral("redisEnvironmentOverride"));
        overridden->setWordWrap(true);
        cacheForm->addRow(overridden);
    }

    auto* passwords = new QGroupBox(tr("Passwords"), this);
    m_redisPassword = passwordField(passwords);
    m_torControlPassword = passwordField(passwords);
    m_clearRedisPassword = new QPushButton(tr("Clear"), passwords);
    m_clearTorControlPassword = new QPushButton(tr("Clear"), passwords);
    m_redisPassword->setObjectName(QStringLiteral("redisPassword"));
    m_torControlPassword->setObjectName(QStringLiteral("torControlPassword"));
    m_clearRedisPassword->setObjectName(QStringLiteral("clearRedisPassword"));
    m_clearTorControlPassword->setObjectName(QStringLiteral("clearTorControlPassword"));
    m_secretsPlace = new QLabel(tr("Passwords cannot be saved: no secret store is available."), passwords);
    m_secretsPlace->setWordWrap(true);
    m_secretsError = new QLabel(passwords);
    m_secretsError->setWordWrap(true);
    tones::markAsError(m_secretsError);
    m_secretsError->hide();
    auto* passwordForm = new QFormLayout(passwords);
    const auto addPasswordRow = [&](const QString& label, QLineEdit* field, QPushButton* clear, bool* remove) {
        clear->setEnabled(false);
        auto* row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(clear);
        passwordForm->addRow(label, row);
        // Without a buddy the label would show its "&" instead of underlining the shortcut letter.
        if (auto* text = qobject_cast<QLabel*>(passwordForm->labelForField(row)))
            text->setBuddy(field);
        // Clearing removes the stored password on OK; typing a new one replaces it instead.
        connect(clear, &QPushButton::clicked, this, [this, field, remove] {
            field->clear();
            *remove = true;
            field->setPlaceholderText(tr("removed when you press OK"));
        });
        connect(field, &QLineEdit::textEdited, this, [remove] { *remove = false; });
    };
    addPasswordRow(tr("Redis pass&word:"), m_redisPassword, m_clearRedisPassword, &m_removeRedisPassword);
    addPasswordRow(tr("Tor control p&assword:"), m_torControlPassword, m_clearTorControlPassword,
                   &m_removeTorControlPassword);
    passwordForm->addRow(m_secretsPlace);
    passwordForm->addRow(m_secretsError);

    auto* health = new QGroupBox(tr("Health checks"), this);
    m_healthConcurrency = numberBox(HealthConcurrency, health);
    m_healthConcurrency->setToolTip(tr("How many servers a scan checks at the same time"));
    m_healthBudget = numberBox(HealthBudgetSeconds, health);
    m_healthBudget->setSuffix(tr(" s"));
    m_healthBudget->setToolTip(tr("The most one server's check may take, from connecting to its last answer"));
    m_healthInterval = numberBox(HealthIntervalMinutes, health);
    m_healthInterval->setSuffix(tr(" min"));
    m_healthInterval->setSpecialValueText(tr("off"));
    m_healthInterval->setToolTip(tr("Check the servers of the last scanned network again this often"));
    m_healthDiscoverPeers = new QCheckBox(tr("Discover new servers from the healthy ones after a scan"), health);
    m_healthCheckProof =
        new QCheckBox(tr("Have each server prove what it serves (a merkle proof, the headers at its tip)"), health);
    auto* healthForm = new QFormLayout(health);
    addSettingRow(healthForm, tr("Servers checked at &once:"), HealthConcurrency, m_healthConcurrency);
    addSettingRow(healthForm, tr("Time &budget per server:"), HealthBudgetSeconds, m_healthBudget);
    addSettingRow(healthForm, tr("Check &again every:"), HealthIntervalMinutes, m_healthInterval);
    healthForm->addRow(settingRow(HealthDiscoverPeers, m_healthDiscoverPeers));
    healthForm->addRow(settingRow(HealthCheckProof, m_healthCheckProof));

    auto* notify = new QGroupBox(tr("Watched servers"), this);
    m_notifyDown = new QCheckBox(tr("Tell me when one goes down or comes back"), notify);
    m_notifyLagging = new QCheckBox(tr("Tell me when one falls behind or catches up"), notify);
    m_notifyLagBlocks = numberBox(NotifyLagBlocks, notify);
    m_notifyLagBlocks->setSuffix(tr(" blocks"));
    m_notifyLagBlocks->setToolTip(
        tr("A server further behind the best tip of its network than this has fallen behind"));
    m_notifyCertificate = new QCheckBox(tr("Tell me when one presents another certificate"), notify);
    m_notifyFork = new QCheckBox(tr("Tell me when one is on a block no other followed server has"), notify);
    m_notifyQuiet = numberBox(NotifyQuietMinutes, notify);
    m_notifyQuiet->setSuffix(tr(" min"));
    m_notifyQuiet->setSpecialValueText(tr("never"));
    m_notifyQuiet->setToolTip(tr("After telling of a server, further changes of it wait this long, so a server that "
                                 "comes and goes is not told of again and again"));
    auto* notifyForm = new QFormLayout(notify);
    notifyForm->addRow(settingRow(NotifyDown, m_notifyDown));
    notifyForm->addRow(settingRow(NotifyLagging, m_notifyLagging));
    addSettingRow(notifyForm, tr("&Behind by more than:"), NotifyLagBlocks, m_notifyLagBlocks);
    notifyForm->addRow(settingRow(NotifyCertificate, m_notifyCertificate));
    notifyForm->addRow(settingRow(NotifyFork, m_notifyFork));
    addSettingRow(notifyForm, tr("&Quiet after telling:"), NotifyQuietMinutes, m_notifyQuiet);
    m_followHealthy = new QCheckBox(tr("Follow every healthy server live, not only the watched ones"), notify);
    m_followHealthy->setToolTip(tr("Each followed server keeps one connection open (200 at most), so that the "
                                   "Arrival column can time when it announces each new block"));
    notifyForm->addRow(settingRow(MonitorFollowHealthy, m_followHealthy));

    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    auto* general = new QFormLayout;
    addSettingRow(general, tr("&Language:"), Language, m_language);
    m_checkOnStart = new QCheckBox(tr("Check the servers shown when the window opens"), this);
    general->addRow(settingRow(CheckOnStart, m_checkOnStart));

    auto* note = new QLabel(tr("Settings apply when you press OK, except those marked \"after a restart\"."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    // Tabs keep the dialog small enough for a laptop screen; each group is a page, titled by the tab.
    auto* tabs = new QTabWidget(this);
    auto* generalPage = new QWidget(tabs);
    auto* generalLayout = new QVBoxLayout(generalPage);
    generalLayout->addLayout(general);
    generalLayout->addWidget(health);
    generalLayout->addStretch(1);
    tabs->addTab(generalPage, tr("General"));
    for (QGroupBox* page : {tor, api, cache, notify, passwords}) {
        tabs->addTab(page, page->title());
        page->setTitle(QString());
        page->setFlat(true);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::acceptAfterSavingSecrets);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QCheckBox* box : {m_torEnabled, m_apiEnabled})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    load();
    updateEnabled();
}

void SettingsDialog::load()
{
    // Checked against the table: a damaged value shows as its default (and is reported where the app reads it).
    const SettingsValues v = SettingsValues::read(m_settings);
    m_torEnabled->setChecked(v.flag(TorEnabled));
    m_torAutoDetect->setChecked(v.flag(TorAutoDetect));
    m_torHost->setText(v.text(TorSocksHost));
    m_torPort->setValue(v.number(TorSocksPort));
    m_torControlPort->setValue(v.number(TorControlPort));
    m_torLaunch->setChecked(v.flag(TorLaunch));
    m_torRouteAll->setChecked(v.flag(TorRouteAll));
    m_torPreferOnionTwin->setChecked(v.flag(TorPreferOnionTwin));
    m_apiEnabled->setChecked(v.flag(ApiEnabled));
    m_apiBind->setText(v.text(ApiBind));
    m_apiPort->setValue(v.number(ApiPort));
    m_apiRateLimit->setValue(v.number(ApiRateLimit));
    m_apiPersistentToken->setChecked(v.flag(ApiPersistentToken));
    m_apiAllowPrivateTargets->setChecked(v.flag(ApiAllowPrivateTargets));
    m_allowBroadcast->setChecked(v.flag(AllowBroadcast));
    m_cacheTtl->setValue(v.number(CacheTtl));
    m_redisHost->setText(v.text(CacheRedisHost));
    m_redisPort->setValue(v.number(CacheRedisPort));
    m_checkOnStart->setChecked(v.flag(CheckOnStart));
    m_healthConcurrency->setValue(v.number(HealthConcurrency));
    m_healthBudget->setValue(v.number(HealthBudgetSeconds));
    m_healthInterval->setValue(v.number(HealthIntervalMinutes));
    m_healthDiscoverPeers->setChecked(v.flag(HealthDiscoverPeers));
    m_healthCheckProof->setChecked(v.flag(HealthCheckProof));
    m_notifyDown->setChecked(v.flag(NotifyDown));
    m_notifyLagging->setChecked(v.flag(NotifyLagging));
    m_notifyLagBlocks->setValue(v.number(NotifyLagBlocks));
    m_notifyCertificate->setChecked(v.flag(NotifyCertificate));
    m_notifyFork->setChecked(v.flag(NotifyFork));
    m_notifyQuiet->setValue(v.number(NotifyQuietMinutes));
    m_followHealthy->setChecked(v.flag(MonitorFollowHealthy));
    m_language->setCurrentIndex(qMax(0, m_language->findData(v.text(Language))));
}

void SettingsDialog::save()
{
    QSettings& s = m_settings;
    s.setValue(key(TorEnabled), m_torEnabled->isChecked());
    s.setValue(key(TorAutoDetect), m_torAutoDetect->isChecked());
    s.setValue(key(TorSocksHost), m_torHost->text().trimmed());
    s.setValue(key(TorSocksPort), m_torPort->value());
    s.setValue(key(TorControlPort), m_torControlPort->value());
    s.setValue(key(TorLaunch), m_torLaunch->isChecked());
    s.setValue(key(TorRouteAll), m_torRouteAll->isChecked());
    s.setValue(key(TorPreferOnionTwin), m_torPreferOnionTwin->isChecked());
    s.setValue(key(ApiEnabled), m_apiEnabled->isChecked());
    s.setValue(key(ApiBind), m_apiBind->text().trimmed());
    s.setValue(key(ApiPort), m_apiPort->value());
    s.setValue(key(ApiRateLimit), m_apiRateLimit->value());
    s.setValue(key(ApiPersistentToken), m_apiPersistentToken->isChecked());
    s.setValue(key(ApiAllowPrivateTargets), m_apiAllowPrivateTargets->isChecked());
    s.setValue(key(AllowBroadcast), m_allowBroadcast->isChecked());
    s.setValue(key(CacheTtl), m_cacheTtl->value());
    s.setValue(key(CacheRedisHost), m_redisHost->text().trimmed());
    s.setValue(key(CacheRedisPort), m_redisPort->value());
    s.setValue(key(Language), m_language->currentData().toString());
    s.setValue(key(CheckOnStart), m_checkOnStart->isChecked());
    s.setValue(key(HealthConcurrency), m_healthConcurrency->value());
    s.setValue(key(HealthBudgetSeconds), m_healthBudget->value());
    s.setValue(key(HealthIntervalMinutes), m_healthInterval->value());
    s.setValue(key(HealthDiscoverPeers), m_healthDiscoverPeers->isChecked());
    s.setValue(key(HealthCheckProof), m_healthCheckProof->isChecked());
    s.setValue(key(NotifyDown), m_notifyDown->isChecked());
    s.setValue(key(NotifyLagging), m_notifyLagging->isChecked());
    s.setValue(key(NotifyLagBlocks), m_notifyLagBlocks->value());
    s.setValue(key(NotifyCertificate), m_notifyCertificate->isChecked());
    s.setValue(key(NotifyFork), m_notifyFork->isChecked());
    s.setValue(key(NotifyQuietMinutes), m_notifyQuiet->value());
    s.setValue(key(MonitorFollowHealthy), m_followHealthy->isChecked());
}

void SettingsDialog::updateEnabled()
{
    const bool tor = m_torEnabled->isChecked();
    for (QWidget* w : std::initializer_list<QWidget*>{m_torAutoDetect, m_torHost, m_torPort, m_torControlPort,
                                                      m_torLaunch, m_torRouteAll, m_torPreferOnionTwin})
        w->setEnabled(tor);
    const bool api = m_apiEnabled->isChecked();
    for (QWidget* w : std::initializer_list<QWidget*>{m_apiBind, m_apiPort, m_apiPersistentToken,
                                                      m_apiAllowPrivateTargets, m_allowBroadcast})
        w->setEnabled(api);
}

QString SettingsDialog::curlExample(const QString& apiBaseUrl, const QString& tokenPath)
{
    // Single quotes keep the shell from reading anything in the path or URL; a quote inside becomes '\''.
    const auto quoted = [](QString text) {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    };
    return QStringLiteral("curl -H \"Authorization: Bearer $(cat %1)\" %2")
        .arg(quoted(QDir::toNativeSeparators(tokenPath)), quoted(apiBaseUrl + QStringLiteral("/electrum/servers")));
}

void SettingsDialog::setApiTokenFile(const QString& apiBaseUrl, const QString& tokenPath)
{
    m_apiBaseUrl = apiBaseUrl;
    m_apiTokenPath = tokenPath;
    m_readApiToken = nullptr;
    m_apiTokenLocation->setText(tokenPath.isEmpty() ? tr("no token file") : QDir::toNativeSeparators(tokenPath));
    if (m_apiCopy)
        m_apiCopy->setEnabled(!apiBaseUrl.isEmpty() && !tokenPath.isEmpty());
    // The path alone does not let anyone paste the token into another tool: the button reads the file when clicked.
    m_apiCopyToken->setEnabled(!tokenPath.isEmpty());
    m_apiCopyToken->setToolTip(tr("Reads the token from %1 and copies it").arg(QDir::toNativeSeparators(tokenPath)));
    m_apiTokenNote->hide();
}

void SettingsDialog::setApiTokenStore(const QString& apiBaseUrl, const QString& where,
                                      std::function<QByteArray()> readToken)
{
    m_apiBaseUrl = apiBaseUrl;
    m_apiTokenPath.clear();
    m_readApiToken = std::move(readToken);
    m_apiTokenLocation->setText(where);
    // No file a command could read, so no curl example: only the token itself.
    delete m_apiCopy;
    m_apiCopy = nullptr;
    m_apiCopyToken->setEnabled(bool(m_readApiToken));
    m_apiCopyToken->setToolTip(QString());
    m_apiTokenNote->setText(tr("The token is not in a file a command could read: copy it and send it as "
                               "\"Authorization: Bearer <token>\"."));
    m_apiTokenNote->show();
}

void SettingsDialog::setRunningApi(const QUrl& listening)
{
    const SettingsValues saved = SettingsValues::read(m_settings);
    const bool differs =
        listening.isValid() && (listening.port() != saved.number(ApiPort) ||
                                (!saved.text(ApiBind).isEmpty() && listening.host() != saved.text(ApiBind)));
    // The command line (--api-port, --api-bind) wins for this run; the fields keep the saved values for the next one.
    m_apiRunningNote->setText(tr("Running now at %1:%2 (set on the command line); the fields show the saved values "
                                 "used when it starts without those options.")
                                  .arg(listening.host())
                                  .arg(listening.port()));
    m_apiRunningNote->setVisible(differs);
}

void SettingsDialog::copyApiToken()
{
    QByteArray token;
    if (m_readApiToken) {
        token = m_readApiToken();
    } else if (!m_apiTokenPath.isEmpty()) {
        QFile file(m_apiTokenPath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_apiTokenNote->setText(
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_apiTokenPath), file.errorString()));
            m_apiTokenNote->show();
            return;
        }
        token = file.readAll().trimmed();
    }
    if (!token.isEmpty())
        QApplication::clipboard()->setText(QString::fromLatin1(token));
}

void SettingsDialog::copyApiAccess()
{
    if (!m_apiTokenPath.isEmpty())
        QApplication::clipboard()->setText(curlExample(m_apiBaseUrl, m_apiTokenPath));
}

} // namespace btcw

namespace btcw {

void SettingsDialog::setSecretStore(SecretStore* store)
{
    m_secretStore = store;
    for (QWidget* w : std::initializer_list<QWidget*>{m_redisPassword, m_torControlPassword, m_clearRedisPassword,
                                                      m_clearTorControlPassword})
        w->setEnabled(store != nullptr);
    if (!store) {
        m_secretsPlace->setText(tr("Passwords cannot be saved: no secret store is available."));
        return;
    }
    if (store->isPersistentAndEncrypted()) {
        m_secretsPlace->setText(tr("Kept in %1, never in the settings file.").arg(store->backendName()));
    } else {
        m_secretsPlace->setText(tr("<b>Warning:</b> there is no system keychain; passwords are kept unencrypted in %1.")
                                    .arg(store->backendName().toHtmlEscaped()));
    }
    // Say whether one is stored, without ever putting it into the field.
    const auto showStored = [this](const char* key, QLineEdit* field) {
        m_secretStore->read(QString::fromLatin1(key), this, [field](const Result<QString>& value) {
            if (!field->text().isEmpty())
                return;
            if (value.ok())
                field->setPlaceholderText(tr("stored; type a new one to replace it"));
            else if (value.error().kind == ErrorKind::NotFound)
                field->setPlaceholderText(tr("not set"));
            else
                field->setPlaceholderText(tr("cannot be read: %1").arg(value.error().message));
        });
    };
    showStored(SecretKeys::RedisPassword, m_redisPassword);
    showStored(SecretKeys::TorControlPassword, m_torControlPassword);
}

bool SettingsDialog::hasSecretChanges() const
{
    return m_secretStore && (!m_redisPassword->text().isEmpty() || !m_torControlPassword->text().isEmpty() ||
                             m_removeRedisPassword || m_removeTorControlPassword);
}

void SettingsDialog::saveSecrets(std::function<void(QStringList errors)> done)
{
    if (!hasSecretChanges()) {
        done({});
        return;
    }
    struct Progress
    {
        int left = 0;
        QStringList errors;
        std::function<void(QStringList)> done;
    };
    auto progress = std::make_shared<Progress>();
    progress->done = std::move(done);
    const auto finishOne = [this, progress](bool removed, QLineEdit* field, bool* remove, const Status& status) {
        if (status.ok()) {
            field->clear();
            *remove = false;
            field->setPlaceholderText(removed ? tr("not set") : tr("stored; type a new one to replace it"));
        } else {
            progress->errors << status.error().message;
        }
        if (--progress->left == 0)
            progress->done(progress->errors);
    };
    struct Change
    {
        const char* key;
        QLineEdit* field;
        bool* remove;
        QString saveFailed;
        QString removeFailed;
    };
    const QList<Change> changes{
        {SecretKeys::RedisPassword, m_redisPassword, &m_removeRedisPassword,
         tr("Could not save the Redis password: %1"), tr("Could not remove the Redis password: %1")},
        {SecretKeys::TorControlPassword, m_torControlPassword, &m_removeTorControlPassword,
         tr("Could not save the Tor control password: %1"), tr("Could not remove the Tor control password: %1")},
    };
    QList<Change> toDo;
    for (const Change& change : changes)
        if (!change.field->text().isEmpty() || *change.remove)
            toDo << change;
    progress->left = int(toDo.size());
    for (const Change& change : toDo) {
        const QString value = change.field->text();
        const QString failed = value.isEmpty() ? change.removeFailed : change.saveFailed;
        auto answer = [finishOne, change, failed, removed = value.isEmpty()](Status status) {
            if (!status.ok())
                status = Error::make(status.error().kind, failed.arg(status.error().message));
            finishOne(removed, change.field, change.remove, status);
        };
        if (value.isEmpty())
            m_secretStore->remove(QString::fromLatin1(change.key), this, answer);
        else
            m_secretStore->write(QString::fromLatin1(change.key), value, this, answer);
    }
}

void SettingsDialog::acceptAfterSavingSecrets()
{
    save();
    m_secretsError->hide();
    if (!hasSecretChanges()) {
        accept();
        return;
    }
    setEnabled(false); // until the store answers (a keychain may take a moment)
    saveSecrets([this](const QStringList& errors) {
        setEnabled(true);
        if (errors.isEmpty()) {
            accept();
            return;
        }
        m_secretsError->setText(errors.join(QLatin1Char('\n')));
        m_secretsError->show();
    });
}

} // namespace btcw
