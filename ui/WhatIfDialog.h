#pragma once

#include "core/scheduling/ScheduleRequest.h"
#include "ui/ScheduleOptionControls.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimeEdit;

namespace pmc::app {
class Document;
class WhatIfScenario;
}

namespace pmc::ui {

class StatusLabel;

/// The what-if plan (模拟排程, docs/scheduling.md "What-if"), non-modal: on the left the changes
/// to a copy of the factory (scheduling options, parallel units, extra working days and
/// overtime), on the right its key figures and late or moved orders beside the live plan's.
/// Run (F5) plans the copy in the background; Adopt makes the changes one undoable edit of the
/// live factory and replans it; Discard starts again from the live factory. Owns its scenario.
class WhatIfDialog : public QDialog {
    Q_OBJECT
public:
    WhatIfDialog(app::Document& document, const core::ScheduleOptions& options, QWidget* parent = nullptr);

    app::WhatIfScenario& scenario() const { return *m_scenario; }
    QTableView* workCenters() const { return m_workCenters; }
    QTableView* measures() const { return m_measures; }
    QTableView* orders() const { return m_orders; }
    /// The last outcome or refusal shown under the tables.
    QString status() const;

    void run();
    void adopt();
    void discard();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildChanges();
    QWidget* buildComparison();
    void addExtraWorkday();
    void addOvertime();
    void listChanges();
    void setRunning(bool running);
    void refillOvertimeCenters();

    app::Document& m_document;
    app::WhatIfScenario* m_scenario;
    ScheduleOptionControls m_choices;
    QTableView* m_workCenters;
    QDateEdit* m_day;
    QComboBox* m_overtimeCenter;
    QTimeEdit* m_overtimeFrom;
    QTimeEdit* m_overtimeTo;
    QListWidget* m_changes;
    QTableView* m_measures;
    QTableView* m_orders;
    StatusLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_run;
    QPushButton* m_adopt;
    QPushButton* m_discard;
};

} // namespace pmc::ui
