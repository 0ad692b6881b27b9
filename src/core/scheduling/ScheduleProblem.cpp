#include "core/scheduling/ScheduleProblem.h"

#include "core/mrp/MrpTolerance.h"
#include "core/scheduling/MaterialReadiness.h"

#include <algorithm>
#include <cmath>
#include <queue>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

namespace pmc::core {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

void addUnique(std::vector<int>& list, int value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

std::vector<ScheduleJobOperation> jobOperations(const Routing* routing, double qty,
                                                const std::unordered_map<std::string, int>& workCenterIndex,
                                                const std::vector<WorkCenter>& workCenters)
{
    std::vector<ScheduleJobOperation> operations;
    if (!routing)
        return operations;
    std::vector<Operation> steps = routing->operations;
    std::stable_sort(steps.begin(), steps.end(), [](const Operation& a, const Operation& b) { return a.seq < b.seq; });
    for (const Operation& op : steps) {
        const auto wc = workCenterIndex.find(op.workCenter);
        if (wc == workCenterIndex.end())
            throw std::logic_error("routing of " + routing->item + " names unknown work center " + op.workCenter);
        const double efficiency = workCenters[static_cast<std::size_t>(wc->second)].efficiency;
        operations.push_back({op.seq, wc->second, operationMinutes(op.setupMinutes, qty, op.runMinutesPerUnit, efficiency),
                              static_cast<int>(std::ceil(op.minutesAfter() - 1e-9))});
    }
    return operations;
}

// Interns product family names: the scheduler compares families as small integers.
class FamilyNames {
public:
    explicit FamilyNames(std::vector<std::string>& names) : m_names(names) {}
    int operator()(const std::string& name)
    {
        const auto [it, added] = m_index.try_emplace(name, static_cast<int>(m_names.size()));
        if (added)
            m_names.push_back(name);
        return it->second;
    }

private:
    std::vector<std::string>& m_names;
    std::unordered_map<std::string, int> m_index;
};

} // namespace

int operationMinutes(double setupMinutes, double qty, double runMinutesPerUnit, double efficiency)
{
    const double raw = setupMinutes + qty * runMinutesPerUnit / efficiency;
    if (!(raw > 0))
        return 0;
    return static_cast<int>(std::ceil(raw - kMrpRelativeTolerance * std::max(1.0, raw)));
}

int lateFromMinute(Date today, Date due) { return (due - today + 1) * kMinutesPerDay; }

void ChangeoverTable::add(int fromFamily, int toFamily, int minutes)
{
    if (fromFamily >= 0 && toFamily >= 0)
        m_exact[(static_cast<long long>(fromFamily) << 32) | static_cast<unsigned>(toFamily)] = minutes;
    else if (fromFamily >= 0)
        m_from[fromFamily] = minutes;
    else if (toFamily >= 0)
        m_to[toFamily] = minutes;
    else
        m_any = minutes;
}

int ChangeoverTable::minutes(int fromFamily, int toFamily) const
{
    if (!m_exact.empty())
        if (const auto it = m_exact.find((static_cast<long long>(fromFamily) << 32) | static_cast<unsigned>(toFamily));
            it != m_exact.end())
            return it->second;
    if (const auto it = m_from.find(fromFamily); it != m_from.end())
        return it->second;
    if (const auto it = m_to.find(toFamily); it != m_to.end())
        return it->second;
    return m_any.value_or(0);
}

bool ScheduleProblem::hasChangeovers() const
{
    return std::any_of(changeovers.begin(), changeovers.end(), [](const ChangeoverTable& t) { return !t.empty(); });
}

std::vector<int> topologicalOrder(const ScheduleProblem& problem, const std::function<bool(int, int)>& less)
{
    const std::size_t n = problem.jobs.size();
    std::vector<int> waitingFor(n);
    auto greater = [&](int a, int b) { return less(b, a); };
    std::priority_queue<int, std::vector<int>, decltype(greater)> ready(greater);
    for (std::size_t j = 0; j < n; ++j) {
        waitingFor[j] = static_cast<int>(problem.jobs[j].children.size());
        if (waitingFor[j] == 0)
            ready.push(static_cast<int>(j));
    }
    std::vector<int> order;
    order.reserve(n);
    while (!ready.empty()) {
        const int j = ready.top();
        ready.pop();
        order.push_back(j);
        for (int parent : problem.jobs[static_cast<std::size_t>(j)].parents)
            if (--waitingFor[static_cast<std::size_t>(parent)] == 0)
                ready.push(parent);
    }
    if (order.size() != n)
        throw std::logic_error("the pegging of the planned orders forms a cycle");
    return order;
}

ScheduleProblem buildScheduleProblem(const FactoryModel& model, const MrpResult& mrp)
{
    ScheduleProblem problem;
    problem.today = model.settings.today;
    std::unordered_map<std::string, int> workCenterIndex;
    for (const WorkCenter& wc : model.workCenters) {
        workCenterIndex.emplace(wc.code, static_cast<int>(problem.workCenters.size()));
        problem.workCenters.push_back(wc.code);
        problem.parallelUnits.push_back(std::max(1, wc.parallelUnits));
    }
    FamilyNames family(problem.families);
    problem.changeovers.resize(problem.workCenters.size());
    for (const Changeover& c : model.changeovers)
        if (const auto wc = workCenterIndex.find(c.workCenter); wc != workCenterIndex.end()) {
            const auto name = [&](const std::string& f) { return f == "*" ? -1 : family(f); };
            problem.changeovers[static_cast<std::size_t>(wc->second)].add(
                name(c.fromFamily), name(c.toFamily), static_cast<int>(std::ceil(c.minutes - 1e-9)));
        }
    std::unordered_map<std::string, const Item*> itemOf;
    for (const Item& item : model.items)
        itemOf.emplace(item.code, &item);
    std::unordered_map<std::string, const Routing*> routingOf;
    for (const Routing& r : model.routings)
        routingOf.emplace(r.item, &r);
    const auto routing = [&](const std::string& item) {
        const auto it = routingOf.find(item);
        return it == routingOf.end() ? nullptr : it->second;
    };

    const auto leadTime = [&](const std::string& code) {
        const auto item = itemOf.find(code);
        return item == itemOf.end() ? 0 : item->second->leadTimeDays;
    };
    std::unordered_map<std::string, int> jobIndex;
    const auto addJob = [&](ScheduleJob job) {
        job.operations = jobOperations(routing(job.item), job.qty, workCenterIndex, model.workCenters);
        const auto item = itemOf.find(job.item);
        job.family = family(item == itemOf.end() ? job.item : item->second->familyOrCode());
        jobIndex.emplace(job.id, static_cast<int>(problem.jobs.size()));
        problem.jobs.push_back(std::move(job));
    };
    for (const WorkOrder& wo : model.workOrders)
        if (isBelowWithTolerance(wo.completedQty, wo.qty))
            addJob({.id = wo.number, .item = wo.item, .qty = wo.qty - wo.completedQty, .isWorkOrder = true, .due = wo.due,
                    // When it needs its components, as MRP has it.
                    .release = std::max(problem.today, model.calendar.subtractWorkdays(wo.due, leadTime(wo.item)))});
    for (const PlannedOrder& p : mrp.plannedOrders)
        if (p.source == ItemSource::Make)
            addJob({.id = p.id, .item = p.item, .qty = p.qty, .isWorkOrder = false, .due = p.due, .release = p.release,
                    // The planner fixed a firm order's start: it does not begin earlier.
                    .materialReadyMinute = p.firm ? std::max(0, (p.release - problem.today) * kMinutesPerDay) : 0});
    for (const OperationPin& pin : model.operationPins) {
        const auto job = jobIndex.find(pin.order);
        if (job == jobIndex.end())
            continue;
        for (ScheduleJobOperation& op : problem.jobs[static_cast<std::size_t>(job->second)].operations) {
            if (op.seq != pin.seq)
                continue;
            const int units = problem.parallelUnits[static_cast<std::size_t>(op.workCenter)];
            if (pin.unit < 0 || pin.unit >= units) {
                problem.pinConflicts.push_back({pin.order, pin.seq,
                                                "pinned to unit " + std::to_string(pin.unit) + ", but "
                                                    + problem.workCenters[static_cast<std::size_t>(op.workCenter)]
                                                    + " has " + std::to_string(units) + "; scheduled freely"});
                continue;
            }
            op.fixedUnit = pin.unit;
            op.fixedStart = (pin.date - problem.today) * kMinutesPerDay + pin.startMinute;
        }
    }

    std::unordered_map<std::string, int> salesPriority;
    for (const SalesOrder& so : model.salesOrders)
        for (std::size_t line = 0; line < so.lines.size(); ++line)
            salesPriority.emplace(so.lineId(line), so.priority);

    std::vector<int> ownPriority(problem.jobs.size(), INT_MAX);
    for (const PlannedOrder& p : mrp.plannedOrders) {
        const auto self = jobIndex.find(p.id);
        const bool isJob = p.source == ItemSource::Make && self != jobIndex.end();
        for (const Pegging& peg : p.pegging) {
            if (const auto parent = jobIndex.find(peg.demand); parent != jobIndex.end()) {
                ScheduleJob& parentJob = problem.jobs[static_cast<std::size_t>(parent->second)];
                if (isJob) {
                    addUnique(parentJob.children, self->second);
                    addUnique(problem.jobs[static_cast<std::size_t>(self->second)].parents, parent->second);
                }
            } else if (const auto so = salesPriority.find(peg.demand); isJob && so != salesPriority.end()) {
                int& own = ownPriority[static_cast<std::size_t>(self->second)];
                own = std::min(own, so->second);
            }
        }
    }

    setMaterialReadiness(model, mrp, problem);

    // A job inherits the most urgent priority of the chain above it: walk parents first.
    const std::vector<int> childrenFirst = topologicalOrder(problem, std::less<int>());
    for (auto it = childrenFirst.rbegin(); it != childrenFirst.rend(); ++it) {
        ScheduleJob& job = problem.jobs[static_cast<std::size_t>(*it)];
        job.priority = ownPriority[static_cast<std::size_t>(*it)];
        for (int parent : job.parents)
            job.priority = std::min(job.priority, problem.jobs[static_cast<std::size_t>(parent)].priority);
        job.weight = job.priority == INT_MAX ? 1 : std::max(1, 6 - job.priority);
    }
    return problem;
}

std::vector<int> dispatchOrder(const ScheduleProblem& problem, DispatchRule rule)
{
    const auto job = [&](int j) -> const ScheduleJob& { return problem.jobs[static_cast<std::size_t>(j)]; };
    switch (rule) {
    case DispatchRule::PriorityThenDueDate:
        return topologicalOrder(problem, [&](int a, int b) {
            return std::tie(job(a).priority, job(a).due, job(a).id) < std::tie(job(b).priority, job(b).due, job(b).id);
        });
    case DispatchRule::FirstInFirstOut:
        // Work orders are on the floor already, in the order they were opened (data order).
        return topologicalOrder(problem, [&](int a, int b) {
            const auto key = [&](int j) {
                return std::tuple(!job(j).isWorkOrder, job(j).isWorkOrder ? Date() : job(j).release, j);
            };
            return key(a) < key(b);
        });
    default:
        return topologicalOrder(problem, [&](int a, int b) {
            return std::tie(job(a).due, job(a).priority, job(a).id) < std::tie(job(b).due, job(b).priority, job(b).id);
        });
    }
}

} // namespace pmc::core
