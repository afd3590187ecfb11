// The certificates dialog: pins listed with pending ones flagged, trust only after confirming, forget, save errors.
#include "Engine.h"
#include "MainWindow.h"
#include "dialogs/CertificatesDialog.h"
#include "models/ServerFilterProxyModel.h"
#include "models/ServerTableModel.h"
#include "net/CertificatePinStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
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
// A self-signed certificate for lan.example and its SHA-256, as openssl printed them.
const QByteArray kPem = "-----BEGIN CERTIFICATE-----\n"
                        "MIIBgTCCASegAwIBAgIUAqJDcChg5yEI3wPbFMphkYUYZBAwCgYIKoZIzj0EAwIw\n"
                        "FjEUMBIGA1UEAwwLbGFuLmV4YW1wbGUwHhcNMjYxMjAyMDYxNTQ3WhcNMzYxMTI5\n"
                        "MDYxNTQ3WjAWMRQwEgYDVQQDDAtsYW4uZXhhbXBsZTBZMBMGByqGSM49AgEGCCqG\n"
                        "SM49AwEHA0IABM3rx/ShTRjAmiNSdaWn+U/h0jzh+V1ELkopIx83WechC9eo1nLp\n"
                        "7v7JzN2ASSqB8TTVS+cLgpvGp8wu16F8qyqjUzBRMB0GA1UdDgQWBBRB5DunbU0x\n"
                        "l3xcbEBSBuHT9ynG1jAfBgNVHSMEGDAWgBRB5DunbU0xl3xcbEBSBuHT9ynG1jAP\n"
                        "BgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIClYHgf3uDZ3W2u8xrhs\n"
                        "2zvln8/U1RVTq86NEzVcS7S6AiEAnsHHOjP96QKkGCot22cV5rjjUuF5y65DhaaG\n"
                        "jd8nb5c=\n"
                        "-----END CERTIFICATE-----\n";
const QString kPemSha256 = QStringLiteral("fbb2a84fc831fafa7b5caab78619df10ecf29b7665e867d802b8cedffe8bd5f6");
const QString kColons =
    QStringLiteral("FB:B2:A8:4F:C8:31:FA:FA:7B:5C:AA:B7:86:19:DF:10:EC:F2:9B:76:65:E8:67:D8:02:B8:CE:DF:FE:8B:D5:F6");

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

    void pinningAPastedFingerprintTrustsOnlyThatCertificateFromTheFirstConnection()
    {
        CertificatePinStore pins;
        CertificatesDialog dialog(pins);
        const QString hostPort = QStringLiteral("lan.example:50002");
        dialog.manualHostPort()->setText(hostPort);
        // As `openssl x509 -fingerprint -sha256` prints it: upper case with colons.
        dialog.manualFingerprint()->setText(QStringLiteral("sha256 Fingerprint=%1").arg(kColons));
        QTest::mouseClick(dialog.manualPinButton(), Qt::LeftButton);
        const auto pin = pins.pin(hostPort);
        QVERIFY2(pin, qPrintable(dialog.manualNote()));
        QCOMPARE(pin->sha256, kPemSha256);
        QVERIFY(rowOf(dialog, hostPort));
        QCOMPARE(dialog.selectedHostPort(), hostPort);
        // Before first use is no longer "anything goes": another certificate is refused.
        QCOMPARE(pins.checkAndPin(hostPort, kOther), CertificatePinStore::Verdict::Changed);
        QCOMPARE(pins.checkAndPin(hostPort, kPemSha256), CertificatePinStore::Verdict::Match);
    }

    void manualPinRefusesBadInputAndAnExistingPin()
    {
        CertificatePinStore pins;
        fill(pins);
        CertificatesDialog dialog(pins);
        dialog.manualHostPort()->setText(QStringLiteral("new.example:50002"));
        dialog.manualFingerprint()->setText(QStringLiteral("abc123"));
        QTest::mouseClick(dialog.manualPinButton(), Qt::LeftButton);
        QVERIFY(!pins.pin(QStringLiteral("new.example:50002")));
        QVERIFY2(dialog.manualNote().contains(QStringLiteral("SHA-256")), qPrintable(dialog.manualNote()));

        dialog.manualHostPort()->setText(QStringLiteral("new.example"));
        dialog.manualFingerprint()->setText(kPemSha256);
        QTest::mouseClick(dialog.manualPinButton(), Qt::LeftButton);
        QVERIFY(!pins.pin(QStringLiteral("new.example")));
        QVERIFY(dialog.manualNote().contains(QStringLiteral("host:port")));

        // A pinned server changes its pin only through Trust or Forget, never silently here.
        dialog.manualHostPort()->setText(kSteady);
        QTest::mouseClick(dialog.manualPinButton(), Qt::LeftButton);
        QCOMPARE(pins.pin(kSteady)->sha256, kOther);
        QVERIFY(dialog.manualNote().contains(QStringLiteral("forget")));
    }

    void pemFileFillsTheFingerprintAndNamesTheCertificate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("server.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPem);
        file.close();
        CertificatePinStore pins;
        CertificatesDialog dialog(pins);
        dialog.useCertificateFile(path);
        QCOMPARE(dialog.manualFingerprint()->text(), kPemSha256);
        QVERIFY2(dialog.manualNote().contains(QStringLiteral("lan.example")), qPrintable(dialog.manualNote()));
        QVERIFY(!CertificatesDialog::fingerprintFromPem("not a certificate").ok());
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

    void windowOpensTheDialogFromTheMenuAndOnAServersPendingPin()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("btcw-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_certificatesdialog"));
        QTemporaryDir dir;
        EngineOptions options;
        options.dataDir = dir.filePath(QStringLiteral("data"));
        options.tor.enabled = false;
        Engine engine(options);
        engine.start();
        ServerEntry entry;
        entry.host = QStringLiteral("changed.example");
        entry.tlsPort = 50002;
        entry.network = QStringLiteral("mainnet");
        entry.source = QStringLiteral("user");
        QVERIFY(engine.directory().add(entry).ok());
        const QString hostPort = entry.address(Transport::Tls).hostPort();
        engine.pins().checkAndPin(kSteady, kOther);
        engine.pins().checkAndPin(hostPort, kOld);
        MainWindow window(engine);

        auto* menuAction = window.findChild<QAction*>(QStringLiteral("certificatesAction"));
        QVERIFY(menuAction);
        menuAction->trigger();
        auto* dialog = window.findChild<CertificatesDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->pinList()->topLevelItemCount(), 2);
        delete dialog;

        // The table's context menu offers the trust only while a new certificate waits.
        const int sourceRow = window.serverModel()->rowForKey(entry.key());
        QVERIFY(sourceRow >= 0);
        const QModelIndex index =
            window.serverProxy()->mapFromSource(window.serverModel()->index(sourceRow, ServerTableModel::HostColumn));
        QVERIFY(index.isValid());
        const auto trustEntry = [&]() -> QAction* {
            window.serverView()->selectRow(index.row());
            emit window.serverView()->customContextMenuRequested(window.serverView()->visualRect(index).center());
            QMenu* menu = nullptr;
            for (QMenu* m : window.findChildren<QMenu*>()) {
                if (m->isVisible())
                    menu = m;
            }
            if (!menu)
                return nullptr;
            for (QAction* action : menu->actions()) {
                if (action->text().contains(QLatin1String("Trust new certificate")))
                    return action;
            }
            return nullptr;
        };
        const auto closeMenus = [&window] {
            for (QMenu* m : window.findChildren<QMenu*>()) {
                if (m->isVisible())
                    m->close();
            }
        };
        QAction* trust = trustEntry();
        QVERIFY(trust);
        QVERIFY(!trust->isEnabled());
        closeMenus();
        QVERIFY(engine.pins().recordPending(hostPort, kNew).ok());
        trust = trustEntry();
        QVERIFY(trust);
        QVERIFY(trust->isEnabled());
        trust->trigger();
        closeMenus();
        dialog = window.findChild<CertificatesDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->selectedHostPort(), hostPort);
        QVERIFY(dialog->trustButton()->isEnabled());
    }
};

QTEST_MAIN(TestCertificatesDialog)
#include "tst_certificatesdialog.moc"
