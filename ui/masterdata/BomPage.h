#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QTableView;
class QTreeView;

namespace pmc::app {
class BomTreeModel;
class Document;
class ItemChoiceModel;
class WhereUsedTableModel;
}

namespace pmc::ui {

class RefusalBanner;

/// The BOM tab: pick a parent item, see its multi-level BOM with extended quantities for a
/// quantity and date, edit its rows in place (Insert adds a component, Delete removes a row),
/// and see where the selected component is used. Does not own the Document.
class BomPage : public QWidget {
    Q_OBJECT
public:
    explicit BomPage(app::Document& document, QWidget* parent = nullptr);

    app::BomTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    app::WhereUsedTableModel* whereUsed() const { return m_whereUsed; }
    /// Shows the BOM of this item (it is also selected in the parent picker).
    void showParent(const QString& code);
    void addComponent();
    void deleteRow();

private:
    QWidget* createToolbar();
    void setUpTree();
    QWidget* createWhereUsedPanel();
    void choosePickedParent();
    void keepPickerOnParent();
    void updateWhereUsed();

    app::Document& m_document;
    app::ItemChoiceModel* m_parents;
    app::BomTreeModel* m_model;
    app::WhereUsedTableModel* m_whereUsed;
    RefusalBanner* m_banner;
    QComboBox* m_parentBox;
    QDoubleSpinBox* m_quantity;
    QDateEdit* m_date;
    QTreeView* m_tree;
    QLabel* m_whereUsedTitle;
    QCheckBox* m_multiLevel;
    QTableView* m_whereUsedView;
};

} // namespace pmc::ui
