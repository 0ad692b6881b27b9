#include "app/models/ItemTableModel.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "app/models/DomainText.h"
#include "app/models/Roles.h"

namespace pmc::app {

ItemTableModel::ItemTableModel(Document& document, QObject* parent)
    : DocumentTableModel(document, ColumnCount, parent)
{
    resetOn(&Document::factoryReset);
    refreshOn(&Document::masterDataChanged);
}

int ItemTableModel::rows() const
{
    return static_cast<int>(m_document.factory().items.size());
}

QVariant ItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::Item& item = m_document.factory().items[static_cast<std::size_t>(index.row())];
    if (role == KeyRole)
        return QString::fromStdString(item.code);
    if (role == Qt::TextAlignmentRole)
        return index.column() == LeadTime || index.column() == SafetyStock
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Code: return QString::fromStdString(item.code);
    case Name: return QString::fromStdString(item.name);
    case Type: return displayName(item.type);
    case Uom: return QString::fromStdString(item.uom);
    case Source: return displayName(item.source);
    case LeadTime: return item.leadTimeDays;
    case SafetyStock: return item.safetyStock;
    case LotRule: return displayName(item.lot.rule);
    case Supplier: return QString::fromStdString(item.supplier);
    case ColumnCount: break;
    }
    return {};
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Code: return tr("Item code");
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Uom: return tr("UoM");
    case Source: return tr("Make/buy");
    case LeadTime: return tr("Lead time (days)");
    case SafetyStock: return tr("Safety stock");
    case LotRule: return tr("Lot rule");
    case Supplier: return tr("Supplier");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
