#pragma once

#include "app/kpi/KpiDashboard.h"
#include "core/linebalance/LineBalance.h"

#include <QCoreApplication>

#include <vector>

class QChart;

namespace pmc::ui {

/// The charts of the Reports area and of its printed report, each a new QChart the caller owns
/// (a QChartView takes it over). Titles and series names are translated.
class KpiCharts {
    Q_DECLARE_TR_FUNCTIONS(KpiCharts)

public:
    /// Monthly trend of plan achievement, delivery achievement, on-time delivery and supplier
    /// on-time (%), with the supplier target as a dashed line.
    static QChart* trend(const app::KpiDashboard& dashboard);
    /// Planned against actual per work center (line, team) from the released daily plans, the
    /// achievement in each category's label.
    static QChart* workCenters(const app::KpiDashboard& dashboard);
    /// Supplier on-time rate over the period per supplier, against the target line.
    static QChart* suppliers(const app::KpiDashboard& dashboard);
    /// Pareto: bars largest first and the cumulative share as a line on a 0–100 % axis.
    static QChart* pareto(const std::vector<core::ParetoBar>& bars, const QString& title, const QString& amountName,
                          bool translateCauses);
    /// The line balance chart (山积图): each station's cycle time in flow order against the takt
    /// time as a dashed line; the bottleneck orange, stations slower than the takt red.
    static QChart* lineBalance(const core::LineBalance& balance);
};

} // namespace pmc::ui
