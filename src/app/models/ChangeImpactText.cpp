#include "app/models/ChangeImpactText.h"

#include "core/scheduling/WorkingTime.h"

#include <QCoreApplication>

namespace pmc::app {

namespace {

QString monthDay(core::Date date)
{
    return QString::fromStdString(date.toString()).mid(5);
}

} // namespace

QString displayName(core::ChangeReason reason)
{
    switch (reason) {
    case core::ChangeReason::CustomerChange: return QCoreApplication::translate("ChangeImpactText", "Customer change");
    case core::ChangeReason::RushInsertion:
        return QCoreApplication::translate("ChangeImpactText", "Rush order insertion");
    case core::ChangeReason::MaterialLate: return QCoreApplication::translate("ChangeImpactText", "Material late");
    case core::ChangeReason::EquipmentQuality:
        return QCoreApplication::translate("ChangeImpactText", "Equipment or quality problem");
    case core::ChangeReason::EngineeringChange:
        return QCoreApplication::translate("ChangeImpactText", "Engineering change");
    }
    return {};
}

QString displayName(core::ProductionOrderKind kind)
{
    switch (kind) {
    case core::ProductionOrderKind::WorkOrder: return QCoreApplication::translate("ChangeImpactText", "Work order");
    case core::ProductionOrderKind::FirmPlannedOrder:
        return QCoreApplication::translate("ChangeImpactText", "Firm planned order");
    case core::ProductionOrderKind::PlannedOrder:
        return QCoreApplication::translate("ChangeImpactText", "Planned order");
    }
    return {};
}

QString displayName(core::MaterialAction action)
{
    switch (action) {
    case core::MaterialAction::Keep: return QCoreApplication::translate("ChangeImpactText", "Keep");
    case core::MaterialAction::PullIn: return QCoreApplication::translate("ChangeImpactText", "Pull in");
    case core::MaterialAction::PushOut: return QCoreApplication::translate("ChangeImpactText", "Push out");
    case core::MaterialAction::Reduce: return QCoreApplication::translate("ChangeImpactText", "Reduce");
    case core::MaterialAction::Cancel: return QCoreApplication::translate("ChangeImpactText", "Cancel");
    }
    return {};
}

QString shortScheduleTime(core::Date today, int minute)
{
    return QString::fromStdString(core::formatScheduleMinute(today, minute)).mid(5).replace(QLatin1Char('T'),
                                                                                           QLatin1Char(' '));
}

QString changeText(const QString& before, const QString& after)
{
    return before == after ? after : before + QStringLiteral(" → ") + after;
}

QString salesLineEffect(const core::SalesLineChange& change)
{
    const QString line = QString::fromStdString(change.line);
    if (!change.before)
        return QCoreApplication::translate("ChangeImpactText", "%1 new, done %2")
            .arg(line, monthDay(change.after->completion));
    if (!change.after)
        return QCoreApplication::translate("ChangeImpactText", "%1 no longer demand").arg(line);
    return QCoreApplication::translate("ChangeImpactText", "%1 done %2 (late %3 d)")
        .arg(line, changeText(monthDay(change.before->completion), monthDay(change.after->completion)),
             changeText(QString::number(change.before->lateDays), QString::number(change.after->lateDays)));
}

} // namespace pmc::app
