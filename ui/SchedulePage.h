#pragma once

#include "core/scheduling/ScheduleRequest.h"

#include <QWidget>

class QComboBox;
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

/// The schedule area: build the finite-capacity schedule (dispatching rule, forward or
/// backward, optionally with an improvement search of a chosen length and objective order),
/// see it on a resource Gantt chart and read the order completion forecast (订单交期预测)
/// with the late orders in red. The choices are remembered between sessions.
class SchedulePage : public QWidget {
    Q_OBJECT
public:
    explicit SchedulePage(app::Document& document, QWidget* parent = nullptr);

    void runSchedule();
    GanttView* gantt() const { return m_gantt; }
    TablePage* orders() const { return m_orders; }

    /// The rule, direction, objectives and improvement time chosen on the page.
    core::ScheduleOptions options() const;

private:
    void updateSummary();
    void endRun();
    void allowRulesOfDirection();
    void saveChoices() const;
    void showGanttFilter(const QString& workCenter);

    app::Document& m_document;
    QPushButton* m_run;
    QDoubleSpinBox* m_seconds;
    QComboBox* m_rule;
    QComboBox* m_direction;
    QComboBox* m_objective;
    QLabel* m_summary;
    GanttView* m_gantt;
    QWidget* m_filterBar;
    QLabel* m_filterText;
    TablePage* m_orders;
    QProgressDialog* m_progress = nullptr;
};

} // namespace pmc::ui
