#include "app/orders/SalesOrderActions.h"

#include "app/Document.h"
#include "app/orders/SalesOrderText.h"
#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/orders/OrderNumbering.h"
#include "store/Timestamp.h"

#include <QCoreApplication>

#include <algorithm>

namespace pmc::app {

core::Date SalesOrderActions::today() const
{
    return m_document.factory().settings.today;
}

const core::SalesOrder* SalesOrderActions::find(const std::string& number) const
{
    const auto& orders = m_document.factory().salesOrders;
    const auto it = std::find_if(orders.begin(), orders.end(), [&](const core::SalesOrder& o) { return o.number == number; });
    return it == orders.end() ? nullptr : &*it;
}

QString SalesOrderActions::nextNumber() const
{
    const core::FactoryModel& factory = m_document.factory();
    try {
        return QString::fromStdString(
            core::nextSalesOrderNumber(factory.settings.salesOrderNumberPattern, today(), factory.salesOrders));
    } catch (const std::invalid_argument&) {
        // A pattern stored before it was checked; the default still numbers orders.
        return QString::fromStdString(core::nextSalesOrderNumber(core::kDefaultSalesOrderPattern, today(), factory.salesOrders));
    }
}

QStringList SalesOrderActions::create(core::SalesOrder order, QString* number)
{
    if (order.number.empty())
        order.number = nextNumber().toStdString();
    else if (find(order.number))
        return {QCoreApplication::translate("SalesOrderActions", "sales order %1 already exists").arg(QString::fromStdString(order.number))};
    if (!order.orderDate)
        order.orderDate = today();
    const core::OrderActionResult created = core::salesorder::create(order, today());
    if (!created.ok())
        return orderProblemTexts(created.problems);
    core::MasterDataEdit edit;
    edit.salesOrders.push_back({std::nullopt, created.after});
    const QStringList refused = m_document.edit(edit, QCoreApplication::translate("SalesOrderActions", "New sales order %1").arg(QString::fromStdString(order.number)));
    if (refused.isEmpty() && number)
        *number = QString::fromStdString(order.number);
    return refused;
}

QStringList SalesOrderActions::apply(const core::OrderActionResult& result, const QString& text)
{
    if (!result.ok())
        return orderProblemTexts(result.problems);
    const core::SalesOrder* before = find(result.after.number);
    if (!before)
        return {QCoreApplication::translate("SalesOrderActions", "sales order %1 does not exist").arg(QString::fromStdString(result.after.number))};
    if (*before == result.after)
        return {};
    core::MasterDataEdit edit;
    edit.salesOrders.push_back({*before, result.after});
    return m_document.edit(edit, text);
}

QStringList SalesOrderActions::recordReview(const std::string& number, core::DepartmentReview review)
{
    const core::SalesOrder* order = find(number);
    if (!order)
        return {QCoreApplication::translate("SalesOrderActions", "sales order %1 does not exist").arg(QString::fromStdString(number))};
    if (review.reviewer.empty())
        review.reviewer = m_document.userName().toStdString();
    if (review.reviewedAt.empty())
        review.reviewedAt = store::localTimestampNow().substr(0, 16);
    return apply(core::salesorder::recordReview(*order, review, today()),
                 QCoreApplication::translate("SalesOrderActions", "Review of %1 by %2").arg(QString::fromStdString(number), displayName(review.department)));
}

QStringList SalesOrderActions::removeDraft(const std::string& number)
{
    const core::SalesOrder* order = find(number);
    if (!order)
        return {QCoreApplication::translate("SalesOrderActions", "sales order %1 does not exist").arg(QString::fromStdString(number))};
    if (order->status != core::SalesOrderStatus::Draft)
        return {orderProblemText({.kind = core::OrderProblem::Kind::WrongStatus, .order = number, .status = order->status})};
    core::MasterDataEdit edit;
    edit.salesOrders.push_back({*order, std::nullopt});
    return m_document.edit(edit, QCoreApplication::translate("SalesOrderActions", "Delete draft %1").arg(QString::fromStdString(number)));
}

} // namespace pmc::app
