#include "app/models/DisplacedOrderModel.h"

#include "app/RushOrderScenario.h"
#include "app/WhatIfScenario.h"
#include "app/models/Roles.h"
#include "core/scheduling/WorkingTime.h"

#include <QColor>

#include <climits>

namespace pmc::app {

namespace {

const core::DisplacedOrder& orderAt(const RushOrderScenario& scenario, const QModelIndex& index)
{
    return scenario.impact().displaced[static_cast<std::size_t>(index.row())];
}

} // namespace

DisplacedOrderModel::DisplacedOrderModel(RushOrderScenario& scenario, QObject* parent)
    : QAbstractTableModel(parent), m_scenario(scenario)
{
    for (auto signal : {&RushOrderScenario::finished, &RushOrderScenario::cleared})
        connect(&m_scenario, signal, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
    rebuild();
}

void DisplacedOrderModel::rebuild()
{
    m_completions.clear();
    if (!m_scenario.hasImpact())
        return;
    // The ticks are what was simulated: a sacrificed order stays ticked while it is listed.
    m_sacrificed = m_scenario.sacrificed();
    const core::Date today = m_scenario.whatIf().whatIfSchedule().today;
    const auto text = [today](int minute) {
        return QString::fromStdString(core::formatScheduleMinute(today, minute)).replace(QLatin1Char('T'), QLatin1Char(' '));
    };
    for (const core::DisplacedOrder& o : m_scenario.impact().displaced) {
        m_completions.push_back(text(o.oldCompletionMinute));
        m_completions.push_back(text(o.newCompletionMinute));
    }
}

int DisplacedOrderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_completions.size() / 2);
}

int DisplacedOrderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags DisplacedOrderModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Sacrifice && !orderAt(m_scenario, index).salesOrder.empty())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant DisplacedOrderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const core::DisplacedOrder& o = orderAt(m_scenario, index);
    const auto column = static_cast<Column>(index.column());
    if (role == KeyRole)
        return QString::fromStdString(o.order);
    if (role == Qt::CheckStateRole && column == Sacrifice && !o.salesOrder.empty())
        return m_sacrificed.contains(o.salesOrder) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole) {
        if (o.isNewlyLate())
            return QColor(0xb0, 0x00, 0x20);
        if (column == NewDaysLate && o.addedDaysLate() < 0)
            return QColor(0x1b, 0x7f, 0x3b);
        return {};
    }
    if (role == Qt::ToolTipRole && column == Sacrifice)
        return o.salesOrder.empty() ? tr("A work order has no priority to lower")
                                    : tr("Tick to give %1 the lowest priority in the next simulation")
                                          .arg(QString::fromStdString(o.salesOrder));
    if (role == Qt::TextAlignmentRole && (column == Priority || column >= OldDaysLate))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Sacrifice: return {};
    case Order: return QString::fromStdString(o.order);
    case Customer: return QString::fromStdString(o.customer);
    case Item: return QString::fromStdString(o.item);
    case Priority: return o.priority == INT_MAX ? QVariant() : QVariant(o.priority);
    case Due: return QString::fromStdString(o.due.toString());
    case OldCompletion: return m_completions[2 * row];
    case NewCompletion: return m_completions[2 * row + 1];
    case OldDaysLate: return o.oldDaysLate;
    case NewDaysLate: return o.newDaysLate;
    case ColumnCount: break;
    }
    return {};
}

bool DisplacedOrderModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole || index.column() != Sacrifice)
        return false;
    const std::string& number = orderAt(m_scenario, index).salesOrder;
    if (number.empty())
        return false;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_sacrificed.insert(number);
    else
        m_sacrificed.erase(number);
    // Every line of the order shows the tick.
    emit dataChanged(this->index(0, Sacrifice), this->index(rowCount() - 1, Sacrifice), {Qt::CheckStateRole});
    emit sacrificedChanged();
    return true;
}

QVariant DisplacedOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Sacrifice: return tr("Sacrifice");
    case Order: return tr("Order");
    case Customer: return tr("Customer");
    case Item: return tr("Item code");
    case Priority: return tr("Priority");
    case Due: return tr("Due date");
    case OldCompletion: return tr("Completion before");
    case NewCompletion: return tr("Completion after");
    case OldDaysLate: return tr("Days late before");
    case NewDaysLate: return tr("Days late after");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
