#include "secrets/ApiCookie.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace btcw;

namespace {

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

class TestApiCookie : public QObject
{
    Q_OBJECT
private slots:
    void writesAHexTokenToAnOwnerOnlyFile()
    {
        QTemporaryDir dir;
#ifdef Q_OS_UNIX
        const mode_t previous = ::umask(0); // the mode must not depend on the caller's umask
#endif
        auto cookie = ApiCookie::create(dir.filePath(QStringLiteral("data")));
#ifdef Q_OS_UNIX
        ::umask(previous);
#endif
        QVERIFY2(cookie.ok(), qPrintable(cookie.ok() ? QString() : cookie.error().toString()));
        const ApiCookie& c = *cookie.value();
        QCOMPARE(c.path(), dir.filePath(QStringLiteral("data/api.cookie")));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(QString::fromLatin1(c.token())).hasMatch());
        QCOMPARE(contentOf(c.path()), c.token());
        const QFileDevice::Permissions perms = QFile::permissions(c.path());
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner) && perms.testFlag(QFileDevice::WriteOwner));
        QCOMPARE(perms & kGroupOrOther, QFileDevice::Permissions());
    }

    void tokenChangesPerStart()
    {
        QTemporaryDir dir;
        QByteArray first;
        {
            auto a = ApiCookie::create(dir.path());
            QVERIFY(a.ok());
            first = a.value()->token();
        }
        auto b = ApiCookie::create(dir.path());
        QVERIFY(b.ok());
        QVERIFY(b.value()->token() != first);
        QCOMPARE(contentOf(b.value()->path()), b.value()->token());
    }

    void randomnessIsInjectable()
    {
        QTemporaryDir dir;
        QRandomGenerator one(42), two(42);
        auto a = ApiCookie::create(dir.filePath(QStringLiteral("a")), &one);
        auto b = ApiCookie::create(dir.filePath(QStringLiteral("b")), &two);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value()->token(), b.value()->token());
    }

    void cleanShutdownRemovesTheFile()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto cookie = ApiCookie::create(dir.path());
            QVERIFY(cookie.ok());
            path = cookie.value()->path();
            QVERIFY(QFile::exists(path));
        }
        QVERIFY(!QFile::exists(path));
    }

    void shutdownLeavesANewerInstancesCookie()
    {
        QTemporaryDir dir;
        auto older = ApiCookie::create(dir.path());
        auto newer = ApiCookie::create(dir.path());
        QVERIFY(older.ok() && newer.ok());
        QVERIFY(older.value()->remove().ok());
        QCOMPARE(contentOf(newer.value()->path()), newer.value()->token());
        QVERIFY(newer.value()->remove().ok());
        QVERIFY(!QFile::exists(newer.value()->path()));
    }

    void unwritableDataDirIsAnError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto cookie = ApiCookie::create(blocker + QStringLiteral("/sub")); // a path under a regular file
        QVERIFY(!cookie.ok());
        QCOMPARE(cookie.error().kind, ErrorKind::Internal);
    }

    void tokensEqualComparesExactly_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("abc123") << QByteArray("abc123") << true;
        QTest::newRow("last byte") << QByteArray("abc123") << QByteArray("abc124") << false;
        QTest::newRow("first byte") << QByteArray("abc123") << QByteArray("bbc123") << false;
        QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abc123") << false;
        QTest::newRow("longer") << QByteArray("abc123x") << QByteArray("abc123") << false;
        QTest::newRow("repeated") << QByteArray("abcabc") << QByteArray("abc") << false;
        QTest::newRow("empty vs token") << QByteArray() << QByteArray("abc") << false;
        QTest::newRow("token vs empty") << QByteArray("abc") << QByteArray() << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    }
    void tokensEqualComparesExactly()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(tokensEqual(a, b), equal);
        QCOMPARE(tokensEqual(b, a), equal);
    }

    void matchesChecksThePresentedToken()
    {
        QTemporaryDir dir;
        auto cookie = ApiCookie::create(dir.path());
        QVERIFY(cookie.ok());
        QVERIFY(cookie.value()->matches(cookie.value()->token()));
        QByteArray wrong = cookie.value()->token();
        wrong[10] = wrong[10] == 'a' ? 'b' : 'a';
        QVERIFY(!cookie.value()->matches(wrong));
    }
};

QTEST_GUILESS_MAIN(TestApiCookie)
#include "tst_apicookie.moc"
