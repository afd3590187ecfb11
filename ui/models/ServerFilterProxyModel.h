// Sorting and filtering of the server table: substring, network, quick filters (onion / TLS / up / lagging or forked).
#pragma once

#include <QSortFilterProxyModel>

namespace btcw {

class ServerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ServerFilterProxyModel(QObject* parent = nullptr);

    // Case-insensitive substring of the host or its address (host:port); empty shows all.
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    // Only servers of this network; empty shows all networks.
    void setNetwork(const QString& network);
    QString network() const { return m_network; }
    void setOnionOnly(bool on);
    void setTlsOnly(bool on);
    void setUpOnly(bool on);
    // Only servers behind the best tip of their network or on a fork.
    void setTroubledOnly(bool on);
    // Only servers on the watch list.
    void setWatchedOnly(bool on);
    bool isWatchedOnly() const { return m_watchedOnly; }
    // One row per server: confirmed twins are shown once, under their first address ("host (+N)").
    void setGroupByServer(bool on);
    bool isGroupingByServer() const { return m_groupByServer; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool isOnionOnly() const { return m_onionOnly; }
    bool isTlsOnly() const { return m_tlsOnly; }
    bool isUpOnly() const { return m_upOnly; }
    bool isTroubledOnly() const { return m_troubledOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    QString m_text;
    QString m_network;
    bool m_onionOnly = false;
    bool m_tlsOnly = false;
    bool m_upOnly = false;
    bool m_troubledOnly = false;
    bool m_watchedOnly = false;
    bool m_groupByServer = false;
};

} // namespace btcw
