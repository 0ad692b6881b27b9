#include "app/models/OrderComparisonModel.h"

#include "app/WhatIfScenario.h"
#include "app/models/Roles.h"
#include "core/scheduling/ScheduleComparison.h"
#include "core/scheduling/WorkingTime.h"

#include <QColor>

namespace pmc::app {

OrderComparisonModel::OrderComparisonModel(WhatIfScenario& scenario, QObject* parent)
    : QAbstractTableModel(parent), m_scenario(scenario)
{
    for (auto signal : {&WhatIfScenario::finished, &WhatIfScenario::changed})
        connect(&m_scenario, signal, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
    rebuild();
}

void OrderComparisonModel::rebuild()
{
    m_completions.clear();
    if (!m_scenario.hasResult())
        return;
    const core::Date today = m_scenario.whatIfSchedule().today;
    const auto text = [today](const std::optional<int>& minute) {
        return minute ? QString::fromStdString(core::formatScheduleMinute(today, *minute)).replace(QLatin1Char('T'), QLatin1Char(' '))
                      : QString();
    };
    for (const core::OrderComparison& o : m_scenario.comparison().orders) {
        m_completions.push_back(text(o.liveCompletionMinute));
        m_completions.push_back(text(o.whatIfCompletionMinute));
    }
}

int OrderComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_completions.size() / 2);
}

int OrderComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const core::OrderComparison& o = m_scenario.comparison().orders[row];
    const auto column = static_cast<Column>(index.column());
    if (role == KeyRole)
        return QString::fromStdString(o.order);
    if (role == Qt::ForegroundRole) {
        if ((column == LiveLateDays || column == LiveCompletion) && o.liveLateDays > 0)
            return QColor(0xb0, 0x00, 0x20);
        if ((column == WhatIfLateDays || column == WhatIfCompletion) && o.whatIfLateDays > 0)
            return QColor(0xb0, 0x00, 0x20);
        if (column == Change && o.changeDays && *o.changeDays != 0)
            return *o.changeDays < 0 ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20);
        return {};
    }
    if (role == Qt::TextAlignmentRole && column >= LiveLateDays)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Order: return QString::fromStdString(o.order);
    case Item: return QString::fromStdString(o.item);
    case Due: return QString::fromStdString(o.due.toString());
    case LiveCompletion: return m_completions[2 * row];
    case WhatIfCompletion: return m_completions[2 * row + 1];
    case LiveLateDays: return o.liveCompletionMinute ? QVariant(o.liveLateDays) : QVariant();
    case WhatIfLateDays: return o.whatIfCompletionMinute ? QVariant(o.whatIfLateDays) : QVariant();
    case Change:
        if (!o.changeDays)
            return o.liveCompletionMinute ? tr("dropped") : tr("new");
        return *o.changeDays > 0 ? QLatin1Char('+') + QString::number(*o.changeDays) : QString::number(*o.changeDays);
    case ColumnCount: break;
    }
    return {};
}

QVariant OrderComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Order: return tr("Order");
    case Item: return tr("Item code");
    case Due: return tr("Due date");
    case LiveCompletion: return tr("Live completion");
    case WhatIfCompletion: return tr("What-if completion");
    case LiveLateDays: return tr("Live days late");
    case WhatIfLateDays: return tr("What-if days late");
    case Change: return tr("Change (days)");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
