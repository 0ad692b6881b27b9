#include "app/models/MrpExceptionTableModel.h"

#include "app/Document.h"
#include "app/models/DomainText.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/mrp/ExceptionReview.h"
#include "core/mrp/MrpResult.h"

#include <QColor>

#include <set>
#include <unordered_map>

namespace pmc::app {

namespace {

/// An order the run may name in a message: its due date and, for purchases, its supplier.
struct OrderFacts {
    core::Date due;
    std::string supplier;
};

std::unordered_map<std::string, OrderFacts> orderFacts(const core::FactoryModel& factory)
{
    std::unordered_map<std::string, OrderFacts> facts;
    for (const core::PurchaseOrder& po : factory.purchaseOrders)
        facts.emplace(po.number, OrderFacts{po.due, po.supplier});
    for (const core::PurchaseRequisition& pr : factory.purchaseRequisitions)
        facts.emplace(pr.number, OrderFacts{pr.due, pr.supplier});
    for (const core::WorkOrder& wo : factory.workOrders)
        facts.emplace(wo.number, OrderFacts{wo.due, {}});
    for (const core::FirmPlannedOrder& fpo : factory.firmPlannedOrders)
        facts.emplace(fpo.number, OrderFacts{fpo.due, {}});
    return facts;
}

QStringList distinct(const std::vector<QString>& values)
{
    std::set<QString> unique(values.begin(), values.end());
    unique.erase(QString());
    return QStringList(unique.begin(), unique.end());
}

} // namespace

MrpExceptionTableModel::MrpExceptionTableModel(Document& document, QObject* parent)
    : DocumentTableModel(document, ColumnCount, parent)
{
    resetOn(&Document::factoryReset);
    resetOn(&Document::mrpFinished);
    refreshOn(&Document::masterDataChanged);
    connect(&document, &Document::exceptionReviewsChanged, this, [this] {
        if (const int count = rowCount(); count > 0)
            emit dataChanged(index(0, 0), index(count - 1, ColumnCount - 1));
    });
    rebuild();
}

void MrpExceptionTableModel::rebuild()
{
    const core::FactoryModel& factory = m_document.factory();
    std::unordered_map<std::string, const core::Item*> items;
    for (const core::Item& item : factory.items)
        items.emplace(item.code, &item);
    const auto orders = orderFacts(factory);
    const auto& exceptions = m_document.mrpResult().exceptions;
    m_rows.assign(exceptions.size(), RowText{});
    for (std::size_t i = 0; i < exceptions.size(); ++i) {
        const core::MrpException& e = exceptions[i];
        RowText& row = m_rows[i];
        std::string supplier;
        if (const auto it = items.find(e.item); it != items.end()) {
            row.itemName = QString::fromStdString(it->second->name);
            row.buyer = QString::fromStdString(it->second->buyer);
            supplier = it->second->supplier;
        }
        std::optional<core::Date> supplyDue;
        if (const auto it = orders.find(e.order); it != orders.end()) {
            supplyDue = it->second.due;
            if (!it->second.supplier.empty())
                supplier = it->second.supplier; // the order's own supplier is the one to chase
        }
        row.supplier = QString::fromStdString(supplier);
        row.message = exceptionText(e, e.kind == core::MrpException::Kind::Expedite ? supplyDue : std::nullopt);
    }
}

int MrpExceptionTableModel::rows() const
{
    return static_cast<int>(m_document.mrpResult().exceptions.size());
}

const core::MrpException& MrpExceptionTableModel::exception(int row) const
{
    return m_document.mrpResult().exceptions[static_cast<std::size_t>(row)];
}

bool MrpExceptionTableModel::isDone(int row) const
{
    return m_document.exceptionReview(exception(row)) != nullptr;
}

QStringList MrpExceptionTableModel::buyers() const
{
    std::vector<QString> values;
    for (const RowText& row : m_rows)
        values.push_back(row.buyer);
    return distinct(values);
}

QStringList MrpExceptionTableModel::suppliers() const
{
    std::vector<QString> values;
    for (const RowText& row : m_rows)
        values.push_back(row.supplier);
    return distinct(values);
}

QVariant MrpExceptionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::MrpException& e = exception(index.row());
    const core::ExceptionReview* review = m_document.exceptionReview(e);
    if (role == KeyRole)
        return QString::fromStdString(e.order);
    if (role == Qt::CheckStateRole && index.column() == Done)
        return review ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole) {
        if (review)
            return QColor(Qt::gray); // handled: stays readable, no longer calls for attention
        if (index.column() == Kind)
            return e.kind == core::MrpException::Kind::Excess ? QColor(Qt::darkYellow) : QColor(Qt::darkRed);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return QString::fromStdString(e.message);
    if (role == Qt::ToolTipRole && index.column() == Done && review)
        return tr("Done %1").arg(QString::fromStdString(review->doneAt).replace(QLatin1Char('T'), QLatin1Char(' ')));
    if (role == SortRole && index.column() == Done)
        return review != nullptr;
    if (role == Qt::EditRole && index.column() == Note)
        return review ? QString::fromStdString(review->note) : QString();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    if (index.column() == Note)
        return review ? QString::fromStdString(review->note) : QString();
    return text(e, m_rows[static_cast<std::size_t>(index.row())], index.column());
}

QVariant MrpExceptionTableModel::text(const core::MrpException& e, const RowText& row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Date: return QString::fromStdString(e.date.toString());
    case Kind: return displayName(e.kind);
    case Item: return QString::fromStdString(e.item);
    case ItemName: return row.itemName;
    case Buyer: return row.buyer;
    case Supplier: return row.supplier;
    case Order: return QString::fromStdString(e.order);
    case Message: return row.message;
    case Done:
    case Note:
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags MrpExceptionTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Done)
        flags |= Qt::ItemIsUserCheckable;
    // The note belongs to the done mark: it is written when marking done, or changed after.
    if (index.column() == Note && index.isValid() && isDone(index.row()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MrpExceptionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid())
        return false;
    const core::MrpException& e = exception(index.row());
    if (index.column() == Done && role == Qt::CheckStateRole) {
        const bool done = value.toInt() == Qt::Checked;
        return m_document.reviewExceptions({e}, done, QString(), done ? tr("Mark exception done") : tr("Reopen exception"));
    }
    if (index.column() == Note && role == Qt::EditRole)
        return m_document.reviewExceptions({e}, true, value.toString(), tr("Note on exception"));
    return false;
}

QVariant MrpExceptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Done: return tr("Done");
    case Date: return tr("Date");
    case Kind: return tr("Exception");
    case Item: return tr("Item code");
    case ItemName: return tr("Item name");
    case Buyer: return tr("Buyer");
    case Supplier: return tr("Supplier");
    case Order: return tr("Order");
    case Note: return tr("Note");
    case Message: return tr("Message");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
