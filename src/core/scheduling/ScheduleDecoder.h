#pragma once

#include "core/masterdata/Calendar.h"
#include "core/scheduling/ScheduleProblem.h"
#include "core/scheduling/WorkingTime.h"

#include <compare>
#include <vector>

namespace pmc::core {

/// The scheduler's objective, compared lexicographically: total weighted tardiness first
/// (weight × minutes past 23:59 of the due date), then makespan.
struct ScheduleEvaluation {
    long long weightedTardiness = 0;
    int makespan = 0;

    auto operator<=>(const ScheduleEvaluation&) const = default;
};

/// Where one operation went.
struct OperationPlacement {
    int unit = 0;
    MinuteSpan span;
};

/// Turns a dispatch order of jobs into a schedule by list scheduling: each job starts no
/// earlier than its material readiness and the completion of its children, its operations
/// follow one another, and each operation takes the unit of its work center on which it ends
/// earliest, in the first idle gap of that unit's timeline where it fits whole (else after the
/// unit's last operation). Holds a reference to the problem, which must outlive it; keeps the
/// last decoded schedule. Single thread (the working-time cache grows during decoding).
class ScheduleDecoder {
public:
    ScheduleDecoder(const ScheduleProblem& problem, const Calendar& calendar);

    /// Decodes `sequence`, which lists every job once with children before parents.
    ScheduleEvaluation decode(const std::vector<int>& sequence);

    /// Placement of operation `op` (index into the job's operations) of the last decode.
    const OperationPlacement& placement(int job, int op) const
    {
        return m_placements[static_cast<std::size_t>(m_firstPlacement[static_cast<std::size_t>(job)] + op)];
    }
    /// Completion minute of each job in the last decode.
    const std::vector<int>& completions() const { return m_completions; }
    /// Weighted tardiness of a job with the given completion.
    long long weightedTardiness(int job, int completionMinute) const;
    WorkingTime& workingTime(int workCenter) { return m_workingTime[static_cast<std::size_t>(workCenter)]; }

private:
    OperationPlacement placeOperation(int workCenter, int earliest, int duration);

    const ScheduleProblem& m_problem;
    std::vector<WorkingTime> m_workingTime;           ///< per work center
    std::vector<std::vector<std::vector<MinuteSpan>>> m_busy; ///< per work center and unit, by start
    std::vector<int> m_firstPlacement;                ///< per job, into m_placements
    std::vector<OperationPlacement> m_placements;
    std::vector<int> m_completions;
    std::vector<int> m_lateFrom; ///< per job
};

} // namespace pmc::core
