// A settings file QSettings cannot read is moved aside with its bytes and reported, never replaced by defaults.
#include "SettingsGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace btcw;
using namespace Qt::StringLiterals;

namespace {

// QTimeZone rather than Qt::TimeSpec: Qt 6.8 deprecates the Qt::TimeSpec constructor.
const QDateTime kNow(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
const QString kStamp = u".corrupt-20240102T030405Z"_s;

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSettingsGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_config; // XDG_CONFIG_HOME for the whole run: QSettings caches its paths
    QString m_file;                          // the application's settings file in there

private slots:
    void initTestCase()
    {
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config->path()));
        QCoreApplication::setOrganizationName(u"BTC Worker"_s);
        QCoreApplication::setApplicationName(u"btc-worker"_s);
        m_file = applicationSettingsFile();
        QVERIFY2(m_file.startsWith(m_config->path()), qPrintable(m_file));
        QVERIFY(QDir().mkpath(QFileInfo(m_file).path()));
    }

    void init()
    {
        // Each test starts without a settings file or backups.
        const QDir dir = QFileInfo(m_file).dir();
        for (const QString& name : dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            const QString path = dir.filePath(name);
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            if (QFileInfo(path).isDir())
                QDir(path).removeRecursively();
            else
                QFile::remove(path);
        }
    }

    void missingFileNeedsNothing() { QVERIFY(!guardSettingsFile(m_file, kNow)); }

    void readableFileIsLeftAlone()
    {
        const QByteArray bytes = "[api]\nport=8080\n[ui]\nlanguage=de\n";
        QVERIFY(writeFile(m_file, bytes));
        QVERIFY(!guardSettingsFile(m_file, kNow));
        QCOMPARE(readFile(m_file), bytes);
        QVERIFY(!QFileInfo::exists(m_file + kStamp));
    }

    void damagedFileIsMovedAsideWithItsBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("binary garbage") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452deadbeef00ff00ff");
        QTest::newRow("NUL bytes after valid lines") << QByteArray("[api]\nport=8080\n\0\0\0\x01", 20);
        QTest::newRow("line without '='") << QByteArray("[api]\nport=8080\nthis is not a setting\n");
        QTest::newRow("unclosed section") << QByteArray("[api\nport=8080\n");
        QTest::newRow("UTF-16 text") << QByteArray::fromHex("fffe5b0061007000690005d000a00");
    }

    void damagedFileIsMovedAsideWithItsBytes()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(writeFile(m_file, bytes));
        const auto recovery = guardSettingsFile(m_file, kNow);
        QVERIFY(recovery);
        QCOMPARE(recovery->problem, SettingsRecovery::Problem::Damaged);
        QCOMPARE(recovery->file, m_file);
        QCOMPARE(recovery->backup, m_file + kStamp);
        QCOMPARE(readFile(recovery->backup), bytes);
        QVERIFY(!QFileInfo::exists(m_file));
        const QString message = recovery->message();
        QVERIFY2(message.contains(QDir::toNativeSeparators(m_file)), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(recovery->backup)), qPrintable(message));
        QVERIFY2(message.contains(u"damaged"_s) && message.contains(u"default settings"_s), qPrintable(message));

        // The application now starts from defaults, and saving writes a new file next to the untouched backup.
        {
            QSettings settings;
            QCOMPARE(settings.allKeys(), QStringList());
            QCOMPARE(settings.status(), QSettings::NoError);
            settings.setValue(u"ui/language"_s, u"fr"_s);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QVERIFY(readFile(m_file).contains("language=fr"));
        QCOMPARE(readFile(recovery->backup), bytes);
    }

    void laxDamageIsReadByQSettingsAndLeftAlone_data()
    {
        // QSettings keeps what it can parse from these without reporting an error; moving them aside would throw
        // away settings it reads fine, so they stay (documented in SettingsGuard.h).
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("invalid UTF-8 value") << QByteArray("[api]\nport=8080\n[ui]\nlanguage=\xff\xfe\x80\n");
        QTest::newRow("truncated last line") << QByteArray("[api]\nport=80");
        QTest::newRow("unbalanced quote") << QByteArray("[api]\nport=\"8080\n");
        QTest::newRow("malformed @ByteArray") << QByteArray("[api]\nport=@ByteArray(\n");
    }

    void laxDamageIsReadByQSettingsAndLeftAlone()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(writeFile(m_file, bytes));
        QVERIFY(!guardSettingsFile(m_file, kNow));
        QCOMPARE(readFile(m_file), bytes);
        QSettings parsed(m_file, QSettings::IniFormat);
        QVERIFY(parsed.contains(u"api/port"_s));
    }

    void anEarlierBackupIsNotReplaced()
    {
        QVERIFY(writeFile(m_file + kStamp, "first"));
        QVERIFY(writeFile(m_file, "no equals sign here\n"));
        const auto recovery = guardSettingsFile(m_file, kNow);
        QVERIFY(recovery);
        QCOMPARE(recovery->backup, m_file + kStamp + u"-2"_s);
        QCOMPARE(readFile(m_file + kStamp), QByteArray("first"));
        QCOMPARE(readFile(recovery->backup), QByteArray("no equals sign here\n"));
    }

    void directoryInPlaceOfTheFileIsUnreadable()
    {
        QVERIFY(QDir().mkpath(m_file));
        QVERIFY(writeFile(QDir(m_file).filePath(u"inside"_s), "kept"));
        const auto recovery = guardSettingsFile(m_file, kNow);
        QVERIFY(recovery);
        QCOMPARE(recovery->problem, SettingsRecovery::Problem::Unreadable);
        QVERIFY(recovery->isBackedUp());
        QCOMPARE(readFile(QDir(recovery->backup).filePath(u"inside"_s)), QByteArray("kept"));
        QVERIFY(!QFileInfo::exists(m_file));
        QVERIFY2(recovery->message().contains(u"cannot be read"_s), qPrintable(recovery->message()));
    }

    void unreadableFileIsMovedAside()
    {
        const QByteArray bytes = "[api]\nport=8080\n";
        QVERIFY(writeFile(m_file, bytes));
        QVERIFY(QFile::setPermissions(m_file, QFileDevice::Permissions{}));
        if (QFile file(m_file); file.open(QIODevice::ReadOnly))
            QSKIP("this user reads files without read permission (root): nothing is unreadable here");
        const auto recovery = guardSettingsFile(m_file, kNow);
        QVERIFY(recovery);
        QCOMPARE(recovery->problem, SettingsRecovery::Problem::Unreadable);
        QCOMPARE(recovery->backup, m_file + kStamp);
        QVERIFY(QFile::setPermissions(recovery->backup, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(readFile(recovery->backup), bytes);
    }

    void failureToMoveAsideIsReported()
    {
        QVERIFY(writeFile(m_file, "no equals sign here\n"));
        const QString dir = QFileInfo(m_file).path();
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        const bool canStillWrite = QFile(QDir(dir).filePath(u"probe"_s)).open(QIODevice::WriteOnly);
        if (canStillWrite) {
            QFile::remove(QDir(dir).filePath(u"probe"_s));
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("this user writes into read-only directories (root): a rename cannot fail here");
        }
        const auto recovery = guardSettingsFile(m_file, kNow);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(recovery);
        QVERIFY(!recovery->isBackedUp());
        QVERIFY(!recovery->moveError.isEmpty());
        QCOMPARE(readFile(m_file), QByteArray("no equals sign here\n"));
        QVERIFY2(recovery->message().contains(recovery->moveError), qPrintable(recovery->message()));
    }
};

QTEST_GUILESS_MAIN(TestSettingsGuard)
#include "tst_settingsguard.moc"
