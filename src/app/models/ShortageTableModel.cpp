#include "app/models/ShortageTableModel.h"

#include "app/Document.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/shortage/ShortageList.h"

#include <QColor>

#include <unordered_map>

namespace pmc::app {

ShortageTableModel::ShortageTableModel(Document& document, QObject* parent)
    : DocumentTableModel(document, ColumnCount, parent)
{
    resetOn(&Document::factoryReset);
    resetOn(&Document::mrpFinished);
    rebuild();
}

void ShortageTableModel::rebuild()
{
    const core::FactoryModel& factory = m_document.factory();
    std::unordered_map<std::string, const core::Item*> items;
    for (const core::Item& item : factory.items)
        items.emplace(item.code, &item);
    std::unordered_map<std::string, const core::Supplier*> suppliers;
    for (const core::Supplier& s : factory.suppliers)
        suppliers.emplace(s.code, &s);
    m_text.clear();
    for (const core::Shortage& s : m_document.shortages()) {
        RowText row;
        if (const auto it = items.find(s.item); it != items.end()) {
            row.name = QString::fromStdString(it->second->name);
            row.uom = QString::fromStdString(it->second->uom);
            const auto supplier = suppliers.find(it->second->supplier);
            row.supplier = QString::fromStdString(supplier == suppliers.end() ? it->second->supplier : supplier->second->name);
        }
        QStringList orders;
        for (const std::string& o : s.orders)
            orders << QString::fromStdString(o);
        row.orders = orders.join(QStringLiteral(", "));
        QStringList pos;
        for (const core::LatePurchaseOrder& po : s.latePurchaseOrders)
            pos << tr("%1 due %2 (%3 days late)").arg(QString::fromStdString(po.number), QString::fromStdString(po.due.toString())).arg(po.daysLate);
        row.purchaseOrders = pos.join(QStringLiteral("; "));
        m_text.push_back(row);
    }
}

int ShortageTableModel::rows() const
{
    return static_cast<int>(m_text.size());
}

QVariant ShortageTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const core::Shortage& s = m_document.shortages()[row];
    if (role == KeyRole)
        return QString::fromStdString(s.item);
    if (role == Qt::TextAlignmentRole && index.column() == ShortQty)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Missing within the material buffer: production is already waiting or about to.
    if (role == Qt::ForegroundRole && index.column() == NeedDate
        && s.needDate - m_document.factory().settings.today <= m_document.factory().settings.materialBufferDays)
        return QColor(Qt::red);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const RowText& text = m_text[row];
    switch (static_cast<Column>(index.column())) {
    case Item: return QString::fromStdString(s.item);
    case ItemName: return text.name;
    case Supplier: return text.supplier;
    case ShortQty: return s.shortQty;
    case Uom: return text.uom;
    case NeedDate: return QString::fromStdString(s.needDate.toString());
    case BlockedOrders: return role == SortRole ? QVariant(static_cast<int>(s.orders.size())) : QVariant(text.orders);
    case LatePurchaseOrders: return text.purchaseOrders;
    case ColumnCount: break;
    }
    return {};
}

QVariant ShortageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Item: return tr("Item code");
    case ItemName: return tr("Item name");
    case Supplier: return tr("Supplier");
    case ShortQty: return tr("Short quantity");
    case Uom: return tr("UoM");
    case NeedDate: return tr("First missing");
    case BlockedOrders: return tr("Blocked orders");
    case LatePurchaseOrders: return tr("Late purchase orders");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
