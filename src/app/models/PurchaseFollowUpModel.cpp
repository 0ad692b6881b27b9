#include "app/models/PurchaseFollowUpModel.h"

#include "app/models/NumberText.h"
#include "app/models/Roles.h"
#include "app/purchasing/MaterialFollowUp.h"

#include <QColor>
#include <QFont>

namespace pmc::app {

namespace {

QString nameOf(const std::unordered_map<std::string, std::string>& names, const std::string& code)
{
    const auto it = names.find(code);
    return QString::fromStdString(it == names.end() ? code : it->second);
}

} // namespace

PurchaseFollowUpModel::PurchaseFollowUpModel(QObject* parent)
    : RowsTableModel({tr("Purchase order"), tr("Supplier"), tr("Item code"), tr("Item name"), tr("Ordered"),
                      tr("Received"), tr("On inspection"), tr("Open"), tr("Due"), tr("Promised"),
                      tr("Dates given"), tr("Days late"), tr("Reminder")},
                     parent)
{
}

void PurchaseFollowUpModel::setContent(std::shared_ptr<const MaterialFollowUp> content)
{
    m_content = std::move(content);
    setRows(m_content ? m_content->purchaseOrders : std::vector<core::PurchaseFollowUpRow>{});
}

QVariant PurchaseFollowUpModel::cell(const core::PurchaseFollowUpRow& row, int column, int role) const
{
    if (role == KeyRole)
        return QString::fromStdString(row.number);
    if (role == Qt::TextAlignmentRole && column >= Qty && column <= Open)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && (column == Promised || column == DaysLate) && row.daysLate() > 0)
        return QColor(Qt::red);
    if (role == Qt::FontRole && column == Reminder && row.needsConfirmation) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::BackgroundRole && row.needsConfirmation)
        return QColor(255, 243, 205);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (static_cast<Column>(column)) {
    case Number: return QString::fromStdString(row.number);
    case Supplier: return m_content ? nameOf(m_content->supplierNames, row.supplier) : QString::fromStdString(row.supplier);
    case Item: return QString::fromStdString(row.item);
    case ItemName: return m_content ? nameOf(m_content->itemNames, row.item) : QString();
    case Qty: return sorting ? QVariant(row.qty) : formatNumber(row.qty);
    case Received: return sorting ? QVariant(row.receivedQty) : formatNumber(row.receivedQty);
    case OnInspection: return sorting ? QVariant(row.onInspectionQty) : formatNumber(row.onInspectionQty);
    case Open: return sorting ? QVariant(row.openQty) : formatNumber(row.openQty);
    case Due: return QString::fromStdString(row.due.toString());
    case Promised: return row.promised ? QString::fromStdString(row.promised->toString()) : QString();
    case PromiseChanges: return row.promiseChanges;
    case DaysLate: return sorting || row.daysLate() > 0 ? QVariant(row.daysLate()) : QVariant(QString());
    case Reminder: return row.needsConfirmation ? tr("Confirm the date") : QString();
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
