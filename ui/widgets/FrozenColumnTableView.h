// A table view whose first column stays in place when the table scrolls sideways (the server's name stays in
// sight): a second view over the left edge shows that column only, sharing the model, selection and scrolling.
#pragma once

#include <QTableView>

namespace btcw {

class FrozenColumnTableView : public QTableView
{
    Q_OBJECT
public:
    // `column` is the model column kept in place; it is kept first among the visual columns.
    explicit FrozenColumnTableView(int column, QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    // The view over the left edge (for tests and for wiring that must reach both views).
    QTableView* frozenView() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void updateGeometries() override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

private:
    void updateFrozenGeometry();
    void showOnlyFrozenColumn();
    void keepFrozenFirst();
    void sortFromFrozenHeader(int section);
    // The fixed column looks focused (selection colours, alternating rows) exactly when this view does.
    void matchLook();

    int m_column;
    QTableView* m_frozen;
};

} // namespace btcw
