#include "app/models/MaterialAdjustmentModel.h"

#include "app/models/ChangeImpactText.h"
#include "app/models/NumberText.h"
#include "app/models/Roles.h"

#include <QColor>

namespace pmc::app {

namespace {

QString dateText(core::Date date)
{
    return QString::fromStdString(date.toString());
}

QVariant needText(const core::MaterialNeed& need)
{
    if (!need.date)
        return MaterialAdjustmentModel::tr("not needed");
    return dateText(*need.date);
}

} // namespace

MaterialAdjustmentModel::MaterialAdjustmentModel(std::vector<core::MaterialAdjustment> rows, QObject* parent)
    : QAbstractTableModel(parent)
    , m_rows(std::move(rows))
{
}

int MaterialAdjustmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MaterialAdjustmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaterialAdjustmentModel::display(const core::MaterialAdjustment& row, Column column) const
{
    switch (column) {
    case Number: return QString::fromStdString(row.number);
    case Kind: return row.requisition ? tr("Requisition") : tr("Purchase order");
    case Supplier: return QString::fromStdString(row.supplier);
    case Item: return QString::fromStdString(row.item);
    case Name: return QString::fromStdString(row.itemName);
    case Qty: return formatNumber(row.qty);
    case Due: return dateText(row.due);
    case NeedBefore: return needText(row.before);
    case NeedAfter: return needText(row.after);
    case Action: return displayName(row.action);
    case ProposedQty: return formatNumber(row.proposedQty);
    case ProposedDue: return dateText(row.proposedDue);
    case ColumnCount: break;
    }
    return {};
}

QVariant MaterialAdjustmentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::MaterialAdjustment& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case KeyRole: return QString::fromStdString(row.number);
    case Qt::TextAlignmentRole:
        return column == Qty || column == ProposedQty ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        // What changes for the supplier stands out: an earlier date in red, less or later in blue.
        if (column == Action && row.action == core::MaterialAction::PullIn)
            return QColor(0xb0, 0x00, 0x20);
        if (column == Action && row.action != core::MaterialAction::Keep)
            return QColor(0x1f, 0x4e, 0x9a);
        return {};
    default: return {};
    }
}

QVariant MaterialAdjustmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number: return tr("Number");
    case Kind: return tr("Kind");
    case Supplier: return tr("Supplier");
    case Item: return tr("Item code");
    case Name: return tr("Name");
    case Qty: return tr("Quantity");
    case Due: return tr("Due date");
    case NeedBefore: return tr("Needed before");
    case NeedAfter: return tr("Needed now");
    case Action: return tr("Action");
    case ProposedQty: return tr("New quantity");
    case ProposedDue: return tr("New due date");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
