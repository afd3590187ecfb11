// Balances of many addresses at once: addresses in (one per line), a row per address out, asked with
// QueryService::runBatch — one batch to the server for what the cache does not have, the path of /electrum/batch.
#pragma once

#include "Result.h"
#include "electrum/ServerAddress.h"

#include <QStringList>
#include <QWidget>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace btcw {

class QueryService;

class BalanceTable : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        AddressColumn,
        ConfirmedColumn,
        UnconfirmedColumn,
        SourceColumn, // "cache", "server", or why the address failed
        ColumnCount,
    };
    // At most this many addresses per lookup (as one API batch).
    static constexpr int kMaxAddresses = 1000;

    // `server` says which server to ask when the lookup starts (the console's current one), or why there is none.
    using ServerSource = std::function<Result<ServerAddress>()>;
    BalanceTable(QueryService& queries, ServerSource server, QWidget* parent = nullptr);

    // The addresses in `text`: separated by blanks, commas or semicolons, duplicates dropped, order kept.
    static QStringList parseAddresses(const QString& text);
    // Satoshis as BTC with eight decimals ("-0.00001000").
    static QString btcText(qint64 satoshis);

    void setAddressesText(const QString& text);
    bool isBusy() const { return m_busy; }
    int rowCount() const;
    QString cellText(int row, Column column) const;
    QString statusText() const;

public slots:
    void lookUp();

signals:
    // All rows are filled (ok: every address has a balance).
    void lookUpFinished(bool ok);

private:
    void finish(bool ok, const QString& status);

    QueryService& m_queries;
    ServerSource m_server;
    bool m_busy = false;
    QPlainTextEdit* m_addresses = nullptr;
    QPushButton* m_lookUp = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace btcw
