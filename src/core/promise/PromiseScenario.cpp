#include "core/promise/PromiseScenario.h"

#include "core/mrp/MrpEngine.h"
#include "core/mrp/MrpTolerance.h"
#include "core/scheduling/ScheduleDecoder.h"
#include "core/scheduling/ScheduleProblem.h"

#include <algorithm>
#include <functional>
#include <unordered_set>

namespace pmc::core::promise {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
/// Added to the due date of the orders serving only the promise, so that the construction's
/// earliest-due-date dispatch takes them after every real order (and keeps their own order).
constexpr int kDispatchLastDays = 100000;

enum Reach : unsigned { kReachesPromise = 1, kReachesOther = 2 };

/// What each planned order's pegging chain leads to: the promise line, other demand, or both.
std::vector<unsigned> reachOfOrders(const MrpResult& mrp, const std::unordered_map<std::string, std::size_t>& orderIndex,
                                    const std::string& promiseDemand)
{
    std::vector<unsigned> reach(mrp.plannedOrders.size(), 0);
    std::vector<bool> known(mrp.plannedOrders.size(), false);
    // MRP pegs a planned order to its parents' orders, which form no cycle.
    std::function<unsigned(std::size_t)> visit = [&](std::size_t i) {
        if (known[i])
            return reach[i];
        unsigned r = 0;
        for (const Pegging& peg : mrp.plannedOrders[i].pegging) {
            if (peg.demand == promiseDemand)
                r |= kReachesPromise;
            else if (const auto parent = orderIndex.find(peg.demand); parent != orderIndex.end())
                r |= visit(parent->second);
            else
                r |= kReachesOther; // a sales line, a work order or safety stock
        }
        known[i] = true;
        return reach[i] = r;
    };
    for (std::size_t i = 0; i < reach.size(); ++i)
        visit(i);
    return reach;
}

/// A bought planned order feeding a job, with the minute its material is in house.
struct MaterialSupply {
    std::size_t order = 0;
    int readyMinute = 0;
};

/// Walks back from the promise's last order along what delayed it: an operation that waited
/// for a unit ends the walk (capacity binds); otherwise the job started when its latest child
/// finished (walk on) or its material arrived (material binds), or today.
std::vector<Bottleneck> criticalPath(const ScheduleProblem& problem, ScheduleDecoder& decoder, int top,
                                     const std::vector<std::vector<MaterialSupply>>& materials, const MrpResult& mrp)
{
    std::vector<Bottleneck> path;
    const std::vector<int>& completions = decoder.completions();
    for (int j = top;;) {
        const ScheduleJob& job = problem.jobs[static_cast<std::size_t>(j)];
        const int materialReady = std::max(0, job.materialReadyMinute);
        int child = -1;
        int childrenReady = 0;
        for (int c : job.children)
            if (completions[static_cast<std::size_t>(c)] > childrenReady) {
                childrenReady = completions[static_cast<std::size_t>(c)];
                child = c;
            }
        const int ready = std::max(materialReady, childrenReady);
        for (int op = static_cast<int>(job.operations.size()) - 1; op >= 0; --op) {
            const int earliest = op == 0 ? ready : decoder.placement(j, op - 1).span.end;
            const int workCenter = job.operations[static_cast<std::size_t>(op)].workCenter;
            const MinuteSpan span = decoder.placement(j, op).span;
            if (span.start > decoder.workingTime(workCenter).place(earliest, 0).start) {
                path.push_back({Bottleneck::Kind::Capacity, problem.workCenters[static_cast<std::size_t>(workCenter)],
                                span.start, job.item, span.end});
                return path;
            }
        }
        if (ready == 0)
            return path;
        if (child >= 0 && childrenReady >= materialReady) {
            j = child;
            continue;
        }
        for (const MaterialSupply& m : materials[static_cast<std::size_t>(j)])
            if (m.readyMinute == materialReady)
                path.push_back({Bottleneck::Kind::Material, mrp.plannedOrders[m.order].item, materialReady});
        return path;
    }
}

} // namespace

PromiseScenarios::PromiseScenarios(const FactoryModel& model, std::string item, double qty)
    : m_model(model), m_item(std::move(item)), m_qty(qty)
{
    std::unordered_set<std::string> numbers;
    int leastUrgent = 5; // the seeds' scale runs 1 (most urgent) … 5
    for (const SalesOrder& so : model.salesOrders) {
        numbers.insert(so.number);
        leastUrgent = std::max(leastUrgent, so.priority);
    }
    m_priority = leastUrgent + 1;
    m_number = "PROMISE";
    for (int n = 2; numbers.contains(m_number); ++n)
        m_number = "PROMISE-" + std::to_string(n);
    m_demandId = m_number + "/1";
    m_baseline = plan(model, nullptr);
}

const ScenarioRun& PromiseScenarios::at(Date due)
{
    if (const auto found = m_runs.find(due); found != m_runs.end())
        return found->second;
    FactoryModel scenario = m_model;
    scenario.salesOrders.push_back({m_number, "", m_priority, {{m_item, m_qty, due}}});
    ScenarioRun run = plan(scenario, &m_baseline).run;
    run.due = due;
    return m_runs.emplace(due, std::move(run)).first->second;
}

PromiseScenarios::Plan PromiseScenarios::plan(const FactoryModel& model, const Plan* baseline) const
{
    Plan out;
    const Date today = model.settings.today;
    const int buffer = model.settings.materialBufferDays;
    const MrpResult mrp = MrpEngine(model).run();
    std::unordered_map<std::string, std::size_t> orderIndex;
    for (std::size_t i = 0; i < mrp.plannedOrders.size(); ++i)
        orderIndex.emplace(mrp.plannedOrders[i].id, i);
    const std::vector<unsigned> reach = reachOfOrders(mrp, orderIndex, m_demandId);
    std::unordered_set<std::string> salesLines;
    for (const SalesOrder& so : model.salesOrders)
        for (std::size_t line = 0; line < so.lines.size(); ++line)
            salesLines.insert(so.lineId(line));

    // Material: a past-due order the baseline does not have (or not that large), or one the
    // promise leans on, means something cannot be bought or made in time by lead time.
    std::unordered_set<std::string> late;
    for (const MrpException& e : mrp.exceptions) {
        if (e.kind != MrpException::Kind::PastDue)
            continue;
        const PlannedOrder& p = mrp.plannedOrders[orderIndex.at(e.order)];
        out.pastDueQty[{p.item, p.due}] += p.qty;
        if (!baseline)
            continue;
        const auto before = baseline->pastDueQty.find({p.item, p.due});
        const double baselineQty = before == baseline->pastDueQty.end() ? 0.0 : before->second;
        if ((reach[orderIndex.at(e.order)] & kReachesPromise) || isBelowWithTolerance(baselineQty, p.qty))
            late.insert(p.id);
    }
    for (const PlannedOrder& p : mrp.plannedOrders) {
        if (!late.contains(p.id))
            continue;
        // A component is late anyway when its parent is: report only the parents.
        const bool root = p.pegging.empty() || std::any_of(p.pegging.begin(), p.pegging.end(), [&](const Pegging& peg) {
                              return !late.contains(peg.demand);
                          });
        const bool dependent = std::any_of(p.pegging.begin(), p.pegging.end(), [&](const Pegging& peg) {
            return peg.demand != "safety_stock" && !salesLines.contains(peg.demand);
        });
        const bool known = std::any_of(out.run.lateMaterial.begin(), out.run.lateMaterial.end(),
                                       [&](const LateMaterial& m) { return m.item == p.item; });
        if (root && !known)
            out.run.lateMaterial.push_back({p.item, dependent, (reach[orderIndex.at(p.id)] & kReachesPromise) != 0});
    }

    // Capacity: the orders serving only the promise go last and buy their material today.
    ScheduleProblem problem = buildScheduleProblem(model, mrp);
    std::unordered_map<std::string, int> jobIndex;
    for (std::size_t j = 0; j < problem.jobs.size(); ++j)
        jobIndex.emplace(problem.jobs[j].id, static_cast<int>(j));
    std::vector<bool> promiseOnly(problem.jobs.size(), false);
    for (const auto& [id, j] : jobIndex)
        if (const auto order = orderIndex.find(id); order != orderIndex.end())
            promiseOnly[static_cast<std::size_t>(j)] = reach[order->second] == kReachesPromise;
    std::vector<std::vector<MaterialSupply>> materials(problem.jobs.size());
    for (std::size_t i = 0; i < mrp.plannedOrders.size(); ++i) {
        const PlannedOrder& p = mrp.plannedOrders[i];
        if (p.source != ItemSource::Buy)
            continue;
        for (const Pegging& peg : p.pegging)
            if (const auto job = jobIndex.find(peg.demand); job != jobIndex.end()) {
                const auto j = static_cast<std::size_t>(job->second);
                const Date arrival = promiseOnly[j] ? today + (p.due - p.release) : p.due;
                materials[j].push_back({i, (arrival + buffer - today) * kMinutesPerDay});
            }
    }
    for (std::size_t j = 0; j < problem.jobs.size(); ++j) {
        if (!promiseOnly[j])
            continue;
        ScheduleJob& job = problem.jobs[j];
        job.materialReadyMinute = 0;
        for (const MaterialSupply& m : materials[j])
            job.materialReadyMinute = std::max(job.materialReadyMinute, m.readyMinute);
        job.due = job.due + kDispatchLastDays;
    }
    ScheduleDecoder decoder(problem, model.calendar);
    decoder.decode(dispatchOrder(problem));
    const std::vector<int>& completions = decoder.completions();

    // A sales line completes with the last make order pegged to it (as FiniteScheduler says).
    std::unordered_map<std::string, int> lineCompletion;
    int top = -1;
    double pegged = 0;
    for (const PlannedOrder& p : mrp.plannedOrders)
        for (const Pegging& peg : p.pegging) {
            if (peg.demand == m_demandId)
                pegged += peg.qty;
            const auto job = jobIndex.find(p.id);
            if (job == jobIndex.end())
                continue;
            int& latest = lineCompletion.try_emplace(peg.demand, 0).first->second;
            latest = std::max(latest, completions[static_cast<std::size_t>(job->second)]);
            if (peg.demand == m_demandId
                && (top < 0 || completions[static_cast<std::size_t>(job->second)] > completions[static_cast<std::size_t>(top)]))
                top = job->second;
        }
    out.run.fromStock = std::max(0.0, m_qty - pegged);
    if (top >= 0) {
        out.run.completionMinute = completions[static_cast<std::size_t>(top)];
        out.run.criticalPath = criticalPath(problem, decoder, top, materials, mrp);
        out.run.criticalPath.push_back(
            {Bottleneck::Kind::Production, problem.jobs[static_cast<std::size_t>(top)].item, out.run.completionMinute});
    }
    out.run.completionDate = dateOfMinute(today, out.run.completionMinute);

    // Existing orders: the promise must not make any of them later than it already is. The
    // list has the same entries in every plan (the promise line is left out), in model order.
    const auto lateDays = [&](int completion, Date due) { return std::max(0, dateOfMinute(today, completion) - due); };
    for (const SalesOrder& so : model.salesOrders) {
        if (so.number == m_number || !so.isDemand())
            continue;
        for (std::size_t line = 0; line < so.lines.size(); ++line) {
            const auto c = lineCompletion.find(so.lineId(line));
            out.lateDays.emplace_back(so.lineId(line),
                                      lateDays(c == lineCompletion.end() ? 0 : c->second, so.lines[line].committedDate()));
        }
    }
    for (std::size_t j = 0; j < problem.jobs.size(); ++j)
        if (problem.jobs[j].isWorkOrder)
            out.lateDays.emplace_back(problem.jobs[j].id, lateDays(completions[j], problem.jobs[j].due));
    if (baseline)
        for (std::size_t k = 0; k < out.lateDays.size() && k < baseline->lateDays.size(); ++k)
            if (out.lateDays[k].second > baseline->lateDays[k].second)
                out.run.delayedOrders.push_back(out.lateDays[k].first + " (" + std::to_string(out.lateDays[k].second)
                                                + " days late instead of "
                                                + std::to_string(baseline->lateDays[k].second) + ")");
    return out;
}

} // namespace pmc::core::promise
