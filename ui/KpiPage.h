#pragma once

#include "app/kpi/KpiDashboard.h"

#include "ui/LazyPage.h"

#include <optional>

class QChartView;
class QDateEdit;
class QLabel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace pmc::app {
class Document;
class KpiTableModel;
} // namespace pmc::app

namespace pmc::ui {

class StatusLabel;

/// The Reports area: the PMC KPIs of a period against the seeds' targets, with charts (monthly
/// trend, plan against actual by line, supplier on-time, Pareto of scrap reasons and abnormal
/// hours) and the output and piece-rate pay per worker or team. Computed on a worker from the
/// database; printable (Ctrl+P) and exportable to Excel (Ctrl+Shift+X).
class KpiPage : public LazyPage {
    Q_OBJECT
public:
    explicit KpiPage(app::Document& document, QWidget* parent = nullptr);

    /// Recomputes the dashboard for the chosen period (on a worker).
    void refresh() override;
    const std::optional<app::KpiDashboard>& dashboard() const { return m_dashboard; }
    const app::KpiTableModel* kpiModel() const { return m_model; }
    QTabWidget* tabs() const { return m_tabs; }
    void printPreview();
    /// Writes the dashboard as an Excel workbook; an empty string when done, else the reason.
    QString exportExcel(const QString& fileName);

private:
    void show(app::KpiDashboard dashboard);
    void fillWorkers();
    void chooseExcelFile();
    void choosePeriod(int months);

    app::Document& m_document;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_heading;
    QTableView* m_table;
    app::KpiTableModel* m_model;
    QTabWidget* m_tabs;
    QChartView* m_trend;
    QChartView* m_lines;
    QChartView* m_suppliers;
    QChartView* m_scrap;
    QChartView* m_abnormal;
    QTableWidget* m_workers;
    StatusLabel* m_status;
    std::optional<app::KpiDashboard> m_dashboard;
};

} // namespace pmc::ui
