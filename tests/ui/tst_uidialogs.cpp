// The add-server dialog's validation, the settings dialog's QSettings round trip, params parsing and curl text.
#include "dialogs/AddServerDialog.h"
#include "dialogs/ChainTipsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/CurlCommand.h"
#include "models/ElectrumMethods.h"
#include "query/MethodPolicy.h"
#include "secrets/MemorySecretStore.h"
#include "widgets/QueryConsole.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace btcw;

class TestUiDialogs : public QObject
{
    Q_OBJECT
private slots:
    void addDialogAcceptsValidAddressesAndSaysWhatItAdds();
    void addDialogExplainsBadInput_data();
    void addDialogExplainsBadInput();
    void addDialogMakesAUserEntryForTheChosenNetwork();
    void addDialogTestsTheTypedAddressWithoutAddingIt();
    void chainTipsGroupServersByTheTipTheyFollow();
    void settingsDialogWritesAndReadsBackQSettings();
    void settingsDialogPersistentTokenCheckboxRoundTrips();
    void settingsDialogShowsTheCookieAndCopiesACurlExample();
    void settingsDialogOffersCopyTokenForAStoredToken();
    void settingsDialogCopiesTheTokenFromTheCookieFile();
    void settingsDialogSaysWhenTheRunningApiPortDiffersFromTheSavedOne();
    void settingsDialogPasswordLabelsUnderlineTheirShortcutLetter();
    void settingsDialogKeepsPasswordsOnlyInTheSecretStore();
    void settingsDialogSaysWhereSecretsAreAndWarnsAboutAPlainFile();
    void settingsDialogShowsWhyAPasswordCouldNotBeSaved();
    void curlExampleQuotesThePathForTheShell();
    void paramsMustBeAJsonArrayWithReadableErrors();
    void prettyJsonPrintsScalarsAndObjects();
    void curlCommandEncodesTheQueryForTheLocalApi();
    void methodListCoversTheProtocolWithHints();
};

void TestUiDialogs::addDialogAcceptsValidAddressesAndSaysWhatItAdds()
{
    AddServerDialog dialog({QStringLiteral("mainnet"), QStringLiteral("testnet")});
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!dialog.isInputValid());
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.validationMessage(), QStringLiteral("Enter the server as host:port:s (TLS) or host:port:t (TCP)."));

    dialog.setText(QStringLiteral("Electrum.Example.org:50002:s"));
    QVERIFY(dialog.isInputValid());
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.validationMessage(), QStringLiteral("Adds electrum.example.org with TLS port 50002 to mainnet."));

    dialog.setText(QStringLiteral("192.0.2.10:50001:t"));
    QVERIFY(dialog.validationMessage().contains(QStringLiteral("TCP port 50001")));
    QVERIFY(dialog.validationMessage().contains(QStringLiteral("not encrypted")));
}

void TestUiDialogs::addDialogExplainsBadInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bad port") << QStringLiteral("example.org:99999:s");
    QTest::newRow("bad transport letter") << QStringLiteral("example.org:50002:x");
    QTest::newRow("space in host") << QStringLiteral("exa mple.org:50002:s");
    QTest::newRow("short onion") << QStringLiteral("abc.onion:50001:t");
}

void TestUiDialogs::addDialogExplainsBadInput()
{
    QFETCH(QString, text);
    AddServerDialog dialog({});
    dialog.setText(text);
    QVERIFY(!dialog.isInputValid());
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    // The message is ServerAddress's readable error, not a generic "invalid".
    const auto parsed = ServerAddress::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(dialog.validationMessage(), parsed.error().message);
    QVERIFY(!dialog.validationMessage().isEmpty());
}

void TestUiDialogs::addDialogMakesAUserEntryForTheChosenNetwork()
{
    AddServerDialog dialog({QStringLiteral("mainnet"), QStringLiteral("testnet")});
    dialog.setNetwork(QStringLiteral("testnet"));
    dialog.setText(QStringLiteral("[2001:db8::1]:51002:s"));
    QVERIFY(dialog.isInputValid());
    const ServerEntry entry = dialog.entry();
    QCOMPARE(entry.host, QStringLiteral("2001:db8::1"));
    QCOMPARE(entry.kind, HostKind::IPv6);
    QCOMPARE(entry.tlsPort, std::optional<quint16>(51002));
    QVERIFY(!entry.tcpPort);
    QCOMPARE(entry.network, QStringLiteral("testnet"));
    QCOMPARE(entry.source, QStringLiteral("user"));
}

void TestUiDialogs::addDialogTestsTheTypedAddressWithoutAddingIt()
{
    AddServerDialog dialog({QStringLiteral("mainnet"), QStringLiteral("regtest")});
    auto* test = dialog.findChild<QPushButton*>(QStringLiteral("testConnection"));
    QVERIFY(test);
    QVERIFY(test->isHidden()); // no test without the window's seam

    QList<ServerEntry> asked;
    std::function<void(Result<HealthReport>)> answer;
    dialog.setConnectionTest([&](const ServerEntry& entry, QObject*, std::function<void(Result<HealthReport>)> done) {
        asked.append(entry);
        answer = std::move(done);
    });
    QVERIFY(!test->isHidden());
    QVERIFY(!test->isEnabled()); // nothing valid typed yet
    dialog.setNetwork(QStringLiteral("regtest"));
    dialog.setText(QStringLiteral("127.0.0.1:50001:t"));
    QVERIFY(test->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().host, QStringLiteral("127.0.0.1"));
    QCOMPARE(asked.first().network, QStringLiteral("regtest"));
    QVERIFY(!test->isEnabled()); // one test at a time
    QVERIFY(dialog.testResult().contains(QStringLiteral("127.0.0.1:50001")));

    HealthReport report;
    report.ok = false;
    report.failedStage = QString(healthstage::Tls);
    report.error.message = QStringLiteral("handshake refused");
    StageReport connect;
    connect.name = QString(healthstage::Connect);
    connect.ok = true;
    connect.ms = 3;
    connect.message = QStringLiteral("connected");
    StageReport tls;
    tls.name = QString(healthstage::Tls);
    tls.ok = false;
    tls.ms = 5;
    tls.message = QStringLiteral("handshake refused");
    report.stages = {connect, tls};
    answer(report);
    const QString shown = dialog.testResult();
    QVERIFY2(shown.contains(QStringLiteral("Failed at TLS handshake: handshake refused")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("\u2713 Connect (3 ms): connected")));
    QVERIFY(shown.contains(QStringLiteral("\u2717 TLS handshake (5 ms): handshake refused")));
    QVERIFY(test->isEnabled());
    QCOMPARE(accepted.size(), 0); // testing never adds

    // A result for an address no longer typed is dropped.
    QTest::mouseClick(test, Qt::LeftButton);
    dialog.setText(QStringLiteral("127.0.0.1:50002:s"));
    report.ok = true;
    answer(report);
    QVERIFY(!dialog.testResult().contains(QStringLiteral("Reachable")));
}

void TestUiDialogs::chainTipsGroupServersByTheTipTheyFollow()
{
    const auto at = [](const QString& host, int height, const QString& hash) {
        TipObservation o;
        o.server = ServerAddress::parse(host + QStringLiteral(":50002:s")).valueOr(ServerAddress{});
        o.height = height;
        o.hash = hash;
        return o;
    };
    const QString best = QStringLiteral("aa").repeated(32);
    const QString fork = QStringLiteral("bb").repeated(32);
    const QString older = QStringLiteral("cc").repeated(32);
    const TipAgreement agreement = computeTipAgreement(QList<TipObservation>{
        at(QStringLiteral("a.example"), 100, best), at(QStringLiteral("b.example"), 100, best),
        at(QStringLiteral("c.example"), 100, best), at(QStringLiteral("f.example"), 100, fork),
        at(QStringLiteral("l.example"), 98, older), at(QStringLiteral("x.example"), -1, QString())});
    ChainTipsDialog dialog(QStringLiteral("mainnet"), agreement);
    QTreeWidget* tree = dialog.tipTree();
    QCOMPARE(tree->topLevelItemCount(), 4);
    // The majority's tip first with its three servers, then the fork at the same height, the lagging tip, no tip.
    QTreeWidgetItem* first = tree->topLevelItem(0);
    QCOMPARE(first->text(ChainTipsDialog::StateColumn), QStringLiteral("best tip"));
    QCOMPARE(first->childCount(), 3);
    QCOMPARE(first->toolTip(ChainTipsDialog::HashColumn), best);
    QTreeWidgetItem* forked = tree->topLevelItem(1);
    QVERIFY(forked->text(ChainTipsDialog::StateColumn).startsWith(QStringLiteral("fork")));
    QCOMPARE(forked->child(0)->text(ChainTipsDialog::TipColumn), QStringLiteral("f.example:50002:s"));
    QCOMPARE(tree->topLevelItem(2)->text(ChainTipsDialog::StateColumn), QStringLiteral("behind by 2"));
    QVERIFY(tree->topLevelItem(3)->text(ChainTipsDialog::StateColumn).startsWith(QStringLiteral("no tip")));
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("on a fork: 1")), qPrintable(dialog.summaryText()));
}

void TestUiDialogs::settingsDialogWritesAndReadsBackQSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    {
        SettingsDialog dialog(settings);
        // Defaults when nothing is stored.
        auto spins = dialog.findChildren<QSpinBox*>();
        bool apiPortDefault = false;
        for (QSpinBox* spin : spins)
            apiPortDefault = apiPortDefault || spin->value() == 5000;
        QVERIFY(apiPortDefault);
        for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
            if (box->text().contains(QStringLiteral("Route every server")))
                box->setChecked(true);
        }
        for (QSpinBox* spin : spins) {
            if (spin->value() == 5000)
                spin->setValue(5123);
        }
        dialog.save();
    }
    settings.sync();
    QCOMPARE(settings.value(QString::fromLatin1(SettingsKeys::ApiPort)).toInt(), 5123);
    QCOMPARE(settings.value(QString::fromLatin1(SettingsKeys::TorRouteAll)).toBool(), true);
    QCOMPARE(settings.value(QString::fromLatin1(SettingsKeys::TorAutoDetect)).toBool(), true);

    // A second dialog shows what was stored.
    SettingsDialog again(settings);
    bool sawStoredPort = false;
    for (QSpinBox* spin : again.findChildren<QSpinBox*>())
        sawStoredPort = sawStoredPort || spin->value() == 5123;
    QVERIFY(sawStoredPort);
}

namespace {
QCheckBox* persistentTokenBox(SettingsDialog& dialog)
{
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
        if (box->text().contains(QStringLiteral("persistent token")))
            return box;
    }
    return nullptr;
}

QPushButton* buttonNamed(SettingsDialog& dialog, const QString& text)
{
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

bool showsReadOnly(SettingsDialog& dialog, const QString& text)
{
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        if (edit->isReadOnly() && edit->text() == text)
            return true;
    }
    return false;
}
} // namespace

void TestUiDialogs::settingsDialogPersistentTokenCheckboxRoundTrips()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    {
        SettingsDialog dialog(settings);
        QCheckBox* box = persistentTokenBox(dialog);
        QVERIFY(box);
        QVERIFY(!box->isChecked()); // off by default: today's per-start cookie
        box->setChecked(true);
        dialog.save();
    }
    settings.sync();
    QCOMPARE(settings.value(QString::fromLatin1(SettingsKeys::ApiPersistentToken)).toBool(), true);
    {
        SettingsDialog again(settings);
        QCheckBox* box = persistentTokenBox(again);
        QVERIFY(box && box->isChecked());
        box->setChecked(false);
        again.save();
    }
    QCOMPARE(settings.value(QString::fromLatin1(SettingsKeys::ApiPersistentToken)).toBool(), false);
}

void TestUiDialogs::settingsDialogShowsTheCookieAndCopiesACurlExample()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SettingsDialog dialog(settings);
    QPushButton* copy = buttonNamed(dialog, QStringLiteral("Copy curl example"));
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled()); // nothing known about the API yet

    const QString cookie = dir.filePath(QStringLiteral("api.cookie"));
    dialog.setApiTokenFile(QStringLiteral("http://127.0.0.1:5123"), cookie);
    QVERIFY(showsReadOnly(dialog, cookie));
    QVERIFY(copy->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("curl -H \"Authorization: Bearer $(cat '%1')\" 'http://127.0.0.1:5123/electrum/servers'")
                 .arg(cookie));
}

void TestUiDialogs::settingsDialogOffersCopyTokenForAStoredToken()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SettingsDialog dialog(settings);
    int reads = 0;
    const QByteArray token(64, 'a');
    dialog.setApiTokenStore(QStringLiteral("http://127.0.0.1:5123"), QStringLiteral("the system keychain"), [&] {
        ++reads;
        return token;
    });
    QVERIFY(showsReadOnly(dialog, QStringLiteral("the system keychain")));
    QPushButton* copy = buttonNamed(dialog, QStringLiteral("Copy token"));
    QVERIFY(copy && copy->isEnabled());
    QVERIFY(!buttonNamed(dialog, QStringLiteral("Copy curl example")));
    QCOMPARE(reads, 0); // the token is read only on the explicit click
    bool noteShown = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        noteShown =
            noteShown || (label->text().contains(QStringLiteral("Authorization: Bearer")) && !label->isHidden());
    QVERIFY(noteShown);
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(reads, 1);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(token));
}

void TestUiDialogs::settingsDialogCopiesTheTokenFromTheCookieFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SettingsDialog dialog(settings);
    const QString cookie = dir.filePath(QStringLiteral("api.cookie"));
    QFile file(cookie);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(64, 'c') + "\n");
    file.close();
    dialog.setApiTokenFile(QStringLiteral("http://127.0.0.1:5123"), cookie);
    // The path is shown, and the token itself is one click away (read from the file, without its newline).
    QVERIFY(showsReadOnly(dialog, cookie));
    QPushButton* copy = buttonNamed(dialog, QStringLiteral("Copy token"));
    QVERIFY(copy && copy->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QString(64, QLatin1Char('c')));
}

void TestUiDialogs::settingsDialogSaysWhenTheRunningApiPortDiffersFromTheSavedOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QString::fromLatin1(SettingsKeys::ApiPort), 5000);
    SettingsDialog dialog(settings);
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("apiRunningNote"));
    QVERIFY(note);
    dialog.setRunningApi(QUrl(QStringLiteral("http://127.0.0.1:5133"))); // --api-port 5133
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("5133")), qPrintable(note->text()));
    // The field keeps the saved port: OK must not silently save the command line's choice.
    QCOMPARE(dialog.findChild<QSpinBox*>(QString::fromLatin1(SettingsKeys::ApiPort))->value(), 5000);
    dialog.setRunningApi(QUrl(QStringLiteral("http://127.0.0.1:5000")));
    QVERIFY(note->isHidden());
}

void TestUiDialogs::settingsDialogPasswordLabelsUnderlineTheirShortcutLetter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SettingsDialog dialog(settings);
    auto* redis = dialog.findChild<QLineEdit*>(QStringLiteral("redisPassword"));
    auto* tor = dialog.findChild<QLineEdit*>(QStringLiteral("torControlPassword"));
    QVERIFY(redis && tor);
    // A label with an "&" but no buddy shows the "&" itself ("Redis pass&word:").
    int withAmpersand = 0;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->text().contains(QLatin1Char('&')) || label->textFormat() == Qt::RichText)
            continue;
        ++withAmpersand;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QVERIFY(withAmpersand >= 2);
    const auto labelFor = [&](QWidget* field) {
        for (QLabel* label : dialog.findChildren<QLabel*>())
            if (label->buddy() == field)
                return label;
        return static_cast<QLabel*>(nullptr);
    };
    QVERIFY(labelFor(redis));
    QVERIFY(labelFor(tor));
}

namespace {

// saveSecrets() and wait (bounded) for its answer.
std::optional<QStringList> saveSecretsNow(SettingsDialog& dialog)
{
    std::optional<QStringList> errors;
    dialog.saveSecrets([&](QStringList e) { errors = std::move(e); });
    (void)QTest::qWaitFor([&] { return errors.has_value(); }, 5000);
    return errors;
}

Result<QString> readNow(SecretStore& store, const QString& key)
{
    std::optional<Result<QString>> out;
    QObject context;
    store.read(key, &context, [&](Result<QString> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        return Error::make(ErrorKind::Timeout, QStringLiteral("no answer"));
    return *out;
}

QString labelTexts(QWidget& widget)
{
    QStringList texts;
    for (QLabel* label : widget.findChildren<QLabel*>())
        if (!label->isHidden())
            texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

void TestUiDialogs::settingsDialogKeepsPasswordsOnlyInTheSecretStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString iniPath = dir.filePath(QStringLiteral("settings.ini"));
    QSettings settings(iniPath, QSettings::IniFormat);
    MemorySecretStore store;
    const QString redisPassword = QStringLiteral("redis-Secret-4711");
    const QString torPassword = QStringLiteral("tor-Secret-0815");
    {
        SettingsDialog dialog(settings);
        auto* redis = dialog.findChild<QLineEdit*>(QStringLiteral("redisPassword"));
        auto* tor = dialog.findChild<QLineEdit*>(QStringLiteral("torControlPassword"));
        QVERIFY(redis && tor);
        QVERIFY(!redis->isEnabled()); // nowhere to save yet
        dialog.setSecretStore(&store);
        QVERIFY(redis->isEnabled() && tor->isEnabled());
        QCOMPARE(redis->echoMode(), QLineEdit::Password);
        QCOMPARE(tor->echoMode(), QLineEdit::Password);
        QTRY_COMPARE_WITH_TIMEOUT(redis->placeholderText(), QStringLiteral("not set"), 5000);

        QTest::keyClicks(redis, redisPassword);
        QTest::keyClicks(tor, torPassword);
        QVERIFY(dialog.hasSecretChanges());
        dialog.save();
        const auto errors = saveSecretsNow(dialog);
        QVERIFY(errors.has_value());
        QVERIFY2(errors->isEmpty(), qPrintable(errors->join(u'\n')));
        QVERIFY(redis->text().isEmpty()); // not kept in the widget after saving
        QVERIFY(!dialog.hasSecretChanges());
    }
    QCOMPARE(readNow(store, QString::fromLatin1(SecretKeys::RedisPassword)).valueOr({}), redisPassword);
    QCOMPARE(readNow(store, QString::fromLatin1(SecretKeys::TorControlPassword)).valueOr({}), torPassword);
    settings.sync();
    QFile ini(iniPath);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray written = ini.readAll();
    QVERIFY(!written.isEmpty()); // the other settings were saved
    QVERIFY(!written.contains(redisPassword.toUtf8()));
    QVERIFY(!written.contains(torPassword.toUtf8()));
    for (const QString& k : settings.allKeys()) {
        QVERIFY2(settings.value(k).toString() != redisPassword, qPrintable(k));
        QVERIFY2(settings.value(k).toString() != torPassword, qPrintable(k));
    }

    // A new dialog says one is stored, without showing it; "Clear" and OK remove only that key.
    SettingsDialog again(settings);
    again.setSecretStore(&store);
    auto* redis = again.findChild<QLineEdit*>(QStringLiteral("redisPassword"));
    QVERIFY(redis);
    QTRY_VERIFY_WITH_TIMEOUT(redis->placeholderText().contains(QStringLiteral("stored")), 5000);
    QVERIFY(redis->text().isEmpty());
    QVERIFY(!again.hasSecretChanges()); // an untouched empty field keeps what is stored
    QTest::mouseClick(again.findChild<QPushButton*>(QStringLiteral("clearRedisPassword")), Qt::LeftButton);
    QVERIFY(again.hasSecretChanges());
    const auto errors = saveSecretsNow(again);
    QVERIFY(errors && errors->isEmpty());
    QCOMPARE(readNow(store, QString::fromLatin1(SecretKeys::RedisPassword)).error().kind, ErrorKind::NotFound);
    QCOMPARE(readNow(store, QString::fromLatin1(SecretKeys::TorControlPassword)).valueOr({}), torPassword);
    QCOMPARE(redis->placeholderText(), QStringLiteral("not set"));
}

void TestUiDialogs::settingsDialogSaysWhereSecretsAreAndWarnsAboutAPlainFile()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MemorySecretStore keychain;
    keychain.setBackendName(QStringLiteral("the system keychain"));
    keychain.setPersistentAndEncrypted(true);
    SettingsDialog dialog(settings);
    QVERIFY(labelTexts(dialog).contains(QStringLiteral("no secret store")));
    dialog.setSecretStore(&keychain);
    QVERIFY2(labelTexts(dialog).contains(QStringLiteral("Kept in the system keychain")),
             qPrintable(labelTexts(dialog)));
    QVERIFY(!labelTexts(dialog).contains(QStringLiteral("Warning")));

    MemorySecretStore file;
    file.setBackendName(QStringLiteral("plain file /tmp/x/secrets.json (not encrypted, readable only by you)"));
    file.setPersistentAndEncrypted(false);
    dialog.setSecretStore(&file);
    QVERIFY(labelTexts(dialog).contains(QStringLiteral("Warning")));
    QVERIFY(labelTexts(dialog).contains(QStringLiteral("unencrypted in plain file /tmp/x/secrets.json")));
}

void TestUiDialogs::settingsDialogShowsWhyAPasswordCouldNotBeSaved()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MemorySecretStore store;
    SettingsDialog dialog(settings);
    dialog.setSecretStore(&store);
    store.setFailure(Error::make(ErrorKind::NotAllowed, QStringLiteral("the keychain is locked")));
    auto* tor = dialog.findChild<QLineEdit*>(QStringLiteral("torControlPassword"));
    QTest::keyClicks(tor, QStringLiteral("hunter2-tor"));
    const auto errors = saveSecretsNow(dialog);
    QVERIFY(errors.has_value());
    QCOMPARE(errors->size(), 1);
    QVERIFY2(errors->first().contains(QStringLiteral("Tor control password")), qPrintable(errors->first()));
    QVERIFY(errors->first().contains(QStringLiteral("the keychain is locked")));
    QVERIFY(!errors->first().contains(QStringLiteral("hunter2-tor")));
    QCOMPARE(tor->text(), QStringLiteral("hunter2-tor")); // kept for another try

    // OK stays open and shows the error instead of closing.
    dialog.show();
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(labelTexts(dialog).contains(QStringLiteral("the keychain is locked")), 5000);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isEnabled());
}

void TestUiDialogs::curlExampleQuotesThePathForTheShell()
{
    QCOMPARE(
        SettingsDialog::curlExample(QStringLiteral("http://127.0.0.1:5000"), QStringLiteral("/home/o'neil/api.cookie")),
        QStringLiteral("curl -H \"Authorization: Bearer $(cat '/home/o'\\''neil/api.cookie')\" "
                       "'http://127.0.0.1:5000/electrum/servers'"));
}

void TestUiDialogs::paramsMustBeAJsonArrayWithReadableErrors()
{
    auto ok = QueryConsole::parseParams(QStringLiteral(" [\"abc\", 1, true] "));
    QVERIFY(ok.ok());
    QCOMPARE(ok->size(), 3);
    QVERIFY(QueryConsole::parseParams(QString()).ok());
    QCOMPARE(QueryConsole::parseParams(QStringLiteral("   ")).value(), QJsonArray());

    const auto bad = QueryConsole::parseParams(QStringLiteral("[1, 2"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(bad.error().message.startsWith(QStringLiteral("The parameters are not valid JSON: ")),
             qPrintable(bad.error().message));
    QVERIFY2(bad.error().message.contains(QStringLiteral("at character")), qPrintable(bad.error().message));

    const auto object = QueryConsole::parseParams(QStringLiteral("{\"a\": 1}"));
    QVERIFY(!object.ok());
    QCOMPARE(object.error().message, QStringLiteral("The parameters must be a JSON array, like [] or [\"abc\", 1]."));
}

void TestUiDialogs::prettyJsonPrintsScalarsAndObjects()
{
    QCOMPARE(QueryConsole::prettyJson(QJsonValue(QStringLiteral("hi \"there\""))),
             QStringLiteral("\"hi \\\"there\\\"\""));
    QCOMPARE(QueryConsole::prettyJson(QJsonValue(42)), QStringLiteral("42"));
    QCOMPARE(QueryConsole::prettyJson(QJsonValue()), QStringLiteral("null"));
    const QString object = QueryConsole::prettyJson(QJsonObject{{QStringLiteral("height"), 7}});
    QVERIFY(object.contains(QStringLiteral("\n")));
    QVERIFY(object.contains(QStringLiteral("\"height\": 7")));
}

void TestUiDialogs::curlCommandEncodesTheQueryForTheLocalApi()
{
    const auto server = ServerAddress::create(u"electrum.example.org", 50002, Transport::Tls);
    QVERIFY(server.ok());
    QCOMPARE(curlCommand(QStringLiteral("http://127.0.0.1:5000"), *server, QStringLiteral("server.features"), {}),
             QStringLiteral("curl 'http://127.0.0.1:5000/electrum/query?url=electrum.example.org&port=50002&ssl=true"
                            "&method=server.features&params=%5B%5D'"));

    const auto tcp = ServerAddress::create(u"192.0.2.1", 50001, Transport::Tcp);
    const QString withParams =
        curlCommand(QStringLiteral("http://127.0.0.1:5555/"), *tcp, QStringLiteral("blockchain.scripthash.get_balance"),
                    QJsonArray{QStringLiteral("it's")});
    QCOMPARE(withParams, QStringLiteral("curl 'http://127.0.0.1:5555/electrum/query?url=192.0.2.1&port=50001&ssl=false"
                                        "&method=blockchain.scripthash.get_balance&params=%5B%22it%27s%22%5D'"));

    // With a token, the command reads it from the cookie file; a quote in the path cannot break out of the quoting.
    const QString withToken = curlCommand(QStringLiteral("http://127.0.0.1:5000"), *server,
                                          QStringLiteral("server.ping"), {}, QStringLiteral("/home/o'hara/api.cookie"));
    QCOMPARE(withToken, QStringLiteral("curl -H \"Authorization: Bearer $(cat '/home/o'\\''hara/api.cookie')\" "
                                       "'http://127.0.0.1:5000/electrum/query?url=electrum.example.org&port=50002"
                                       "&ssl=true&method=server.ping&params=%5B%5D'"));
}

void TestUiDialogs::methodListCoversTheProtocolWithHints()
{
    const QStringList required = {
        QStringLiteral("blockchain.block.header"),
        QStringLiteral("blockchain.block.headers"),
        QStringLiteral("blockchain.estimatefee"),
        QStringLiteral("blockchain.headers.subscribe"),
        QStringLiteral("blockchain.relayfee"),
        QStringLiteral("blockchain.scripthash.get_balance"),
        QStringLiteral("blockchain.scripthash.get_history"),
        QStringLiteral("blockchain.scripthash.get_mempool"),
        QStringLiteral("blockchain.scripthash.listunspent"),
        QStringLiteral("blockchain.scripthash.subscribe"),
        QStringLiteral("blockchain.scripthash.unsubscribe"),
        QStringLiteral("blockchain.transaction.broadcast"),
        QStringLiteral("blockchain.transaction.get"),
        QStringLiteral("blockchain.transaction.get_merkle"),
        QStringLiteral("blockchain.transaction.id_from_pos"),
        QStringLiteral("mempool.get_fee_histogram"),
        QStringLiteral("server.add_peer"),
        QStringLiteral("server.banner"),
        QStringLiteral("server.donation_address"),
        QStringLiteral("server.features"),
        QStringLiteral("server.peers.subscribe"),
        QStringLiteral("server.ping"),
        QStringLiteral("server.version"),
    };
    for (const QString& name : required) {
        const ElectrumMethod* method = findElectrumMethod(name);
        QVERIFY2(method, qPrintable(name));
        QVERIFY(!method->params.isEmpty());
        QVERIFY(!method->description.isEmpty());
        // Every template is a valid params array, so picking a method never starts with an error.
        QVERIFY2(QueryConsole::parseParams(method->paramTemplate).ok(), qPrintable(name));
    }
    QVERIFY(!findElectrumMethod(QStringLiteral("no.such.method")));
    // The console offers exactly the methods of the allow-list that every query path checks (query/MethodPolicy).
    QStringList offered;
    for (const ElectrumMethod& method : electrumMethods())
        offered.append(method.name);
    QStringList allowed;
    for (const KnownMethod& method : knownMethods())
        allowed.append(method.name);
    QCOMPARE(offered, allowed);
}

QTEST_MAIN(TestUiDialogs)
#include "tst_uidialogs.moc"
