// Document: steps moved on the Gantt chart, and the frozen period. A move pins the steps where
// the planner put them, a freeze pins every step before a date where it is; either repairs the
// schedule around the pins at once, so the chart shows the consequences (the steps after them
// pushed, lateness) without a new schedule run, and one undo takes back both.
#include "app/Document.h"

#include "app/commands/ScheduleMoveCommand.h"
#include "app/models/MoveProblemText.h"
#include "core/Log.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/OperationMove.h"
#include "core/scheduling/OperationPinning.h"
#include "store/MrpRepository.h"

namespace pmc::app {

QStringList Document::moveOperations(const std::vector<core::OperationMove>& moves)
{
    if (!m_database || !m_hasSchedule || moves.empty())
        return {};
    if (isMrpRunning() || isScheduleRunning())
        return {tr("MRP or the schedule is running; try again when it has finished.")};
    const core::Date today = m_schedule->today;
    const core::MoveVerdict verdict = core::OperationMoveCheck(*m_factory, *m_mrpResult, *m_schedule).check(moves);
    QStringList refused;
    for (const core::MoveProblem& problem : verdict.problems)
        if (problem.refuses())
            refused << moveProblemText(problem, today);
    if (!refused.isEmpty())
        return refused;

    const QString text = moves.size() == 1
        ? tr("Move %1 step %2").arg(QString::fromStdString(moves.front().order)).arg(moves.front().seq)
        : tr("Move %n step(s)", nullptr, static_cast<int>(moves.size()));
    return pinAndRepair(verdict.places, text);
}

QStringList Document::freezeUntil(core::Date fence)
{
    if (!m_database || !m_hasSchedule)
        return {tr("Build the schedule first (F6).")};
    if (isMrpRunning() || isScheduleRunning())
        return {tr("MRP or the schedule is running; try again when it has finished.")};
    const std::vector<core::ScheduledOperation> frozen = core::OperationPinning::stepsToFreeze(*m_schedule, fence);
    if (frozen.empty())
        return {tr("Every step starting before %1 is pinned already.").arg(QString::fromStdString(fence.toString()))};
    return pinAndRepair(frozen, tr("Freeze until %1").arg(QString::fromStdString(fence.toString())));
}

QStringList Document::pinAndRepair(const std::vector<core::ScheduledOperation>& places, const QString& text)
{
    core::OperationPinning pinning = core::OperationPinning::at(*m_factory, *m_mrpResult, m_schedule->today, places);
    const store::PlannedOrderChanges taken{m_lastMrpRunAt.toStdString(), pinning.consumed, pinning.added};
    QStringList refused = storeEdit(pinning.edit, taken);
    if (!refused.isEmpty())
        return refused;
    applyPlannedOrderChanges(taken);

    // The repair starts from the schedule as it was, under the firmed orders' new numbers.
    core::ScheduleOptions options = m_lastScheduleOptions;
    options.seconds = 0;
    options.previous = m_schedule->operations;
    for (core::ScheduledOperation& op : options.previous)
        op.order = pinning.numberOf(op.order);
    core::ScheduleResult repaired;
    try {
        repaired = core::FiniteScheduler(*m_factory).run(*m_mrpResult, options);
    } catch (const std::exception& e) {
        // The pins are kept; the next schedule run places them.
        core::logger("app").error("schedule repair after pinning failed: {}", e.what());
        repaired = *m_schedule;
    }
    m_undoStack.push(new ScheduleMoveCommand(*this, pinning.edit, text, taken, *m_schedule, repaired));
    emit masterDataChanged();
    showSchedule(repaired);
    return {};
}

void Document::showSchedule(const core::ScheduleResult& schedule)
{
    *m_schedule = schedule;
    m_hasSchedule = true;
    emit scheduleFinished();
}

} // namespace pmc::app
