#include "core/scheduling/OperationMove.h"

#include <algorithm>

namespace pmc::core {

namespace {

std::string when(Date today, int minute)
{
    std::string text = formatScheduleMinute(today, minute);
    std::replace(text.begin(), text.end(), 'T', ' ');
    return text;
}

bool overlap(const ScheduledOperation& a, int start, int end)
{
    return a.startMinute < end && start < a.endMinute;
}

} // namespace

std::string describe(const MoveProblem& p, Date today)
{
    const std::string step = p.order + " step " + std::to_string(p.seq);
    const std::string other = p.other + " step " + std::to_string(p.otherSeq);
    switch (p.kind) {
    case MoveProblem::Kind::NotScheduled: return step + " is not in the schedule";
    case MoveProblem::Kind::NoSuchUnit: return step + ": its work center has " + std::to_string(p.minute) + " unit(s)";
    case MoveProblem::Kind::BeforeToday: return step + " cannot start before today";
    case MoveProblem::Kind::BeforePredecessor: return step + " would start before " + other + " is done at " + when(today, p.minute);
    case MoveProblem::Kind::BeforeMaterial: return step + " would start before its material is ready at " + when(today, p.minute);
    case MoveProblem::Kind::BeforeSubAssembly:
        return step + " would start before " + p.other + ", pegged to it, is finished at " + when(today, p.minute);
    case MoveProblem::Kind::PastPinnedSuccessor:
        return step + " would still run when " + other + " is pinned to start at " + when(today, p.minute);
    case MoveProblem::Kind::OverlapsPin: return step + " would overlap " + other + ", pinned there from " + when(today, p.minute);
    case MoveProblem::Kind::OverlapsMovedStep: return step + " would overlap " + other + ", moved there too";
    case MoveProblem::Kind::LateAfterDue: return p.order + " would finish at " + when(today, p.minute) + ", after its due date";
    }
    return step;
}

bool MoveVerdict::allowed() const
{
    return std::none_of(problems.begin(), problems.end(), [](const MoveProblem& p) { return p.refuses(); });
}

OperationMoveCheck::OperationMoveCheck(const FactoryModel& model, const MrpResult& run, const ScheduleResult& schedule)
    : m_problem(buildScheduleProblem(model, run)), m_schedule(schedule)
{
    for (const std::string& wc : m_problem.workCenters)
        m_workingTime.emplace_back(model.calendar, m_problem.today, wc);
    std::unordered_map<std::string_view, int> jobOf;
    for (std::size_t j = 0; j < m_problem.jobs.size(); ++j)
        jobOf.emplace(m_problem.jobs[j].id, static_cast<int>(j));
    for (std::size_t i = 0; i < schedule.operations.size(); ++i) {
        const ScheduledOperation& op = schedule.operations[i];
        if (op.fixed)
            m_pinned.push_back(i);
        const auto job = jobOf.find(op.order);
        if (job == jobOf.end())
            continue; // the factory changed since this schedule: the step cannot be moved
        const auto& operations = m_problem.jobs[static_cast<std::size_t>(job->second)].operations;
        for (std::size_t k = 0; k < operations.size(); ++k)
            if (operations[k].seq == op.seq)
                m_steps[op.order][op.seq] = {job->second, static_cast<int>(k), i};
    }
    for (const OrderCompletion& o : schedule.orders)
        m_completion.emplace(o.order, o.completionMinute);
    for (const PlannedOrder& p : run.plannedOrders)
        if (!p.firm)
            m_plannedOrders.insert(p.id);
}

const OperationMoveCheck::Step* OperationMoveCheck::find(const std::string& order, int seq) const
{
    const auto steps = m_steps.find(order);
    if (steps == m_steps.end())
        return nullptr;
    const auto step = steps->second.find(seq);
    return step == steps->second.end() ? nullptr : &step->second;
}

int OperationMoveCheck::readyMinute(const Step& step, const std::unordered_map<std::size_t, const ScheduledOperation*>& moved,
                                    MoveProblem& reason) const
{
    const ScheduleJob& job = m_problem.jobs[static_cast<std::size_t>(step.job)];
    if (step.op > 0) {
        const ScheduleJobOperation& previous = job.operations[static_cast<std::size_t>(step.op - 1)];
        const Step* before = find(job.id, previous.seq);
        if (!before)
            return 0;
        const auto movedBefore = moved.find(before->scheduled);
        const int end = movedBefore != moved.end() ? movedBefore->second->endMinute
                                                   : m_schedule.operations[before->scheduled].endMinute;
        reason = {MoveProblem::Kind::BeforePredecessor, {}, 0, job.id, previous.seq, end + previous.minutesAfter};
        return reason.minute;
    }
    reason = {MoveProblem::Kind::BeforeMaterial, {}, 0, {}, 0, job.materialReadyMinute};
    for (int child : job.children) {
        const std::string& id = m_problem.jobs[static_cast<std::size_t>(child)].id;
        const auto completion = m_completion.find(id);
        if (completion != m_completion.end() && completion->second > reason.minute)
            reason = {MoveProblem::Kind::BeforeSubAssembly, {}, 0, id, 0, completion->second};
    }
    return reason.minute;
}

MoveVerdict OperationMoveCheck::check(std::span<const OperationMove> moves)
{
    MoveVerdict verdict;
    std::vector<const Step*> steps;
    for (const OperationMove& move : moves) {
        const Step* step = find(move.order, move.seq);
        steps.push_back(step);
        if (!step) {
            verdict.problems.push_back({MoveProblem::Kind::NotScheduled, move.order, move.seq, {}, 0, 0});
            continue;
        }
        const ScheduleJob& job = m_problem.jobs[static_cast<std::size_t>(step->job)];
        const ScheduleJobOperation& op = job.operations[static_cast<std::size_t>(step->op)];
        const int units = m_problem.parallelUnits[static_cast<std::size_t>(op.workCenter)];
        ScheduledOperation place = m_schedule.operations[step->scheduled];
        if (move.unit < 0 || move.unit >= units)
            verdict.problems.push_back({MoveProblem::Kind::NoSuchUnit, move.order, move.seq, {}, 0, units});
        if (move.startMinute < 0)
            verdict.problems.push_back({MoveProblem::Kind::BeforeToday, move.order, move.seq, {}, 0, 0});
        const MinuteSpan span = m_workingTime[static_cast<std::size_t>(op.workCenter)].place(std::max(0, move.startMinute), op.duration);
        place.unit = move.unit;
        place.startMinute = span.start;
        place.endMinute = span.end;
        place.changeoverMinutes = 0;
        place.fixed = true;
        verdict.places.push_back(place);
        if (m_plannedOrders.contains(move.order)
            && std::find(verdict.plannedOrders.begin(), verdict.plannedOrders.end(), move.order) == verdict.plannedOrders.end())
            verdict.plannedOrders.push_back(move.order);
    }

    std::unordered_map<std::size_t, const ScheduledOperation*> moved; // schedule index → new place
    for (std::size_t k = 0, p = 0; k < steps.size(); ++k)
        if (steps[k])
            moved.emplace(steps[k]->scheduled, &verdict.places[p++]);

    for (std::size_t k = 0, p = 0; k < steps.size(); ++k) {
        if (!steps[k])
            continue;
        const Step& step = *steps[k];
        const ScheduledOperation& place = verdict.places[p++];
        const ScheduleJob& job = m_problem.jobs[static_cast<std::size_t>(step.job)];
        MoveProblem reason;
        if (place.startMinute < readyMinute(step, moved, reason)) {
            reason.order = place.order;
            reason.seq = place.seq;
            verdict.problems.push_back(reason);
        }
        if (static_cast<std::size_t>(step.op + 1) < job.operations.size()) {
            const ScheduleJobOperation& next = job.operations[static_cast<std::size_t>(step.op + 1)];
            const ScheduleJobOperation& self = job.operations[static_cast<std::size_t>(step.op)];
            const Step* after = find(job.id, next.seq);
            if (after && !moved.contains(after->scheduled)) {
                const ScheduledOperation& successor = m_schedule.operations[after->scheduled];
                if (successor.fixed && place.endMinute + self.minutesAfter > successor.startMinute)
                    verdict.problems.push_back({MoveProblem::Kind::PastPinnedSuccessor, place.order, place.seq,
                                                successor.order, successor.seq, successor.startMinute});
            }
        }
        for (std::size_t i : m_pinned) {
            const ScheduledOperation& other = m_schedule.operations[i];
            if (moved.contains(i) || other.workCenter != place.workCenter || other.unit != place.unit
                || !overlap(other, place.startMinute, place.endMinute))
                continue;
            verdict.problems.push_back({MoveProblem::Kind::OverlapsPin, place.order, place.seq, other.order, other.seq,
                                        other.startMinute});
        }
        for (const auto& [index, other] : moved)
            if (other != &place && other->workCenter == place.workCenter && other->unit == place.unit
                && overlap(*other, place.startMinute, place.endMinute) && index > step.scheduled)
                verdict.problems.push_back({MoveProblem::Kind::OverlapsMovedStep, place.order, place.seq, other->order,
                                            other->seq, other->startMinute});
        if (static_cast<std::size_t>(step.op + 1) == job.operations.size()
            && place.endMinute >= lateFromMinute(m_problem.today, job.due))
            verdict.problems.push_back({MoveProblem::Kind::LateAfterDue, place.order, place.seq, {}, 0, place.endMinute});
    }
    return verdict;
}

} // namespace pmc::core
