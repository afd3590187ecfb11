#include "widgets/BalanceTable.h"

#include "query/QueryService.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace btcw {

BalanceTable::BalanceTable(QueryService& queries, ServerSource server, QWidget* parent)
    : QWidget(parent), m_queries(queries), m_server(std::move(server))
{
    m_addresses = new QPlainTextEdit(this);
    m_addresses->setObjectName(QStringLiteral("balanceAddresses"));
    m_addresses->setTabChangesFocus(true);
    m_addresses->setPlaceholderText(tr("Bitcoin addresses, one per line (up to %1)").arg(kMaxAddresses));
    m_addresses->setFixedHeight(m_addresses->fontMetrics().lineSpacing() * 5 + 12);

    m_lookUp = new QPushButton(tr("Get bala&nces"), this);
    m_lookUp->setToolTip(tr("Ask the console's server for every address's balance in one batch"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("balanceTable"));
    m_table->setHorizontalHeaderLabels({tr("Address"), tr("Confirmed (BTC)"), tr("Unconfirmed (BTC)"), tr("From")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false); // rows stay in the order the addresses were given
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_lookUp);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_addresses);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_lookUp, &QPushButton::clicked, this, &BalanceTable::lookUp);
}

QStringList BalanceTable::parseAddresses(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList out;
    QSet<QString> seen;
    for (const QString& address : text.split(separators, Qt::SkipEmptyParts)) {
        if (!seen.contains(address)) {
            seen.insert(address);
            out.append(address);
        }
    }
    return out;
}

QString BalanceTable::btcText(qint64 satoshis)
{
    constexpr qint64 kPerBtc = 100'000'000;
    const QString sign = satoshis < 0 ? QStringLiteral("-") : QString();
    const quint64 magnitude = satoshis < 0 ? quint64(0) - quint64(satoshis) : quint64(satoshis);
    return sign + QString::number(magnitude / kPerBtc) + QLatin1Char('.') +
           QStringLiteral("%1").arg(magnitude % kPerBtc, 8, 10, QLatin1Char('0'));
}

void BalanceTable::setAddressesText(const QString& text)
{
    m_addresses->setPlainText(text);
}

int BalanceTable::rowCount() const
{
    return m_table->rowCount();
}

QString BalanceTable::cellText(int row, Column column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text() : QString();
}

QString BalanceTable::statusText() const
{
    return m_status->text();
}

void BalanceTable::finish(bool ok, const QString& status)
{
    m_busy = false;
    m_lookUp->setEnabled(true);
    m_status->setText(status);
    emit lookUpFinished(ok);
}

void BalanceTable::lookUp()
{
    if (m_busy)
        return;
    const Result<ServerAddress> server = m_server ? m_server() : Result<ServerAddress>(ServerAddress());
    const QStringList addresses = parseAddresses(m_addresses->toPlainText());
    if (!server.ok() || !server->isValid()) {
        finish(false, server.ok() ? tr("Choose a server first.") : server.error().message);
        return;
    }
    if (addresses.isEmpty()) {
        finish(false, tr("Type or paste at least one address."));
        return;
    }
    if (addresses.size() > kMaxAddresses) {
        finish(false, tr("%1 addresses; at most %2 at a time.").arg(addresses.size()).arg(kMaxAddresses));
        return;
    }

    QList<Query> calls;
    calls.reserve(addresses.size());
    for (const QString& address : addresses) {
        Query query;
        query.server = *server;
        query.method = QStringLiteral("blockchain.scripthash.get_balance");
        query.bitcoinAddress = address;
        query.allowPrivateTarget = true; // the user typed or picked this server
        calls.append(query);
    }
    m_busy = true;
    m_lookUp->setEnabled(false);
    m_status->setText(tr("Asking %1 for %n balance(s)…", nullptr, int(addresses.size())).arg(server->toString()));
    m_table->setRowCount(0);
    QElapsedTimer clock;
    clock.start();
    m_queries.runBatch(calls, this, [this, addresses, clock](const QList<QueryOutcome>& outcomes) {
        m_table->setRowCount(int(addresses.size()));
        int failed = 0;
        int cached = 0;
        for (int row = 0; row < addresses.size(); ++row) {
            m_table->setItem(row, AddressColumn, new QTableWidgetItem(addresses[row]));
            const QueryOutcome& outcome = outcomes.at(row);
            if (!outcome.answer.ok()) {
                ++failed;
                m_table->setItem(row, SourceColumn, new QTableWidgetItem(outcome.answer.error().message));
                continue;
            }
            const QJsonObject balance = outcome.answer->result().toObject();
            for (const auto& [column, key] :
                 {std::pair{ConfirmedColumn, "confirmed"}, std::pair{UnconfirmedColumn, "unconfirmed"}}) {
                auto* item = new QTableWidgetItem(btcText(balance.value(QLatin1String(key)).toInteger()));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, column, item);
            }
            const bool hit = outcome.cacheUse == CacheUse::Hit;
            cached += hit ? 1 : 0;
            m_table->setItem(row, SourceColumn, new QTableWidgetItem(hit ? tr("cache") : tr("server")));
        }
        m_table->resizeColumnsToContents();
        QString status = tr("%n balance(s) in %1 ms", nullptr, int(addresses.size()) - failed).arg(clock.elapsed());
        if (cached > 0)
            status += QLatin1String(", ") + tr("%1 from the cache").arg(cached);
        if (failed > 0)
            status += QLatin1String(", ") + tr("%1 failed").arg(failed);
        finish(failed == 0, status);
    });
}

} // namespace btcw
