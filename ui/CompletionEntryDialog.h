#pragma once

#include "core/execution/CompletionReport.h"

#include <QDialog>

#include <vector>

class QDateEdit;
class QTableWidget;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

class StatusLabel;

/// Plan > Record completions (Ctrl+Shift+R): the shop floor's returns of one day (the 08:30
/// report) typed against the day's board, or a team's sheet imported. The board lists the
/// released plan's steps of that day (or every step that can still report); the planner types
/// good, scrap with its reason, the worker or team and the hours, row by row with the keyboard.
/// Everything typed is recorded in one undoable step, or nothing when a row is refused.
class CompletionEntryDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Order, Seq, WorkCenter, Item, Planned, Good, Scrap, Reason, Worker, Hours, ColumnCount };

    CompletionEntryDialog(app::Document& document, QWidget* parent = nullptr);

    QDateEdit* date() const { return m_date; }
    QTableWidget* table() const { return m_table; }
    QString status() const;
    /// The reports the typed rows make, and in `rows` their table rows (1-based); a row with a
    /// cell that is not a number is named in `problems`.
    std::vector<core::CompletionReport> typedReports(QStringList& problems, std::vector<int>* rows = nullptr) const;
    /// Records the typed rows; on success the dialog closes with Accepted.
    void record();
    enum class SheetOutcome { Recorded, Refused, Repeats };
    /// Records a team's sheet (.xlsx/.csv). A sheet whose rows repeat stored reports field for
    /// field (the same sheet imported twice) is refused with Repeats unless `allowRepeats`.
    SheetOutcome importSheet(const QString& fileName, bool allowRepeats = false);

private:
    void loadBoard();
    void addRow();
    void chooseSheet();
    void saveTemplate();

    app::Document& m_document;
    QDateEdit* m_date;
    QTableWidget* m_table;
    StatusLabel* m_status;
};

} // namespace pmc::ui
