#include "app/models/OrderProgressText.h"

#include "app/models/NumberText.h"

#include "core/scheduling/WorkingTime.h"

#include <QCoreApplication>
#include <QStringList>

namespace pmc::app::OrderProgressText {

namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

} // namespace

QString status(core::OperationStatus status)
{
    switch (status) {
    case core::OperationStatus::Done: return QCoreApplication::translate("OrderProgressText", "Done");
    case core::OperationStatus::InProgress: return QCoreApplication::translate("OrderProgressText", "In progress");
    case core::OperationStatus::Waiting: return QCoreApplication::translate("OrderProgressText", "Waiting");
    }
    return {};
}

QString salesOrderStatus(core::SalesOrderStatus status)
{
    switch (status) {
    case core::SalesOrderStatus::Draft: return QCoreApplication::translate("OrderProgressText", "Draft");
    case core::SalesOrderStatus::InReview: return QCoreApplication::translate("OrderProgressText", "In review");
    case core::SalesOrderStatus::Confirmed: return QCoreApplication::translate("OrderProgressText", "Confirmed");
    case core::SalesOrderStatus::InProduction: return QCoreApplication::translate("OrderProgressText", "In production");
    case core::SalesOrderStatus::PartiallyShipped: return QCoreApplication::translate("OrderProgressText", "Partially shipped");
    case core::SalesOrderStatus::Shipped: return QCoreApplication::translate("OrderProgressText", "Shipped");
    case core::SalesOrderStatus::Cancelled: return QCoreApplication::translate("OrderProgressText", "Cancelled");
    }
    return {};
}

QString minute(core::Date today, int minute)
{
    return q(core::formatScheduleMinute(today, minute)).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QString cause(const core::DelayCause& cause, core::Date today)
{
    const QString until = minute(today, cause.minute);
    switch (cause.kind) {
    case core::DelayCause::Kind::Capacity: {
        QStringList busy;
        for (const std::string& order : cause.busyWith)
            busy << q(order);
        return QCoreApplication::translate("OrderProgressText", "Capacity: step %1 of %2 waits for work center %3 (unit %4) until %5; it is busy with %6")
            .arg(cause.seq)
            .arg(q(cause.order), q(cause.workCenter))
            .arg(cause.unit + 1)
            .arg(until, busy.isEmpty() ? QCoreApplication::translate("OrderProgressText", "other orders") : busy.join(QStringLiteral(", ")));
    }
    case core::DelayCause::Kind::Material:
        return (cause.plannedPurchase
                    ? QCoreApplication::translate("OrderProgressText", "Material: %1 waits for %2, still to be bought (planned purchase %3 due %4), in house %5")
                    : QCoreApplication::translate("OrderProgressText", "Material: %1 waits for %2, arriving with purchase order %3 on %4, in house %5"))
            .arg(q(cause.order), q(cause.item), q(cause.supply), q(cause.arrival.toString()), until);
    case core::DelayCause::Kind::SubAssembly:
        return QCoreApplication::translate("OrderProgressText", "Sub-assembly: %1 waits for %2 (order %3) until %4")
            .arg(q(cause.order), q(cause.item), q(cause.supply), until);
    case core::DelayCause::Kind::Calendar:
        return QCoreApplication::translate("OrderProgressText", "Calendar: step %1 of %2 waits over non-working days until %3").arg(cause.seq).arg(q(cause.order), until);
    case core::DelayCause::Kind::WorkContent:
        return QCoreApplication::translate("OrderProgressText", "Work content: nothing holds %1 back; its own work takes until %2").arg(q(cause.order), until);
    }
    return {};
}

QString fix(const core::Fix& fix, core::Date today)
{
    switch (fix.kind) {
    case core::Fix::Kind::Overtime:
        return QCoreApplication::translate("OrderProgressText", "Overtime %1 h per working day on %2 from %3 to %4")
            .arg(fix.hoursPerDay)
            .arg(q(fix.workCenter), q(fix.from.toString()), q(fix.to.toString()));
    case core::Fix::Kind::Expedite:
        return QCoreApplication::translate("OrderProgressText", "Expedite purchase order %1 from %2 to %3")
            .arg(q(fix.purchaseOrder), q(fix.oldDue.toString()), q(fix.newDue.toString()));
    case core::Fix::Kind::RaisePriority: return QCoreApplication::translate("OrderProgressText", "Raise the order's priority to 1");
    case core::Fix::Kind::Split: {
        QStringList parts;
        for (const core::SplitPart& part : fix.parts)
            parts << QStringLiteral("%1 × %2").arg(q(part.order), formatNumber(part.qty));
        return QCoreApplication::translate("OrderProgressText", "Split %1 into batches: %2").arg(q(fix.order), parts.join(QStringLiteral(", ")));
    }
    case core::Fix::Kind::MoveToUnit: {
        const QString text = QCoreApplication::translate("OrderProgressText", "Move step %1 of %2 from unit %3 to unit %4 of %5, starting %6")
                                 .arg(fix.seq)
                                 .arg(q(fix.order))
                                 .arg(fix.unit + 1)
                                 .arg(fix.toUnit + 1)
                                 .arg(q(fix.workCenter), minute(today, fix.startMinute));
        return fix.firmedAs.empty() ? text
                                    : text + QCoreApplication::translate("OrderProgressText", " (firmed as %1)").arg(q(fix.firmedAs));
    }
    }
    return {};
}

} // namespace pmc::app::OrderProgressText
