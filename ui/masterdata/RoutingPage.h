#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTableView;

namespace pmc::app {
class Document;
class ItemChoiceModel;
class RoutingTableModel;
}

namespace pmc::ui {

class RefusalBanner;

/// The Routings tab: the make items on the left (marked when they have no routing), the
/// operations of the selected one on the right with the time a lot takes at each. Cells are
/// edited in place; in the table Insert adds an operation, Delete removes one, Ctrl+Up/Down
/// move it.
/// Does not own the Document.
class RoutingPage : public QWidget {
    Q_OBJECT
public:
    explicit RoutingPage(app::Document& document, QWidget* parent = nullptr);

    app::RoutingTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QListView* items() const { return m_list; }
    void showItem(const QString& code);
    void addOperation();
    void deleteOperation();
    void moveOperation(int delta);

private:
    QWidget* createItemList();
    QWidget* createOperationsPanel();
    void keepListOnItem();
    void selectRow(int row);

    app::Document& m_document;
    app::ItemChoiceModel* m_items;
    QSortFilterProxyModel* m_filtered;
    app::RoutingTableModel* m_model;
    QLineEdit* m_filter;
    QListView* m_list;
    QLabel* m_title;
    RefusalBanner* m_banner;
    QDoubleSpinBox* m_lotSize;
    QTableView* m_table;
};

} // namespace pmc::ui
