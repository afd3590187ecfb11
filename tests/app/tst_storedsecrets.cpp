// Unit: the passwords read from the secret store at start-up reach the engine's parts, and failures warn by key only.
#include "Engine.h"
#include "StoredSecrets.h"
#include "secrets/MemorySecretStore.h"

#include <QTest>

using namespace btcw;

namespace {

// Writes key=value and waits (bounded) for the store's answer.
// An engine with Tor off, nothing persisted and the memory cache (not Redis: the Redis password has nowhere to go
// but the engine, and that is no error).
EngineOptions quietEngine(const QString& controlPassword = {})
{
    EngineOptions options;
    options.tor.enabled = false;
    options.tor.controlPassword = controlPassword;
    return options;
}

bool writeNow(SecretStore& store, const QString& key, const QString& value)
{
    std::optional<Status> done;
    QObject context;
    store.write(key, value, &context, [&](Status s) { done = std::move(s); });
    return QTest::qWaitFor([&] { return done.has_value(); }, 5000) && done->ok();
}

} // namespace

class TestStoredSecrets : public QObject
{
    Q_OBJECT
private slots:
    void keysMatchWhatTheSettingsDialogWrites();
    void storedTorControlPasswordReachesTheTorService();
    void missingKeysAreQuietAndMeanNoPassword();
    void readFailuresWarnWithTheKeyButNeverAValue();
};

void TestStoredSecrets::keysMatchWhatTheSettingsDialogWrites()
{
    QCOMPARE(QString::fromLatin1(StoredSecrets::kRedisPassword), QStringLiteral("redis-password"));
    QCOMPARE(QString::fromLatin1(StoredSecrets::kTorControlPassword), QStringLiteral("tor-control-password"));
}

void TestStoredSecrets::storedTorControlPasswordReachesTheTorService()
{
    MemorySecretStore store;
    QVERIFY(writeNow(store, QString::fromLatin1(StoredSecrets::kTorControlPassword), QStringLiteral("tor-pw")));
    QVERIFY(writeNow(store, QString::fromLatin1(StoredSecrets::kRedisPassword), QStringLiteral("redis-pw")));
    Engine engine(quietEngine());
    TorService& tor = engine.tor();
    QStringList warnings;
    StoredSecrets::apply(store, engine, this, [&](const QString& w) { warnings << w; });
    QTRY_COMPARE_WITH_TIMEOUT(tor.settings().controlPassword, QStringLiteral("tor-pw"), 5000);
    QVERIFY(warnings.isEmpty());
}

void TestStoredSecrets::missingKeysAreQuietAndMeanNoPassword()
{
    MemorySecretStore store;
    Engine engine(quietEngine(QStringLiteral("removed since")));
    TorService& tor = engine.tor();
    QStringList warnings;
    StoredSecrets::apply(store, engine, this, [&](const QString& w) { warnings << w; });
    QTRY_VERIFY_WITH_TIMEOUT(store.callCount() >= 2, 5000);
    QTest::qWait(50); // both answers are queued; let them arrive
    QVERIFY(warnings.isEmpty());
    QCOMPARE(tor.settings().controlPassword, QString()); // the settings dialog cleared it
}

void TestStoredSecrets::readFailuresWarnWithTheKeyButNeverAValue()
{
    MemorySecretStore store;
    QVERIFY(writeNow(store, QString::fromLatin1(StoredSecrets::kTorControlPassword), QStringLiteral("tor-pw-x")));
    store.setFailure(Error::make(ErrorKind::NotAllowed, QStringLiteral("the keychain is locked")));
    Engine engine(quietEngine());
    TorService& tor = engine.tor();
    QStringList warnings;
    StoredSecrets::apply(store, engine, this, [&](const QString& w) { warnings << w; });
    QTRY_COMPARE_WITH_TIMEOUT(warnings.size(), 2, 5000);
    const QString all = warnings.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("\"redis-password\"")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("\"tor-control-password\"")));
    QVERIFY(all.contains(QStringLiteral("the keychain is locked")));
    QVERIFY(!all.contains(QStringLiteral("tor-pw-x")));
    QVERIFY(tor.settings().controlPassword.isEmpty());
}

QTEST_GUILESS_MAIN(TestStoredSecrets)
#include "tst_storedsecrets.moc"
