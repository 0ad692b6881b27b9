#pragma once

#include "app/kpi/KpiDashboard.h"
#include "app/models/KpiTableModel.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace pmc::ui {

/// The printed KPI report (PMC 指标报表) for the monthly KPI meeting: the KPI table and the
/// monthly trend on the first page, plan against actual by line and supplier on-time on the
/// second, the Pareto charts of scrap reasons and abnormal hours on the third. The charts are
/// drawn in the print font, so Chinese reads right in the PDF's text layer.
class KpiReportDocument {
    Q_DECLARE_TR_FUNCTIONS(KpiReportDocument)

public:
    KpiReportDocument(app::KpiDashboard dashboard, std::vector<app::KpiTableModel::Row> kpis);

    QString title() const;
    QString number() const; ///< `KPI-YYYYMMDD-YYYYMMDD`, the PDF's name
    bool print(QPagedPaintDevice& device) const;
    bool writePdf(const QString& fileName, QString* error = nullptr) const;

private:
    app::KpiDashboard m_dashboard;
    std::vector<app::KpiTableModel::Row> m_kpis;
};

} // namespace pmc::ui
