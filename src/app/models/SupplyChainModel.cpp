#include "app/models/SupplyChainModel.h"

#include "app/models/NumberText.h"
#include "app/models/OrderProgressText.h"

#include <QBrush>
#include <QColor>

namespace pmc::app {

namespace {

/// Internal id of a step row: its order's row + 1 (0 marks an order row).
quintptr stepId(int orderRow) { return static_cast<quintptr>(orderRow) + 1; }

} // namespace

SupplyChainModel::SupplyChainModel(QObject* parent) : QAbstractItemModel(parent) {}

void SupplyChainModel::setLine(const core::LineProgress& line, core::Date today)
{
    beginResetModel();
    m_orders = line.orders;
    m_today = today;
    endResetModel();
}

QModelIndex SupplyChainModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? stepId(parent.row()) : 0);
}

QModelIndex SupplyChainModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr{0});
}

int SupplyChainModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_orders.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_orders[static_cast<std::size_t>(parent.row())].operations.size());
}

int SupplyChainModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant SupplyChainModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return orderData(m_orders[static_cast<std::size_t>(index.row())], index.column(), role);
    const core::SupplyOrder& order = m_orders[static_cast<std::size_t>(index.internalId() - 1)];
    return stepData(order.operations[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant SupplyChainModel::orderData(const core::SupplyOrder& order, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Order:
        // Sub-assemblies are indented under the order they feed.
        return QString(order.level * 2, QLatin1Char(' ')) + QString::fromStdString(order.order);
    case ItemOrWorkCenter: return QString::fromStdString(order.item);
    case Qty: return formatNumber(order.qty);
    case End:
        return order.completionMinute ? OrderProgressText::minute(m_today, *order.completionMinute) : QVariant();
    default: return {};
    }
}

QVariant SupplyChainModel::stepData(const core::OperationProgress& step, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == Status) {
        if (step.status == core::OperationStatus::Done)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (step.status == core::OperationStatus::InProgress)
            return QBrush(QColor(0x15, 0x65, 0xc0));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Order: return tr("Step %1").arg(step.seq);
    case ItemOrWorkCenter: return QString::fromStdString(step.workCenter);
    case Qty: return step.reportedQty > 0 ? tr("%1 reported").arg(formatNumber(step.reportedQty)) : QVariant();
    case Status: return OrderProgressText::status(step.status);
    case Start: return step.scheduled ? OrderProgressText::minute(m_today, step.startMinute) : QVariant();
    case End: return step.scheduled ? OrderProgressText::minute(m_today, step.endMinute) : QVariant();
    case Unit: return step.scheduled ? QVariant(step.unit + 1) : QVariant();
    default: return {};
    }
}

QVariant SupplyChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Order: return tr("Order / step");
    case ItemOrWorkCenter: return tr("Item / work center");
    case Qty: return tr("Quantity");
    case Status: return tr("Status");
    case Start: return tr("Start");
    case End: return tr("End");
    case Unit: return tr("Unit");
    default: return {};
    }
}

} // namespace pmc::app
