// The filter bar above the server table: host text, network and quick filters, fed into the table's proxy model.
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;

namespace btcw {

class ServerFilterProxyModel;

class ServerFilterBar : public QWidget
{
    Q_OBJECT
public:
    // Every change goes straight into `proxy`, which must outlive the bar.
    explicit ServerFilterBar(ServerFilterProxyModel* proxy, QWidget* parent = nullptr);

    // Offers "All networks" and `networks`; the chosen network stays chosen while it is offered.
    void setNetworks(const QStringList& networks);
    // The network shown, empty for all networks.
    QString network() const;
    // Puts the keyboard in the host filter with its text selected (Ctrl+F).
    void focusFilter();
    // Empties the host filter and unticks the quick filters (the network stays): Esc in the filter box.
    void clearFilters();
    // Whether the host text or a quick filter narrows the table (the network choice does not count).
    bool isFiltering() const;

    // Keeps the filters across runs (under "window/").
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

signals:
    void filtersChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ServerFilterProxyModel* m_proxy;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_networkFilter = nullptr;
    QCheckBox* m_onionOnly = nullptr;
    QCheckBox* m_tlsOnly = nullptr;
    QCheckBox* m_upOnly = nullptr;
    QCheckBox* m_troubledOnly = nullptr;
    QCheckBox* m_watchedOnly = nullptr;
    QCheckBox* m_groupByServer = nullptr;
};

} // namespace btcw
