// The server table: one row per directory entry with its last known status, in the directory's (seed) order.
#pragma once

#include "directory/ServerDirectory.h"
#include "models/ServerStatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>

namespace btcw {

class CertificatePinStore;

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
    };

    explicit ServerTableModel(QObject* parent = nullptr);

    // Replaces the rows (kept in the given order); statuses of servers still present are kept.
    void setEntries(const QList<ServerEntry>& entries);
    // Shows each TLS server's pin state; the model follows the store's changes.
    void setPinStore(CertificatePinStore* pins);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ServerEntry& entry(int row) const { return m_rows.at(row).entry; }
    const ServerStatus& status(int row) const { return m_rows.at(row).status; }
    int rowForKey(const QString& key) const { return m_rowByKey.value(key, -1); }
    QList<ServerEntry> entries() const;

    // Sets one server's status; unknown keys are ignored.
    void setStatus(const QString& key, const ServerStatus& status);
    void setState(const QString& key, ServerState state);
    // The highest tip an up server of `network` reported; -1 when none.
    int bestTip(const QString& network) const { return m_bestTip.value(network, -1); }
    // How far behind the best tip of its network the row's server is; -1 when not known.
    int lag(int row) const;

    static QString stateText(const ServerStatus& status);
    static QString kindText(HostKind kind);
    static QIcon kindIcon(HostKind kind);
    static QIcon stateIcon(ServerState state);

private:
    struct Row
    {
        ServerEntry entry;
        ServerStatus status;
    };
    QString pinText(const Row& row) const;
    QVariant displayValue(const Row& row, int rowIndex, int column) const;
    QVariant sortValue(const Row& row, int rowIndex, int column) const;
    void recomputeBestTips();
    void onPinChanged(const QString& hostPort);

    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
    QHash<QString, int> m_bestTip;
    QPointer<CertificatePinStore> m_pins;
};

} // namespace btcw
