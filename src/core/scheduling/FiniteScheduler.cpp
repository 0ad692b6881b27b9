#include "core/scheduling/FiniteScheduler.h"

#include "core/Log.h"
#include "core/scheduling/BackwardPass.h"
#include "core/scheduling/Dispatch.h"
#include "core/scheduling/ScheduleDecoder.h"
#include "core/scheduling/ScheduleImprover.h"
#include "core/scheduling/ScheduleProblem.h"
#include "core/scheduling/ScheduleRepair.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace pmc::core {

namespace {

int lateDays(Date today, int completionMinute, Date due)
{
    return std::max(0, dateOfMinute(today, completionMinute) - due);
}

void fillOperationsAndOrders(const ScheduleProblem& problem, const ScheduleDecoder& decoder, ScheduleResult& result)
{
    for (std::size_t j = 0; j < problem.jobs.size(); ++j) {
        const ScheduleJob& job = problem.jobs[j];
        for (std::size_t op = 0; op < job.operations.size(); ++op) {
            const OperationPlacement& p = decoder.placement(static_cast<int>(j), static_cast<int>(op));
            result.operations.push_back({job.id, job.item, job.qty, job.operations[op].seq,
                                         problem.workCenters[static_cast<std::size_t>(job.operations[op].workCenter)],
                                         p.unit, p.span.start, p.span.end, p.changeover, job.operations[op].isFixed()});
        }
        const int completion = decoder.completions()[j];
        result.orders.push_back(
            {job.id, job.item, job.isWorkOrder, job.due, completion, lateDays(problem.today, completion, job.due),
             job.materialShort, job.priority});
    }
}

// A pin wins over precedence and over other pins; say where that broke a rule.
std::vector<ScheduleConflict> pinConflicts(const ScheduleProblem& problem, ScheduleDecoder& decoder)
{
    std::vector<ScheduleConflict> conflicts;
    std::vector<std::pair<int, int>> operationOf; // flattened index -> job, op
    for (std::size_t j = 0; j < problem.jobs.size(); ++j) {
        const ScheduleJob& job = problem.jobs[j];
        int ready = decoder.readyMinute(static_cast<int>(j));
        for (std::size_t op = 0; op < job.operations.size(); ++op) {
            operationOf.emplace_back(static_cast<int>(j), static_cast<int>(op));
            const MinuteSpan span = decoder.placement(static_cast<int>(j), static_cast<int>(op)).span;
            if (job.operations[op].isFixed() && span.start < ready)
                conflicts.push_back({job.id, job.operations[op].seq,
                                     "pinned to start at " + formatScheduleMinute(problem.today, span.start)
                                         + ", before " + (op == 0 ? "its material and sub-assemblies are" : "the previous step is")
                                         + " ready at " + formatScheduleMinute(problem.today, ready)});
            ready = span.end + job.operations[op].minutesAfter;
        }
    }
    for (const auto& [a, b] : decoder.overlappingPins()) {
        const auto [ja, oa] = operationOf[static_cast<std::size_t>(a)];
        const auto [jb, ob] = operationOf[static_cast<std::size_t>(b)];
        const ScheduleJob& first = problem.jobs[static_cast<std::size_t>(ja)];
        const ScheduleJob& second = problem.jobs[static_cast<std::size_t>(jb)];
        conflicts.push_back({second.id, second.operations[static_cast<std::size_t>(ob)].seq,
                             "pinned on the same unit as " + first.id + " step "
                                 + std::to_string(first.operations[static_cast<std::size_t>(oa)].seq)
                                 + ", and the two overlap"});
    }
    return conflicts;
}

// A sales line is delivered when the last make planned order pegged to it is finished;
// without one, stock or open supply covers it from today on.
void fillDemands(const FactoryModel& model, const MrpResult& mrp, const ScheduleProblem& problem,
                 const ScheduleDecoder& decoder, ScheduleResult& result)
{
    std::unordered_map<std::string, int> completionOfJob;
    for (std::size_t j = 0; j < problem.jobs.size(); ++j)
        completionOfJob.emplace(problem.jobs[j].id, decoder.completions()[j]);
    std::unordered_map<std::string, int> completionOfDemand;
    for (const PlannedOrder& p : mrp.plannedOrders) {
        const auto job = completionOfJob.find(p.id);
        if (p.source != ItemSource::Make || job == completionOfJob.end())
            continue;
        for (const Pegging& peg : p.pegging) {
            int& latest = completionOfDemand.try_emplace(peg.demand, 0).first->second;
            latest = std::max(latest, job->second);
        }
    }
    for (const SalesOrder& so : model.salesOrders) {
        if (!so.isDemand())
            continue;
        for (std::size_t line = 0; line < so.lines.size(); ++line) {
            if (!(so.lines[line].openQty() > 0) && so.lines[line].qty > 0)
                continue; // shipped in full
            const std::string id = so.lineId(line);
            const auto found = completionOfDemand.find(id);
            const int completion = found == completionOfDemand.end() ? 0 : found->second;
            const Date due = so.lines[line].committedDate();
            result.demands.push_back({id, due, completion, lateDays(problem.today, completion, due)});
        }
    }
}

} // namespace

FiniteScheduler::FiniteScheduler(const FactoryModel& model) : m_model(model) {}

ScheduleResult FiniteScheduler::run(const MrpResult& mrp, const ScheduleOptions& options) const
{
    const ScheduleProblem problem = buildScheduleProblem(m_model, mrp);
    ScheduleDecoder decoder(problem, m_model.calendar);
    std::vector<int> sequence;
    const bool repair = !options.previous.empty();
    if (repair) {
        decoder.begin();
        for (int job : prepareRepair(problem, decoder, options.previous, options.rule))
            decoder.addOperation(job);
    } else if (options.direction == ScheduleDirection::Backward) {
        // Just in time where it fits; the forward pass in just-in-time order repairs the rest.
        JustInTime jit = backwardPass(problem, decoder, options.rule);
        sequence = topologicalOrder(problem, [&](int a, int b) {
            return std::tie(jit.jobStart[static_cast<std::size_t>(a)], problem.jobs[static_cast<std::size_t>(a)].id)
                < std::tie(jit.jobStart[static_cast<std::size_t>(b)], problem.jobs[static_cast<std::size_t>(b)].id);
        });
        decoder.setOperationReleases(std::move(jit.start), std::move(jit.unit));
        decoder.decode(sequence);
    } else {
        sequence = dispatchJobs(problem, decoder, options);
    }
    const ScheduleEvaluation construction = decoder.evaluation();

    ScheduleResult result;
    result.today = problem.today;
    result.constructionWeightedTardiness = construction.weightedTardiness;
    result.constructionMakespan = construction.makespan;
    result.constructionChangeoverMinutes = construction.changeoverMinutes;
    if (options.progress)
        options.progress({0, 0.0, construction.weightedTardiness, construction.makespan, construction.changeoverMinutes});
    ScheduleEvaluation final = construction;
    if (options.seconds > 0 && !repair) {
        ScheduleImprover::Outcome outcome = ScheduleImprover(problem, decoder, options).improve(sequence, construction);
        result.iterations = outcome.iterations;
        result.cancelled = outcome.cancelled;
        // The decoder holds the last candidate, not necessarily the best: decode the best again.
        final = decoder.decode(outcome.sequence);
    }
    result.weightedTardiness = final.weightedTardiness;
    result.makespan = final.makespan;
    result.changeoverMinutes = final.changeoverMinutes;
    fillOperationsAndOrders(problem, decoder, result);
    result.conflicts = problem.pinConflicts;
    for (ScheduleConflict& c : pinConflicts(problem, decoder))
        result.conflicts.push_back(std::move(c));
    fillDemands(m_model, mrp, problem, decoder, result);
    logger("core").debug("schedule: {} jobs, {} operations; weighted tardiness {} -> {}, makespan {} -> {} min, "
                         "{} candidates",
                         problem.jobs.size(), result.operations.size(), construction.weightedTardiness,
                         final.weightedTardiness, construction.makespan, final.makespan, result.iterations);
    return result;
}

} // namespace pmc::core
