// The add-server dialog's validation, the settings dialog's QSettings round trip, params parsing and curl text.
#include "dialogs/AddServerDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/CurlCommand.h"
#include "models/ElectrumMethods.h"
#include "widgets/QueryConsole.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace btcw;

class TestUiDialogs : public QObject
{
    Q_OBJECT
private slots:
    void addDialogAcceptsValidAddressesAndSaysWhatItAdds();
    void addDialogExplainsBadInput_data();
    void addDialogExplainsBadInput();
    void addDialogMakesAUserEntryForTheChosenNetwork();
    void settingsDialogWritesAndReadsBackQSettings();
    void settingsDialogPersistentTokenCheckboxRoundTrips();
    void settingsDialogShowsTheCookieAndCopiesACurlExample();
    void settingsDialogOffersCopyTokenForAStoredToken();
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
    QVERIFY(!buttonNamed(dialog, QStringLiteral("Copy token")));
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
}

QTEST_MAIN(TestUiDialogs)
#include "tst_uidialogs.moc"
