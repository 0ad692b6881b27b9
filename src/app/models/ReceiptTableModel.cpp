#include "app/models/ReceiptTableModel.h"

#include "app/models/DomainText.h"
#include "app/models/NumberText.h"
#include "app/models/Roles.h"
#include "app/purchasing/MaterialFollowUp.h"

#include <QColor>

namespace pmc::app {

ReceiptTableModel::ReceiptTableModel(QObject* parent)
    : RowsTableModel({tr("Receipt"), tr("Purchase order"), tr("Item code"), tr("Item name"), tr("Received on"),
                      tr("Quantity"), tr("Inspection"), tr("Accepted"), tr("Rejected"), tr("Disposition"),
                      tr("Inspected on"), tr("Note")},
                     parent)
{
}

void ReceiptTableModel::setContent(std::shared_ptr<const MaterialFollowUp> content)
{
    m_content = std::move(content);
    std::vector<core::PurchaseReceipt> newestFirst;
    if (m_content)
        newestFirst.assign(m_content->receipts.rbegin(), m_content->receipts.rend());
    setRows(std::move(newestFirst));
}

QVariant ReceiptTableModel::cell(const core::PurchaseReceipt& row, int column, int role) const
{
    if (role == KeyRole)
        return QString::number(row.id);
    if (role == Qt::TextAlignmentRole && (column == Qty || column == Accepted || column == Rejected || column == Id))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && !row.inspected)
        return QColor(255, 243, 205);
    if (role == Qt::ForegroundRole && column == Rejected && row.rejectedQty > 0)
        return QColor(Qt::red);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    const auto quantity = [&](double q, bool shown) { return sorting ? QVariant(q) : shown ? formatNumber(q) : QString(); };
    std::string item;
    if (m_content)
        if (const auto it = m_content->orderItems.find(row.purchaseOrder); it != m_content->orderItems.end())
            item = it->second;
    switch (static_cast<Column>(column)) {
    case Id: return sorting ? QVariant(row.id) : QString::number(row.id);
    case PurchaseOrder: return QString::fromStdString(row.purchaseOrder);
    case Item: return QString::fromStdString(item);
    case ItemName: {
        if (!m_content)
            return QString();
        const auto name = m_content->itemNames.find(item);
        return name == m_content->itemNames.end() ? QString() : QString::fromStdString(name->second);
    }
    case Date: return QString::fromStdString(row.date.toString());
    case Qty: return quantity(row.qty, true);
    case Inspection: return row.inspected ? tr("Inspected") : tr("On inspection");
    case Accepted: return quantity(row.acceptedQty, row.inspected);
    case Rejected: return quantity(row.rejectedQty, row.inspected);
    case Disposition: return displayName(row.disposition);
    case InspectedOn: return row.inspectedOn ? QString::fromStdString(row.inspectedOn->toString()) : QString();
    case Note: return QString::fromStdString(row.note);
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
