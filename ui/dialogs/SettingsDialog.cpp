#include "dialogs/SettingsDialog.h"

#include "Tones.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace btcw {

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

static QSpinBox* portBox(QWidget* parent, int min = 0)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, 65535);
    return box;
}

SettingsDialog::SettingsDialog(QSettings& settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));

    auto* tor = new QGroupBox(tr("Tor"), this);
    m_torEnabled = new QCheckBox(tr("Use Tor for .onion servers"), tor);
    m_torAutoDetect = new QCheckBox(tr("Detect a running Tor (ports 9050 and 9150)"), tor);
    m_torHost = new QLineEdit(tor);
    m_torHost->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_torPort = portBox(tor);
    m_torPort->setSpecialValueText(tr("none"));
    m_torControlPort = portBox(tor);
    m_torControlPort->setSpecialValueText(tr("none"));
    m_torControlPort->setToolTip(tr("A running Tor's control port (often 9051), asked how far it has started; its "
                                    "password goes in the Passwords section"));
    m_torLaunch = new QCheckBox(tr("Launch our own tor when none is found"), tor);
    m_torRouteAll = new QCheckBox(tr("Route every server through Tor"), tor);
    auto* torForm = new QFormLayout(tor);
    torForm->addRow(m_torEnabled);
    torForm->addRow(m_torAutoDetect);
    torForm->addRow(tr("SOCKS &host:"), m_torHost);
    torForm->addRow(tr("SOCKS &port:"), m_torPort);
    torForm->addRow(tr("&Control port:"), m_torControlPort);
    torForm->addRow(m_torLaunch);
    torForm->addRow(m_torRouteAll);

    auto* api = new QGroupBox(tr("Local API"), this);
    m_apiEnabled = new QCheckBox(tr("Serve the local REST API"), api);
    m_apiBind = new QLineEdit(api);
    m_apiBind->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_apiPort = portBox(api, 1);
    auto* apiForm = new QFormLayout(api);
    apiForm->addRow(m_apiEnabled);
    apiForm->addRow(tr("&Bind address:"), m_apiBind);
    apiForm->addRow(tr("P&ort:"), m_apiPort);
    m_apiPersistentToken = new QCheckBox(tr("Keep a persistent token (in the system keychain)"), api);
    m_apiPersistentToken->setToolTip(
        tr("Off: a new token in api.cookie every start. On: one token that stays the same, kept in the system "
           "keychain, or in a file readable only by you when there is no keychain."));
    apiForm->addRow(m_apiPersistentToken);
    m_apiTokenLocation = new QLineEdit(api);
    m_apiTokenLocation->setReadOnly(true);
    m_apiTokenLocation->setText(tr("the API is not running"));
    m_apiCopy = new QPushButton(tr("Copy curl example"), api);
    m_apiCopy->setEnabled(false);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_apiTokenLocation, 1);
    tokenRow->addWidget(m_apiCopy);
    apiForm->addRow(tr("Current token:"), tokenRow);
    m_apiTokenNote = new QLabel(api);
    m_apiTokenNote->setWordWrap(true);
    m_apiTokenNote->hide();
    apiForm->addRow(m_apiTokenNote);
    connect(m_apiCopy, &QPushButton::clicked, this, &SettingsDialog::copyApiAccess);

    auto* cache = new QGroupBox(tr("Cache"), this);
    m_cacheTtl = new QSpinBox(cache);
    m_cacheTtl->setRange(0, 86400);
    m_cacheTtl->setSuffix(tr(" s"));
    m_cacheTtl->setSpecialValueText(tr("off"));
    m_redisHost = new QLineEdit(cache);
    m_redisHost->setPlaceholderText(tr("empty: keep the cache in memory"));
    m_redisPort = portBox(cache, 1);
    auto* cacheForm = new QFormLayout(cache);
    cacheForm->addRow(tr("&Time to live:"), m_cacheTtl);
    cacheForm->addRow(tr("&Redis host:"), m_redisHost);
    cacheForm->addRow(tr("Redis p&ort:"), m_redisPort);

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
    m_healthConcurrency = new QSpinBox(health);
    m_healthConcurrency->setRange(1, 256);
    m_healthConcurrency->setToolTip(tr("How many servers a scan checks at the same time"));
    m_healthBudget = new QSpinBox(health);
    m_healthBudget->setRange(1, 300);
    m_healthBudget->setSuffix(tr(" s"));
    m_healthBudget->setToolTip(tr("The most one server's check may take, from connecting to its last answer"));
    m_healthInterval = new QSpinBox(health);
    m_healthInterval->setRange(0, 7 * 24 * 60);
    m_healthInterval->setSuffix(tr(" min"));
    m_healthInterval->setSpecialValueText(tr("off"));
    m_healthInterval->setToolTip(tr("Check the servers of the last scanned network again this often"));
    m_healthDiscoverPeers = new QCheckBox(tr("Discover new servers from the healthy ones after a scan"), health);
    auto* healthForm = new QFormLayout(health);
    healthForm->addRow(tr("Servers checked at &once:"), m_healthConcurrency);
    healthForm->addRow(tr("Time &budget per server:"), m_healthBudget);
    healthForm->addRow(tr("Check &again every:"), m_healthInterval);
    healthForm->addRow(m_healthDiscoverPeers);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    auto* general = new QFormLayout;
    general->addRow(tr("&Language:"), m_language);
    m_checkOnStart = new QCheckBox(tr("Check the servers shown when the window opens"), this);
    general->addRow(m_checkOnStart);

    auto* note = new QLabel(
        tr("Health checks and passwords apply at once; the other settings take effect the next time BTC Worker "
           "starts."),
        this);
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
    for (QGroupBox* page : {tor, api, cache, passwords}) {
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
    const QSettings& s = m_settings;
    m_torEnabled->setChecked(s.value(key(SettingsKeys::TorEnabled), true).toBool());
    m_torAutoDetect->setChecked(s.value(key(SettingsKeys::TorAutoDetect), true).toBool());
    m_torHost->setText(s.value(key(SettingsKeys::TorSocksHost)).toString());
    m_torPort->setValue(s.value(key(SettingsKeys::TorSocksPort), 0).toInt());
    m_torControlPort->setValue(s.value(key(SettingsKeys::TorControlPort), 0).toInt());
    m_torLaunch->setChecked(s.value(key(SettingsKeys::TorLaunch), true).toBool());
    m_torRouteAll->setChecked(s.value(key(SettingsKeys::TorRouteAll), false).toBool());
    m_apiEnabled->setChecked(s.value(key(SettingsKeys::ApiEnabled), true).toBool());
    m_apiBind->setText(s.value(key(SettingsKeys::ApiBind), QStringLiteral("127.0.0.1")).toString());
    m_apiPort->setValue(s.value(key(SettingsKeys::ApiPort), 5000).toInt());
    m_apiPersistentToken->setChecked(s.value(key(SettingsKeys::ApiPersistentToken), false).toBool());
    m_cacheTtl->setValue(s.value(key(SettingsKeys::CacheTtl), 30).toInt());
    m_redisHost->setText(s.value(key(SettingsKeys::CacheRedisHost)).toString());
    m_redisPort->setValue(s.value(key(SettingsKeys::CacheRedisPort), 6379).toInt());
    m_checkOnStart->setChecked(s.value(key(SettingsKeys::CheckOnStart), false).toBool());
    const HealthMonitorOptions health = healthOptions(s);
    m_healthConcurrency->setValue(health.concurrency);
    m_healthBudget->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(health.budget).count()));
    m_healthInterval->setValue(int(health.interval.count()));
    m_healthDiscoverPeers->setChecked(health.discoverPeers);
    const int language = m_language->findData(s.value(key(SettingsKeys::Language)).toString());
    m_language->setCurrentIndex(qMax(0, language));
}

void SettingsDialog::save()
{
    QSettings& s = m_settings;
    s.setValue(key(SettingsKeys::TorEnabled), m_torEnabled->isChecked());
    s.setValue(key(SettingsKeys::TorAutoDetect), m_torAutoDetect->isChecked());
    s.setValue(key(SettingsKeys::TorSocksHost), m_torHost->text().trimmed());
    s.setValue(key(SettingsKeys::TorSocksPort), m_torPort->value());
    s.setValue(key(SettingsKeys::TorControlPort), m_torControlPort->value());
    s.setValue(key(SettingsKeys::TorLaunch), m_torLaunch->isChecked());
    s.setValue(key(SettingsKeys::TorRouteAll), m_torRouteAll->isChecked());
    s.setValue(key(SettingsKeys::ApiEnabled), m_apiEnabled->isChecked());
    s.setValue(key(SettingsKeys::ApiBind), m_apiBind->text().trimmed());
    s.setValue(key(SettingsKeys::ApiPort), m_apiPort->value());
    s.setValue(key(SettingsKeys::ApiPersistentToken), m_apiPersistentToken->isChecked());
    s.setValue(key(SettingsKeys::CacheTtl), m_cacheTtl->value());
    s.setValue(key(SettingsKeys::CacheRedisHost), m_redisHost->text().trimmed());
    s.setValue(key(SettingsKeys::CacheRedisPort), m_redisPort->value());
    s.setValue(key(SettingsKeys::Language), m_language->currentData().toString());
    s.setValue(key(SettingsKeys::CheckOnStart), m_checkOnStart->isChecked());
    s.setValue(key(SettingsKeys::HealthConcurrency), m_healthConcurrency->value());
    s.setValue(key(SettingsKeys::HealthBudgetSeconds), m_healthBudget->value());
    s.setValue(key(SettingsKeys::HealthIntervalMinutes), m_healthInterval->value());
    s.setValue(key(SettingsKeys::HealthDiscoverPeers), m_healthDiscoverPeers->isChecked());
}

HealthMonitorOptions SettingsDialog::healthOptions(const QSettings& settings, HealthMonitorOptions options)
{
    using namespace std::chrono;
    options.concurrency =
        std::clamp(settings.value(key(SettingsKeys::HealthConcurrency), options.concurrency).toInt(), 1, 256);
    const auto budget =
        settings.value(key(SettingsKeys::HealthBudgetSeconds), int(duration_cast<seconds>(options.budget).count()));
    options.budget = seconds(std::clamp(budget.toInt(), 1, 300));
    const auto interval = settings.value(key(SettingsKeys::HealthIntervalMinutes), int(options.interval.count()));
    options.interval = minutes(std::clamp(interval.toInt(), 0, 7 * 24 * 60));
    options.discoverPeers = settings.value(key(SettingsKeys::HealthDiscoverPeers), options.discoverPeers).toBool();
    return options;
}

void SettingsDialog::updateEnabled()
{
    const bool tor = m_torEnabled->isChecked();
    for (QWidget* w : std::initializer_list<QWidget*>{m_torAutoDetect, m_torHost, m_torPort, m_torControlPort,
                                                      m_torLaunch, m_torRouteAll})
        w->setEnabled(tor);
    const bool api = m_apiEnabled->isChecked();
    m_apiBind->setEnabled(api);
    m_apiPort->setEnabled(api);
    m_apiPersistentToken->setEnabled(api);
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
    m_apiCopy->setText(tr("Copy curl example"));
    m_apiCopy->setEnabled(!apiBaseUrl.isEmpty() && !tokenPath.isEmpty());
    m_apiTokenNote->hide();
}

void SettingsDialog::setApiTokenStore(const QString& apiBaseUrl, const QString& where,
                                      std::function<QByteArray()> readToken)
{
    m_apiBaseUrl = apiBaseUrl;
    m_apiTokenPath.clear();
    m_readApiToken = std::move(readToken);
    m_apiTokenLocation->setText(where);
    m_apiCopy->setText(tr("Copy token"));
    m_apiCopy->setEnabled(bool(m_readApiToken));
    m_apiTokenNote->setText(tr("The token is not in a file a command could read: copy it and send it as "
                               "\"Authorization: Bearer <token>\"."));
    m_apiTokenNote->show();
}

void SettingsDialog::copyApiAccess()
{
    if (m_readApiToken) {
        const QByteArray token = m_readApiToken();
        if (!token.isEmpty())
            QApplication::clipboard()->setText(QString::fromLatin1(token));
        return;
    }
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
