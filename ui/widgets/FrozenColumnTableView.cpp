#include "widgets/FrozenColumnTableView.h"

#include <QHeaderView>
#include <QScrollBar>

namespace btcw {

FrozenColumnTableView::FrozenColumnTableView(int column, QWidget* parent)
    : QTableView(parent), m_column(column), m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumnView"));
    // Clicks select through the shared selection model; keys and focus stay with this view.
    m_frozen->setFocusPolicy(Qt::ClickFocus);
    m_frozen->setFocusProxy(this);
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setContextMenuPolicy(Qt::CustomContextMenu);
    // A line on its right edge tells the fixed column from the ones scrolling under it.
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border: none; border-right: 1px solid palette(mid); }"));
    viewport()->stackUnder(m_frozen);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == m_column) {
            m_frozen->setColumnWidth(m_column, size);
            updateFrozenGeometry();
        }
    });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { keepFrozenFirst(); });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        m_frozen->horizontalHeader()->setSortIndicator(section, order);
    });
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &FrozenColumnTableView::sortFromFrozenHeader);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(m_frozen, &QAbstractItemView::doubleClicked, this, &QAbstractItemView::doubleClicked);
    connect(m_frozen, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        emit customContextMenuRequested(viewport()->mapFromGlobal(m_frozen->viewport()->mapToGlobal(pos)));
    });
}

void FrozenColumnTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::columnsInserted, this, [this] { showOnlyFrozenColumn(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { showOnlyFrozenColumn(); });
    }
    showOnlyFrozenColumn();
}

void FrozenColumnTableView::showOnlyFrozenColumn()
{
    if (!model())
        return;
    for (int c = 0; c < model()->columnCount(); ++c)
        m_frozen->setColumnHidden(c, c != m_column);
    m_frozen->setColumnWidth(m_column, columnWidth(m_column));
    keepFrozenFirst();
    updateFrozenGeometry();
}

void FrozenColumnTableView::keepFrozenFirst()
{
    QHeaderView* header = horizontalHeader();
    if (header->count() > m_column && header->visualIndex(m_column) != 0)
        header->moveSection(header->visualIndex(m_column), 0);
}

void FrozenColumnTableView::sortFromFrozenHeader(int section)
{
    // As a click on this view's header sorts: ascending, descending, then the model's own order.
    if (!isSortingEnabled())
        return;
    QHeaderView* header = horizontalHeader();
    if (header->sortIndicatorSection() != section)
        header->setSortIndicator(section, Qt::AscendingOrder);
    else if (header->sortIndicatorOrder() == Qt::AscendingOrder)
        header->setSortIndicator(section, Qt::DescendingOrder);
    else
        header->setSortIndicator(-1, Qt::AscendingOrder);
}

void FrozenColumnTableView::focusInEvent(QFocusEvent* event)
{
    QTableView::focusInEvent(event);
    matchLook();
}

void FrozenColumnTableView::focusOutEvent(QFocusEvent* event)
{
    QTableView::focusOutEvent(event);
    matchLook();
}

void FrozenColumnTableView::matchLook()
{
    // The fixed view never has the focus itself: it borrows this view's state for its selection colours.
    QPalette look = palette();
    const QPalette::ColorGroup group = hasFocus() ? QPalette::Active : QPalette::Inactive;
    for (const QPalette::ColorRole role : {QPalette::Highlight, QPalette::HighlightedText}) {
        look.setColor(QPalette::Active, role, palette().color(group, role));
        look.setColor(QPalette::Inactive, role, palette().color(group, role));
    }
    m_frozen->setPalette(look);
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->viewport()->update();
}

void FrozenColumnTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenColumnTableView::updateGeometries()
{
    QTableView::updateGeometries();
    if (m_frozen->verticalHeader()->defaultSectionSize() != verticalHeader()->defaultSectionSize())
        m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    keepFrozenFirst(); // a restored header state may have moved it
    if (m_frozen->alternatingRowColors() != alternatingRowColors())
        matchLook();
    // A click in the fixed column selects as a click in this view does (whole rows, extended).
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    updateFrozenGeometry();
}

void FrozenColumnTableView::updateFrozenGeometry()
{
    const bool shown = model() && !isColumnHidden(m_column);
    m_frozen->setVisible(shown);
    if (!shown)
        return;
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), columnWidth(m_column) + 1,
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value());
}

QModelIndex FrozenColumnTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(action, modifiers);
    // Moving left onto a cell hidden under the fixed column scrolls it out from under.
    const int frozenWidth = columnWidth(m_column);
    if (action == MoveLeft && current.isValid() && current.column() != m_column &&
        visualRect(current).left() < frozenWidth) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + visualRect(current).left() - frozenWidth);
    }
    return current;
}

void FrozenColumnTableView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    if (index.isValid() && index.column() == m_column) {
        // The fixed column is always in sight: scroll to its row without moving sideways.
        const int sideways = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(sideways);
        return;
    }
    QTableView::scrollTo(index, hint);
}

} // namespace btcw
