#include "dialogs/CertificatesDialog.h"

#include "Tones.h"
#include "net/CertificatePinStore.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSslCertificate>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace btcw {

namespace {

constexpr int kHostPortRole = Qt::UserRole;

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

CertificatesDialog::CertificatesDialog(CertificatePinStore& pins, QWidget* parent) : QDialog(parent), m_pins(pins)
{
    setWindowTitle(tr("Certificates"));

    auto* intro = new QLabel(
        tr("Servers with self-signed certificates are trusted on first use: their certificate is pinned, and a "
           "different one later is refused until you trust it here."),
        this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Server"), tr("Fingerprint (SHA-256)"), tr("Pinned since"), tr("Last seen"),
                             tr("Changes"), tr("New certificate")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ServerColumn, Qt::AscendingOrder);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_details = new QTextBrowser(this);
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(120);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tones::markAsError(m_error);
    m_error->hide();

    m_trust = new QPushButton(style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("&Trust new certificate…"), this);
    m_trust->setToolTip(tr("Pin the certificate the server presented instead of the pinned one"));
    m_forget = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Forget pin…"), this);
    m_forget->setToolTip(tr("Remove the pin; the next connection trusts and pins whatever the server presents"));
    // Trust before first use: a fingerprint the operator got from the server's owner, or the certificate file.
    auto* manual = new QGroupBox(tr("Pin before first use"), this);
    m_manualHostPort = new QLineEdit(manual);
    m_manualHostPort->setObjectName(QStringLiteral("manualHostPort"));
    m_manualHostPort->setPlaceholderText(tr("host:port"));
    m_manualFingerprint = new QLineEdit(manual);
    m_manualFingerprint->setObjectName(QStringLiteral("manualFingerprint"));
    m_manualFingerprint->setPlaceholderText(tr("SHA-256 fingerprint, e.g. AB:CD:… or abcd…"));
    m_manualFile = new QPushButton(tr("From PEM fi&le…"), manual);
    m_manualPin = new QPushButton(tr("&Pin"), manual);
    m_manualPin->setObjectName(QStringLiteral("manualPin"));
    m_manualNote = new QLabel(manual);
    m_manualNote->setWordWrap(true);
    m_manualNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_manualNote->hide();
    auto* manualRow = new QHBoxLayout;
    manualRow->addWidget(m_manualHostPort, 1);
    manualRow->addWidget(m_manualFingerprint, 3);
    manualRow->addWidget(m_manualFile);
    manualRow->addWidget(m_manualPin);
    auto* manualLayout = new QVBoxLayout(manual);
    manualLayout->addLayout(manualRow);
    manualLayout->addWidget(m_manualNote);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_trust);
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_error);
    layout->addWidget(manual);
    layout->addLayout(buttons);
    resize(900, 520);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_trust, &QPushButton::clicked, this, &CertificatesDialog::trustSelected);
    connect(m_forget, &QPushButton::clicked, this, &CertificatesDialog::forgetSelected);
    connect(m_manualPin, &QPushButton::clicked, this, &CertificatesDialog::pinManually);
    connect(m_manualFile, &QPushButton::clicked, this, [this] {
        // open(), not exec(): no nested event loop.
        auto* chooser = new QFileDialog(this, tr("Server certificate"), QString(),
                                        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        connect(chooser, &QFileDialog::fileSelected, this, &CertificatesDialog::useCertificateFile);
        chooser->open();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CertificatesDialog::updateSelection);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!m_list->itemAt(pos))
            return;
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("&Copy fingerprint"), this, &CertificatesDialog::copyFingerprint);
        menu->addAction(m_trust->icon(), m_trust->text(), this, &CertificatesDialog::trustSelected)
            ->setEnabled(m_trust->isEnabled());
        menu->addAction(m_forget->icon(), m_forget->text(), this, &CertificatesDialog::forgetSelected);
        menu->popup(m_list->viewport()->mapToGlobal(pos));
    });
    connect(&m_pins, &CertificatePinStore::changed, this, &CertificatesDialog::reload);
    connect(&m_pins, &CertificatePinStore::saveFailed, this, [this](const Error& error) {
        showError(
            tr("The pins could not be saved (they stay in effect until btc-worker quits): %1").arg(error.toString()));
    });
    reload();
}

Result<QString> CertificatesDialog::fingerprintFromPem(const QByteArray& pem, QString* summary)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull())
        return Error::make(ErrorKind::InvalidArgument, tr("The file holds no PEM certificate."));
    const QSslCertificate& certificate = certificates.first();
    if (summary) {
        *summary = tr("%1, valid from %2 until %3")
                       .arg(certificate.subjectDisplayName(), timeText(certificate.effectiveDate()),
                            timeText(certificate.expiryDate()));
    }
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString CertificatesDialog::manualNote() const
{
    return m_manualNote->isHidden() ? QString() : m_manualNote->text();
}

void CertificatesDialog::useCertificateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_manualNote->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_manualNote->show();
        return;
    }
    QString summary;
    const Result<QString> fingerprint = fingerprintFromPem(file.read(1 << 20), &summary);
    if (!fingerprint.ok()) {
        m_manualNote->setText(fingerprint.error().message);
    } else {
        m_manualFingerprint->setText(*fingerprint);
        m_manualNote->setText(tr("Certificate of %1").arg(summary));
    }
    m_manualNote->show();
}

void CertificatesDialog::pinManually()
{
    const QString hostPort = m_manualHostPort->text().trimmed();
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? QStringView(hostPort).mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port == 0 || port > 65535) {
        m_manualNote->setText(
            tr("Enter the server as host:port, the TLS port it serves, e.g. electrum.example.org:50002."));
        m_manualNote->show();
        return;
    }
    // Fingerprints arrive as "AB:CD:…", "ab cd …" or "SHA256 Fingerprint=…": keep the hex digits only.
    QString fingerprint = m_manualFingerprint->text().trimmed();
    if (const qsizetype equals = fingerprint.indexOf(QLatin1Char('=')); equals >= 0)
        fingerprint = fingerprint.mid(equals + 1);
    fingerprint.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    if (const auto existing = m_pins.pin(hostPort)) {
        m_manualNote->setText(
            existing->sha256 == fingerprint.toLower()
                ? tr("%1 is already pinned to this certificate.").arg(hostPort)
                : tr("%1 is already pinned to another certificate: forget that pin first.").arg(hostPort));
        m_manualNote->show();
        return;
    }
    if (Status status = m_pins.trust(hostPort, fingerprint); !status.ok()) {
        m_manualNote->setText(status.error().message);
        m_manualNote->show();
        return;
    }
    m_manualNote->setText(tr("Pinned: %1 must present this certificate from its first connection on.").arg(hostPort));
    m_manualNote->show();
    m_manualFingerprint->clear();
    selectPin(hostPort);
}

QString CertificatesDialog::shortFingerprint(const QString& sha256)
{
    if (sha256.size() <= 20)
        return sha256;
    return sha256.left(8) + QStringLiteral("…") + sha256.right(8);
}

QString CertificatesDialog::trustQuestion(const CertificatePin& pin)
{
    return tr("Trust the new certificate of %1?\n\n"
              "Pinned certificate, since %2 (SHA-256):\n%3\n\n"
              "New certificate, presented %4 (SHA-256):\n%5\n\n"
              "Trusting replaces the pin: btc-worker will then accept only the new certificate from this server and "
              "refuse the old one. Do this only if you expected the change, for example because the server's "
              "operator announced a new certificate. An unexpected change can mean that someone is intercepting "
              "the connection.")
        .arg(pin.hostPort, timeText(pin.firstSeen), pin.sha256, timeText(pin.pendingSeen), pin.pendingSha256);
}

void CertificatesDialog::reload()
{
    const QString selected = selectedHostPort();
    const QSignalBlocker block(m_list);
    m_list->setSortingEnabled(false);
    m_list->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const CertificatePin& pin : m_pins.pins()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(ServerColumn, kHostPortRole, pin.hostPort);
        item->setText(ServerColumn, pin.hostPort);
        item->setText(FingerprintColumn, shortFingerprint(pin.sha256));
        item->setToolTip(FingerprintColumn, pin.sha256);
        item->setText(FirstSeenColumn, timeText(pin.firstSeen));
        item->setText(LastSeenColumn, timeText(pin.lastSeen));
        item->setData(ChangesColumn, Qt::DisplayRole, pin.changes);
        if (pin.hasPending()) {
            item->setText(PendingColumn, tr("%1, refused").arg(shortFingerprint(pin.pendingSha256)));
            item->setToolTip(PendingColumn, tr("The server presented a different certificate (SHA-256 %1) on %2; "
                                               "connections are refused until you trust it or it goes back.")
                                                .arg(pin.pendingSha256, timeText(pin.pendingSeen)));
            item->setIcon(ServerColumn, warning);
            item->setIcon(PendingColumn, warning);
            for (int column = 0; column < ColumnCount; ++column)
                item->setBackground(column, tones::warningBackground(palette()));
        }
        if (pin.hostPort == selected)
            item->setSelected(true);
    }
    m_list->setSortingEnabled(true);
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0) {
        // Point at what needs attention first.
        QTreeWidgetItem* first = m_list->topLevelItem(0);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            if (!m_list->topLevelItem(i)->text(PendingColumn).isEmpty()) {
                first = m_list->topLevelItem(i);
                break;
            }
        }
        first->setSelected(true);
    }
    updateSelection();
}

bool CertificatesDialog::selectPin(const QString& hostPort)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(ServerColumn, kHostPortRole).toString() == hostPort) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            m_list->scrollToItem(item);
            return true;
        }
    }
    return false;
}

QString CertificatesDialog::selectedHostPort() const
{
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(ServerColumn, kHostPortRole).toString();
}

void CertificatesDialog::updateSelection()
{
    const auto pin = m_pins.pin(selectedHostPort());
    m_trust->setEnabled(pin && pin->hasPending());
    m_forget->setEnabled(pin.has_value());
    if (!pin) {
        m_details->setPlainText(m_pins.pins().isEmpty()
                                    ? tr("No certificate is pinned yet: pins are made on the first TLS connection.")
                                    : QString());
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(pin->hostPort.toHtmlEscaped());
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td>%1&nbsp;</td><td><code>%2</code></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<table>");
    html += row(tr("Pinned (SHA-256):"), pin->sha256);
    html += row(tr("Pinned since:"), timeText(pin->firstSeen));
    html += row(tr("Last seen:"), timeText(pin->lastSeen));
    if (pin->hasPending()) {
        html += row(tr("New, refused (SHA-256):"), pin->pendingSha256);
        html += row(tr("Presented:"), timeText(pin->pendingSeen));
    }
    html += QStringLiteral("</table>");
    if (pin->hasPending()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("The server presented a different certificate. Connections to it are refused until you "
                            "trust the new one.")
                             .toHtmlEscaped());
    }
    if (!pin->history.isEmpty()) {
        html +=
            QStringLiteral("<p>%1</p><table>").arg(tr("Replaced certificates (%n change(s)):", nullptr, pin->changes));
        for (const ReplacedCertificate& old : pin->history)
            html += row(tr("%1 – %2:").arg(timeText(old.firstSeen), timeText(old.replacedAt)), old.sha256);
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

QString CertificatesDialog::detailsText() const
{
    return m_details->toPlainText();
}

QString CertificatesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QMessageBox* CertificatesDialog::confirmation() const
{
    return m_confirmation;
}

void CertificatesDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void CertificatesDialog::copyFingerprint()
{
    if (const auto pin = m_pins.pin(selectedHostPort()))
        QApplication::clipboard()->setText(pin->sha256);
}

void CertificatesDialog::confirm(const QString& title, const QString& text, const QString& yesText,
                                 std::function<void()> onYes)
{
    if (m_confirmation)
        return; // one question at a time
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    QPushButton* yes = box->addButton(yesText, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel); // Enter alone must not trust anything
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, yes, onYes = std::move(onYes)] {
        m_confirmation = nullptr;
        if (box->clickedButton() == yes)
            onYes();
    });
    box->open();
}

void CertificatesDialog::trustSelected()
{
    const auto pin = m_pins.pin(selectedHostPort());
    if (!pin || !pin->hasPending())
        return;
    // The exact fingerprint the user was shown is what gets trusted; if another one arrives meanwhile, it fails.
    const QString hostPort = pin->hostPort;
    const QString shown = pin->pendingSha256;
    confirm(tr("Trust new certificate"), trustQuestion(*pin), tr("&Trust new certificate"), [this, hostPort, shown] {
        const Status status = m_pins.trustPending(hostPort, shown);
        if (!status.ok()) {
            showError(tr("Could not trust the new certificate of %1: %2").arg(hostPort, status.error().toString()));
            return;
        }
        showError({});
        selectPin(hostPort);
    });
}

void CertificatesDialog::forgetSelected()
{
    const auto pin = m_pins.pin(selectedHostPort());
    if (!pin)
        return;
    const QString hostPort = pin->hostPort;
    confirm(tr("Forget pin"),
            tr("Forget the pinned certificate of %1 (SHA-256 %2)?\n\nThe next connection will trust whatever "
               "certificate the server presents and pin it again, without asking.")
                .arg(hostPort, pin->sha256),
            tr("&Forget pin"), [this, hostPort] {
                const Status status = m_pins.forget(hostPort);
                if (!status.ok()) {
                    showError(tr("Could not forget the pin of %1: %2").arg(hostPort, status.error().toString()));
                    return;
                }
                showError({});
            });
}

} // namespace btcw
