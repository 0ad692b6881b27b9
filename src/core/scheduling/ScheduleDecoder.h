#pragma once

#include "core/masterdata/Calendar.h"
#include "core/scheduling/ScheduleProblem.h"
#include "core/scheduling/WorkingTime.h"

#include <array>
#include <compare>
#include <vector>

namespace pmc::core {

/// The scheduler's criteria of one schedule (docs/scheduling.md). The default comparison is
/// the default objective order: total weighted tardiness (weight × minutes past 23:59 of the
/// due date), then makespan, then changeover minutes.
struct ScheduleEvaluation {
    long long weightedTardiness = 0;
    int makespan = 0;
    long long changeoverMinutes = 0;

    auto operator<=>(const ScheduleEvaluation&) const = default;
};

/// The evaluation's criteria in `order`, for a lexicographic comparison.
std::array<long long, 3> objectiveKey(const ScheduleEvaluation& evaluation, const ObjectiveOrder& order);

/// Where one operation went. `span` includes the changeover kept at its start.
struct OperationPlacement {
    int unit = 0;
    MinuteSpan span;
    int changeover = 0;
};

/// Turns a dispatch order of jobs into a schedule by list scheduling: each job starts no
/// earlier than its material readiness and the completion of its children, its operations
/// follow one another (each no earlier than its release, when releases are set), and each
/// operation takes the unit of its work center on which it ends earliest (ties: the preferred
/// unit, else the lower number), in the first idle gap of that unit's timeline where it fits
/// whole with its changeover (else after the unit's last operation). Pinned operations are
/// placed before anything else and never move. Holds a reference to the problem, which must
/// outlive it; keeps the last decoded schedule. Single thread (the working-time cache grows
/// during decoding).
class ScheduleDecoder {
public:
    ScheduleDecoder(const ScheduleProblem& problem, const Calendar& calendar);

    /// Decodes `sequence`, which lists every job once with children before parents.
    ScheduleEvaluation decode(const std::vector<int>& sequence);

    /// Incremental decoding (dispatch rules that look at the schedule so far): begin() clears
    /// everything but the pinned operations, add() places one more job whose children are
    /// placed, evaluation() sums what was added.
    void begin();
    void add(int job);
    /// Places the next operation of `job` only (a repair interleaves the jobs' operations in
    /// time order); its first operation needs the job's children placed whole. The job's
    /// completion counts once its last operation is placed.
    void addOperation(int job);
    const ScheduleEvaluation& evaluation() const { return m_evaluation; }
    /// The earliest start of a job from its material and its children (placed already).
    int readyMinute(int job) const;

    /// Earliest start and preferred unit per operation (flattened like placements; a unit of
    /// -1 = none), e.g. the just-in-time times of a backward pass. Empty = none. With
    /// `unitsRequired` an operation with a preferred unit goes on that unit only (a repair
    /// keeps every step on its unit).
    void setOperationReleases(std::vector<int> releases, std::vector<int> preferredUnits, bool unitsRequired = false);

    /// Placement of operation `op` (index into the job's operations) of the last decode.
    const OperationPlacement& placement(int job, int op) const
    {
        return m_placements[static_cast<std::size_t>(m_firstPlacement[static_cast<std::size_t>(job)] + op)];
    }
    /// Index of a job's first operation among the flattened operations.
    int firstPlacement(int job) const { return m_firstPlacement[static_cast<std::size_t>(job)]; }
    int placementCount() const { return static_cast<int>(m_placements.size()); }
    /// Completion minute of each job in the last decode.
    const std::vector<int>& completions() const { return m_completions; }
    /// Weighted tardiness of a job with the given completion.
    long long weightedTardiness(int job, int completionMinute) const;
    WorkingTime& workingTime(int workCenter) { return m_workingTime[static_cast<std::size_t>(workCenter)]; }
    /// Pairs of pinned operations (flattened indices) that overlap on their unit.
    const std::vector<std::pair<int, int>>& overlappingPins() const { return m_overlappingPins; }

private:
    /// An operation on a unit's timeline.
    struct Busy {
        MinuteSpan span;
        int family = -1;
        int changeover = 0; ///< working minutes kept at the start for the changeover into it
        int operation = -1; ///< flattened index (pinned operations only)
    };
    using Timeline = std::vector<Busy>; ///< by start, disjoint

    OperationPlacement placeOperation(int workCenter, int earliest, int duration, int family, int preferredUnit);
    /// Places operation `op` of job `j` no earlier than `ready`; returns when the next may start.
    int placeStep(int j, std::size_t op, int ready);
    void complete(int j, int completion);
    /// Whether an operation of `family` ending at `end` leaves time for the changeover into `next`.
    bool leavesChangeoverTime(int workCenter, int end, int family, const Busy& next);
    static void insert(Timeline& timeline, const Busy& busy);

    const ScheduleProblem& m_problem;
    bool m_changeovers = false;
    std::vector<WorkingTime> m_workingTime;    ///< per work center
    std::vector<std::vector<Timeline>> m_busy; ///< per work center and unit
    std::vector<std::vector<Timeline>> m_pinned; ///< the pinned operations alone
    std::vector<int> m_firstPlacement;         ///< per job, into m_placements
    std::vector<OperationPlacement> m_placements;
    std::vector<int> m_release;       ///< per placement, or empty
    std::vector<int> m_preferredUnit; ///< per placement, or empty
    bool m_unitsRequired = false;
    std::vector<int> m_completions;
    std::vector<int> m_nextOperation; ///< per job: operations placed so far (addOperation)
    std::vector<int> m_readyAt;       ///< per job: when its next operation may start (addOperation)
    std::vector<int> m_lateFrom; ///< per job
    std::vector<std::pair<int, int>> m_overlappingPins;
    ScheduleEvaluation m_evaluation;
};

} // namespace pmc::core
