#pragma once

#include <QWidget>

#include <vector>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pmc::ui {

class ColumnChooser;

/// A searchable, sortable table over one app model: a filter box, the table, a row count and
/// "Export to Excel...". Sorting and filtering happen in a proxy, so the source model is never
/// copied. Right-clicking the header hides and shows columns (ColumnChooser).
class TablePage : public QWidget {
    Q_OBJECT
public:
    /// `settingsKey` names the page in QSettings, where the column layout is remembered.
    TablePage(QAbstractItemModel* model, const QString& settingsKey, QWidget* parent = nullptr);
    ~TablePage() override;

    QTableView* view() const { return m_view; }
    void focusFilter();
    /// Shows only the rows containing `text`, typed into the filter box so the planner sees
    /// why, and selects the row keyed (or whose first column reads) `text`, else the first.
    void showMatching(const QString& text);
    /// Copies the selected cells as tab-separated text, which pastes into Excel as cells.
    void copySelection() const;
    ColumnChooser* columnChooser() const { return m_columns; }
    /// The logical columns shown, in the order shown.
    std::vector<int> visibleColumns() const;
    /// Writes the table as shown (visible columns in their order, the filtered rows as sorted)
    /// to an .xlsx file; throws with a message naming the file when it cannot.
    void exportToExcel(const QString& fileName) const;

private:
    void updateCount();
    /// Asks for a file name and exports, reporting a failure in a message box.
    void chooseExportFile();

    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_count;
    QString m_settingsKey;
    ColumnChooser* m_columns;
};

} // namespace pmc::ui
