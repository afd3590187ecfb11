// "Chain tips": the servers of one network grouped by the tip they follow, so forks and lagging servers show at a
// glance (Electrum's network dialog). A snapshot of HealthRegistry::tipAgreement; reopen it after a scan.
#pragma once

#include "health/TipAgreement.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace btcw {

class ChainTipsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        TipColumn,
        HashColumn,
        ServersColumn,
        StateColumn,
        ColumnCount
    };

    ChainTipsDialog(const QString& network, const TipAgreement& agreement, QWidget* parent = nullptr);

    // One top-level item per tip (height and hash), best first, then lower tips, then "no tip"; servers as children.
    QTreeWidget* tipTree() const { return m_tree; }
    QString summaryText() const;

private:
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace btcw
