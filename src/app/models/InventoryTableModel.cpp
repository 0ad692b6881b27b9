#include "app/models/InventoryTableModel.h"

#include "app/models/Roles.h"

namespace pmc::app {

namespace {

/// The quantity field of an editable column, const or not as the record is.
template <typename Record>
auto* quantity(Record& record, int column)
{
    using Field = decltype(&record.onHand);
    switch (column) {
    case InventoryTableModel::OnHand: return &record.onHand;
    case InventoryTableModel::OnInspection: return &record.onInspection;
    case InventoryTableModel::Allocated: return &record.allocated;
    default: return static_cast<Field>(nullptr);
    }
}

} // namespace

InventoryTableModel::InventoryTableModel(Document& document, QObject* parent)
    : SectionTableModel(document, ColumnCount, &core::FactoryModel::inventory, &core::MasterDataEdit::inventory, parent),
      m_items(document.factory())
{
}

QVariant InventoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::InventoryRecord& record = row(index.row());
    if (role == KeyRole)
        return QString::fromStdString(record.item);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= OnHand ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    if (const double* value = quantity(record, index.column()))
        return *value;
    switch (static_cast<Column>(index.column())) {
    case Item: return QString::fromStdString(record.item);
    case ItemName: {
        const core::Item* item = m_items.find(record.item);
        return item ? QString::fromStdString(item->name) : QString();
    }
    case Plannable: return record.plannable();
    default: return {};
    }
}

QVariant InventoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Item: return tr("Item code");
    case ItemName: return tr("Item name");
    case OnHand: return tr("On hand");
    case OnInspection: return tr("On inspection");
    case Allocated: return tr("Allocated");
    case Plannable: return tr("Plannable");
    case ColumnCount: break;
    }
    return {};
}

bool InventoryTableModel::isEditable(int column) const
{
    return column == OnHand || column == OnInspection || column == Allocated;
}

bool InventoryTableModel::setField(core::InventoryRecord& record, int column, const QVariant& value) const
{
    double* target = quantity(record, column);
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!target || !ok)
        return false;
    *target = number;
    return true;
}

} // namespace pmc::app
