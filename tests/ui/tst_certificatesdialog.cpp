// The certificates dialog: pins listed with pending ones flagged, trust only after confirming, forget, save errors.
#include "dialogs/CertificatesDialog.h"
#include "net/CertificatePinStore.h"

#include <QAbstractButton>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace btcw;

namespace {

const QString kOld = QStringLiteral("0a").repeated(32);
const QString kNew = QStringLiteral("1b").repeated(32);
const QString kOther = QStringLiteral("2c").repeated(32);
const QString kChanged = QStringLiteral("changed.example:50002");
const QString kSteady = QStringLiteral("steady.example:50002");

// Two pins; the first has a refused new certificate waiting.
void fill(CertificatePinStore& pins)
{
    pins.checkAndPin(kChanged, kOld);
    pins.checkAndPin(kSteady, kOther);
    (void)pins.recordPending(kChanged, kNew); // a failed write still records it (failedSaveIsShownReadably)
}

QTreeWidgetItem* rowOf(const CertificatesDialog& dialog, const QString& hostPort)
{
    const auto items = dialog.pinList()->findItems(hostPort, Qt::MatchExactly, CertificatesDialog::ServerColumn);
    return items.isEmpty() ? nullptr : items.first();
}

// Answers the open confirmation: its accept button (the action) or Cancel.
bool answer(CertificatesDialog& dialog, bool accept)
{
    QMessageBox* box = dialog.confirmation();
    if (!box)
        return false;
    for (QAbstractButton* button : box->buttons()) {
        const bool isAccept = box->buttonRole(button) == QMessageBox::AcceptRole;
        if (isAccept == accept) {
            button->click();
            return true;
        }
    }
    return false;
}

} // namespace

class TestCertificatesDialog : public QObject
{
    Q_OBJECT
private slots:
    void emptyStoreOffersNothingToTrust()
    {
        CertificatePinStore pins;
        CertificatesDialog dialog(pins);
        QCOMPARE(dialog.pinList()->topLevelItemCount(), 0);
        QVERIFY(!dialog.trustButton()->isEnabled());
        QVERIFY(!dialog.forgetButton()->isEnabled());
        QVERIFY(dialog.detailsText().contains(QLatin1String("No certificate is pinned")));
    }

    void pendingCertificateIsFlaggedAndSelectedFirst()
    {
        CertificatePinStore pins;
        fill(pins);
        CertificatesDialog dialog(pins);
        QVERIFY(pins.pin(kChanged)->hasPending());
        QCOMPARE(dialog.pinList()->topLevelItemCount(), 2);
        QCOMPARE(dialog.selectedHostPort(), kChanged);
        QTreeWidgetItem* changed = rowOf(dialog, kChanged);
        QVERIFY(changed);
        QCOMPARE(changed->toolTip(CertificatesDialog::FingerprintColumn), kOld);
        QCOMPARE(changed->text(CertificatesDialog::FingerprintColumn), CertificatesDialog::shortFingerprint(kOld));
        QVERIFY(changed->text(CertificatesDialog::PendingColumn).contains(CertificatesDialog::shortFingerprint(kNew)));
        QVERIFY(changed->toolTip(CertificatesDialog::PendingColumn).contains(kNew));
        QVERIFY(!changed->icon(CertificatesDialog::ServerColumn).isNull());
        QVERIFY(rowOf(dialog, kSteady)->text(CertificatesDialog::PendingColumn).isEmpty());
        // The details show both fingerprints in full, so they can be compared and copied.
        QVERIFY(dialog.detailsText().contains(kOld));
        QVERIFY(dialog.detailsText().contains(kNew));
    }

    void trustButtonIsEnabledOnlyForAPendingPin()
    {
        CertificatePinStore pins;
        fill(pins);
        CertificatesDialog dialog(pins);
        QVERIFY(dialog.selectPin(kChanged));
        QVERIFY(dialog.trustButton()->isEnabled());
        QVERIFY(dialog.selectPin(kSteady));
        QVERIFY(!dialog.trustButton()->isEnabled());
        QVERIFY(dialog.forgetButton()->isEnabled());
        QVERIFY(!dialog.selectPin(QStringLiteral("unknown.example:1")));
        // Nothing happens when the selected pin has nothing pending.
        dialog.trustSelected();
        QVERIFY(!dialog.confirmation());
    }

    void trustingAsksWithBothFingerprintsAndCancelChangesNothing()
    {
        CertificatePinStore pins;
        fill(pins);
        CertificatesDialog dialog(pins);
        QVERIFY(dialog.selectPin(kChanged));
        dialog.trustButton()->click();
        QMessageBox* box = dialog.confirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains(kOld));
        QVERIFY(box->text().contains(kNew));
        QVERIFY(box->text().contains(kChanged));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QVERIFY(answer(dialog, false));
        QCOMPARE(pins.pin(kChanged)->sha256, kOld);
        QVERIFY(pins.pin(kChanged)->hasPending());
        QVERIFY(dialog.trustButton()->isEnabled());
    }

    void confirmedTrustPinsTheNewCertificate()
    {
        CertificatePinStore pins;
        fill(pins);
        CertificatesDialog dialog(pins);
        QVERIFY(dialog.selectPin(kChanged));
        dialog.trustSelected();
        QVERIFY(answer(dialog, true));
        const auto pin = pins.pin(kChanged);
        QCOMPARE(pin->sha256, kNew);
        QVERIFY(!pin->hasPending());
        QCOMPARE(dialog.selectedHostPort(), kChanged);
        QVERIFY(!dialog.trustButton()->isEnabled());
        QCOMPARE(rowOf(dialog, kChanged)->toolTip(CertificatesDialog::FingerprintColumn), kNew);
        QVERIFY(rowOf(dialog, kChanged)->text(CertificatesDialog::PendingColumn).isEmpty());
        QCOMPARE(rowOf(dialog, kChanged)->data(CertificatesDialog::ChangesColumn, Qt::DisplayRole).toInt(), 1);
        QVERIFY(dialog.detailsText().contains(kOld)); // now in the history
        QVERIFY(dialog.errorText().isEmpty());
    }

    void forgetAsksThenRemovesThePin()
    {
        CertificatePinStore pins;
        fill(pins);
        CertificatesDialog dialog(pins);
        QVERIFY(dialog.selectPin(kSteady));
        dialog.forgetButton()->click();
        QVERIFY(dialog.confirmation());
        QVERIFY(dialog.confirmation()->text().contains(kSteady));
        QVERIFY(answer(dialog, true));
        QVERIFY(!pins.pin(kSteady));
        QCOMPARE(dialog.pinList()->topLevelItemCount(), 1);
    }

    void failedSaveIsShownReadably()
    {
        QTemporaryDir dir;
        // A directory where the file should be makes every write fail.
        const QString path = dir.filePath(QStringLiteral("pins.json"));
        QVERIFY(QDir().mkpath(path));
        CertificatePinStore pins(path);
        fill(pins);
        CertificatesDialog dialog(pins);
        QVERIFY(pins.pin(kChanged)->hasPending());
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.selectPin(kChanged));
        dialog.trustSelected();
        QVERIFY(answer(dialog, true));
        QVERIFY2(dialog.errorText().contains(QLatin1String("certificate pins file")), qPrintable(dialog.errorText()));
        QCOMPARE(pins.pin(kChanged)->sha256, kNew); // in effect in memory all the same
    }
};

QTEST_MAIN(TestCertificatesDialog)
#include "tst_certificatesdialog.moc"
