#include "net/CertificatePinStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace btcw;

static const QString kA = QStringLiteral("aa").repeated(32);
static const QString kB = QStringLiteral("bb").repeated(32);

class TestCertificatePinStore : public QObject
{
    Q_OBJECT
private slots:
    void firstUsePinsThenMatchesThenDetectsChange()
    {
        CertificatePinStore store;
        QCOMPARE(store.checkAndPin(QStringLiteral("h:1"), kA), CertificatePinStore::Verdict::FirstUse);
        QCOMPARE(store.checkAndPin(QStringLiteral("h:1"), kA.toUpper()), CertificatePinStore::Verdict::Match);
        QCOMPARE(store.checkAndPin(QStringLiteral("h:1"), kB), CertificatePinStore::Verdict::Changed);
        // A change is not silently accepted: the old pin stays.
        QCOMPARE(store.pin(QStringLiteral("h:1"))->sha256, kA);
        // Another port is another server.
        QCOMPARE(store.checkAndPin(QStringLiteral("h:2"), kB), CertificatePinStore::Verdict::FirstUse);
    }

    void trustReplacesThePinAndKeepsHistory()
    {
        CertificatePinStore store;
        QVERIFY(store.checkAndPin(QStringLiteral("h:1"), kA) == CertificatePinStore::Verdict::FirstUse);
        QVERIFY(store.trust(QStringLiteral("h:1"), kB).ok());
        const auto pin = store.pin(QStringLiteral("h:1"));
        QCOMPARE(pin->sha256, kB);
        QCOMPARE(pin->previousSha256, kA);
        QCOMPARE(pin->changes, 1);
        QCOMPARE(store.checkAndPin(QStringLiteral("h:1"), kB), CertificatePinStore::Verdict::Match);
    }

    void pinsPersistAcrossInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pins.json"));
        {
            CertificatePinStore store(path);
            QVERIFY(store.load().ok());
            store.checkAndPin(QStringLiteral("example.org:50002"), kA);
        }
        CertificatePinStore again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(again.pin(QStringLiteral("example.org:50002"))->sha256, kA);
        QCOMPARE(again.checkAndPin(QStringLiteral("example.org:50002"), kB), CertificatePinStore::Verdict::Changed);
        QVERIFY(again.forget(QStringLiteral("example.org:50002")).ok());
        QVERIFY(!again.forget(QStringLiteral("example.org:50002")).ok());
    }

    void corruptFileIsMovedAsideAndReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pins.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        CertificatePinStore store(path);
        const Status status = store.load();
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QLatin1String("damaged")));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("pins.json.corrupt-*")}).size(), 1);
    }

    void unwritableFileIsReported()
    {
        QTemporaryDir dir;
        // A directory where the file should be makes every write fail.
        const QString path = dir.filePath(QStringLiteral("pins.json"));
        QVERIFY(QDir().mkpath(path));
        CertificatePinStore store(path);
        QSignalSpy failed(&store, &CertificatePinStore::saveFailed);
        QCOMPARE(store.checkAndPin(QStringLiteral("h:1"), kA), CertificatePinStore::Verdict::FirstUse);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!store.trust(QStringLiteral("h:1"), kB).ok());
    }
};

QTEST_GUILESS_MAIN(TestCertificatePinStore)
#include "tst_certificatepinstore.moc"
