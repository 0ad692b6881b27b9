#include "app/models/MoveProblemText.h"

#include "core/scheduling/WorkingTime.h"

#include <QCoreApplication>

namespace pmc::app {

namespace {

QString when(core::Date today, int minute)
{
    // `YYYY-MM-DDTHH:MM` → `MM-DD HH:MM`: the year is clear on a Gantt chart.
    return QString::fromStdString(core::formatScheduleMinute(today, minute)).mid(5).replace(QLatin1Char('T'), QLatin1Char(' '));
}

} // namespace

QString moveProblemText(const core::MoveProblem& p, core::Date today)
{
    using Kind = core::MoveProblem::Kind;
    const QString other = QString::fromStdString(p.other);
    switch (p.kind) {
    case Kind::NotScheduled: return QCoreApplication::translate("MoveProblemText", "%1 step %2 is not in the schedule").arg(QString::fromStdString(p.order)).arg(p.seq);
    case Kind::NoSuchUnit: return QCoreApplication::translate("MoveProblemText", "its work center has %1 unit(s)").arg(p.minute);
    case Kind::BeforeToday: return QCoreApplication::translate("MoveProblemText", "it cannot start before today");
    case Kind::BeforePredecessor: return QCoreApplication::translate("MoveProblemText", "step %1 is done only at %2").arg(p.otherSeq).arg(when(today, p.minute));
    case Kind::BeforeMaterial: return QCoreApplication::translate("MoveProblemText", "its material is ready only at %1").arg(when(today, p.minute));
    case Kind::BeforeSubAssembly: return QCoreApplication::translate("MoveProblemText", "%1, pegged to it, is finished only at %2").arg(other, when(today, p.minute));
    case Kind::PastPinnedSuccessor:
        return QCoreApplication::translate("MoveProblemText", "step %1 is pinned to start at %2").arg(p.otherSeq).arg(when(today, p.minute));
    case Kind::OverlapsPin: return QCoreApplication::translate("MoveProblemText", "%1 step %2 is pinned there from %3").arg(other).arg(p.otherSeq).arg(when(today, p.minute));
    case Kind::OverlapsMovedStep: return QCoreApplication::translate("MoveProblemText", "it would overlap %1 step %2, moved there too").arg(other).arg(p.otherSeq);
    case Kind::LateAfterDue: return QCoreApplication::translate("MoveProblemText", "%1 would finish at %2, after its due date").arg(QString::fromStdString(p.order), when(today, p.minute));
    }
    return {};
}

} // namespace pmc::app
