#pragma once

#include <QWidget>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTabWidget;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

class ExceptionListPage;
class RequirementGridPage;
class TablePage;

/// The MRP area: run MRP (in the background, with progress and cancel), then work through the
/// last run on three tabs (Alt+1..3, the last one remembered): planned orders, the material
/// requirements table with its drill-down, and the exception messages.
class MrpPage : public QWidget {
    Q_OBJECT
public:
    explicit MrpPage(app::Document& document, QWidget* parent = nullptr);

    void runMrp();
    TablePage* plannedOrders() const { return m_plannedOrders; }
    TablePage* exceptions() const;
    ExceptionListPage* exceptionList() const { return m_exceptions; }
    RequirementGridPage* requirements() const { return m_requirements; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void updateSummary();
    void endRun();

    app::Document& m_document;
    QPushButton* m_run;
    QLabel* m_summary;
    TablePage* m_plannedOrders;
    RequirementGridPage* m_requirements;
    ExceptionListPage* m_exceptions;
    QTabWidget* m_tabs;
    QProgressDialog* m_progress = nullptr;
};

} // namespace pmc::ui
