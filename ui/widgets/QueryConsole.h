// The query console: pick a server and an Electrum method, edit JSON params, send through the engine's query service
// (the same path, cache and tip as the API's /electrum/query), see the result.
#pragma once

#include "Result.h"
#include "directory/ServerDirectory.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace btcw {

class QueryService;

class QueryConsole : public QWidget
{
    Q_OBJECT
public:
    explicit QueryConsole(QueryService& queries, QWidget* parent = nullptr);

    // Parses the params box: empty means []; anything else must be a JSON array. Errors say what and where.
    static Result<QJsonArray> parseParams(const QString& text);
    // Pretty-printed JSON of any value (scalars too).
    static QString prettyJson(const QJsonValue& value);

    void setServers(const QList<ServerEntry>& entries);
    void setServer(const ServerAddress& server);
    void setMethod(const QString& method);
    void setParamsText(const QString& text);
    void setApiBaseUrl(const QString& url);
    // Where the API's bearer token is, so "Copy as curl" reads it from there; empty = no token needed.
    void setApiTokenFile(const QString& path) { m_apiTokenFile = path; }

    Result<ServerAddress> currentServer() const;
    QString currentMethod() const;
    // The equivalent local API call for the current inputs, or the reason there is none.
    Result<QString> curlText() const;

    QString resultText() const;
    QString statusText() const;
    bool isBusy() const { return m_busy; }
    int historyCount() const;

public slots:
    void send();
    void copyCurl();

signals:
    void queryFinished(bool ok);

private:
    void onMethodChanged();
    void restoreFromHistory(QListWidgetItem* item);
    void showError(const QString& text);

    QueryService& m_queries;
    QString m_apiBaseUrl;
    QString m_apiTokenFile;
    bool m_busy = false;
    QComboBox* m_server = nullptr;
    QComboBox* m_method = nullptr;
    QLabel* m_hint = nullptr;
    QPlainTextEdit* m_params = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_copyCurl = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QListWidget* m_history = nullptr;
};

} // namespace btcw
