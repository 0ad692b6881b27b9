#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QModelIndex;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace pmc::app {
class Document;
class CapacityLoadTableModel;
}

namespace pmc::ui {

class LoadChartView;

/// The capacity load analysis (产能负荷分析): per work center and day or week, the load of the
/// finite schedule or of the last MRP run (infinite capacity) against the available hours, as
/// a bar chart over a table. Clicking a bar or a cell asks to see that work center and period
/// on the schedule. Without a schedule or MRP run it says how to make one.
class LoadPage : public QWidget {
    Q_OBJECT
public:
    explicit LoadPage(app::Document& document, QWidget* parent = nullptr);

    app::CapacityLoadTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    LoadChartView* chart() const { return m_chart; }
    /// True while the page shows what to do instead of the load.
    bool isShowingEmptyState() const;
    QString emptyText() const;

    /// Finite schedule (false) or infinite capacity from MRP (true).
    void setInfinite(bool infinite);
    /// 1 (days) or 7 (weeks); the number of periods goes back to 28 days or 8 weeks.
    void setBucketDays(int days);
    void setWorkCenter(const QString& code);

signals:
    /// A bar or cell was clicked: its work center's code and period.
    void workCenterPeriodChosen(const QString& workCenter, const QDate& from, int days);
    /// The planner asked to build the schedule (F6) or run MRP (F5) from the empty state.
    void scheduleRequested();
    void mrpRequested();

private:
    void chooseCell(int row, int column);
    void refillWorkCenters();
    void updateState();

    app::Document& m_document;
    app::CapacityLoadTableModel* m_model;
    QComboBox* m_source;
    QComboBox* m_buckets;
    QDateEdit* m_from;
    QSpinBox* m_periods;
    QComboBox* m_workCenter;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    QLabel* m_emptyText;
    QPushButton* m_runSchedule;
    QPushButton* m_runMrp;
    LoadChartView* m_chart;
    QTableView* m_table;
};

} // namespace pmc::ui
