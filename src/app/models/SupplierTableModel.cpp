#include "app/models/SupplierTableModel.h"

#include "app/models/Roles.h"

namespace pmc::app {

namespace {

/// The text field of a column, const or not as the supplier is.
template <typename SupplierRow>
auto* field(SupplierRow& supplier, int column)
{
    using Field = decltype(&supplier.code);
    switch (column) {
    case SupplierTableModel::Code: return &supplier.code;
    case SupplierTableModel::Name: return &supplier.name;
    case SupplierTableModel::Contact: return &supplier.contact;
    case SupplierTableModel::Phone: return &supplier.phone;
    default: return static_cast<Field>(nullptr);
    }
}

} // namespace

SupplierTableModel::SupplierTableModel(Document& document, QObject* parent)
    : SectionTableModel(document, ColumnCount, &core::FactoryModel::suppliers, &core::MasterDataEdit::suppliers, parent)
{
}

QVariant SupplierTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    // Every column is text, so one field accessor serves display, editing and sorting.
    const core::Supplier& supplier = row(index.row());
    if (role == KeyRole)
        return QString::fromStdString(supplier.code);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    const std::string* value = field(supplier, index.column());
    return value ? QString::fromStdString(*value) : QVariant();
}

QVariant SupplierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Code: return tr("Supplier code");
    case Name: return tr("Name");
    case Contact: return tr("Contact");
    case Phone: return tr("Phone");
    case ColumnCount: break;
    }
    return {};
}

bool SupplierTableModel::isEditable(int column) const
{
    return column >= 0 && column < ColumnCount;
}

bool SupplierTableModel::setField(core::Supplier& supplier, int column, const QVariant& value) const
{
    std::string* target = field(supplier, column);
    if (!target)
        return false;
    *target = value.toString().trimmed().toStdString();
    return true;
}

} // namespace pmc::app
