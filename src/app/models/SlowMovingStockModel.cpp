#include "app/models/SlowMovingStockModel.h"

#include "app/models/NumberText.h"
#include "app/models/Roles.h"

#include <QColor>
#include <QStringList>

namespace pmc::app {

SlowMovingStockModel::SlowMovingStockModel(QObject* parent)
    : RowsTableModel({tr("Item code"), tr("Item name"), tr("Quantity"), tr("Value"), tr("Last movement"),
                      tr("Idle days"), tr("Open orders could use"), tr("Orders")},
                     parent)
{
}

void SlowMovingStockModel::setReview(const core::SlowMovingReview& review)
{
    std::vector<core::SlowMovingItem> rows = review.items;
    rows.insert(rows.end(), review.unrecorded.begin(), review.unrecorded.end());
    setRows(std::move(rows));
}

QVariant SlowMovingStockModel::cell(const core::SlowMovingItem& row, int column, int role) const
{
    if (role == KeyRole)
        return QString::fromStdString(row.item);
    if (role == Qt::TextAlignmentRole && column >= Qty && column != LastMovement && column != Consumers)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Nothing open could use it: a candidate for scrapping or selling off.
    if (role == Qt::ForegroundRole && column == Consumable && row.consumers.empty())
        return QColor(Qt::red);
    if (role == Qt::ForegroundRole && !row.lastMovement)
        return QColor(Qt::darkGray);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (static_cast<Column>(column)) {
    case Item: return QString::fromStdString(row.item);
    case Name: return QString::fromStdString(row.name);
    case Qty: return sorting ? QVariant(row.qty) : formatNumber(row.qty);
    case Value: return sorting ? QVariant(row.value) : formatNumber(row.value, 2);
    case LastMovement:
        return row.lastMovement ? QString::fromStdString(row.lastMovement->toString()) : tr("not on record");
    case IdleDays: return row.idleDays ? QVariant(*row.idleDays) : sorting ? QVariant(-1) : QVariant(QString());
    case Consumable: return sorting ? QVariant(row.consumable()) : formatNumber(row.consumable());
    case Consumers: {
        QStringList orders;
        for (const core::StockConsumer& c : row.consumers)
            orders << QStringLiteral("%1 (%2)").arg(QString::fromStdString(c.order), formatNumber(c.qty));
        return orders.join(QStringLiteral(", "));
    }
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
