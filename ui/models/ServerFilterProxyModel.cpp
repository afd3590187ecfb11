#include "models/ServerFilterProxyModel.h"

#include "models/ServerTableModel.h"

namespace btcw {

ServerFilterProxyModel::ServerFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ServerTableModel::SortRole);
    setDynamicSortFilter(true);
    // Not sorted until asked: the source's (seed) order is the default.
    sort(-1);
}

void ServerFilterProxyModel::refilter()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    invalidateFilter();
#endif
}

void ServerFilterProxyModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void ServerFilterProxyModel::setNetwork(const QString& network)
{
    if (network == m_network)
        return;
    m_network = network;
    refilter();
}

void ServerFilterProxyModel::setOnionOnly(bool on)
{
    if (on == m_onionOnly)
        return;
    m_onionOnly = on;
    refilter();
}

void ServerFilterProxyModel::setTlsOnly(bool on)
{
    if (on == m_tlsOnly)
        return;
    m_tlsOnly = on;
    refilter();
}

void ServerFilterProxyModel::setUpOnly(bool on)
{
    if (on == m_upOnly)
        return;
    m_upOnly = on;
    refilter();
}

void ServerFilterProxyModel::setTroubledOnly(bool on)
{
    if (on == m_troubledOnly)
        return;
    m_troubledOnly = on;
    refilter();
}

void ServerFilterProxyModel::setWatchedOnly(bool on)
{
    if (on == m_watchedOnly)
        return;
    m_watchedOnly = on;
    refilter();
}

bool ServerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ServerTableModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const ServerEntry& entry = model->entry(sourceRow);
    if (m_onionOnly && entry.kind != HostKind::Onion)
        return false;
    if (m_tlsOnly && !entry.tlsPort)
        return false;
    if (m_upOnly && model->status(sourceRow).state != ServerState::Up)
        return false;
    if (m_troubledOnly && model->lag(sourceRow) <= 0 && !model->isForked(sourceRow))
        return false;
    if (m_watchedOnly && !model->isWatched(sourceRow))
        return false;
    if (m_groupByServer && !model->isGroupLeader(sourceRow))
        return false;
    if (!m_network.isEmpty() && entry.network != m_network)
        return false;
    if (m_text.isEmpty())
        return true;
    if (entry.host.contains(m_text, Qt::CaseInsensitive))
        return true;
    // "host:port" typed from an address also matches.
    for (const auto& port : {entry.tlsPort, entry.tcpPort}) {
        if (port && QStringView(m_text).startsWith(entry.host, Qt::CaseInsensitive) &&
            (entry.host + QLatin1Char(':') + QString::number(*port)).contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ServerFilterProxyModel::setGroupByServer(bool on)
{
    if (m_groupByServer == on)
        return;
    m_groupByServer = on;
    refilter();
    // The host column's "(+N)" appears or goes.
    if (rowCount() > 0)
        emit dataChanged(index(0, ServerTableModel::HostColumn), index(rowCount() - 1, ServerTableModel::HostColumn));
}

QVariant ServerFilterProxyModel::data(const QModelIndex& index, int role) const
{
    QVariant value = QSortFilterProxyModel::data(index, role);
    if (m_groupByServer && role == Qt::DisplayRole && index.column() == ServerTableModel::HostColumn) {
        const int size = index.data(ServerTableModel::GroupSizeRole).toInt();
        if (size > 1)
            return tr("%1 (+%2)").arg(value.toString()).arg(size - 1);
    }
    return value;
}

bool ServerFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(ServerTableModel::SortRole);
    const QVariant b = right.data(ServerTableModel::SortRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        if (const int c = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive); c != 0)
            return c < 0;
    } else if (const auto order = QVariant::compare(a, b); order != QPartialOrdering::Equivalent) {
        return order == QPartialOrdering::Less;
    }
    // Ties keep the seed's order, so sorting by a column with many equal values stays predictable.
    return left.row() < right.row();
}

} // namespace btcw
