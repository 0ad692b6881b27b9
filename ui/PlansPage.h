#pragma once

#include "app/plans/PlanSheet.h"

#include "ui/LazyPage.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace pmc::app {
class Document;
class FormTableModel;
}

namespace pmc::ui {

class StatusLabel;

/// The Plans area (docs/plans.md): the daily, weekly and monthly production plans, the day's
/// kitting list and the changes since a release, each in the columns and rows it prints with,
/// built on a worker from the stored last MRP run as `pmc-cli plan` builds it. Print preview
/// (Ctrl+P, with Export PDF), Excel export in the print's layout (Ctrl+Shift+X), a released
/// version reprinted as it was, and Release plan... (Ctrl+Alt+R) from here.
class PlansPage : public LazyPage {
    Q_OBJECT
public:
    explicit PlansPage(app::Document& document, QWidget* parent = nullptr);

    QComboBox* kind() const { return m_kind; }
    QDateEdit* date() const { return m_date; }
    QComboBox* scope() const { return m_scope; }
    QComboBox* version() const { return m_version; }
    app::FormTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString heading() const;
    QString status() const;

    /// Builds the chosen sheet again on the worker (after the running build, if one runs).
    void refresh() override;
    /// The print preview of the sheet shown (modal).
    void printPreview();
    /// Writes the sheet shown as .xlsx; returns why it could not, else an empty string.
    QString exportExcel(const QString& fileName);

signals:
    /// Plan > Release plan, asked from this page.
    void releaseRequested();

private:
    app::PlanSheetKind chosenKind() const;
    void fillScopes();
    void fillVersions();
    void chooseExcelFile();
    void showSheet(app::PlanSheet sheet);

    app::Document& m_document;
    QComboBox* m_kind;
    QDateEdit* m_date;
    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    QLabel* m_versionLabel;
    QComboBox* m_version;
    QLabel* m_heading;
    QTableView* m_table;
    app::FormTableModel* m_model;
    StatusLabel* m_status;
    std::optional<app::PlanSheet> m_sheet;
    QString m_databasePath; ///< of the document when the date was set to its planning date
};

} // namespace pmc::ui
