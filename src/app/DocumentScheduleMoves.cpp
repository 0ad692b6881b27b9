// Document: steps moved on the Gantt chart. A move pins the steps where the planner put them
// and repairs the schedule around them at once, so the chart shows the consequences (the
// steps after them pushed, lateness) without a new schedule run; one undo takes back both.
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

    core::OperationPinning pinning = core::OperationPinning::at(*m_factory, *m_mrpResult, today, verdict.places);
    const store::PlannedOrderChanges taken{m_lastMrpRunAt.toStdString(), pinning.consumed, pinning.added};
    refused = storeEdit(pinning.edit, taken);
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
        core::logger("app").error("schedule repair after a move failed: {}", e.what());
        repaired = *m_schedule;
    }
    const QString text = moves.size() == 1
        ? tr("Move %1 step %2").arg(QString::fromStdString(moves.front().order)).arg(moves.front().seq)
        : tr("Move %n step(s)", nullptr, static_cast<int>(moves.size()));
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
