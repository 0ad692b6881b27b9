#pragma once

#include "core/scheduling/ScheduleRequest.h"
#include "ui/ScheduleOptionControls.h"

#include <QWidget>

class QLabel;
class QProgressDialog;
class QPushButton;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

class GanttView;
class TablePage;
class WhatIfDialog;

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
    /// Shows one work order or planned order: the order table filtered to it and its row
    /// selected, its chain highlighted on the Gantt chart.
    void showOrder(const QString& order);

    /// The rule, direction, objectives and improvement time chosen on the page.
    core::ScheduleOptions options() const;

private:
    void updateSummary();
    void endRun();
    /// The what-if dialog (Ctrl+Shift+W), made on first use and kept with its scenario.
    void openWhatIf();
    /// Asks for the end of the frozen period and pins every step before it (Document::freezeUntil).
    void freeze();
    void showGanttFilter(const QString& workCenter);

    app::Document& m_document;
    QPushButton* m_run;
    ScheduleOptionControls m_choices;
    QLabel* m_summary;
    GanttView* m_gantt;
    QWidget* m_filterBar;
    QLabel* m_filterText;
    TablePage* m_orders;
    QProgressDialog* m_progress = nullptr;
    WhatIfDialog* m_whatIf = nullptr;
};

} // namespace pmc::ui
