#pragma once

#include <QWidget>

#include <functional>
#include <vector>

class QAction;
class QKeySequence;
class QToolBar;

namespace pmc::app {
class Document;
class EditableTableModel;
}

namespace pmc::ui {

class FieldDelegate;
class RefusalBanner;
class TablePage;

/// Base of the master-data table editors (items, suppliers, stock): a toolbar of commands,
/// the refusal banner, and a filterable, sortable TablePage whose cells are edited in place
/// through a FieldDelegate (F2 or double-click). Derived pages add their commands; each is
/// on the toolbar, the table's context menu and the table's keyboard.
class MasterDataTablePage : public QWidget {
    Q_OBJECT
public:
    TablePage* table() const { return m_table; }
    RefusalBanner* banner() const { return m_banner; }
    FieldDelegate* delegate() const { return m_delegate; }
    /// The source-model rows of the selected table rows, ascending.
    std::vector<int> selectedRows() const;
    /// Selects, scrolls to and focuses one source-model row (a newly added one).
    void selectRow(int row);

protected:
    /// Takes ownership of `model`.
    MasterDataTablePage(app::Document& document, app::EditableTableModel* model, const QString& settingsKey,
                        QWidget* parent);

    /// Runs `remove` on the selected rows (if any). After a refusal the selection is cleared:
    /// restoring refused deleted rows moves them to the end of their section, so the rows still
    /// highlighted would be other records.
    void deleteSelectedRows(const std::function<bool(const std::vector<int>&)>& remove);
    /// `shortcut` works while the table has the focus, so that it never fires inside an editor.
    QAction* addCommand(const QString& text, const QKeySequence& shortcut, const std::function<void()>& run);

    app::Document& m_document;

private:
    TablePage* m_table;
    RefusalBanner* m_banner;
    FieldDelegate* m_delegate;
    QToolBar* m_toolBar;
};

} // namespace pmc::ui
