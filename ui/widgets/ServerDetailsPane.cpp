#include "widgets/ServerDetailsPane.h"

#include "electrum/SessionPool.h"
#include "models/ServerTableModel.h"
#include "net/CertificatePinStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace btcw {

ServerDetailsPane::ServerDetailsPane(SessionPool& pool, CertificatePinStore& pins, QWidget* parent)
    : QWidget(parent), m_pool(pool), m_pins(pins)
{
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_fetch = new QPushButton(tr("&Fetch features and banner"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_fetch);
    connect(m_fetch, &QPushButton::clicked, this, &ServerDetailsPane::fetchDetails);
    connect(&m_pins, &CertificatePinStore::changed, this, [this] { render(); });
    render();
}

void ServerDetailsPane::showServer(const std::optional<ServerEntry>& entry, const ServerStatus& status)
{
    const bool sameServer = entry && m_entry && entry->key() == m_entry->key();
    if (!sameServer) {
        ++m_generation; // an answer for the previous server must not land here
        m_banner.clear();
        m_fetchError.clear();
        m_fetching = false;
    }
    m_entry = entry;
    m_status = status;
    render();
}

QString ServerDetailsPane::plainText() const
{
    return m_text->toPlainText();
}

static QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td valign=top><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
}

void ServerDetailsPane::render()
{
    m_fetch->setEnabled(m_entry.has_value() && !m_fetching);
    if (!m_entry) {
        m_text->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a server to see its details.").toHtmlEscaped()));
        return;
    }
    const ServerEntry& e = *m_entry;
    const ServerStatus& s = m_status;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(e.host.toHtmlEscaped());
    html += row(tr("Kind"), ServerTableModel::kindText(e.kind).toHtmlEscaped());
    html += row(tr("Network"), e.network.toHtmlEscaped());
    QStringList ports;
    if (e.tlsPort)
        ports << tr("TLS %1").arg(*e.tlsPort);
    if (e.tcpPort)
        ports << tr("TCP %1").arg(*e.tcpPort);
    html += row(tr("Ports"), ports.join(QStringLiteral(", ")).toHtmlEscaped());
    html += row(tr("Source"), e.source.toHtmlEscaped());
    html += row(tr("Status"), ServerTableModel::stateText(s).toHtmlEscaped());
    if (s.state == ServerState::Down && !s.reason.isEmpty())
        html += row(tr("Last error"), s.reason.toHtmlEscaped());
    if (s.height >= 0)
        html += row(tr("Tip height"), QLocale().toString(s.height));
    if (s.latencyMs >= 0)
        html += row(tr("Latency"), tr("%1 ms").arg(s.latencyMs));
    if (!s.protocol.isEmpty())
        html += row(tr("Negotiated protocol"), s.protocol.toHtmlEscaped());
    else if (!e.version.isEmpty())
        html += row(tr("Listed protocol"), e.version.toHtmlEscaped());
    if (!s.serverSoftware.isEmpty())
        html += row(tr("Software"), s.serverSoftware.toHtmlEscaped());

    // Certificate: what the server presented last, and what we pinned.
    if (e.tlsPort) {
        const auto pin = m_pins.pin(e.address(Transport::Tls).hostPort());
        if (pin) {
            html += row(tr("Certificate SHA-256"), QStringLiteral("<code>%1</code>").arg(pin->sha256.toHtmlEscaped()));
            html += row(tr("Pinned since"),
                        QLocale().toString(pin->firstSeen.toLocalTime(), QLocale::LongFormat).toHtmlEscaped());
            if (pin->changes > 0)
                html += row(tr("Re-trusted"), tr("%n time(s)", nullptr, pin->changes));
        } else if (!s.certificateSha256.isEmpty()) {
            html += row(tr("Certificate SHA-256"),
                        QStringLiteral("<code>%1</code>").arg(s.certificateSha256.toHtmlEscaped()));
        } else {
            html += row(tr("Certificate"), tr("not seen yet").toHtmlEscaped());
        }
    }
    html += QStringLiteral("</table>");

    if (!s.features.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><pre style=\"white-space: pre-wrap\">%2</pre>")
                    .arg(tr("Features").toHtmlEscaped(),
                         QString::fromUtf8(QJsonDocument(s.features).toJson(QJsonDocument::Indented)).toHtmlEscaped());
    }
    if (!m_banner.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><pre style=\"white-space: pre-wrap\">%2</pre>")
                    .arg(tr("Banner").toHtmlEscaped(), m_banner.toHtmlEscaped());
    }
    if (m_fetching)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Fetching features and banner…").toHtmlEscaped());
    if (!m_fetchError.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m_fetchError.toHtmlEscaped());
    m_text->setHtml(html);
}

void ServerDetailsPane::fetchDetails()
{
    if (!m_entry || m_fetching)
        return;
    const ServerAddress address = m_entry->preferredAddress();
    if (!address.isValid()) {
        m_fetchError = tr("The server has neither a TCP nor a TLS port.");
        render();
        return;
    }
    m_fetching = true;
    m_fetchError.clear();
    render();
    const quint64 generation = ++m_generation;
    const QString key = m_entry->key();
    m_pool.call(address, QStringLiteral("server.features"), {}, this,
                [this, generation, key, address](Result<CallResult> features) {
                    if (generation != m_generation)
                        return;
                    ServerStatus status = m_status;
                    if (!features.ok()) {
                        m_fetching = false;
                        m_fetchError = tr("Could not fetch the details: %1").arg(features.error().message);
                        status.state = ServerState::Down;
                        status.reason = features.error().message;
                        status.lastChecked = QDateTime::currentDateTimeUtc();
                        m_status = status;
                        render();
                        emit statusLearned(key, status);
                        return;
                    }
                    status.features = features->result.toObject();
                    status.protocol = features->protocol;
                    status.serverSoftware = features->serverSoftware;
                    if (!features->certificateSha256.isEmpty())
                        status.certificateSha256 = features->certificateSha256;
                    m_status = status;
                    emit statusLearned(key, status);
                    m_pool.call(address, QStringLiteral("server.banner"), {}, this,
                                [this, generation](Result<CallResult> banner) {
                                    if (generation != m_generation)
                                        return;
                                    m_fetching = false;
                                    if (banner.ok())
                                        m_banner = banner->result.toString();
                                    else
                                        m_fetchError = tr("No banner: %1").arg(banner.error().message);
                                    render();
                                });
                });
}

} // namespace btcw
