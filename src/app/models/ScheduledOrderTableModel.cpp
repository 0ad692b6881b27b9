#include "app/models/ScheduledOrderTableModel.h"

#include "app/Document.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/scheduling/ScheduleRequest.h"
#include "core/scheduling/WorkingTime.h"

#include <QColor>

#include <unordered_map>

namespace pmc::app {

ScheduledOrderTableModel::ScheduledOrderTableModel(Document& document, QObject* parent)
    : DocumentTableModel(document, ColumnCount, parent)
{
    resetOn(&Document::factoryReset);
    resetOn(&Document::scheduleFinished);
    rebuild();
}

void ScheduledOrderTableModel::rebuild()
{
    std::unordered_map<std::string, const core::Item*> items;
    for (const core::Item& item : m_document.factory().items)
        items.emplace(item.code, &item);
    const core::ScheduleResult& schedule = m_document.schedule();
    m_itemNames.assign(schedule.orders.size(), QString());
    m_completions.assign(schedule.orders.size(), QString());
    for (std::size_t i = 0; i < schedule.orders.size(); ++i) {
        if (const auto it = items.find(schedule.orders[i].item); it != items.end())
            m_itemNames[i] = QString::fromStdString(it->second->name);
        m_completions[i] = QString::fromStdString(core::formatScheduleMinute(schedule.today, schedule.orders[i].completionMinute))
                               .replace(QLatin1Char('T'), QLatin1Char(' '));
    }
}

int ScheduledOrderTableModel::rows() const
{
    return static_cast<int>(m_document.schedule().orders.size());
}

QVariant ScheduledOrderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const core::OrderCompletion& order = m_document.schedule().orders[row];
    if (role == KeyRole)
        return QString::fromStdString(order.order);
    if (role == Qt::ForegroundRole && order.lateDays > 0 && (index.column() == LateDays || index.column() == Completion))
        return QColor(Qt::red);
    if (role == Qt::TextAlignmentRole && index.column() == LateDays)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Order: return QString::fromStdString(order.order);
    case Kind: return order.isWorkOrder ? tr("Work order") : tr("Planned order");
    case Item: return QString::fromStdString(order.item);
    case ItemName: return m_itemNames[row];
    case Due: return QString::fromStdString(order.due.toString());
    case Completion: return role == SortRole ? QVariant(order.completionMinute) : QVariant(m_completions[row]);
    case LateDays: return order.lateDays;
    case ColumnCount: break;
    }
    return {};
}

QVariant ScheduledOrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Order: return tr("Order");
    case Kind: return tr("Kind");
    case Item: return tr("Item code");
    case ItemName: return tr("Item name");
    case Due: return tr("Due date");
    case Completion: return tr("Projected completion");
    case LateDays: return tr("Days late");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
