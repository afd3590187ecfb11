// "Certificates": every pinned server certificate with its history, and the deliberate "trust new certificate".
#pragma once

#include "Result.h"

#include <QDialog>
#include <QString>
#include <functional>

class QLabel;
class QMessageBox;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace btcw {

class CertificatePinStore;
struct CertificatePin;

class CertificatesDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        ServerColumn,
        FingerprintColumn,
        FirstSeenColumn,
        LastSeenColumn,
        ChangesColumn,
        PendingColumn,
        ColumnCount
    };

    // `pins` must outlive the dialog; the list follows its changes.
    explicit CertificatesDialog(CertificatePinStore& pins, QWidget* parent = nullptr);

    // Selects the pin of "host:port" (e.g. the server picked in the window); false if there is none.
    bool selectPin(const QString& hostPort);
    QString selectedHostPort() const;

    // "0123abcd…89ef4567": enough to tell fingerprints apart at a glance; the full value is in tooltips and details.
    static QString shortFingerprint(const QString& sha256);
    // The confirmation text for trusting the pending certificate: both fingerprints in full and what trusting means.
    static QString trustQuestion(const CertificatePin& pin);

    QTreeWidget* pinList() const { return m_list; }
    QPushButton* trustButton() const { return m_trust; }
    QPushButton* forgetButton() const { return m_forget; }
    // The full details of the selected pin (selectable, so fingerprints can be copied).
    QString detailsText() const;
    // The last failure (trusting or forgetting), as shown under the list; empty when none.
    QString errorText() const;
    // The confirmation box currently asking, if any (tests answer it).
    QMessageBox* confirmation() const;

    // The SHA-256 fingerprint (lower-case hex) of the first certificate in `pem`, with its subject and validity in
    // `summary`; an error when there is no certificate.
    static Result<QString> fingerprintFromPem(const QByteArray& pem, QString* summary = nullptr);
    QLineEdit* manualHostPort() const { return m_manualHostPort; }
    QLineEdit* manualFingerprint() const { return m_manualFingerprint; }
    QPushButton* manualPinButton() const { return m_manualPin; }
    // What the last manual pin (or PEM file) said; empty before.
    QString manualNote() const;

public slots:
    // Trust before first use: pins the typed fingerprint for the typed host:port (Sparrow's way). A server with a
    // pin already is refused here: its pin changes only through "Trust new certificate" or "Forget pin".
    void pinManually();
    // Fills the fingerprint from a PEM file (the server's certificate, as an operator exports it).
    void useCertificateFile(const QString& path);
    // Ask, then trust the selected pin's pending certificate (only that exact fingerprint).
    void trustSelected();
    // Ask, then forget the selected pin (the next connection pins again on first use).
    void forgetSelected();

private:
    void reload();
    void updateSelection();
    void copyFingerprint();
    void showError(const QString& text);
    // Opens a window-modal question; `onYes` runs if the user picks `yesText`.
    void confirm(const QString& title, const QString& text, const QString& yesText, std::function<void()> onYes);

    CertificatePinStore& m_pins;
    QTreeWidget* m_list = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_trust = nullptr;
    QPushButton* m_forget = nullptr;
    QMessageBox* m_confirmation = nullptr;
    QLineEdit* m_manualHostPort = nullptr;
    QLineEdit* m_manualFingerprint = nullptr;
    QPushButton* m_manualPin = nullptr;
    QPushButton* m_manualFile = nullptr;
    QLabel* m_manualNote = nullptr;
};

} // namespace btcw
