#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QProgressDialog;
class QPushButton;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

class GanttView;
class TablePage;

/// The schedule area: build the finite-capacity schedule (optionally with an improvement
/// search of a chosen length), see it on a resource Gantt chart and read the order completion
/// forecast (订单交期预测) with the late orders in red.
class SchedulePage : public QWidget {
    Q_OBJECT
public:
    explicit SchedulePage(app::Document& document, QWidget* parent = nullptr);

    void runSchedule();
    GanttView* gantt() const { return m_gantt; }
    TablePage* orders() const { return m_orders; }

private:
    void updateSummary();
    void endRun();

    app::Document& m_document;
    QPushButton* m_run;
    QDoubleSpinBox* m_seconds;
    QLabel* m_summary;
    GanttView* m_gantt;
    TablePage* m_orders;
    QProgressDialog* m_progress = nullptr;
};

} // namespace pmc::ui
