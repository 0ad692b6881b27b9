#include "app/models/SalesOrderTableModel.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "app/models/Roles.h"

#include <unordered_map>

namespace pmc::app {

SalesOrderTableModel::SalesOrderTableModel(Document& document, QObject* parent)
    : DocumentTableModel(document, ColumnCount, parent)
{
    resetOn(&Document::factoryReset);
    rebuild();
}

void SalesOrderTableModel::rebuild()
{
    const core::FactoryModel& factory = m_document.factory();
    std::unordered_map<std::string, int> itemIndex;
    for (std::size_t i = 0; i < factory.items.size(); ++i)
        itemIndex.emplace(factory.items[i].code, static_cast<int>(i));
    m_rows.clear();
    m_itemIndex.clear();
    for (std::size_t o = 0; o < factory.salesOrders.size(); ++o) {
        for (std::size_t l = 0; l < factory.salesOrders[o].lines.size(); ++l) {
            m_rows.emplace_back(o, l);
            const auto it = itemIndex.find(factory.salesOrders[o].lines[l].item);
            m_itemIndex.push_back(it == itemIndex.end() ? -1 : it->second);
        }
    }
}

int SalesOrderTableModel::rows() const
{
    return static_cast<int>(m_rows.size());
}

QVariant SalesOrderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto [o, l] = m_rows[static_cast<std::size_t>(index.row())];
    const core::SalesOrder& order = m_document.factory().salesOrders[o];
    const core::SalesOrderLine& line = order.lines[l];
    if (role == KeyRole)
        return QString::fromStdString(order.lineId(l));
    if (role == Qt::TextAlignmentRole)
        return index.column() == Quantity || index.column() == Priority || index.column() == Line
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Number: return QString::fromStdString(order.number);
    case Line: return static_cast<int>(l + 1);
    case Customer: return QString::fromStdString(order.customer);
    case Priority: return order.priority;
    case Item: return QString::fromStdString(line.item);
    case ItemName: {
        const int item = m_itemIndex[static_cast<std::size_t>(index.row())];
        return item < 0 ? QString() : QString::fromStdString(m_document.factory().items[static_cast<std::size_t>(item)].name);
    }
    case Quantity: return line.qty;
    // Sorting 100k lines compares dates millions of times: as day numbers, not as built text.
    case Due:
        return role == SortRole ? QVariant(line.due.days()) : QVariant(QString::fromStdString(line.due.toString()));
    case ColumnCount: break;
    }
    return {};
}

QVariant SalesOrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number: return tr("Order no.");
    case Line: return tr("Line");
    case Customer: return tr("Customer");
    case Priority: return tr("Priority");
    case Item: return tr("Item code");
    case ItemName: return tr("Item name");
    case Quantity: return tr("Quantity");
    case Due: return tr("Due date");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
