#include "widgets/ServerDetailsPane.h"

#include "models/EngineText.h"
#include "models/ServerTableModel.h"
#include "net/CertificatePinStore.h"
#include "query/QueryService.h"
#include "query/ServerResolver.h"
#include "widgets/HealthHistoryChart.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace btcw {

ServerDetailsPane::ServerDetailsPane(QueryService& queries, CertificatePinStore& pins, QWidget* parent)
    : QWidget(parent), m_queries(queries), m_pins(pins)
{
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_chart = new HealthHistoryChart(this);
    m_arrivalChart = new HealthHistoryChart(this, HealthHistoryChart::Measure::ArrivalLag);
    m_arrivalChart->setObjectName(QStringLiteral("arrivalChart"));
    m_arrivalChart->setVisible(false);
    m_lastBlock = new QLabel(this);
    m_lastBlock->setObjectName(QStringLiteral("lastBlockSeen"));
    m_lastBlock->setVisible(false);
    m_lastBlockTimer = new QTimer(this);
    m_lastBlockTimer->setInterval(1000);
    connect(m_lastBlockTimer, &QTimer::timeout, this, &ServerDetailsPane::updateLastBlock);
    m_fetch = new QPushButton(tr("Fetch features and &banner"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lastBlock);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_chart);
    layout->addWidget(m_arrivalChart);
    layout->addWidget(m_fetch);
    m_resolve = new QPushButton(tr("Resolve &addresses and twins"), this);
    m_resolve->setVisible(false);
    layout->addWidget(m_resolve);
    connect(m_fetch, &QPushButton::clicked, this, &ServerDetailsPane::fetchDetails);
    connect(m_resolve, &QPushButton::clicked, this, &ServerDetailsPane::resolveAddresses);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("add-twin"))
            addTwin(url.path());
    });
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
        m_report.reset();
        m_history.clear();
        m_announcedBy.clear();
        m_chart->setRecords({});
        m_arrivalChart->setRecords({});
        m_resolved = {};
        m_resolveError.clear();
        m_resolving = false;
    }
    m_entry = entry;
    m_status = status;
    render();
    updateLastBlock();
}

void ServerDetailsPane::updateLastBlock()
{
    const QDateTime seen = m_entry ? m_status.lastBlockSeen : QDateTime();
    if (!seen.isValid()) {
        m_lastBlock->setVisible(false);
        m_lastBlockTimer->stop();
        return;
    }
    const qint64 seconds = std::max<qint64>(0, seen.secsTo(now()));
    m_lastBlock->setText(tr("Last block seen %n s ago (height %1)", nullptr, int(std::min<qint64>(seconds, INT_MAX)))
                             .arg(QLocale().toString(m_status.height)));
    m_lastBlock->setVisible(true);
    if (!m_lastBlockTimer->isActive())
        m_lastBlockTimer->start();
}

void ServerDetailsPane::setHealth(const std::optional<HealthReport>& latest, const QList<HealthRecord>& history,
                                  const QList<PeerProvenance>& announcedBy)
{
    m_report = latest;
    m_history = history;
    m_announcedBy = announcedBy;
    m_chart->setRecords(history);
    render();
}

void ServerDetailsPane::setArrivalRecords(const QList<HealthRecord>& records)
{
    m_arrivalChart->setRecords(records);
    m_arrivalChart->setVisible(m_entry.has_value() && !records.isEmpty());
}

void ServerDetailsPane::setIdentities(ServerResolver* resolver, const ServerIdentities* identities)
{
    m_resolver = resolver;
    m_identities = identities;
    m_resolve->setVisible(resolver != nullptr);
    render();
}

void ServerDetailsPane::resolveAddresses()
{
    if (!m_entry || !m_resolver || m_resolving)
        return;
    const ServerAddress address = m_entry->preferredAddress();
    if (!address.isValid())
        return;
    m_resolving = true;
    m_resolveError.clear();
    render();
    const quint64 generation = m_generation;
    ResolveRequest request;
    request.server = address;
    request.allowPrivateTarget = true; // a server the user added or picked
    m_resolver->resolve(request, this, [this, generation](Result<QJsonObject> answer) {
        if (generation != m_generation)
            return;
        m_resolving = false;
        if (answer.ok())
            m_resolved = answer.value();
        else
            m_resolveError = tr("Could not resolve the addresses: %1").arg(answer.error().message);
        render();
    });
}

void ServerDetailsPane::addTwin(const QString& host)
{
    if (!m_entry || !m_identities)
        return;
    for (const TwinLink& link : m_identities->twinsOf(m_entry->host)) {
        if (link.twin.host != host || (!link.twin.tcpPort && !link.twin.tlsPort))
            continue;
        ServerEntry entry;
        entry.host = link.twin.host;
        entry.kind = link.twin.kind;
        entry.tcpPort = link.twin.tcpPort;
        entry.tlsPort = link.twin.tlsPort;
        entry.network = m_entry->network;
        entry.version = m_entry->version;
        entry.source = QStringLiteral("user");
        emit twinAddRequested(entry);
        return;
    }
}

QString ServerDetailsPane::plainText() const
{
    return m_text->toPlainText();
}

void ServerDetailsPane::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    m_chart->setClock(m_now);
    m_arrivalChart->setClock(m_now);
    render();
}

QDateTime ServerDetailsPane::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

static QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td valign=top><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
}

void ServerDetailsPane::render()
{
    m_fetch->setEnabled(m_entry.has_value() && !m_fetching);
    m_resolve->setEnabled(m_entry.has_value() && !m_resolving);
    m_chart->setVisible(m_entry.has_value());
    m_arrivalChart->setVisible(m_entry.has_value() && !m_arrivalChart->records().isEmpty());
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
    html += row(tr("Source"), ServerTableModel::sourceText(e.source).toHtmlEscaped());
    const QString state = ServerTableModel::stateText(s);
    html += row(tr("Status"), state.toHtmlEscaped());
    // A staged check's status already is its verdict; a reason that says more gets its own row.
    if (const QString reason = EngineText::reason(s);
        s.state == ServerState::Down && !reason.isEmpty() && reason != state)
        html += row(tr("Last error"), reason.toHtmlEscaped());
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
    html += addressesHtml();
    html += healthHtml();

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

static QString twinStateText(TwinState state)
{
    switch (state) {
    case TwinState::Announced:
        return ServerDetailsPane::tr("announced, not checked yet");
    case TwinState::Confirmed:
        return ServerDetailsPane::tr("confirmed");
    case TwinState::Unconfirmed:
        return ServerDetailsPane::tr("unconfirmed");
    case TwinState::Conflicting:
        return ServerDetailsPane::tr("conflicting: another server");
    }
    return {};
}

QString ServerDetailsPane::addressesHtml() const
{
    if (!m_identities || !m_entry)
        return {};
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Addresses").toHtmlEscaped());
    const QJsonObject addresses = m_resolved.value(QLatin1String("addresses")).toObject();
    const QString lookup = addresses.value(QLatin1String("lookup")).toString();
    QStringList records;
    for (const QJsonValue& record : addresses.value(QLatin1String("records")).toArray()) {
        const QJsonObject r = record.toObject();
        const QJsonValue ttl = r.value(QLatin1String("ttl"));
        records << (ttl.isDouble()
                        ? tr("%1 (TTL %2 s)").arg(r.value(QLatin1String("address")).toString()).arg(ttl.toInt())
                        : r.value(QLatin1String("address")).toString());
    }
    if (!records.isEmpty())
        html += QStringLiteral("<p style=\"margin:0\">%1 %2</p>")
                    .arg(tr("Resolved:").toHtmlEscaped(), records.join(QStringLiteral(", ")).toHtmlEscaped());
    else if (lookup == QLatin1String("tor") || lookup == QLatin1String("none"))
        html += QStringLiteral("<p style=\"margin:0\">%1</p>")
                    .arg(addresses.value(QLatin1String("note")).toString().toHtmlEscaped());
    const QList<TwinLink> twins = m_identities->twinsOf(m_entry->host);
    if (twins.isEmpty() && m_resolved.isEmpty() && !m_resolving)
        html +=
            QStringLiteral("<p style=\"margin:0\">%1</p>")
                .arg(tr("No twins known yet: resolve the addresses to see the hosts it announces.").toHtmlEscaped());
    for (const TwinLink& link : twins) {
        QString text = tr("%1 (%2): %3")
                           .arg(link.twin.host, ServerTableModel::kindText(link.twin.kind), twinStateText(link.state));
        if (!link.reason.isEmpty() && link.state != TwinState::Confirmed)
            text += QStringLiteral(" — ") + link.reason;
        QString item = text.toHtmlEscaped();
        if (link.state != TwinState::Conflicting && (link.twin.tcpPort || link.twin.tlsPort))
            item += QStringLiteral(" <a href=\"add-twin:%1\">%2</a>")
                        .arg(link.twin.host.toHtmlEscaped(), tr("add to my servers").toHtmlEscaped());
        html += QStringLiteral("<p style=\"margin:0\">%1</p>").arg(item);
    }
    if (m_resolving)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Resolving addresses and checking twins…").toHtmlEscaped());
    if (!m_resolveError.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m_resolveError.toHtmlEscaped());
    return html;
}

QString ServerDetailsPane::stageLabel(const QString& name)
{
    return EngineText::stageName(name);
}

static QString dateText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

static QString line(const QString& text)
{
    return QStringLiteral("<p style=\"margin:0\">%1</p>").arg(text.toHtmlEscaped());
}

QString ServerDetailsPane::healthHtml() const
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Health check").toHtmlEscaped());
    // After a restart the registry is empty but the history on disk is not: show its newest record rather than
    // "not checked" beside "up, checks: 3".
    const HealthRecord* last = nullptr;
    for (const HealthRecord& record : m_history) {
        if (record.checkedAt.isValid() && record.checkedAt <= now() && (!last || record.checkedAt > last->checkedAt))
            last = &record;
    }
    if (!m_report && last) {
        if (last->ok) {
            html += line(last->latencyMs >= 0 ? tr("Last check: healthy, %1 ms").arg(last->latencyMs)
                                              : tr("Last check: healthy"));
        } else {
            html +=
                line(tr("Last check: failed at %1: %2").arg(stageLabel(last->failedStage), EngineText::failure(*last)));
        }
        html += line(tr("Checked %1").arg(dateText(last->checkedAt)));
        html += line(tr("The stages of checks before this start are not kept; check again to see them."));
    } else if (!m_report) {
        html += line(tr("Not checked yet."));
    } else {
        const HealthReport& r = *m_report;
        if (r.ok) {
            html += line(tr("Healthy: every stage passed in %1 ms.").arg(r.totalMs));
        } else {
            html += line(tr("Failed at %1: %2").arg(stageLabel(r.failedStage), EngineText::failure(r)));
        }
        if (r.checkedAt.isValid())
            html += line(tr("Checked %1").arg(dateText(r.checkedAt)));
        // One line per stage, so the text reads (and copies) the same with or without the table layout.
        for (const StageReport& st : r.stages) {
            const QString mark = st.ok ? QStringLiteral("\u2713") : QStringLiteral("\u2717");
            const QString ms = st.ms >= 0 ? tr("%1 ms").arg(st.ms) : tr("not timed");
            const QString message = EngineText::stageMessage(st, r);
            const QString text = message.isEmpty() ? tr("%1 %2 (%3)").arg(mark, stageLabel(st.name), ms)
                                                   : tr("%1 %2 (%3): %4").arg(mark, stageLabel(st.name), ms, message);
            html += line(text);
        }
        if (!r.pinState.isEmpty())
            html += line(tr("Certificate: %1").arg(EngineText::pinState(r.pinState)));
        if (r.height >= 0)
            html += line(tr("Tip: height %1, %2").arg(QLocale().toString(r.height), r.tipHash));
        for (qsizetype i = 0; i < r.notes.size(); ++i)
            html += line(tr("Note: %1").arg(EngineText::note(r, i)));
    }

    // Figures over the records given, as of now.
    const HistoryFigures f = historyFigures(m_history, now());
    html += QStringLiteral("<h4>%1</h4>").arg(tr("History").toHtmlEscaped());
    const auto uptime = [](const std::optional<double>& percent, int checks) {
        // "checks: 4" reads right for one check too, without an English plural translation.
        return percent ? tr("%1, checks: %2").arg(uptimeText(*percent), QLocale().toString(checks)) : tr("no checks");
    };
    html += line(tr("Uptime 24 h: %1").arg(uptime(f.uptime24h, f.checks24h)));
    html += line(tr("Uptime 7 d: %1").arg(uptime(f.uptime7d, f.checks7d)));
    if (f.latency7d.samples > 0)
        html += line(tr("Latency 7 d: median %1 ms, p90 %2 ms")
                         .arg(QLocale().toString(f.latency7d.medianMs), QLocale().toString(f.latency7d.p90Ms)));
    else
        html += line(tr("Latency 7 d: not measured"));

    // Provenance: where a discovered peer came from.
    if (m_entry && (!m_entry->announcedBy.isEmpty() || !m_announcedBy.isEmpty())) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Provenance").toHtmlEscaped());
        if (!m_entry->announcedBy.isEmpty()) {
            html += line(m_entry->discoveredAt.isValid()
                             ? tr("Discovered from %1 on %2").arg(m_entry->announcedBy, dateText(m_entry->discoveredAt))
                             : tr("Discovered from %1").arg(m_entry->announcedBy));
        }
        for (const PeerProvenance& p : m_announcedBy) {
            const QString by = p.announcedBy.toString();
            html += line(p.announcedAt.isValid() ? tr("Announced by %1 on %2").arg(by, dateText(p.announcedAt))
                                                 : tr("Announced by %1").arg(by));
        }
    }
    return html;
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
    // Through the query service, as the console and the API ask: the same cache and target rules.
    Query features;
    features.server = address;
    features.method = QStringLiteral("server.features");
    features.allowPrivateTarget = true; // a server the user added or picked
    m_queries.run(features, this, [this, generation, key, address](const QueryOutcome& outcome) {
        if (generation != m_generation)
            return;
        ServerStatus status = m_status;
        if (!outcome.answer.ok()) {
            const Error& error = outcome.answer.error();
            m_fetching = false;
            m_fetchError = tr("Could not fetch the details: %1").arg(EngineText::error(error));
            status.state = ServerState::Down;
            status.reason = error.message;
            status.reasonCode = MessageCode{QStringLiteral("error.") + error.kindName(), {}};
            status.errorKind = error.kindName();
            status.failedStage.clear();
            status.lastChecked = QDateTime::currentDateTimeUtc();
            m_status = status;
            render();
            emit statusLearned(key, status);
            return;
        }
        const QJsonObject& body = outcome.answer->body;
        status.features = outcome.answer->result().toObject();
        status.protocol = body.value(QLatin1String("protocol")).toString();
        status.serverSoftware = body.value(QLatin1String("server_software")).toString();
        if (const QString sha256 = body.value(QLatin1String("certificate_sha256")).toString(); !sha256.isEmpty())
            status.certificateSha256 = sha256;
        m_status = status;
        emit statusLearned(key, status);
        Query banner;
        banner.server = address;
        banner.method = QStringLiteral("server.banner");
        banner.allowPrivateTarget = true;
        m_queries.run(banner, this, [this, generation](const QueryOutcome& answer) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (answer.answer.ok())
                m_banner = answer.answer->result().toString();
            else
                m_fetchError = tr("No banner: %1").arg(EngineText::error(answer.answer.error()));
            render();
        });
    });
}

} // namespace btcw
