#include "app/models/SearchResultModel.h"

#include "app/models/Roles.h"

namespace pmc::app {

SearchResultModel::SearchResultModel(const Document& document, QObject* parent)
    : QAbstractTableModel(parent), m_index(new SearchIndex(document, this))
{
}

void SearchResultModel::setQuery(const QString& text)
{
    beginResetModel();
    m_query = text;
    m_rows = m_index->find(text, kMaxRows, &m_total);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const SearchEntry& found = entry(index.row());
    if (role == KeyRole)
        return found.code;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Kind:
        return kindName(found.kind);
    case Code:
        return found.code;
    case Name:
        return found.name;
    default:
        return {};
    }
}

QString SearchResultModel::kindName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::SalesOrder:
        return tr("Sales order");
    case SearchKind::Item:
        return tr("Item");
    case SearchKind::WorkOrder:
        return tr("Work order");
    case SearchKind::PurchaseOrder:
        return tr("Purchase order");
    case SearchKind::FirmPlannedOrder:
        return tr("Firm planned order");
    case SearchKind::PlannedOrder:
        return tr("Planned order");
    case SearchKind::WorkCenter:
        return tr("Work center");
    case SearchKind::Supplier:
        return tr("Supplier");
    }
    return {};
}

} // namespace pmc::app
