#include "app/models/PlannedOrderTableModel.h"

#include "app/Document.h"
#include "app/models/DomainText.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"

#include <QColor>
#include <QFont>

#include <unordered_map>

namespace pmc::app {

PlannedOrderTableModel::PlannedOrderTableModel(Document& document, QObject* parent)
    : DocumentTableModel(document, ColumnCount, parent)
{
    resetOn(&Document::factoryReset);
    resetOn(&Document::mrpFinished);
    resetOn(&Document::plannedOrdersChanged);
    rebuild();
}

void PlannedOrderTableModel::rebuild()
{
    std::unordered_map<std::string, const core::Item*> items;
    for (const core::Item& item : m_document.factory().items)
        items.emplace(item.code, &item);
    const auto& orders = m_document.mrpResult().plannedOrders;
    m_itemNames.assign(orders.size(), QString());
    m_pegging.assign(orders.size(), QString());
    for (std::size_t i = 0; i < orders.size(); ++i) {
        if (const auto it = items.find(orders[i].item); it != items.end())
            m_itemNames[i] = QString::fromStdString(it->second->name);
        QStringList pegs;
        for (const core::Pegging& p : orders[i].pegging)
            pegs << QStringLiteral("%1 %2").arg(QString::fromStdString(p.demand)).arg(p.qty);
        m_pegging[i] = pegs.join(QStringLiteral(", "));
    }
}

int PlannedOrderTableModel::rows() const
{
    return static_cast<int>(m_document.mrpResult().plannedOrders.size());
}

QVariant PlannedOrderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const core::PlannedOrder& order = m_document.mrpResult().plannedOrders[row];
    if (role == KeyRole)
        return QString::fromStdString(order.id);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Quantity ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ForegroundRole && index.column() == Release && order.release == m_document.factory().settings.today)
        return QColor(Qt::darkRed); // released today: act now (or already past due)
    if (role == Qt::FontRole && order.firm) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && order.firm)
        return tr("Firm planned order: MRP keeps its quantity and dates until it is released");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Id: return QString::fromStdString(order.id);
    case Item: return QString::fromStdString(order.item);
    case ItemName: return m_itemNames[row];
    case Source: return order.firm ? tr("%1, firm").arg(displayName(order.source)) : displayName(order.source);
    case Quantity: return order.qty;
    case Release: return QString::fromStdString(order.release.toString());
    case Due: return QString::fromStdString(order.due.toString());
    case Pegging: return m_pegging[row];
    case ColumnCount: break;
    }
    return {};
}

QVariant PlannedOrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Id: return tr("Planned order");
    case Item: return tr("Item code");
    case ItemName: return tr("Item name");
    case Source: return tr("Make/buy");
    case Quantity: return tr("Quantity");
    case Release: return tr("Release");
    case Due: return tr("Due date");
    case Pegging: return tr("Pegged to");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
