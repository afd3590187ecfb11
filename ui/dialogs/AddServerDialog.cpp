#include "dialogs/AddServerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace btcw {

AddServerDialog::AddServerDialog(const QStringList& networks, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Add server"));
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("electrum.example.org:50002:s"));
    m_address->setMinimumWidth(m_address->fontMetrics().averageCharWidth() * 48);
    m_network = new QComboBox(this);
    QStringList choices = networks;
    for (const QString& known : {QStringLiteral("mainnet"), QStringLiteral("testnet"), QStringLiteral("testnet4"),
                                 QStringLiteral("signet"), QStringLiteral("regtest")}) {
        if (!choices.contains(known))
            choices.append(known);
    }
    m_network->addItems(choices);
    m_network->setCurrentText(QStringLiteral("mainnet"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Server:"), m_address);
    form->addRow(QString(), new QLabel(tr("host:port:s for TLS, host:port:t for plain TCP; "
                                          "IPv6 in brackets, .onion needs Tor."),
                                       this));
    form->addRow(tr("&Network:"), m_network);
    form->addRow(QString(), m_message);
    form->addRow(m_buttons);

    connect(m_address, &QLineEdit::textChanged, this, &AddServerDialog::validate);
    connect(m_network, &QComboBox::currentTextChanged, this, &AddServerDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Result<ServerEntry> AddServerDialog::entryFromText(const QString& text, const QString& network)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error::make(ErrorKind::InvalidArgument,
                           tr("Enter the server as host:port:s (TLS) or host:port:t (TCP)."));
    }
    const auto address = ServerAddress::parse(trimmed);
    if (!address.ok())
        return address.error();
    ServerEntry entry;
    entry.host = address->host();
    entry.kind = address->hostKind();
    if (address->isTls())
        entry.tlsPort = address->port();
    else
        entry.tcpPort = address->port();
    entry.network = network.isEmpty() ? QStringLiteral("mainnet") : network;
    entry.version = QString();
    entry.source = QStringLiteral("user");
    return entry;
}

void AddServerDialog::setText(const QString& text)
{
    m_address->setText(text);
}

void AddServerDialog::setNetwork(const QString& network)
{
    m_network->setCurrentText(network);
}

bool AddServerDialog::isInputValid() const
{
    return entryFromText(m_address->text(), m_network->currentText()).ok();
}

QString AddServerDialog::validationMessage() const
{
    return m_message->text();
}

ServerEntry AddServerDialog::entry() const
{
    return entryFromText(m_address->text(), m_network->currentText()).valueOr(ServerEntry{});
}

void AddServerDialog::validate()
{
    const auto entry = entryFromText(m_address->text(), m_network->currentText());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(entry.ok());
    if (!entry.ok()) {
        m_message->setText(entry.error().message);
        return;
    }
    const bool tls = entry->tlsPort.has_value();
    QString text = tls ? tr("Adds %1 with TLS port %2 to %3.").arg(entry->host).arg(*entry->tlsPort).arg(entry->network)
                       : tr("Adds %1 with TCP port %2 to %3 (not encrypted).")
                             .arg(entry->host)
                             .arg(*entry->tcpPort)
                             .arg(entry->network);
    if (entry->kind == HostKind::Onion)
        text += QLatin1Char(' ') + tr("Connections go through Tor.");
    m_message->setText(text);
}

} // namespace btcw
