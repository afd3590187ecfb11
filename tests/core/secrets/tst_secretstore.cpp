#include "secrets/FileSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStoreFactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace btcw;

namespace {

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr int kWaitMs = 5000;

Result<QString> readNow(SecretStore& store, const QString& key)
{
    QObject context;
    std::optional<Result<QString>> answer;
    store.read(key, &context, [&answer](Result<QString> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs))
        return Error::make(ErrorKind::Timeout, QStringLiteral("test: no answer"));
    return *answer;
}

Status writeNow(SecretStore& store, const QString& key, const QString& value)
{
    QObject context;
    std::optional<Status> answer;
    store.write(key, value, &context, [&answer](Status s) { answer = std::move(s); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs))
        return Error::make(ErrorKind::Timeout, QStringLiteral("test: no answer"));
    return *answer;
}

Status removeNow(SecretStore& store, const QString& key)
{
    QObject context;
    std::optional<Status> answer;
    store.remove(key, &context, [&answer](Status s) { answer = std::move(s); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs))
        return Error::make(ErrorKind::Timeout, QStringLiteral("test: no answer"));
    return *answer;
}

std::optional<SecretStoreChoice> chooseNow(const QString& dataDir, SecretStoreOptions options)
{
    QObject context;
    std::optional<SecretStoreChoice> choice;
    makeSecretStore(
        dataDir, &context, [&choice](SecretStoreChoice c) { choice = std::move(c); }, std::move(options));
    (void)QTest::qWaitFor([&choice] { return choice.has_value(); }, kWaitMs);
    return choice;
}

// The store-independent contract, run against each implementation.
void checkRoundTrip(SecretStore& store)
{
    QCOMPARE(readNow(store, QStringLiteral("proxy-password")).error().kind, ErrorKind::NotFound);
    QVERIFY(writeNow(store, QStringLiteral("proxy-password"), QStringLiteral("hunter2 ünïcode")).ok());
    QVERIFY(writeNow(store, QStringLiteral("api-token"), QStringLiteral("t0k")).ok());
    QCOMPARE(readNow(store, QStringLiteral("proxy-password")).valueOr({}), QStringLiteral("hunter2 ünïcode"));
    QVERIFY(writeNow(store, QStringLiteral("proxy-password"), QStringLiteral("changed")).ok());
    QCOMPARE(readNow(store, QStringLiteral("proxy-password")).valueOr({}), QStringLiteral("changed"));
    QVERIFY(removeNow(store, QStringLiteral("proxy-password")).ok());
    QCOMPARE(readNow(store, QStringLiteral("proxy-password")).error().kind, ErrorKind::NotFound);
    QVERIFY(removeNow(store, QStringLiteral("proxy-password")).ok()); // already gone is fine
    QCOMPARE(readNow(store, QStringLiteral("api-token")).valueOr({}), QStringLiteral("t0k"));
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Whatever happens in here, the real keychain stays out of reach.
        qputenv("BTCW_NO_KEYCHAIN", "1");
    }

    void memoryStoreRoundTrip()
    {
        MemorySecretStore store;
        checkRoundTrip(store);
        QVERIFY(!store.isPersistentAndEncrypted());
    }

    void memoryStoreFailureAndSilenceControls()
    {
        MemorySecretStore store;
        store.setFailure(Error::make(ErrorKind::NotAllowed, QStringLiteral("denied")));
        QCOMPARE(writeNow(store, QStringLiteral("k"), QStringLiteral("v")).error().kind, ErrorKind::NotAllowed);
        QCOMPARE(store.size(), 0);
        store.setFailure(std::nullopt);
        store.setAnswering(false);
        QObject context;
        bool answered = false;
        store.read(QStringLiteral("k"), &context, [&answered](Result<QString>) { answered = true; });
        QTest::qWait(30);
        QVERIFY(!answered);
        QCOMPARE(store.callCount(), 2);
    }

    void answersAreAsynchronousAndDroppedWithTheirContext()
    {
        QTemporaryDir dir;
        FileSecretStore store(dir.filePath(QStringLiteral("secrets.json")));
        bool answered = false;
        {
            QObject context;
            store.write(QStringLiteral("k"), QStringLiteral("v"), &context, [&answered](Status) { answered = true; });
            QVERIFY(!answered);
        }
        QTest::qWait(30);
        QVERIFY(!answered);
    }

    void fileStoreRoundTripAndPersistence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/secrets.json"));
        {
            FileSecretStore store(path);
            checkRoundTrip(store);
        }
        FileSecretStore again(path);
        QCOMPARE(readNow(again, QStringLiteral("api-token")).valueOr({}), QStringLiteral("t0k"));
    }

    void fileStoreSaysItIsAPlainFile()
    {
        FileSecretStore store(QStringLiteral("/somewhere/secrets.json"));
        QVERIFY(!store.isPersistentAndEncrypted());
        QVERIFY(store.backendName().contains(QLatin1String("plain file")));
        QVERIFY(store.backendName().contains(QLatin1String("/somewhere/secrets.json")));
    }

    void fileStoreIsOwnerOnlyWhateverTheUmask()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        const mode_t previous = ::umask(0);
        FileSecretStore store(path);
        const Status written = writeNow(store, QStringLiteral("k"), QStringLiteral("v"));
        ::umask(previous);
        QVERIFY(written.ok());
        const QFileDevice::Permissions perms = QFile::permissions(path);
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner));
        QVERIFY(perms.testFlag(QFileDevice::WriteOwner));
        QCOMPARE(perms & kGroupOrOther, QFileDevice::Permissions());
#else
        QSKIP("POSIX modes only");
#endif
    }

    void fileStoreNarrowsAWidenedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"version":1,"secrets":{"old":"x"}})");
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        FileSecretStore store(path);
        QVERIFY(writeNow(store, QStringLiteral("new"), QStringLiteral("y")).ok());
        QCOMPARE(QFile::permissions(path) & kGroupOrOther, QFileDevice::Permissions());
        QCOMPARE(readNow(store, QStringLiteral("old")).valueOr({}), QStringLiteral("x"));
    }

    void corruptFileIsReportedWithoutLeakingAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        const QByteArray damaged = R"({"version":1,"secrets":{"proxy-password":"SuperSecretValue42")";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(damaged);
        }
        FileSecretStore store(path);
        const auto read = readNow(store, QStringLiteral("proxy-password"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ErrorKind::Internal);
        QVERIFY(read.error().message.contains(QLatin1String("damaged")));
        QVERIFY(read.error().message.contains(path));
        QVERIFY(!read.error().toString().contains(QLatin1String("SuperSecretValue42")));

        // Writing would throw away whatever is still in the file: refused, and the file is untouched.
        const Status written = writeNow(store, QStringLiteral("other"), QStringLiteral("v"));
        QVERIFY(!written.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged);
    }

    void wrongShapeIsReportedAsDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"version":1,"secrets":{"pin":12345}})");
        }
        FileSecretStore store(path);
        const auto read = readNow(store, QStringLiteral("pin"));
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.contains(QLatin1String("damaged")));
        QVERIFY(!read.error().toString().contains(QLatin1String("12345")));
    }

    void factoryUsesFileWhenKeychainIsOff()
    {
        QTemporaryDir dir;
        SecretStoreOptions options;
        options.useKeychain = false;
        auto choice = chooseNow(dir.path(), std::move(options));
        QVERIFY(choice.has_value() && choice->store);
        QVERIFY(!choice->usesKeychain());
        QVERIFY(qobject_cast<FileSecretStore*>(choice->store.get()));
        QVERIFY(choice->fallbackReason.contains(secretsFilePath(dir.path())));
        QVERIFY(choice->fallbackReason.endsWith(QLatin1String("(readable only by you)")));
    }

    void factoryHonoursTheEnvironmentBar()
    {
        // Default options would probe the real keychain; the environment variable set in initTestCase stops that.
        QTemporaryDir dir;
        auto choice = chooseNow(dir.path(), {});
        QVERIFY(choice.has_value() && choice->store);
        QVERIFY(qobject_cast<FileSecretStore*>(choice->store.get()));
        QVERIFY(choice->fallbackReason.contains(QLatin1String("turned off")));
    }

    void factoryFallsBackWithTheKeychainsReason()
    {
        QTemporaryDir dir;
        SecretStoreOptions options;
        options.makeKeychain = [] {
            auto fake = std::make_unique<MemorySecretStore>();
            Error e = Error::make(ErrorKind::Internal, QStringLiteral("The system keychain could not store it."),
                                  QStringLiteral("No keychain service available"));
            fake->setFailure(e);
            return fake;
        };
        auto choice = chooseNow(dir.path(), std::move(options));
        QVERIFY(choice.has_value() && choice->store);
        QVERIFY(qobject_cast<FileSecretStore*>(choice->store.get()));
        QCOMPARE(choice->fallbackReason,
                 QStringLiteral("no keychain available: No keychain service available; secrets are kept in %1 "
                                "(readable only by you)")
                     .arg(secretsFilePath(dir.path())));
        // The fallback really works.
        QVERIFY(writeNow(*choice->store, QStringLiteral("k"), QStringLiteral("v")).ok());
        QCOMPARE(QFile::permissions(secretsFilePath(dir.path())) & kGroupOrOther, QFileDevice::Permissions());
    }

    void factoryFallsBackWhenTheKeychainHangs()
    {
        QTemporaryDir dir;
        SecretStoreOptions options;
        options.probeTimeoutMs = 50;
        options.makeKeychain = [] {
            auto fake = std::make_unique<MemorySecretStore>();
            fake->setAnswering(false);
            return fake;
        };
        auto choice = chooseNow(dir.path(), std::move(options));
        QVERIFY(choice.has_value() && choice->store);
        QVERIFY(qobject_cast<FileSecretStore*>(choice->store.get()));
        QVERIFY2(choice->fallbackReason.contains(QLatin1String("did not answer within 50 ms")),
                 qPrintable(choice->fallbackReason));
    }

    void factoryKeepsAWorkingKeychainAndCleansUpTheProbe()
    {
        QTemporaryDir dir;
        MemorySecretStore* fake = nullptr;
        SecretStoreOptions options;
        options.makeKeychain = [&fake] {
            auto store = std::make_unique<MemorySecretStore>();
            store->setPersistentAndEncrypted(true);
            fake = store.get();
            return store;
        };
        auto choice = chooseNow(dir.path(), std::move(options));
        QVERIFY(choice.has_value());
        QVERIFY(choice->usesKeychain());
        QCOMPARE(choice->store.get(), static_cast<SecretStore*>(fake));
        QCOMPARE(fake->callCount(), 3); // write, read back, delete
        QCOMPARE(fake->size(), 0);
        QVERIFY(!QFile::exists(secretsFilePath(dir.path())));
    }

    void factoryAnswersNothingOnceTheContextIsGone()
    {
        QTemporaryDir dir;
        bool answered = false;
        {
            QObject context;
            SecretStoreOptions options;
            options.makeKeychain = [] { return std::make_unique<MemorySecretStore>(); };
            makeSecretStore(
                dir.path(), &context, [&answered](SecretStoreChoice) { answered = true; }, std::move(options));
        }
        QTest::qWait(50);
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
