#include "app/models/SalesOrderTableModel.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "app/models/Roles.h"
#include "app/orders/SalesOrderText.h"

#include <QColor>

#include <climits>

#include <unordered_map>

namespace pmc::app {

SalesOrderTableModel::SalesOrderTableModel(Document& document, QObject* parent)
    : DocumentTableModel(document, ColumnCount, parent)
{
    resetOn(&Document::factoryReset);
    connect(&document, &Document::masterDataChanged, this, &SalesOrderTableModel::refreshLines);
    rebuild();
}

void SalesOrderTableModel::refreshLines()
{
    std::size_t lines = 0;
    for (const core::SalesOrder& order : m_document.factory().salesOrders)
        lines += order.lines.size();
    if (lines != m_rows.size()) {
        beginResetModel();
        rebuild();
        endResetModel();
    } else if (!m_rows.empty()) {
        rebuild();
        emit dataChanged(index(0, 0), index(rows() - 1, ColumnCount - 1));
    }
}

int SalesOrderTableModel::rowOf(const QString& lineId) const
{
    const std::string id = lineId.toStdString();
    const auto& orders = m_document.factory().salesOrders;
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (orders[m_rows[r].first].lineId(m_rows[r].second) == id)
            return static_cast<int>(r);
    return -1;
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
        return index.column() == Quantity || index.column() == Shipped || index.column() == Priority
                || index.column() == Line
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ForegroundRole && index.column() == Status
        && (order.status == core::SalesOrderStatus::Draft || order.status == core::SalesOrderStatus::InReview))
        return QColor(0x1f, 0x5f, 0xbf);
    if (role == Qt::ForegroundRole && order.status == core::SalesOrderStatus::Cancelled)
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Number: return QString::fromStdString(order.number);
    case Line: return static_cast<int>(l + 1);
    case Customer: return QString::fromStdString(order.customer);
    case Status: return role == SortRole ? QVariant(static_cast<int>(order.status)) : QVariant(displayName(order.status));
    case Priority: return order.priority;
    case Item: return QString::fromStdString(line.item);
    case ItemName: {
        const int item = m_itemIndex[static_cast<std::size_t>(index.row())];
        return item < 0 ? QString() : QString::fromStdString(m_document.factory().items[static_cast<std::size_t>(item)].name);
    }
    case Quantity: return line.qty;
    case Shipped: return line.shipments.empty() ? QVariant() : QVariant(line.shippedQty());
    // Sorting 100k lines compares dates millions of times: as day numbers, not as built text.
    case Due:
        return role == SortRole ? QVariant(line.due.days()) : QVariant(QString::fromStdString(line.due.toString()));
    case Promised:
        if (!line.promised)
            return role == SortRole ? QVariant(INT_MIN) : QVariant();
        return role == SortRole ? QVariant(line.promised->days()) : QVariant(QString::fromStdString(line.promised->toString()));
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
    case Status: return tr("Status");
    case Priority: return tr("Priority");
    case Item: return tr("Item code");
    case ItemName: return tr("Item name");
    case Quantity: return tr("Quantity");
    case Shipped: return tr("Shipped");
    case Due: return tr("Requested date");
    case Promised: return tr("Promised date");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
