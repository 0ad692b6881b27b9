#pragma once

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;

namespace pmc::app {
class Document;
class MrpExceptionFilterModel;
class MrpExceptionTableModel;
}

namespace pmc::ui {

class TablePage;

/// The exception messages of the last MRP run as the planner's work list: filter by type,
/// buyer and supplier (plus the text filter), mark messages done with an optional note or
/// reopen them (undoable; kept across re-runs and restarts), and hide what is done.
class ExceptionListPage : public QWidget {
    Q_OBJECT
public:
    explicit ExceptionListPage(app::Document& document, QWidget* parent = nullptr);
    ~ExceptionListPage() override;

    TablePage* table() const { return m_table; }
    app::MrpExceptionFilterModel* filter() const { return m_filter; }
    /// Marks the selected messages done; asks for a note first when `askNote`.
    void markSelectedDone(bool askNote);
    void reopenSelected();

private:
    std::vector<int> selectedSourceRows() const;
    void refreshChoices();

    app::Document& m_document;
    app::MrpExceptionTableModel* m_model;
    app::MrpExceptionFilterModel* m_filter;
    QComboBox* m_kind;
    QComboBox* m_buyer;
    QComboBox* m_supplier;
    QCheckBox* m_hideDone;
    TablePage* m_table;
};

} // namespace pmc::ui
