#include "models/ServerTableModel.h"

#include "Icons.h"
#include "Tones.h"
#include "directory/WatchList.h"
#include "health/HealthReport.h"
#include "health/TipAgreement.h"
#include "models/EngineText.h"
#include "monitor/BlockArrival.h"
#include "net/CertificatePinStore.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <cmath>
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
        m_rows.append(Row{entry, kept.value(key), {}, true}); // identities follow in refreshIdentities()
    }
    recomputeBestTips();
    endResetModel();
    refreshIdentities();
}

void ServerTableModel::setIdentities(const ServerIdentities* identities)
{
    m_identities = identities;
    refreshIdentities();
}

void ServerTableModel::refreshIdentities()
{
    m_groupSize.clear();
    QSet<QString> led;
    for (Row& row : m_rows) {
        // Identities are per host; the network keeps a testnet server apart from a mainnet one of the same name.
        row.identity =
            row.entry.network + u'/' + (m_identities ? m_identities->identityOf(row.entry.host) : row.entry.host);
        row.groupLeader = !led.contains(row.identity);
        led.insert(row.identity);
        ++m_groupSize[row.identity];
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
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

void ServerTableModel::setWatchList(WatchList* watchList)
{
    if (m_watchList)
        disconnect(m_watchList, nullptr, this, nullptr);
    m_watchList = watchList;
    const auto refresh = [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, WatchedColumn), index(rowCount() - 1, WatchedColumn));
    };
    if (m_watchList)
        connect(m_watchList, &WatchList::changed, this, refresh);
    refresh();
}

void ServerTableModel::setBlockArrival(const BlockArrival* arrival)
{
    if (m_arrival)
        disconnect(m_arrival, nullptr, this, nullptr);
    m_arrival = arrival;
    const auto refresh = [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, ArrivalColumn), index(rowCount() - 1, ArrivalColumn));
    };
    if (m_arrival)
        connect(m_arrival, &BlockArrival::arrived, this, refresh);
    refresh();
}

std::optional<ServerAddress> ServerTableModel::arrivalAddress(const BlockArrival* arrival, const ServerEntry& entry)
{
    if (!arrival)
        return std::nullopt;
    for (const Transport transport : {Transport::Tls, Transport::Tcp}) {
        const ServerAddress address = entry.address(transport);
        if (address.isValid() && arrival->stats(address))
            return address;
    }
    return std::nullopt;
}

static std::optional<ArrivalStats> arrivalOfEntry(const BlockArrival* arrival, const ServerEntry& entry)
{
    const std::optional<ServerAddress> address = ServerTableModel::arrivalAddress(arrival, entry);
    return address ? arrival->stats(*address) : std::nullopt;
}

QString ServerTableModel::arrivalLagText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString ServerTableModel::arrivalToolTip(const Row& row) const
{
    const std::optional<ArrivalStats> stats = arrivalOfEntry(m_arrival, row.entry);
    if (!stats)
        return tr("Block arrival is timed for followed servers: watch this server to follow it");
    QStringList lines;
    if (stats->lastLagMs) {
        lines.append(tr("Block %1 announced %2 after the first server")
                         .arg(QLocale().toString(stats->lastHeight), arrivalLagText(*stats->lastLagMs)));
    }
    const auto window = [&](const QString& text, const ArrivalPercentiles& p) {
        if (p.p50Ms && p.p95Ms) {
            lines.append(text.arg(arrivalLagText(*p.p50Ms), arrivalLagText(*p.p95Ms), QLocale().toString(p.samples)));
        }
    };
    window(tr("24 hours: median %1, 95th percentile %2 (blocks: %3)"), stats->day);
    window(tr("7 days: median %1, 95th percentile %2 (blocks: %3)"), stats->week);
    if (stats->forked)
        lines.append(tr("Its tip is a block no other followed server has at that height: a fork or a stale tip?"));
    if (lines.isEmpty())
        return tr("Followed: no new block announced yet");
    return lines.join(QLatin1Char('\n'));
}

bool ServerTableModel::isWatched(int row) const
{
    return m_watchList && m_watchList->isWatched(m_rows.at(row).entry.key());
}

Qt::ItemFlags ServerTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == WatchedColumn && m_watchList)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ServerTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != WatchedColumn || role != Qt::CheckStateRole || !m_watchList)
        return false;
    // The watch list's changed() repaints the column.
    m_watchList->setWatched(m_rows.at(index.row()).entry.key(), value.toInt() == Qt::Checked);
    return true;
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

int ServerTableModel::rowFor(const QString& network, const QString& host) const
{
    return rowForKey(network + QLatin1Char('/') + host);
}

int ServerTableModel::lag(int row) const
{
    const Row& r = m_rows.at(row);
    if (r.status.state != ServerState::Up || r.status.height < 0)
        return -1;
    if (r.status.lag >= 0)
        return r.status.lag;
    const int best = bestTip(r.entry.network);
    return best < 0 ? -1 : qMax(0, best - r.status.height);
}

bool ServerTableModel::isForked(int row) const
{
    const ServerStatus& s = m_rows.at(row).status;
    return s.state == ServerState::Up && s.forked;
}

QString ServerTableModel::forkText(int height)
{
    return tr("reports another block hash at height %1 than most servers").arg(QLocale().toString(height));
}

QString ServerTableModel::stateText(const ServerStatus& status)
{
    switch (status.state) {
    case ServerState::Unknown:
        return tr("unknown");
    case ServerState::Checking:
        return tr("checking…");
    case ServerState::Up:
        return status.forked ? tr("fork") : tr("up");
    case ServerState::Down:
        // A short verdict keeps the column narrow; the full one ("tls: certificate changed since …") is the
        // tooltip and the details pane's "Last error".
        if (status.failedStage == healthstage::Connect)
            return tr("no connection");
        if (status.failedStage == healthstage::Tls)
            return status.pinState == QLatin1String("changed") ||
                           status.errorKind == errorKindName(ErrorKind::CertificateChanged) ||
                           status.reason.contains(QLatin1String("certificate changed"))
                       ? tr("certificate changed")
                       : tr("TLS failed");
        if (status.failedStage == healthstage::Version)
            return tr("no handshake");
        if (status.failedStage == healthstage::Features)
            return status.reasonCode.id == QLatin1String("check.genesis-of") ||
                           status.reasonCode.id == QLatin1String("check.genesis-unknown") ||
                           status.reason.contains(QLatin1String("genesis is"))
                       ? tr("wrong network")
                       : tr("bad features");
        if (status.failedStage == healthstage::Tip || status.failedStage == healthstage::Header)
            return tr("no valid tip");
        if (status.failedStage == healthstage::Ping)
            return tr("no answer");
        if (status.failedStage == healthstage::Proof)
            return tr("served invalid data");
        return tr("down");
    }
    return {};
}

QString ServerTableModel::sourceText(const QString& source)
{
    if (source == QLatin1String("bundled"))
        return tr("bundled");
    if (source == QLatin1String("user"))
        return tr("added");
    if (source == QLatin1String("import"))
        return tr("imported");
    if (source == QLatin1String("peer"))
        return tr("peer");
    return source;
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
        return Icons::get(Icons::StateUp); // a fork has its own icon, chosen in data()
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
    // A refused new certificate waits in the Certificates dialog: the column must not say all is well.
    if (pin->hasPending())
        return tr("changed!");
    return pin->changes > 0 ? tr("pinned (re-trusted)") : tr("pinned");
}

bool ServerTableModel::hasPendingCertificate(const Row& row) const
{
    if (!row.entry.tlsPort || !m_pins)
        return false;
    const auto pin = m_pins->pin(row.entry.address(Transport::Tls).hostPort());
    return pin && pin->hasPending();
}

QString ServerTableModel::sourceToolTip(const Row& row) const
{
    QStringList lines;
    const ServerEntry& e = row.entry;
    if (e.source == QLatin1String("peer")) {
        const QString by = e.announcedBy.isEmpty() ? tr("another server") : e.announcedBy;
        lines.append(e.discoveredAt.isValid()
                         ? tr("discovered from %1 on %2")
                               .arg(by, QLocale().toString(e.discoveredAt.toLocalTime(), QLocale::ShortFormat))
                         : tr("discovered from %1").arg(by));
    }
    if (m_suspicious.contains(e.key()))
        lines.append(tr("announced many peers that could not be verified"));
    return lines.join(QLatin1Char('\n'));
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
    case UptimeColumn: {
        if (!s.uptime24h)
            return QString();
        // One decimal, none when it is a whole number ("100 %", "0 %", "87.5 %").
        const double tenths = std::round(*s.uptime24h * 10.0);
        return tr("%1 %").arg(QLocale().toString(tenths / 10.0, 'f', std::fmod(tenths, 10.0) == 0.0 ? 0 : 1));
    }
    case SourceColumn:
        if (e.source == QLatin1String("peer") && !e.announcedBy.isEmpty())
            return tr("peer of %1").arg(e.announcedBy);
        return sourceText(e.source);
    case WatchedColumn:
        return QString(); // the check box says it
    case ArrivalColumn: {
        const std::optional<ArrivalStats> stats = arrivalOfEntry(m_arrival, e);
        return stats && stats->lastLagMs ? arrivalLagText(*stats->lastLagMs) : QString();
    }
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
        // up first, then on a fork, checking, down, unknown
        static constexpr int rank[] = {4, 2, 0, 3};
        return s.state == ServerState::Up && s.forked ? 1 : rank[int(s.state)];
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
    case UptimeColumn:
        // Ascending puts the least reliable first; unknown after every known share.
        return s.uptime24h ? *s.uptime24h : std::numeric_limits<double>::max();
    case SourceColumn:
        return displayValue(row, rowIndex, column);
    case WatchedColumn:
        return isWatched(rowIndex) ? 0 : 1; // watched first
    case ArrivalColumn: {
        const std::optional<ArrivalStats> stats = arrivalOfEntry(m_arrival, e);
        return stats && stats->lastLagMs ? *stats->lastLagMs : unknown;
    }
    }
    return {};
}

QVariant ServerTableModel::toolTip(const Row& row, int rowIndex, int column) const
{
    const ServerStatus& s = row.status;
    switch (column) {
    case HostColumn: {
        QString tip = row.entry.preferredAddress().toString();
        if (const QString source = sourceToolTip(row); !source.isEmpty())
            tip += QLatin1Char('\n') + source;
        if (m_identities) {
            QStringList others = m_identities->membersOf(row.entry.host);
            others.removeAll(row.entry.host);
            if (!others.isEmpty())
                tip += QLatin1Char('\n') + tr("Same server as %1").arg(others.join(QStringLiteral(", ")));
        }
        return tip;
    }
    case PinColumn:
        if (hasPendingCertificate(row))
            return tr("The server presented another certificate than the pinned one. Servers → Certificates… shows "
                      "both; trust the new one there or forget the pin.");
        return {};
    case StatusColumn:
        if (s.state == ServerState::Down)
            return EngineText::reason(s);
        if (isForked(rowIndex))
            return forkText(s.height);
        return {};
    case LagColumn:
        if (isForked(rowIndex))
            return forkText(s.height);
        return {};
    case SourceColumn: {
        const QString tip = sourceToolTip(row);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case WatchedColumn:
        return isWatched(rowIndex) ? tr("Watched: you are told when it goes down, comes back, falls behind or "
                                        "presents another certificate")
                                   : tr("Tick to watch this server");
    case ArrivalColumn:
        return arrivalToolTip(row);
    default:
        return {};
    }
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
            return isForked(index.row()) ? Icons::get(Icons::StateFork) : stateIcon(row.status.state);
        if (column == SourceColumn && m_suspicious.contains(row.entry.key()))
            return Icons::get(Icons::Warning);
        if (column == ArrivalColumn) {
            const std::optional<ArrivalStats> stats = arrivalOfEntry(m_arrival, row.entry);
            return stats && stats->forked ? Icons::get(Icons::StateFork) : QVariant();
        }
        if (column == PinColumn && row.entry.tlsPort && m_pins &&
            m_pins->pin(row.entry.address(Transport::Tls).hostPort()))
            return Icons::get(Icons::Pinned);
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, index.row(), column);
    case Qt::CheckStateRole:
        if (column == WatchedColumn && m_watchList)
            return isWatched(index.row()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::BackgroundRole:
        if (column == PinColumn && hasPendingCertificate(row))
            return tones::warningBackground(QGuiApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case TcpPortColumn:
        case TlsPortColumn:
        case HeightColumn:
        case LagColumn:
        case LatencyColumn:
        case UptimeColumn:
        case ArrivalColumn:
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
    case ForkedRole:
        return isForked(index.row());
    case SuspiciousRole:
        return m_suspicious.contains(row.entry.key());
    case IdentityRole:
        return row.identity;
    case GroupLeaderRole:
        return row.groupLeader;
    case GroupSizeRole:
        return m_groupSize.value(row.identity, 1);
    case WatchedRole:
        return isWatched(index.row());
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
    case UptimeColumn:
        return tr("Uptime 24 h");
    case SourceColumn:
        return tr("Source");
    case WatchedColumn:
        return tr("Watched");
    case ArrivalColumn:
        return tr("Arrival");
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

void ServerTableModel::setStatuses(const QHash<QString, ServerStatus>& statuses)
{
    int first = -1;
    int last = -1;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        const int row = rowForKey(it.key());
        if (row < 0)
            continue;
        m_rows[row].status = it.value();
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first < 0)
        return;
    recomputeBestTips();
    // Lags depend on other rows: announce the whole lag column too.
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit dataChanged(index(0, LagColumn), index(rowCount() - 1, LagColumn));
}

bool ServerTableModel::setReport(const QString& network, const HealthReport& report, std::optional<double> uptime24h)
{
    const int row = rowFor(network, report.server.host());
    if (row < 0)
        return false;
    ServerStatus status = ServerStatus::fromReport(report);
    status.uptime24h = uptime24h;
    setStatus(m_rows.at(row).entry.key(), status);
    return true;
}

void ServerTableModel::setTipAgreement(const QString& network, const TipAgreement& agreement)
{
    int first = -1;
    int last = -1;
    for (const ServerTip& tip : agreement.servers) {
        const int row = rowFor(network, tip.server.host());
        if (row < 0)
            continue;
        ServerStatus& status = m_rows[row].status;
        // A row shows one address's check; a tip from the host's other transport (an older check) is not its own.
        if (status.server.isValid() && status.server != tip.server)
            continue;
        const int lag = status.height == tip.height ? tip.lag : -1;
        const bool forked = status.height == tip.height && tip.forked;
        if (status.lag == lag && status.forked == forked)
            continue;
        status.lag = lag;
        status.forked = forked;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ServerTableModel::setSuspicious(const QString& key, bool suspicious)
{
    const bool was = m_suspicious.contains(key);
    if (was == suspicious)
        return;
    if (suspicious)
        m_suspicious.insert(key);
    else
        m_suspicious.remove(key);
    if (const int row = rowForKey(key); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
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

int ServerTableModel::setLiveTip(const ServerAddress& server, int height, const QString& hash, const QDateTime& seenAt)
{
    int changed = 0;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const Row& r = m_rows.at(row);
        if (r.entry.host.compare(server.host(), Qt::CaseInsensitive) != 0)
            continue;
        // A row shows one address's check; another transport's tip is not its own.
        if (r.status.server.isValid() && r.status.server != server)
            continue;
        ServerStatus status = r.status;
        status.height = height;
        status.tipHash = hash;
        status.lastBlockSeen = seenAt;
        if (!status.server.isValid())
            status.server = server;
        setStatus(r.entry.key(), status);
        ++changed;
    }
    return changed;
}

} // namespace btcw
