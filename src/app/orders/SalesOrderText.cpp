#include "app/orders/SalesOrderText.h"

#include "app/models/NumberText.h"

#include <QCoreApplication>

namespace pmc::app {

namespace {


/// History values are stored in the format's words (e.g. `partially_shipped`); those that name
/// a status read in the planner's language.
QString historyValue(const std::string& kind, const std::string& value)
{
    core::SalesOrderStatus status{};
    if ((kind == "status" || kind == "created" || kind == "removed") && core::parseSalesOrderStatus(value, status))
        return displayName(status);
    return QString::fromStdString(value);
}

QString historyField(const core::SalesOrderEvent& e)
{
    const QString line = e.line > 0 ? QCoreApplication::translate("SalesOrderText", "line %1 ").arg(e.line) : QString();
    const std::string& k = e.kind;
    if (k == "created") return QCoreApplication::translate("SalesOrderText", "created as %1").arg(historyValue(k, e.after));
    if (k == "removed") return QCoreApplication::translate("SalesOrderText", "deleted");
    if (k == "status") return QCoreApplication::translate("SalesOrderText", "status");
    if (k == "customer") return QCoreApplication::translate("SalesOrderText", "customer");
    if (k == "priority") return QCoreApplication::translate("SalesOrderText", "priority");
    if (k == "custom") return QCoreApplication::translate("SalesOrderText", "order type");
    if (k == "note") return QCoreApplication::translate("SalesOrderText", "note");
    if (k == "order_date") return QCoreApplication::translate("SalesOrderText", "order date");
    if (k == "line_added") return QCoreApplication::translate("SalesOrderText", "line %1 added").arg(e.line);
    if (k == "line_removed") return QCoreApplication::translate("SalesOrderText", "line %1 removed").arg(e.line);
    if (k == "item") return line + QCoreApplication::translate("SalesOrderText", "item");
    if (k == "qty") return line + QCoreApplication::translate("SalesOrderText", "quantity");
    if (k == "due") return line + QCoreApplication::translate("SalesOrderText", "requested date");
    if (k == "promised") return line + QCoreApplication::translate("SalesOrderText", "promised date");
    if (k == "review") return QCoreApplication::translate("SalesOrderText", "review");
    if (k == "shipment") return line + QCoreApplication::translate("SalesOrderText", "shipment");
    return QString::fromStdString(k);
}

} // namespace

QString displayName(core::SalesOrderStatus status)
{
    using S = core::SalesOrderStatus;
    switch (status) {
    case S::Draft: return QCoreApplication::translate("SalesOrderText", "Draft");
    case S::InReview: return QCoreApplication::translate("SalesOrderText", "In review");
    case S::Confirmed: return QCoreApplication::translate("SalesOrderText", "Confirmed");
    case S::InProduction: return QCoreApplication::translate("SalesOrderText", "In production");
    case S::PartiallyShipped: return QCoreApplication::translate("SalesOrderText", "Partially shipped");
    case S::Shipped: return QCoreApplication::translate("SalesOrderText", "Shipped");
    case S::Cancelled: return QCoreApplication::translate("SalesOrderText", "Cancelled");
    }
    return {};
}

QString displayName(core::Department department)
{
    using D = core::Department;
    switch (department) {
    case D::Sales: return QCoreApplication::translate("SalesOrderText", "Sales");
    case D::Engineering: return QCoreApplication::translate("SalesOrderText", "Engineering");
    case D::Quality: return QCoreApplication::translate("SalesOrderText", "Quality");
    case D::Production: return QCoreApplication::translate("SalesOrderText", "Production");
    case D::Purchasing: return QCoreApplication::translate("SalesOrderText", "Purchasing / material control");
    case D::Pmc: return QCoreApplication::translate("SalesOrderText", "PMC");
    }
    return {};
}

QString displayName(core::ReviewVerdict verdict)
{
    using V = core::ReviewVerdict;
    switch (verdict) {
    case V::Accept: return QCoreApplication::translate("SalesOrderText", "Accept");
    case V::AcceptWithConditions: return QCoreApplication::translate("SalesOrderText", "Accept with conditions");
    case V::Reject: return QCoreApplication::translate("SalesOrderText", "Reject");
    }
    return {};
}

QString displayName(core::ReviewRequirement requirement)
{
    using R = core::ReviewRequirement;
    switch (requirement) {
    case R::Always: return QCoreApplication::translate("SalesOrderText", "Always");
    case R::CustomOnly: return QCoreApplication::translate("SalesOrderText", "Custom orders");
    case R::Never: return QCoreApplication::translate("SalesOrderText", "Not required");
    }
    return {};
}

QString departmentNames(const std::vector<core::Department>& departments)
{
    QStringList names;
    for (const core::Department d : departments)
        names << displayName(d);
    return names.join(QCoreApplication::translate("SalesOrderText", ", "));
}

QString orderProblemText(const core::OrderProblem& p)
{
    using K = core::OrderProblem::Kind;
    const QString line = QCoreApplication::translate("SalesOrderText", "line %1: ").arg(p.line);
    switch (p.kind) {
    case K::WrongStatus: return QCoreApplication::translate("SalesOrderText", "sales order %1 is %2, which does not allow this").arg(QString::fromStdString(p.order), displayName(p.status));
    case K::NoLines: return QCoreApplication::translate("SalesOrderText", "the order has no lines");
    case K::QuantityNotPositive: return line + QCoreApplication::translate("SalesOrderText", "quantity %1 must be greater than 0").arg(formatNumber(p.qty));
    case K::QuantityBelowShipped:
        return line + QCoreApplication::translate("SalesOrderText", "quantity %1 is less than the %2 already shipped").arg(formatNumber(p.qty), formatNumber(p.other));
    case K::DateBeforeToday: return QCoreApplication::translate("SalesOrderText", "date %1 lies before today").arg(QString::fromStdString(p.date.toString()));
    case K::NoSuchLine: return QCoreApplication::translate("SalesOrderText", "the order has no line %1").arg(p.line);
    case K::ShipMoreThanOpen: return line + QCoreApplication::translate("SalesOrderText", "shipping %1 but only %2 is open").arg(formatNumber(p.qty), formatNumber(p.other));
    case K::ShipInFuture: return QCoreApplication::translate("SalesOrderText", "shipment date %1 lies after today").arg(QString::fromStdString(p.date.toString()));
    case K::ReviewMissing: return QCoreApplication::translate("SalesOrderText", "waiting for the review of %1").arg(departmentNames(p.departments));
    case K::ReviewRejected: return QCoreApplication::translate("SalesOrderText", "rejected by %1").arg(departmentNames(p.departments));
    case K::PriorityNotPositive: return QCoreApplication::translate("SalesOrderText", "priority %1 must be 1 or more").arg(formatNumber(p.qty));
    }
    return {};
}

QStringList orderProblemTexts(const std::vector<core::OrderProblem>& problems)
{
    QStringList texts;
    for (const core::OrderProblem& p : problems)
        texts << orderProblemText(p);
    return texts;
}

QString historyText(const core::SalesOrderEvent& e)
{
    const QString field = historyField(e);
    if (e.kind == "created" || e.kind == "removed" || e.kind == "line_added" || e.kind == "line_removed")
        return field;
    if (e.before.empty())
        return QCoreApplication::translate("SalesOrderText", "%1: %2").arg(field, historyValue(e.kind, e.after));
    if (e.after.empty())
        return QCoreApplication::translate("SalesOrderText", "%1: %2 removed").arg(field, historyValue(e.kind, e.before));
    return QCoreApplication::translate("SalesOrderText", "%1: %2 → %3").arg(field, historyValue(e.kind, e.before), historyValue(e.kind, e.after));
}

} // namespace pmc::app
