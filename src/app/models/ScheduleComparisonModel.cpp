#include "app/models/ScheduleComparisonModel.h"

#include "app/WhatIfScenario.h"
#include "app/models/NumberText.h"
#include "core/scheduling/ScheduleComparison.h"

#include <QColor>

namespace pmc::app {

namespace {

using core::ScheduleMeasure;

int decimalsOf(ScheduleMeasure measure)
{
    switch (measure) {
    case ScheduleMeasure::MakespanDays:
    case ScheduleMeasure::ChangeoverHours:
    case ScheduleMeasure::BusiestUtilisation: return 1;
    default: return 0;
    }
}

} // namespace

ScheduleComparisonModel::ScheduleComparisonModel(WhatIfScenario& scenario, QObject* parent)
    : QAbstractTableModel(parent), m_scenario(scenario)
{
    for (auto signal : {&WhatIfScenario::finished, &WhatIfScenario::changed})
        connect(&m_scenario, signal, this, [this] {
            beginResetModel();
            endResetModel();
        });
}

int ScheduleComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_scenario.hasResult() ? 0 : static_cast<int>(m_scenario.comparison().measures.size());
}

int ScheduleComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::ScheduleComparison& comparison = m_scenario.comparison();
    const core::MeasureComparison& m = comparison.measures[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::ForegroundRole && (column == WhatIf || column == Change)) {
        if (m.isBetter())
            return QColor(0x1b, 0x7f, 0x3b);
        if (m.isWorse())
            return QColor(0xb0, 0x00, 0x20);
        return {};
    }
    if (role == Qt::TextAlignmentRole && column != Measure)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && m.measure == ScheduleMeasure::BusiestUtilisation)
        return tr("Busiest work center over the first %n day(s): live %1, what-if %2", nullptr, comparison.horizonDays)
            .arg(QString::fromStdString(comparison.liveBusiestWorkCenter),
                 QString::fromStdString(comparison.whatIfBusiestWorkCenter));
    if (role != Qt::DisplayRole)
        return {};
    const int decimals = decimalsOf(m.measure);
    switch (column) {
    case Measure:
        switch (m.measure) {
        case ScheduleMeasure::LateOrders: return tr("Orders late");
        case ScheduleMeasure::LateSalesLines: return tr("Sales order lines late");
        case ScheduleMeasure::TotalDaysLate: return tr("Total days late");
        case ScheduleMeasure::WeightedTardiness: return tr("Weighted tardiness");
        case ScheduleMeasure::MakespanDays: return tr("Makespan (days)");
        case ScheduleMeasure::ChangeoverHours: return tr("Changeovers (hours)");
        case ScheduleMeasure::BusiestUtilisation: return tr("Busiest work center utilisation (%)");
        case ScheduleMeasure::MaterialShortOrders: return tr("Orders short of material");
        }
        return {};
    case Live: return formatNumber(m.live, decimals);
    case WhatIf: return formatNumber(m.whatIf, decimals);
    case Change: {
        const QString text = formatNumber(m.difference(), decimals);
        return m.difference() > 0 && text != QLatin1String("0") ? QLatin1Char('+') + text : text;
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant ScheduleComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Measure: return tr("Measure");
    case Live: return tr("Live plan");
    case WhatIf: return tr("What-if");
    case Change: return tr("Change");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
