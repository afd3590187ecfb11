// The server table: one row per directory entry with its last known health, in the directory's (seed) order.
#pragma once

#include "directory/ServerDirectory.h"
#include "models/ServerStatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <QSet>
#include <optional>

namespace btcw {

class BlockArrival;
class CertificatePinStore;
class WatchList;
struct HealthReport;
struct TipAgreement;

class ServerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        HostColumn,
        KindColumn,
        TcpPortColumn,
        TlsPortColumn,
        NetworkColumn,
        ProtocolColumn,
        StatusColumn,
        HeightColumn,
        LagColumn,
        LatencyColumn,
        LastCheckedColumn,
        PinColumn,
        UptimeColumn,  // share of successful checks over 24 hours
        SourceColumn,  // bundled, user, import, peer (with who announced it)
        WatchedColumn, // a check box: starred servers are watched (notifications, the "watched only" filter)
        ArrivalColumn, // block arrival: how long after the first followed server it announced its latest block
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (numbers as numbers, unknown last)
        KeyRole,                     // ServerEntry::key()
        StateRole,                   // int(ServerState)
        HostKindRole,                // int(HostKind)
        HasTlsRole,                  // bool
        SeedOrderRole,               // the row's position in the directory's order
        ForkedRole,                  // bool: on another chain than most servers of its network
        SuspiciousRole,              // bool: announced many peers that could not be verified
        IdentityRole,                // QString: the server identity (ServerIdentities::identityOf) of the host
        GroupLeaderRole,             // bool: the first row of its identity (what "group by server" shows)
        GroupSizeRole,               // int: rows of the table that are this row's server (1: no twin listed)
        WatchedRole,                 // bool: on the watch list
    };

    explicit ServerTableModel(QObject* parent = nullptr);

    // Replaces the rows (kept in the given order); statuses of servers still present are kept.
    void setEntries(const QList<ServerEntry>& entries);
    // Shows each TLS server's pin state; the model follows the store's changes.
    void setPinStore(CertificatePinStore* pins);
    // Shows (and, through the Watched column's check box, changes) the watch list; the model follows its changes.
    void setWatchList(WatchList* watchList);
    bool isWatched(int row) const;
    // Shows each followed server's block arrival lag (tooltip: p50/p95 over 24 h and 7 days, the fork mark); the
    // model follows its new samples.
    void setBlockArrival(const BlockArrival* arrival);
    // Which rows are one server (confirmed twins): recomputed by setEntries() and refreshIdentities().
    void setIdentities(const ServerIdentities* identities);
    void refreshIdentities();
    QString identity(int row) const { return m_rows.at(row).identity; }
    bool isGroupLeader(int row) const { return m_rows.at(row).groupLeader; }
    int groupSize(int row) const { return m_groupSize.value(m_rows.at(row).identity, 1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ServerEntry& entry(int row) const { return m_rows.at(row).entry; }
    const ServerStatus& status(int row) const { return m_rows.at(row).status; }
    int rowForKey(const QString& key) const { return m_rowByKey.value(key, -1); }
    // The row of `host` in the directory network `network` ("mainnet", "testnet", …); -1 when not listed.
    int rowFor(const QString& network, const QString& host) const;
    QList<ServerEntry> entries() const;

    // Sets one server's status; unknown keys are ignored.
    void setStatus(const QString& key, const ServerStatus& status);
    // Sets many at once with one change signal (e.g. statuses remembered from the history); unknown keys are ignored.
    void setStatuses(const QHash<QString, ServerStatus>& statuses);
    void setState(const QString& key, ServerState state);
    // A staged check's report for a server of the directory network `network`; false when no row shows its host.
    // Lag and fork come later with setTipAgreement (they depend on every server's report).
    bool setReport(const QString& network, const HealthReport& report, std::optional<double> uptime24h = {});
    // Each server's lag and fork flag from the agreement over the network's reports. A row takes the values of the
    // address its status was checked on.
    void setTipAgreement(const QString& network, const TipAgreement& agreement);
    // A tip `server` announced (a subscribed server's new block): the rows of its host that show this address (or no
    // check yet) take the height and hash, with when it was seen. Returns the rows changed.
    int setLiveTip(const ServerAddress& server, int height, const QString& hash, const QDateTime& seenAt);
    // Marks a server that announced many peers that could not be verified (kept across setEntries).
    void setSuspicious(const QString& key, bool suspicious);
    bool isSuspicious(int row) const { return m_suspicious.contains(m_rows.at(row).entry.key()); }

    // The highest tip an up server of `network` reported; -1 when none.
    int bestTip(const QString& network) const { return m_bestTip.value(network, -1); }
    // How far behind the best tip of its network the row's server is; -1 when not known. The tip agreement's lag
    // when there is one, else measured against bestTip().
    int lag(int row) const;
    bool isForked(int row) const;

    static QString stateText(const ServerStatus& status);
    static QString kindText(HostKind kind);
    static QString sourceText(const QString& source);
    static QIcon kindIcon(HostKind kind);
    static QIcon stateIcon(ServerState state);
    // "reports another block hash at height N than most servers", for the status tooltip.
    static QString forkText(int height);
    // Whose block arrival a row shows: its TLS address when that one is followed (or was timed), else its TCP one.
    static std::optional<ServerAddress> arrivalAddress(const BlockArrival* arrival, const ServerEntry& entry);

private:
    struct Row
    {
        ServerEntry entry;
        ServerStatus status;
        QString identity;
        bool groupLeader = true;
    };
    QString pinText(const Row& row) const;
    bool hasPendingCertificate(const Row& row) const;
    QString sourceToolTip(const Row& row) const;
    QVariant displayValue(const Row& row, int rowIndex, int column) const;
    QVariant sortValue(const Row& row, int rowIndex, int column) const;
    QVariant toolTip(const Row& row, int rowIndex, int column) const;
    QString arrivalToolTip(const Row& row) const;
    static QString arrivalLagText(qint64 ms); // "850 ms" under a second, "12.3 s" above
    void recomputeBestTips();
    void onPinChanged(const QString& hostPort);

    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
    QHash<QString, int> m_bestTip;
    QSet<QString> m_suspicious; // entry keys
    QPointer<CertificatePinStore> m_pins;
    QPointer<WatchList> m_watchList;
    QPointer<const BlockArrival> m_arrival;
    QPointer<const ServerIdentities> m_identities;
    QHash<QString, int> m_groupSize; // identity → rows
};

} // namespace btcw
