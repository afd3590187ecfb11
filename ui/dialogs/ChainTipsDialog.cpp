#include "dialogs/ChainTipsDialog.h"

#include "Tones.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace btcw {

namespace {

QString shortHash(const QString& hash)
{
    return hash.size() <= 20 ? hash : hash.left(8) + QStringLiteral("…") + hash.right(8);
}

} // namespace

ChainTipsDialog::ChainTipsDialog(const QString& network, const TipAgreement& agreement, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Chain tips: %1").arg(network));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("chainTipTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Tip"), tr("Block hash"), tr("Servers"), tr("State")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);

    // Group by (height, hash): servers that follow the same block. Highest first; "no tip" (-1) last.
    QMap<std::pair<int, QString>, QList<ServerTip>> groups;
    for (const ServerTip& tip : agreement.servers)
        groups[{tip.height, tip.height < 0 ? QString() : tip.hash}].append(tip);
    QList<std::pair<int, QString>> keys = groups.keys();
    std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first > b.first;
        return groups.value(a).size() > groups.value(b).size(); // the majority's hash first
    });

    int forks = 0;
    int behind = 0;
    for (const auto& key : keys) {
        const QList<ServerTip>& tips = groups.value(key);
        const ServerTip& first = tips.first();
        auto* group = new QTreeWidgetItem(m_tree);
        QString state;
        if (key.first < 0) {
            state = tr("no tip (check failed)");
            group->setText(TipColumn, tr("none"));
        } else {
            group->setText(TipColumn, QLocale().toString(key.first));
            group->setText(HashColumn, shortHash(key.second));
            group->setToolTip(HashColumn, key.second);
            if (first.forked) {
                state = tr("fork: most servers at this height follow another block");
                ++forks;
                group->setForeground(StateColumn, tones::bad(m_tree->palette()));
            } else if (first.lag > 0) {
                state = tr("behind by %1").arg(QLocale().toString(first.lag));
                ++behind;
            } else if (agreement.contestedHeights.contains(key.first)) {
                state = tr("contested: no majority at this height");
            } else {
                state = tr("best tip");
            }
        }
        group->setText(ServersColumn, QLocale().toString(tips.size()));
        group->setText(StateColumn, state);
        QFont bold = group->font(TipColumn);
        bold.setBold(true);
        group->setFont(TipColumn, bold);
        for (const ServerTip& tip : tips) {
            auto* child = new QTreeWidgetItem(group);
            child->setText(TipColumn, tip.server.toString());
            child->setFirstColumnSpanned(true);
        }
        group->setExpanded(true);
    }

    if (agreement.servers.isEmpty())
        m_summary->setText(tr("No %1 server has been checked yet: run Check all (F5) first.").arg(network));
    else
        m_summary->setText(tr("Servers checked: %1; best tip: %2; on a fork: %3; behind: %4.")
                               .arg(QLocale().toString(agreement.servers.size()),
                                    agreement.bestHeight >= 0 ? QLocale().toString(agreement.bestHeight) : tr("none"),
                                    QLocale().toString(forks), QLocale().toString(behind)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString ChainTipsDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace btcw
