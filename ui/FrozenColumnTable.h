#pragma once

#include <QWidget>

class QAbstractItemModel;
class QModelIndex;
class QTableView;

namespace pmc::ui {

/// A table whose first columns stay in place while the rest scrolls sideways (the item and
/// row labels of the material requirements table): two views over one model and one
/// selection model, side by side, scrolled together vertically. Rows have one height, so
/// views of 600k rows stay quick.
class FrozenColumnTable : public QWidget {
    Q_OBJECT
public:
    FrozenColumnTable(QAbstractItemModel* model, int frozenColumns, QWidget* parent = nullptr);

    QTableView* frozenView() const { return m_frozen; }
    QTableView* scrollingView() const { return m_scrolling; }
    /// Sizes the frozen columns to their contents (first rows only) and lines up the headers;
    /// called after each model reset.
    void layoutColumns();

signals:
    /// Double-click or Enter on a cell of either view.
    void cellActivated(const QModelIndex& index);

private:
    QTableView* m_frozen;
    QTableView* m_scrolling;
    int m_frozenColumns;
};

} // namespace pmc::ui
