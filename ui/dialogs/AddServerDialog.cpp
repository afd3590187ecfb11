#include "dialogs/AddServerDialog.h"

#include "health/HealthReport.h"
#include "models/EngineText.h"

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
    m_test = m_buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setToolTip(tr("Runs the staged health check on this address without adding it"));
    m_test->hide();
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Server:"), m_address);
    form->addRow(QString(), new QLabel(tr("host:port:s for TLS, host:port:t for plain TCP; "
                                          "IPv6 in brackets, .onion needs Tor."),
                                       this));
    form->addRow(tr("&Network:"), m_network);
    form->addRow(QString(), m_message);
    form->addRow(QString(), m_testResult);
    form->addRow(m_buttons);

    connect(m_address, &QLineEdit::textChanged, this, &AddServerDialog::validate);
    connect(m_network, &QComboBox::currentTextChanged, this, &AddServerDialog::validate);
    connect(m_test, &QPushButton::clicked, this, &AddServerDialog::testConnection);
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

void AddServerDialog::setConnectionTest(ConnectionTest test)
{
    m_connectionTest = std::move(test);
    m_test->setVisible(bool(m_connectionTest));
    validate();
}

QString AddServerDialog::testResult() const
{
    return m_testResult->text();
}

void AddServerDialog::testConnection()
{
    const auto entry = entryFromText(m_address->text(), m_network->currentText());
    if (!entry.ok() || !m_connectionTest)
        return;
    const quint64 generation = ++m_testGeneration;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing %1…").arg(entry->preferredAddress().toString()));
    m_testResult->show();
    m_connectionTest(*entry, this, [this, generation](Result<HealthReport> report) {
        if (generation != m_testGeneration)
            return; // the address changed while the check ran
        showTestResult(report);
        validate();
    });
}

void AddServerDialog::showTestResult(const Result<HealthReport>& report)
{
    if (!report.ok()) {
        m_testResult->setText(tr("Not checked: %1").arg(EngineText::error(report.error())));
        return;
    }
    const HealthReport& r = *report;
    QStringList lines;
    if (r.ok) {
        lines << tr("Reachable: every stage passed in %1 ms.").arg(r.totalMs);
    } else {
        lines << tr("Failed at %1: %2").arg(EngineText::stageName(r.failedStage), EngineText::failure(r));
    }
    for (const StageReport& st : r.stages) {
        const QString mark = st.ok ? QStringLiteral("\u2713") : QStringLiteral("\u2717");
        const QString ms = st.ms >= 0 ? tr("%1 ms").arg(st.ms) : QString();
        QString text = mark + QLatin1Char(' ') + EngineText::stageName(st.name);
        if (!ms.isEmpty())
            text += QStringLiteral(" (%1)").arg(ms);
        if (const QString message = EngineText::stageMessage(st, r); !message.isEmpty())
            text += QStringLiteral(": ") + message;
        lines << text;
    }
    m_testResult->setText(lines.join(QLatin1Char('\n')));
}

void AddServerDialog::validate()
{
    const auto entry = entryFromText(m_address->text(), m_network->currentText());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(entry.ok());
    if (sender() == m_address || sender() == m_network) {
        ++m_testGeneration; // what was tested is no longer what is typed
        m_testResult->hide();
        m_testResult->clear();
    }
    m_test->setEnabled(entry.ok() && m_connectionTest);
    if (!entry.ok()) {
        m_message->setText(EngineText::wording(entry.error()));
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
