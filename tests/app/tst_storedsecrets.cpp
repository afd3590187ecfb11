// Unit: the passwords read from the secret store at start-up reach the engine's parts, and failures warn by key only.
#include "cache/MemoryCache.h"
#include "net/ProxyPolicy.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/StoredSecrets.h"
#include "tor/TorService.h"

#include <QTest>

using namespace btcw;

namespace {

// Writes key=value and waits (bounded) for the store's answer.
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
    ProxyPolicy policy;
    TorSettings settings;
    settings.enabled = false;
    TorService tor(policy, settings);
    MemoryCache cache; // not Redis: the Redis password has nowhere to go, and that is no error
    QStringList warnings;
    StoredSecrets::apply(store, cache, tor, this, [&](const QString& w) { warnings << w; });
    QTRY_COMPARE_WITH_TIMEOUT(tor.settings().controlPassword, QStringLiteral("tor-pw"), 5000);
    QVERIFY(warnings.isEmpty());
}

void TestStoredSecrets::missingKeysAreQuietAndMeanNoPassword()
{
    MemorySecretStore store;
    ProxyPolicy policy;
    TorSettings settings;
    settings.enabled = false;
    settings.controlPassword = QStringLiteral("removed since");
    TorService tor(policy, settings);
    MemoryCache cache;
    QStringList warnings;
    StoredSecrets::apply(store, cache, tor, this, [&](const QString& w) { warnings << w; });
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
    ProxyPolicy policy;
    TorSettings settings;
    settings.enabled = false;
    TorService tor(policy, settings);
    MemoryCache cache;
    QStringList warnings;
    StoredSecrets::apply(store, cache, tor, this, [&](const QString& w) { warnings << w; });
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
