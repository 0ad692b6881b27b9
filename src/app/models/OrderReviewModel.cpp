#include "app/models/OrderReviewModel.h"

#include "app/Document.h"
#include "app/orders/SalesOrderText.h"
#include "core/FactoryModel.h"

#include <QColor>

#include <algorithm>

namespace pmc::app {

namespace {

const core::SalesOrder* findOrder(const core::FactoryModel& factory, const std::string& number)
{
    const auto it = std::find_if(factory.salesOrders.begin(), factory.salesOrders.end(),
                                 [&](const core::SalesOrder& o) { return o.number == number; });
    return it == factory.salesOrders.end() ? nullptr : &*it;
}

} // namespace

OrderReviewModel::OrderReviewModel(Document& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &Document::masterDataChanged, this, &OrderReviewModel::refresh);
    connect(&document, &Document::factoryReset, this, &OrderReviewModel::refresh);
}

void OrderReviewModel::setOrder(const std::string& number)
{
    m_order = number;
    refresh();
}

void OrderReviewModel::refresh()
{
    const core::SalesOrder* order = findOrder(m_document.factory(), m_order);
    m_current = order ? std::optional<core::SalesOrder>(*order) : std::nullopt;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OrderReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::size(core::kDepartments));
}

int OrderReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderReviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::Department department = core::kDepartments[index.row()];
    const core::SalesOrder* order = m_current ? &*m_current : nullptr;
    const core::DepartmentReview* review = order ? order->review(department) : nullptr;
    const bool required = order && m_document.factory().reviewPolicy.isRequired(department, *order);
    if (role == Qt::ForegroundRole && index.column() == Verdict && review) {
        if (review->verdict == core::ReviewVerdict::Reject)
            return QColor(0xc0, 0x20, 0x20);
        if (review->verdict == core::ReviewVerdict::AcceptWithConditions)
            return QColor(0xb0, 0x60, 0x00);
        return QColor(0x1e, 0x7b, 0x34);
    }
    if (role == Qt::ForegroundRole && index.column() == Verdict && required)
        return QColor(0x1f, 0x5f, 0xbf);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Department: return displayName(department);
    case Required: return required ? tr("Required") : QString();
    case Verdict:
        if (review)
            return displayName(review->verdict);
        return required ? tr("Waiting") : QString();
    case CanMeet: return review && review->canMeet ? QString::fromStdString(review->canMeet->toString()) : QString();
    case Comment: return review ? QString::fromStdString(review->comment) : QString();
    case Reviewer: return review ? QString::fromStdString(review->reviewer) : QString();
    case ReviewedAt:
        return review ? QString::fromStdString(review->reviewedAt).replace(QLatin1Char('T'), QLatin1Char(' ')) : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant OrderReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Department: return tr("Department");
    case Required: return tr("Required");
    case Verdict: return tr("Verdict");
    case CanMeet: return tr("Can meet");
    case Comment: return tr("Comment");
    case Reviewer: return tr("Reviewer");
    case ReviewedAt: return tr("Reviewed at");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
