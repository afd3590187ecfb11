// The persistent API token: made up once, kept in the secret store, the same on every later start.
#include "CommandLine.h"
#include "PersistentToken.h"
#include "secrets/FileSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStoreFactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace btcw;

namespace {

// Runs obtain() and waits (bounded) for its single answer.
std::optional<Result<QString>> obtainNow(SecretStore& store, QRandomGenerator* random = nullptr)
{
    QObject context;
    std::optional<Result<QString>> answer;
    int answers = 0;
    PersistentToken::obtain(
        store, &context,
        [&](Result<QString> result) {
            ++answers;
            answer = std::move(result);
        },
        random);
    if (!QTest::qWaitFor([&] { return answers > 0; }, 5000))
        return std::nullopt;
    QTest::qWait(20); // a second answer would be a bug
    return answers == 1 ? answer : std::nullopt;
}

std::optional<Result<QString>> readNow(SecretStore& store, const QString& key)
{
    QObject context;
    std::optional<Result<QString>> answer;
    store.read(key, &context, [&](Result<QString> result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
        return std::nullopt;
    return answer;
}

bool isHexToken(const QString& token)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(token).hasMatch();
}

const QString kKey = QString::fromLatin1(PersistentToken::kKey);

} // namespace

class TestApiToken : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Keep QSettings away from the real user's configuration (read once, on first use).
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("btcw-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_apitoken"));
    }

    void persistentTokenSettingIsReadAtStartUpAndOffByDefault()
    {
        QVERIFY(!configFromSettings().apiPersistentToken);
        QSettings().setValue(QStringLiteral("api/persistentToken"), true);
        QVERIFY(configFromSettings().apiPersistentToken);
        QSettings().remove(QStringLiteral("api/persistentToken"));
        QVERIFY(!configFromSettings().apiPersistentToken);
    }

    void firstStartGeneratesAndStoresATokenThatTheSecondStartReuses()
    {
        MemorySecretStore store;
        const auto first = obtainNow(store);
        QVERIFY(first.has_value());
        QVERIFY2(first->ok(), qPrintable(first->ok() ? QString() : first->error().toString()));
        QVERIFY(isHexToken(first->value()));
        QCOMPARE(store.size(), 1);
        const auto stored = readNow(store, kKey);
        QVERIFY(stored.has_value() && stored->ok());
        QCOMPARE(stored->value(), first->value());

        const auto second = obtainNow(store);
        QVERIFY(second.has_value() && second->ok());
        QCOMPARE(second->value(), first->value());
        QCOMPARE(store.size(), 1);
    }

    void twoStoresOverTheSameFileGiveTheSameTokenAcrossRestarts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = secretsFilePath(dir.path());
        QString firstToken;
        {
            FileSecretStore store(path);
            const auto first = obtainNow(store);
            QVERIFY(first.has_value() && first->ok());
            firstToken = first->value();
        }
        FileSecretStore again(path);
        const auto second = obtainNow(again);
        QVERIFY(second.has_value() && second->ok());
        QCOMPARE(second->value(), firstToken);
    }

    void differentStoresGetDifferentRandomTokens()
    {
        MemorySecretStore a;
        MemorySecretStore b;
        const auto ta = obtainNow(a);
        const auto tb = obtainNow(b);
        QVERIFY(ta.has_value() && ta->ok() && tb.has_value() && tb->ok());
        QVERIFY(ta->value() != tb->value());
    }

    void seededRandomGivesTheExpectedToken()
    {
        MemorySecretStore store;
        QRandomGenerator seeded(42);
        QRandomGenerator same(42);
        QByteArray expected(32, Qt::Uninitialized);
        same.fillRange(reinterpret_cast<quint32*>(expected.data()), 8);
        const auto token = obtainNow(store, &seeded);
        QVERIFY(token.has_value() && token->ok());
        QCOMPARE(token->value(), QString::fromLatin1(expected.toHex()));
    }

    void aDamagedEntryIsReplacedByAFreshToken()
    {
        MemorySecretStore store;
        QObject context;
        bool written = false;
        store.write(kKey, QStringLiteral("not a token"), &context, [&](Status s) { written = s.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 5000));
        const auto token = obtainNow(store);
        QVERIFY(token.has_value() && token->ok());
        QVERIFY(isHexToken(token->value()));
        const auto stored = readNow(store, kKey);
        QVERIFY(stored.has_value() && stored->ok());
        QCOMPARE(stored->value(), token->value());
    }

    void aStoreFailureIsReportedAndNoTokenIsMadeUp()
    {
        MemorySecretStore store;
        store.setFailure(Error::make(ErrorKind::NotAllowed, QStringLiteral("keychain locked")));
        const auto answer = obtainNow(store);
        QVERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ErrorKind::NotAllowed);
        store.setFailure(std::nullopt);
        QCOMPARE(store.size(), 0);
    }

    void noAnswerWhenTheContextIsGone()
    {
        MemorySecretStore store;
        int answers = 0;
        {
            QObject context;
            PersistentToken::obtain(store, &context, [&](Result<QString>) { ++answers; });
        }
        QTest::qWait(50);
        QCOMPARE(answers, 0);
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestApiToken)
#include "tst_apitoken.moc"
