// The query console: pick a server and an Electrum method, edit JSON params, send through the engine's query service
// (the same path, cache and tip as the API's /electrum/query), see the result. Its Balances tab asks the same server
// for many addresses' balances at once (BalanceTable, the path of /electrum/batch).
#pragma once

#include "Result.h"
#include "directory/ServerDirectory.h"
#include "models/AnswerDecoder.h"
#include "query/QueryService.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QCheckBox;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace btcw {

class BalanceTable;

class QueryConsole : public QWidget
{
    Q_OBJECT
public:
    explicit QueryConsole(QueryService& queries, QWidget* parent = nullptr);

    // Parses the params box: empty means []; anything else must be a JSON array. Errors say what and where.
    static Result<QJsonArray> parseParams(const QString& text);
    // Pretty-printed JSON of any value (scalars too).
    static QString prettyJson(const QJsonValue& value);
    // The query for a method and its params. For blockchain.scripthash.* a first param that is not a 64-hex
    // scripthash is taken as a Bitcoin address, which the query service converts as the API's address= does.
    static Query queryFor(const ServerAddress& server, const QString& method, const QJsonArray& params);
    // Whether `method` can be sent: a well-formed name the method policy allows; the reason otherwise.
    Status checkMethod(const QString& method) const;

    void setServers(const QList<ServerEntry>& entries);
    void setServer(const ServerAddress& server);
    void setMethod(const QString& method);
    void setParamsText(const QString& text);
    void setApiBaseUrl(const QString& url);
    // Where the API's bearer token is, so "Copy as curl" reads it from there; empty = no token needed.
    void setApiTokenFile(const QString& path) { m_apiTokenFile = path; }
    // Whether the API was started with --allow-private-targets; without it "Copy as curl" warns for such servers.
    void setApiAllowsPrivateTargets(bool allowed) { m_apiAllowsPrivateTargets = allowed; }

    Result<ServerAddress> currentServer() const;
    QString currentMethod() const;
    // The equivalent local API call for the current inputs, or the reason there is none.
    Result<QString> curlText() const;

    QString resultText() const;
    // The decoded view of the last answer (empty when the method has none or the query failed).
    const DecodedAnswer& decodedAnswer() const { return m_decodedAnswer; }
    QString statusText() const;
    bool isBusy() const { return m_busy; }
    int historyCount() const;
    // The Balances tab (many addresses at once, on the current server).
    BalanceTable* balanceTable() const { return m_balances; }
    void showBalances();

public slots:
    void send();
    void copyCurl();

signals:
    void queryFinished(bool ok);

private:
    void onMethodChanged();
    void updateHint();
    void showDecoded(const DecodedAnswer& decoded);
    void restoreFromHistory(QListWidgetItem* item);
    void showError(const QString& text);

    QueryService& m_queries;
    QString m_apiBaseUrl;
    QString m_apiTokenFile;
    bool m_busy = false;
    bool m_apiAllowsPrivateTargets = false;
    QComboBox* m_server = nullptr;
    QComboBox* m_method = nullptr;
    QLabel* m_hint = nullptr;
    QPlainTextEdit* m_params = nullptr;
    QPushButton* m_send = nullptr;
    QCheckBox* m_verify = nullptr; // verify=true: check the answer against the verified header chain
    QPushButton* m_copyCurl = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QTableWidget* m_decoded = nullptr;
    DecodedAnswer m_decodedAnswer;
    QListWidget* m_history = nullptr;
    QTabWidget* m_tabs = nullptr;
    BalanceTable* m_balances = nullptr;
};

} // namespace btcw
