#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace pmc::app {
class Document;
}
namespace pmc::store {
struct TableImportPlan;
}

namespace pmc::ui {

/// File > Import table: reads an Excel or CSV file as one or more tables and shows, before
/// anything changes, what the import would do per table (added, changed with the changed
/// columns, removed) and every reason it is refused (sheet, row, column, reason). Apply is
/// enabled only for a file without issues: master tables then become one undoable edit
/// ("Import FILE"); a file that changes orders is stored in one step that clears the undo
/// history. Does not own the Document.
class TableImportDialog : public QDialog {
    Q_OBJECT
public:
    TableImportDialog(app::Document& document, const QString& fileName, QWidget* parent = nullptr);
    ~TableImportDialog() override;

    /// Asks for a file and runs the dialog on it.
    static void importFile(app::Document& document, QWidget* parent);
    /// True when the UI is Chinese: exported tables and this dialog then use Chinese headers.
    static bool chineseHeaders();

    QTreeWidget* changesView() const { return m_changes; }
    QTreeWidget* issuesView() const { return m_issues; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    /// Applies the import shown; false (and the reason in the issue list) when it failed.
    bool apply();

private:
    void readFile();
    void showPlan();
    void showIssue(const QString& place, const QString& reason, bool isError);

    app::Document& m_document;
    QString m_fileName;
    QComboBox* m_table;
    QLabel* m_summary;
    QTreeWidget* m_changes;
    QTreeWidget* m_issues;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<store::TableImportPlan> m_plan; // null when the file could not be read
};

} // namespace pmc::ui
