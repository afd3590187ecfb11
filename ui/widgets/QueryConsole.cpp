#include "widgets/QueryConsole.h"

#include "models/CurlCommand.h"
#include "models/ElectrumMethods.h"
#include "models/EngineText.h"
#include "query/QueryService.h"
#include "widgets/BalanceTable.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace btcw {

namespace {
enum HistoryRole
{
    ServerRole = Qt::UserRole + 1,
    MethodRole,
    ParamsRole,
};

bool isScripthash(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex.match(text).hasMatch();
}
} // namespace

QueryConsole::QueryConsole(QueryService& queries, QWidget* parent)
    : QWidget(parent), m_queries(queries), m_apiBaseUrl(defaultApiBaseUrl())
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("serverBox"));
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->setMinimumContentsLength(30);
    m_server->lineEdit()->setPlaceholderText(tr("host:port:s (TLS) or host:port:t (TCP)"));

    // Editable: a method the list does not know can be typed and is checked against the policy on sending.
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodBox"));
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    for (const ElectrumMethod& m : electrumMethods())
        m_method->addItem(m.name);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_params = new QPlainTextEdit(this);
    m_params->setFont(fixed);
    m_params->setTabChangesFocus(true);
    m_params->setPlaceholderText(tr("JSON array, e.g. [] or [\"<scripthash or address>\"]"));
    m_params->setFixedHeight(m_params->fontMetrics().lineSpacing() * 4 + 12);

    m_send = new QPushButton(tr("Sen&d"), this);
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send the query (Ctrl+Enter)"));
    // Ctrl+Enter sends from anywhere in the console, the params box included (Enter alone adds a line there).
    auto* sendAction = new QAction(this);
    sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(sendAction, &QAction::triggered, this, &QueryConsole::send);
    addAction(sendAction);
    m_verify = new QCheckBox(tr("Ver&ify"), this);
    m_verify->setObjectName(QStringLiteral("verifyAnswer"));
    m_verify->setToolTip(tr("Check the answer against a header chain verified from checkpoints (headers, and "
                            "transactions by their merkle proof)"));
    m_copyCurl = new QPushButton(tr("Copy as &curl"), this);
    m_copyCurl->setToolTip(tr("Copy the equivalent call to the local API"));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_result = new QPlainTextEdit(this);
    m_result->setReadOnly(true);
    m_result->setFont(fixed);
    m_result->setPlaceholderText(tr("The result appears here."));

    // The decoded view sits beside the raw JSON; it is hidden for answers it cannot read.
    m_decoded = new QTableWidget(this);
    m_decoded->setObjectName(QStringLiteral("decodedAnswer"));
    m_decoded->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_decoded->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_decoded->setAlternatingRowColors(true);
    m_decoded->verticalHeader()->hide();
    m_decoded->horizontalHeader()->setStretchLastSection(true);
    m_decoded->hide();
    auto* results = new QSplitter(Qt::Horizontal, this);
    results->addWidget(m_decoded);
    results->addWidget(m_result);
    results->setChildrenCollapsible(false);

    m_history = new QListWidget(this);
    m_history->setToolTip(tr("Earlier queries; activate one to load it again"));

    auto* form = new QFormLayout;
    form->addRow(tr("Se&rver:"), m_server);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(QString(), m_hint);
    form->addRow(tr("&Params:"), m_params);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_send);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addLayout(buttons);
    m_balances = new BalanceTable(
        m_queries, [this] { return currentServer(); }, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(results, tr("Result"));
    m_tabs->addTab(m_balances, tr("Balances"));
    leftLayout->addWidget(m_tabs, 1);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("History"), right));
    rightLayout->addWidget(m_history, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_method, &QComboBox::currentIndexChanged, this, &QueryConsole::onMethodChanged);
    connect(m_method, &QComboBox::currentTextChanged, this, &QueryConsole::updateHint);
    connect(m_send, &QPushButton::clicked, this, &QueryConsole::send);
    connect(m_copyCurl, &QPushButton::clicked, this, &QueryConsole::copyCurl);
    connect(m_history, &QListWidget::itemActivated, this, &QueryConsole::restoreFromHistory);
    m_method->setCurrentIndex(m_method->findText(QStringLiteral("blockchain.headers.subscribe")));
    onMethodChanged();
}

Result<QJsonArray> QueryConsole::parseParams(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QJsonArray();
    QJsonParseError error;
    const QByteArray utf8 = text.toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // offset is in bytes; count the characters up to it for the message.
        const int position = int(QString::fromUtf8(utf8.left(error.offset)).size()) + 1;
        return Error::make(
            ErrorKind::InvalidArgument,
            tr("The parameters are not valid JSON: %1 at character %2.").arg(error.errorString()).arg(position));
    }
    if (!doc.isArray()) {
        return Error::make(ErrorKind::InvalidArgument,
                           tr("The parameters must be a JSON array, like [] or [\"abc\", 1]."));
    }
    return doc.array();
}

QString QueryConsole::prettyJson(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    // A scalar: serialise it inside an array and take the brackets off.
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

void QueryConsole::setServers(const QList<ServerEntry>& entries)
{
    const QString current = m_server->currentText();
    QStringList items;
    items.reserve(entries.size());
    for (const ServerEntry& e : entries) {
        const ServerAddress address = e.preferredAddress();
        if (address.isValid())
            items.append(address.toString());
    }
    m_server->clear();
    m_server->addItems(items);
    if (!current.isEmpty())
        m_server->setEditText(current);
}

void QueryConsole::setServer(const ServerAddress& server)
{
    m_server->setEditText(server.toString());
}

void QueryConsole::setMethod(const QString& method)
{
    const int index = m_method->findText(method);
    if (index >= 0)
        m_method->setCurrentIndex(index);
    else
        m_method->setEditText(method);
}

void QueryConsole::setParamsText(const QString& text)
{
    m_params->setPlainText(text);
}

void QueryConsole::setApiBaseUrl(const QString& url)
{
    m_apiBaseUrl = url.isEmpty() ? defaultApiBaseUrl() : url;
}

Result<ServerAddress> QueryConsole::currentServer() const
{
    const QString text = m_server->currentText().trimmed();
    if (text.isEmpty())
        return Error::make(ErrorKind::InvalidArgument, tr("Choose a server first."));
    return ServerAddress::parse(text);
}

QString QueryConsole::currentMethod() const
{
    return m_method->currentText().trimmed();
}

Query QueryConsole::queryFor(const ServerAddress& server, const QString& method, const QJsonArray& params)
{
    Query query;
    query.server = server;
    query.method = method;
    query.params = params;
    if (method.startsWith(QLatin1String("blockchain.scripthash.")) && !params.isEmpty() && params.at(0).isString()) {
        const QString first = params.at(0).toString().trimmed();
        if (!isScripthash(first)) {
            query.bitcoinAddress = first;
            query.params.removeFirst();
        }
    }
    return query;
}

Status QueryConsole::checkMethod(const QString& method) const
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+$"));
    if (method.isEmpty())
        return Error::make(ErrorKind::InvalidArgument, tr("Type or pick a method first."));
    if (!name.match(method).hasMatch()) {
        return Error::make(ErrorKind::InvalidArgument,
                           tr("“%1” is not an Electrum method name (like server.features).").arg(method));
    }
    // The one method policy (query/MethodPolicy) says why: broadcasting off, or a method it does not know.
    return m_queries.checkMethod(method);
}

Result<QString> QueryConsole::curlText() const
{
    const auto server = currentServer();
    if (!server.ok())
        return server.error();
    const auto params = parseParams(m_params->toPlainText());
    if (!params.ok())
        return params.error();
    const Query query = queryFor(*server, currentMethod(), *params);
    return curlCommand(m_apiBaseUrl, *server, query.method, query.params, m_apiTokenFile, query.bitcoinAddress,
                       m_verify->isChecked());
}

QString QueryConsole::resultText() const
{
    return m_result->toPlainText();
}

QString QueryConsole::statusText() const
{
    return m_status->text();
}

int QueryConsole::historyCount() const
{
    return m_history->count();
}

void QueryConsole::showBalances()
{
    m_tabs->setCurrentWidget(m_balances);
}

void QueryConsole::onMethodChanged()
{
    updateHint();
    if (const ElectrumMethod* method = findElectrumMethod(currentMethod()))
        m_params->setPlainText(method->paramTemplate);
}

void QueryConsole::updateHint()
{
    const QString name = currentMethod();
    const ElectrumMethod* method = findElectrumMethod(name);
    if (!method) {
        m_hint->setText(name.isEmpty() ? QString() : tr("A method the console does not know: it is sent as typed."));
        return;
    }
    QString hint = tr("Parameters: %1 — %2").arg(method->params, method->description);
    if (!method->since.isEmpty())
        hint += QLatin1Char(' ') + tr("(protocol %1 and later)").arg(method->since);
    if (name.startsWith(QLatin1String("blockchain.scripthash.")))
        hint += QLatin1Char(' ') + tr("A Bitcoin address works in place of the script hash.");
    m_hint->setText(hint);
}

void QueryConsole::showDecoded(const DecodedAnswer& decoded)
{
    m_decodedAnswer = decoded;
    m_decoded->clear();
    m_decoded->setColumnCount(int(decoded.columns.size()));
    m_decoded->setRowCount(int(decoded.rows.size()));
    m_decoded->setHorizontalHeaderLabels(decoded.columns);
    for (int r = 0; r < decoded.rows.size(); ++r) {
        for (int c = 0; c < decoded.rows.at(r).size(); ++c)
            m_decoded->setItem(r, c, new QTableWidgetItem(decoded.rows.at(r).at(c)));
    }
    m_decoded->resizeColumnsToContents();
    m_decoded->setVisible(!decoded.isEmpty());
}

void QueryConsole::showError(const QString& text)
{
    m_status->setText(text);
    m_result->clear();
    showDecoded({});
}

void QueryConsole::send()
{
    if (m_busy)
        return;
    const auto server = currentServer();
    if (!server.ok()) {
        showError(EngineText::wording(server.error()));
        emit queryFinished(false);
        return;
    }
    const QString method = currentMethod();
    if (Status allowed = checkMethod(method); !allowed) {
        showError(EngineText::wording(allowed.error()));
        emit queryFinished(false);
        return;
    }
    const auto params = parseParams(m_params->toPlainText());
    if (!params.ok()) {
        showError(EngineText::wording(params.error()));
        emit queryFinished(false);
        return;
    }
    const QString paramsText = m_params->toPlainText();
    m_busy = true;
    m_send->setEnabled(false);
    m_tabs->setCurrentIndex(0); // the answer shows on the Result tab
    m_status->setText(tr("Asking %1…").arg(server->toString()));
    m_result->clear();
    showDecoded({});

    Query query = queryFor(*server, method, *params);
    query.allowPrivateTarget = true; // the user typed or picked this server
    query.verify = m_verify->isChecked();
    m_queries.run(query, this, [this, address = *server, method, paramsText](const QueryOutcome& outcome) {
        m_busy = false;
        m_send->setEnabled(true);
        QString summary;
        const Result<QueryAnswer>& answer = outcome.answer;
        if (answer.ok()) {
            m_result->setPlainText(prettyJson(answer->result()));
            showDecoded(
                AnswerDecoder::decode(method, answer->body.value(QLatin1String("params")).toArray(), answer->result()));
            const QString protocol = answer->body.value(QLatin1String("protocol")).toString();
            if (outcome.cacheUse == CacheUse::Hit) {
                m_status->setText(tr("Answered from the cache (%1 s old, protocol %2)")
                                      .arg(qint64(answer->cache.age.count()))
                                      .arg(protocol));
                summary = tr("cached");
            } else {
                const QString how = answer->freshConnection ? tr("new connection") : tr("pooled connection");
                m_status->setText(tr("Answered in %1 ms (%2, protocol %3)").arg(answer->elapsedMs).arg(how, protocol));
                summary = tr("%1 ms").arg(answer->elapsedMs);
            }
            if (answer->body.contains(QLatin1String("verified"))) {
                m_status->setText(m_status->text() + QLatin1Char('\n') +
                                  (answer->body.value(QLatin1String("verified")).toBool()
                                       ? tr("Verified against the header chain.")
                                       : tr("Not verified: this answer has no proof the header chain can check.")));
                summary +=
                    QLatin1Char(' ') +
                    (answer->body.value(QLatin1String("verified")).toBool() ? tr("verified") : tr("not verified"));
            }
            const QString scripthash = answer->body.value(QLatin1String("scripthash")).toString();
            if (!scripthash.isEmpty())
                m_status->setText(m_status->text() + QLatin1Char('\n') +
                                  tr("Script hash of the address: %1").arg(scripthash));
        } else {
            // The window's words (the API keeps the engine's English); a server's own error text is its data.
            const Error& e = answer.error();
            const QString why = EngineText::error(e);
            m_status->setText(tr("Failed: %1").arg(why));
            QStringList lines{why};
            if (!e.stage.isEmpty())
                lines << tr("Stage: %1").arg(EngineText::queryStage(e.stage));
            if (e.kind == ErrorKind::Rpc) {
                lines << tr("The server says: %1").arg(e.message);
                lines << tr("Server error code %1").arg(e.rpcCode);
            }
            // What our own check found (the exact mismatch, or who answered what): data like a server's text.
            if (e.kind == ErrorKind::VerificationFailed || e.kind == ErrorKind::NoConsensus)
                lines << tr("Details: %1").arg(e.toString());
            m_result->setPlainText(lines.join(QLatin1Char('\n')));
            summary = tr("failed");
        }
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3  — %4")
                .arg(QTime::currentTime().toString(u"HH:mm:ss"), method, address.toString(), summary));
        item->setData(ServerRole, address.toString());
        item->setData(MethodRole, method);
        item->setData(ParamsRole, paramsText);
        m_history->insertItem(0, item);
        emit queryFinished(answer.ok());
    });
}

void QueryConsole::copyCurl()
{
    const auto curl = curlText();
    if (!curl.ok()) {
        m_status->setText(EngineText::wording(curl.error()));
        return;
    }
    QApplication::clipboard()->setText(*curl);
    // The console may ask a server on this machine; the API refuses it unless told otherwise, so say so now.
    if (const auto server = currentServer(); server.ok() && apiRefusesAsPrivate(*server, m_apiAllowsPrivateTargets)) {
        m_status->setText(tr("Copied, but the API refuses %1 (on this machine or your network) unless btc-worker "
                             "runs with --allow-private-targets.")
                              .arg(server->host()));
        return;
    }
    m_status->setText(tr("Copied the curl command for the local API."));
}

void QueryConsole::restoreFromHistory(QListWidgetItem* item)
{
    if (!item)
        return;
    m_server->setEditText(item->data(ServerRole).toString());
    setMethod(item->data(MethodRole).toString());
    m_params->setPlainText(item->data(ParamsRole).toString()); // after setMethod, which loads the template
}

} // namespace btcw
