#include "models/ServerTableModel.h"

#include "Icons.h"
#include "net/CertificatePinStore.h"

#include <QLocale>
#include <limits>

namespace btcw {

ServerTableModel::ServerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ServerTableModel::setEntries(const QList<ServerEntry>& entries)
{
    QHash<QString, ServerStatus> kept;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.status.state != ServerState::Unknown)
            kept.insert(row.entry.key(), row.status);
    }
    beginResetModel();
    m_rows.clear();
    m_rowByKey.clear();
    m_rows.reserve(entries.size());
    m_rowByKey.reserve(entries.size());
    for (const ServerEntry& entry : entries) {
        const QString key = entry.key();
        if (m_rowByKey.contains(key))
            continue; // the directory keys are unique; guard anyway so rowForKey stays right
        m_rowByKey.insert(key, int(m_rows.size()));
        m_rows.append(Row{entry, kept.value(key)});
    }
    recomputeBestTips();
    endResetModel();
}

void ServerTableModel::setPinStore(CertificatePinStore* pins)
{
    if (m_pins)
        disconnect(m_pins, nullptr, this, nullptr);
    m_pins = pins;
    if (m_pins)
        connect(m_pins, &CertificatePinStore::changed, this, &ServerTableModel::onPinChanged);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, PinColumn), index(rowCount() - 1, PinColumn));
}

void ServerTableModel::onPinChanged(const QString& hostPort)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const ServerEntry& e = m_rows.at(row).entry;
        if (e.tlsPort && e.address(Transport::Tls).hostPort() == hostPort) {
            emit dataChanged(index(row, PinColumn), index(row, PinColumn));
            return;
        }
    }
}

int ServerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<ServerEntry> ServerTableModel::entries() const
{
    QList<ServerEntry> out;
    out.reserve(m_rows.size());
    for (const Row& row : m_rows)
        out.append(row.entry);
    return out;
}

int ServerTableModel::lag(int row) const
{
    const Row& r = m_rows.at(row);
    if (r.status.state != ServerState::Up || r.status.height < 0)
        return -1;
    const int best = bestTip(r.entry.network);
    return best < 0 ? -1 : qMax(0, best - r.status.height);
}

QString ServerTableModel::stateText(const ServerStatus& status)
{
    switch (status.state) {
    case ServerState::Unknown:
        return tr("unknown");
    case ServerState::Checking:
        return tr("checking…");
    case ServerState::Up:
        return tr("up");
    case ServerState::Down:
        return status.reason.isEmpty() ? tr("down") : tr("down: %1").arg(status.reason);
    }
    return {};
}

QString ServerTableModel::kindText(HostKind kind)
{
    switch (kind) {
    case HostKind::Hostname:
        return tr("hostname");
    case HostKind::Onion:
        return tr("onion");
    case HostKind::IPv4:
    case HostKind::IPv6:
        return tr("IP");
    }
    return {};
}

QIcon ServerTableModel::kindIcon(HostKind kind)
{
    switch (kind) {
    case HostKind::Hostname:
        return Icons::get(Icons::Hostname);
    case HostKind::Onion:
        return Icons::get(Icons::Onion);
    case HostKind::IPv4:
    case HostKind::IPv6:
        return Icons::get(Icons::IpAddress);
    }
    return {};
}

QIcon ServerTableModel::stateIcon(ServerState state)
{
    switch (state) {
    case ServerState::Unknown:
        return Icons::get(Icons::StateUnknown);
    case ServerState::Checking:
        return Icons::get(Icons::StateChecking);
    case ServerState::Up:
        return Icons::get(Icons::StateUp);
    case ServerState::Down:
        return Icons::get(Icons::StateDown);
    }
    return {};
}

QString ServerTableModel::pinText(const Row& row) const
{
    if (!row.entry.tlsPort)
        return tr("no TLS");
    if (!m_pins)
        return {};
    const auto pin = m_pins->pin(row.entry.address(Transport::Tls).hostPort());
    if (!pin)
        return tr("not pinned");
    return pin->changes > 0 ? tr("pinned (re-trusted)") : tr("pinned");
}

// Today's checks show the time only; older ones the date and time.
static QString lastCheckedText(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

static QString portText(const std::optional<quint16>& port)
{
    return port ? QString::number(*port) : QString();
}

QVariant ServerTableModel::displayValue(const Row& row, int rowIndex, int column) const
{
    const ServerEntry& e = row.entry;
    const ServerStatus& s = row.status;
    switch (column) {
    case HostColumn:
        return e.host;
    case KindColumn:
        return kindText(e.kind);
    case TcpPortColumn:
        return portText(e.tcpPort);
    case TlsPortColumn:
        return portText(e.tlsPort);
    case NetworkColumn:
        return e.network;
    case ProtocolColumn:
        return s.protocol.isEmpty() ? e.version : s.protocol;
    case StatusColumn:
        return stateText(s);
    case HeightColumn:
        return s.height >= 0 ? QLocale().toString(s.height) : QString();
    case LagColumn: {
        const int l = lag(rowIndex);
        return l < 0 ? QString() : QLocale().toString(l);
    }
    case LatencyColumn:
        return s.latencyMs >= 0 ? tr("%1 ms").arg(s.latencyMs) : QString();
    case LastCheckedColumn:
        return lastCheckedText(s.lastChecked);
    case PinColumn:
        return pinText(row);
    }
    return {};
}

QVariant ServerTableModel::sortValue(const Row& row, int rowIndex, int column) const
{
    // Unknown numbers sort after every known one in ascending order.
    constexpr qint64 unknown = std::numeric_limits<qint64>::max();
    const ServerEntry& e = row.entry;
    const ServerStatus& s = row.status;
    switch (column) {
    case HostColumn:
        return e.host;
    case KindColumn:
        return int(e.kind == HostKind::IPv6 ? HostKind::IPv4 : e.kind);
    case TcpPortColumn:
        return e.tcpPort ? qint64(*e.tcpPort) : unknown;
    case TlsPortColumn:
        return e.tlsPort ? qint64(*e.tlsPort) : unknown;
    case NetworkColumn:
        return e.network;
    case ProtocolColumn:
        return displayValue(row, rowIndex, column);
    case StatusColumn: {
        // up first, then checking, down, unknown
        static constexpr int rank[] = {3, 1, 0, 2};
        return rank[int(s.state)];
    }
    case HeightColumn:
        return s.height >= 0 ? qint64(s.height) : unknown;
    case LagColumn: {
        const int l = lag(rowIndex);
        return l < 0 ? unknown : qint64(l);
    }
    case LatencyColumn:
        return s.latencyMs >= 0 ? s.latencyMs : unknown;
    case LastCheckedColumn:
        return s.lastChecked.isValid() ? s.lastChecked.toMSecsSinceEpoch() : unknown;
    case PinColumn:
        return pinText(row);
    }
    return {};
}

QVariant ServerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.row(), column);
    case Qt::DecorationRole:
        if (column == KindColumn)
            return kindIcon(row.entry.kind);
        if (column == StatusColumn)
            return stateIcon(row.status.state);
        if (column == PinColumn && row.entry.tlsPort && m_pins &&
            m_pins->pin(row.entry.address(Transport::Tls).hostPort()))
            return Icons::get(Icons::Pinned);
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn && row.status.state == ServerState::Down)
            return row.status.reason;
        if (column == HostColumn)
            return row.entry.preferredAddress().toString();
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case TcpPortColumn:
        case TlsPortColumn:
        case HeightColumn:
        case LagColumn:
        case LatencyColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    case SortRole:
        return sortValue(row, index.row(), column);
    case KeyRole:
        return row.entry.key();
    case StateRole:
        return int(row.status.state);
    case HostKindRole:
        return int(row.entry.kind);
    case HasTlsRole:
        return row.entry.tlsPort.has_value();
    case SeedOrderRole:
        return index.row();
    default:
        return {};
    }
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostColumn:
        return tr("Host");
    case KindColumn:
        return tr("Kind");
    case TcpPortColumn:
        return tr("TCP");
    case TlsPortColumn:
        return tr("TLS");
    case NetworkColumn:
        return tr("Network");
    case ProtocolColumn:
        return tr("Protocol");
    case StatusColumn:
        return tr("Status");
    case HeightColumn:
        return tr("Height");
    case LagColumn:
        return tr("Lag");
    case LatencyColumn:
        return tr("Latency");
    case LastCheckedColumn:
        return tr("Last checked");
    case PinColumn:
        return tr("Certificate");
    }
    return {};
}

void ServerTableModel::setState(const QString& key, ServerState state)
{
    const int row = rowForKey(key);
    if (row < 0)
        return;
    ServerStatus status = m_rows.at(row).status;
    status.state = state;
    setStatus(key, status);
}

void ServerTableModel::setStatus(const QString& key, const ServerStatus& status)
{
    const int row = rowForKey(key);
    if (row < 0)
        return;
    const ServerStatus previous = m_rows.at(row).status;
    m_rows[row].status = status;
    const QString network = m_rows.at(row).entry.network;
    const int oldBest = bestTip(network);
    const bool isUp = status.state == ServerState::Up && status.height >= 0;
    if (isUp && status.height > oldBest)
        m_bestTip.insert(network, status.height);
    else if (previous.state == ServerState::Up && previous.height == oldBest && !(isUp && status.height >= oldBest))
        recomputeBestTips(); // the server that held the best tip went down or back: look again (rare)
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (bestTip(network) != oldBest && !m_rows.isEmpty())
        emit dataChanged(index(0, LagColumn), index(rowCount() - 1, LagColumn)); // every row's lag moved
}

void ServerTableModel::recomputeBestTips()
{
    m_bestTip.clear();
    for (const Row& row : std::as_const(m_rows)) {
        if (row.status.state != ServerState::Up || row.status.height < 0)
            continue;
        int& best = m_bestTip[row.entry.network];
        best = qMax(best, row.status.height);
    }
}

} // namespace btcw
