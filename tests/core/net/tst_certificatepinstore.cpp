#include "net/CertificatePinStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace btcw;

static const QString kA = QStringLiteral("aa").repeated(32);
static const QString kB = QStringLiteral("bb").repeated(32);
static const QString kC = QStringLiteral("cc").repeated(32);

// A distinct valid fingerprint per number (for filling the history).
static QString fingerprint(int n)
{
    return QStringLiteral("%1").arg(n, 64, 16, QLatin1Char('0'));
}

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

    void refusedCertificateIsRecordedAsPendingWithoutReplacingThePin()
    {
        CertificatePinStore store;
        QVERIFY(store.checkAndPin(QStringLiteral("h:1"), kA) == CertificatePinStore::Verdict::FirstUse);
        QSignalSpy changed(&store, &CertificatePinStore::changed);
        QVERIFY(store.recordPending(QStringLiteral("h:1"), kB.toUpper()).ok());
        QCOMPARE(changed.size(), 1);
        auto pin = store.pin(QStringLiteral("h:1"));
        QCOMPARE(pin->sha256, kA);
        QVERIFY(pin->hasPending());
        QCOMPARE(pin->pendingSha256, kB);
        QVERIFY(pin->pendingSeen.isValid());
        // The pending certificate is still refused until someone trusts it.
        QCOMPARE(store.checkAndPin(QStringLiteral("h:1"), kB), CertificatePinStore::Verdict::Changed);
        // The pinned fingerprint itself is never pending, and an unknown server gets no pin from this.
        QVERIFY(store.recordPending(QStringLiteral("h:1"), kA).ok());
        QCOMPARE(store.pin(QStringLiteral("h:1"))->pendingSha256, kB);
        QVERIFY(store.recordPending(QStringLiteral("other:1"), kB).ok());
        QVERIFY(!store.pin(QStringLiteral("other:1")));
    }

    void trustPendingAcceptsOnlyThePendingFingerprint()
    {
        CertificatePinStore store;
        const QString hp = QStringLiteral("h:1");
        store.checkAndPin(hp, kA);
        // Nothing pending yet: nothing to trust.
        Status none = store.trustPending(hp, kB);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(store.trustPending(QStringLiteral("nope:1"), kB).error().kind, ErrorKind::NotFound);

        QVERIFY(store.recordPending(hp, kB).ok());
        const Status wrong = store.trustPending(hp, kC);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains(kB), qPrintable(wrong.error().message)); // says which one is pending
        QCOMPARE(store.pin(hp)->sha256, kA);
        QVERIFY(!store.trustPending(hp, kA).ok()); // the old pin is not "new"

        // Browsers show fingerprints as upper-case pairs with colons; that form is the same fingerprint.
        QString withColons;
        for (int i = 0; i < kB.size(); i += 2)
            withColons += (i ? QStringLiteral(":") : QString()) + kB.mid(i, 2).toUpper();
        QVERIFY(store.trustPending(hp, withColons).ok());
        const auto pin = store.pin(hp);
        QCOMPARE(pin->sha256, kB);
        QVERIFY(!pin->hasPending());
        QCOMPARE(pin->changes, 1);
        QCOMPARE(pin->history.size(), 1);
        QCOMPARE(pin->history.first().sha256, kA);
        QVERIFY(pin->history.first().replacedAt.isValid());
        QCOMPARE(store.checkAndPin(hp, kB), CertificatePinStore::Verdict::Match);
    }

    void historyIsCappedNewestFirst()
    {
        CertificatePinStore store;
        const QString hp = QStringLiteral("h:1");
        store.checkAndPin(hp, fingerprint(0));
        const int rotations = CertificatePinStore::kMaxHistory + 5;
        for (int i = 1; i <= rotations; ++i)
            QVERIFY(store.trust(hp, fingerprint(i)).ok());
        const auto pin = store.pin(hp);
        QCOMPARE(pin->changes, rotations);
        QCOMPARE(pin->history.size(), CertificatePinStore::kMaxHistory);
        QCOMPARE(pin->history.first().sha256, fingerprint(rotations - 1));
        QCOMPARE(pin->history.last().sha256, fingerprint(rotations - CertificatePinStore::kMaxHistory));
        QVERIFY(!store.trust(hp, QStringLiteral("not hex")).ok());
    }

    void pendingAndHistoryPersist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pins.json"));
        const QString hp = QStringLiteral("example.org:50002");
        {
            CertificatePinStore store(path);
            QVERIFY(store.load().ok());
            store.checkAndPin(hp, kA);
            QVERIFY(store.trust(hp, kB).ok());
            QVERIFY(store.recordPending(hp, kC).ok());
        }
        CertificatePinStore again(path);
        QVERIFY(again.load().ok());
        const auto pin = again.pin(hp);
        QVERIFY(pin);
        QCOMPARE(pin->sha256, kB);
        QCOMPARE(pin->pendingSha256, kC);
        QVERIFY(pin->pendingSeen.isValid());
        QCOMPARE(pin->history.size(), 1);
        QCOMPARE(pin->history.first().sha256, kA);
        QVERIFY(pin->history.first().firstSeen.isValid());
        QVERIFY(again.trustPending(hp, kC).ok());
        CertificatePinStore third(path);
        QVERIFY(third.load().ok());
        QCOMPARE(third.pin(hp)->sha256, kC);
        QVERIFY(!third.pin(hp)->hasPending());
        QCOMPARE(third.pin(hp)->history.size(), 2);
    }

    void fileWithoutPendingOrHistoryStillLoads()
    {
        // The format written before pending fingerprints and history existed.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pins.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"version": 1, "pins": [{"host_port": "old.example:50002", "sha256": "%1",
            "first_seen": "2024-01-02T03:04:05.000Z", "last_seen": "2024-02-03T04:05:06.000Z", "changes": 1,
            "previous_sha256": "%2"}]})")
                    .arg(kA, kB)
                    .toUtf8());
        f.close();
        CertificatePinStore store(path);
        QVERIFY(store.load().ok());
        const auto pin = store.pin(QStringLiteral("old.example:50002"));
        QVERIFY(pin);
        QCOMPARE(pin->sha256, kA);
        QCOMPARE(pin->previousSha256, kB);
        QCOMPARE(pin->changes, 1);
        QCOMPARE(pin->firstSeen, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
        QVERIFY(!pin->hasPending());
        QVERIFY(pin->history.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificatePinStore)
#include "tst_certificatepinstore.moc"
