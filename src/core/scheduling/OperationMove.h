#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleProblem.h"
#include "core/scheduling/ScheduleRequest.h"
#include "core/scheduling/WorkingTime.h"

#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace pmc::core {

/// A step the planner drags on the Gantt chart: to `unit` of its own work center, to start
/// at `startMinute` (minutes since the schedule's today 00:00).
struct OperationMove {
    std::string order;
    int seq = 0;
    int unit = 0;
    int startMinute = 0;
};

/// A rule a move breaks (it is refused), or a consequence worth a word (`LateAfterDue`).
struct MoveProblem {
    enum class Kind {
        NotScheduled,      ///< the step is not in the schedule
        NoSuchUnit,        ///< `minute` = the work center's number of units
        BeforeToday,       ///< it would start before today 00:00
        BeforePredecessor, ///< `other`/`otherSeq` ends (queue and move included) at `minute`
        BeforeMaterial,    ///< its order's material is ready at `minute`
        BeforeSubAssembly, ///< order `other`, pegged to this one, finishes at `minute`
        PastPinnedSuccessor, ///< the next step `other`/`otherSeq` is pinned to start at `minute`
        OverlapsPin,       ///< pinned step `other`/`otherSeq` occupies the unit from `minute`
        OverlapsMovedStep, ///< another moved step lands on the same unit at the same time
        LateAfterDue,      ///< allowed: the order then finishes at `minute`, after its due date
    };
    Kind kind = Kind::NotScheduled;
    std::string order; ///< the moved step
    int seq = 0;
    std::string other;
    int otherSeq = 0;
    int minute = 0;

    bool refuses() const { return kind != Kind::LateAfterDue; }
    bool operator==(const MoveProblem&) const = default;
};

/// An English sentence for a problem (pmc-cli, logs); the desktop words its own.
std::string describe(const MoveProblem& problem, Date today);

/// Where moved steps would land and what that breaks.
struct MoveVerdict {
    /// The moved steps at their new place: the start moved to the first working minute at or
    /// after the one asked for, the end after their working minutes (no changeover: a pinned
    /// step is placed as it is).
    std::vector<ScheduledOperation> places;
    std::vector<MoveProblem> problems;
    /// Planned orders among the moved steps' orders: moving them firms them.
    std::vector<std::string> plannedOrders;

    bool allowed() const;
};

/// Checks Gantt moves against the schedule they are made on: a step starts no earlier than
/// today, its previous step (with queue and move time), its order's material and the orders
/// pegged to it; it does not run past a pinned next step nor over a pinned step of the unit
/// (steps moved together are checked against each other's new places). Steps after it are
/// not checked: the repair that follows the move pushes them. Built once per drag, checked
/// on every mouse move; refers to `schedule`, which must outlive it.
class OperationMoveCheck {
public:
    OperationMoveCheck(const FactoryModel& model, const MrpResult& run, const ScheduleResult& schedule);

    MoveVerdict check(std::span<const OperationMove> moves);

private:
    struct Step {
        int job = 0;
        int op = 0; ///< index into the job's operations
        std::size_t scheduled = 0; ///< index into the schedule's operations
    };
    const Step* find(const std::string& order, int seq) const;
    int readyMinute(const Step& step, const std::unordered_map<std::size_t, const ScheduledOperation*>& moved,
                    MoveProblem& reason) const;

    ScheduleProblem m_problem;
    const ScheduleResult& m_schedule;
    std::vector<WorkingTime> m_workingTime; ///< per work center of the problem
    std::unordered_map<std::string, std::unordered_map<int, Step>> m_steps; ///< order → seq → step
    std::unordered_map<std::string, int> m_completion; ///< per order of the schedule
    std::unordered_set<std::string> m_plannedOrders;
    std::vector<std::size_t> m_pinned; ///< the schedule's pinned steps
};

} // namespace pmc::core
