#pragma once

#include "app/kpi/KpiDashboard.h"

#include <QCoreApplication>
#include <QString>

namespace pmc::app {

class KpiTableModel;

/// The Reports area as an Excel workbook: the KPIs, the monthly trend, suppliers by month, the
/// daily plan achievement, the Pareto lists and the piece-rate pay per worker, one sheet each,
/// with headers in the interface language.
class KpiWorkbook {
    Q_DECLARE_TR_FUNCTIONS(KpiWorkbook)

public:
    /// Throws std::exception (InputError or runtime_error naming the file) when it cannot write.
    static void write(const QString& fileName, const KpiDashboard& dashboard, const KpiTableModel& kpis);
};

} // namespace pmc::app
