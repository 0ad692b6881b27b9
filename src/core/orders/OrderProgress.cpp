#include "core/orders/OrderProgress.h"

#include "core/mrp/MrpEngine.h"
#include "core/mrp/MrpTolerance.h"
#include "core/scheduling/WorkingTime.h"
#include "core/shortage/ShortageList.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>
#include <unordered_set>

namespace pmc::core {

namespace {

/// The orders working directly for each open line of the demand orders: make planned orders
/// pegged to it, and the item's work and firm planned orders, which MRP nets as open supply
/// without pegging them. Those are handed to the lines earliest committed date first, after
/// the item's stock, each to lines dated on or after its due, as the netting uses them.
std::unordered_map<std::string, std::vector<std::string>> topOrders(const FactoryModel& model, const MrpResult& mrp)
{
    std::unordered_map<std::string, std::vector<std::string>> orders;
    struct Demand {
        Date date;
        std::size_t order = 0;
        std::size_t line = 0;
    };
    std::map<std::string, std::vector<Demand>> demandsByItem;
    for (std::size_t o = 0; o < model.salesOrders.size(); ++o) {
        const SalesOrder& so = model.salesOrders[o];
        for (std::size_t l = 0; l < so.lines.size() && so.isDemand(); ++l)
            if (so.lines[l].openQty() > 0)
                demandsByItem[so.lines[l].item].push_back({so.lines[l].committedDate(), o, l});
    }
    struct Supply {
        Date due;
        std::string order; ///< empty for stock
        double qty = 0;
    };
    const auto onHand = model.onHandByItem();
    for (auto& [item, demands] : demandsByItem) {
        std::stable_sort(demands.begin(), demands.end(), [](const Demand& a, const Demand& b) { return a.date < b.date; });
        std::vector<Supply> supplies;
        for (const WorkOrder& wo : model.workOrders)
            if (wo.item == item && wo.openQty() > 0)
                supplies.push_back({wo.due, wo.number, wo.openQty()});
        for (const FirmPlannedOrder& f : model.firmPlannedOrders)
            if (f.item == item)
                supplies.push_back({f.due, f.number, f.qty});
        std::stable_sort(supplies.begin(), supplies.end(), [](const Supply& a, const Supply& b) {
            return std::tie(a.due, a.order) < std::tie(b.due, b.order);
        });
        if (const auto stock = onHand.find(item); stock != onHand.end() && stock->second > 0)
            supplies.insert(supplies.begin(), {model.settings.today, "", stock->second});
        for (const Demand& d : demands) {
            const SalesOrder& so = model.salesOrders[d.order];
            double wanted = so.lines[d.line].openQty();
            std::vector<std::string>& mine = orders[so.lineId(d.line)];
            // Like the netting, a supply due after the line's date does not cover it.
            for (Supply& s : supplies) {
                if (!isBelowWithTolerance(0.0, wanted) || std::max(d.date, model.settings.today) < s.due)
                    break;
                const double used = std::min(wanted, s.qty);
                if (!isBelowWithTolerance(0.0, used))
                    continue;
                wanted -= used;
                s.qty -= used;
                if (!s.order.empty())
                    mine.push_back(s.order);
            }
        }
    }
    for (const PlannedOrder& p : mrp.plannedOrders)
        if (p.source == ItemSource::Make && !p.firm)
            for (const Pegging& peg : p.pegging)
                if (const auto line = orders.find(peg.demand); line != orders.end())
                    line->second.push_back(p.id);
    return orders;
}

std::unordered_map<std::string, int> completionOfOrders(const ScheduleResult& schedule)
{
    std::unordered_map<std::string, int> completion;
    for (const OrderCompletion& o : schedule.orders)
        completion.emplace(o.order, o.completionMinute);
    return completion;
}

std::vector<OperationProgress> operationsOf(const FactoryModel& model, const ScheduleJob& job, double orderQty,
                                            const ScheduleResult& schedule, const std::vector<CompletionReport>& reports,
                                            int nowMinute)
{
    std::vector<OperationProgress> operations;
    const auto routing = std::find_if(model.routings.begin(), model.routings.end(),
                                      [&](const Routing& r) { return r.item == job.item; });
    if (routing == model.routings.end())
        return operations;
    for (const Operation& step : routing->operations) {
        OperationProgress op{.seq = step.seq, .workCenter = step.workCenter};
        for (const CompletionReport& r : reports)
            if (job.isWorkOrder && r.workOrder == job.id && r.seq == step.seq)
                op.reportedQty += r.goodQty;
        for (const ScheduledOperation& s : schedule.operations)
            if (s.order == job.id && s.seq == step.seq) {
                op.scheduled = true;
                op.unit = s.unit;
                op.startMinute = s.startMinute;
                op.endMinute = s.endMinute;
            }
        if (op.reportedQty > 0 && !isBelowWithTolerance(op.reportedQty, orderQty))
            op.status = OperationStatus::Done;
        else if (op.reportedQty > 0 || (op.scheduled && op.startMinute <= nowMinute && nowMinute < op.endMinute))
            op.status = OperationStatus::InProgress;
        operations.push_back(op);
    }
    return operations;
}

/// The top order and its sub-assemblies, depth first, each order once.
void addChain(const FactoryModel& model, const ScheduleProblem& problem, int j, int level,
              const std::unordered_map<std::string, int>& completion, const ScheduleResult& schedule,
              const std::vector<CompletionReport>& reports, int nowMinute, std::unordered_set<int>& seen,
              std::vector<SupplyOrder>& out)
{
    if (!seen.insert(j).second)
        return;
    const ScheduleJob& job = problem.jobs[static_cast<std::size_t>(j)];
    SupplyOrder order{.order = job.id, .item = job.item, .qty = job.qty, .due = job.due, .level = level};
    double orderQty = job.qty;
    if (job.isWorkOrder) {
        order.kind = SupplyOrder::Kind::WorkOrder;
        for (const WorkOrder& wo : model.workOrders)
            if (wo.number == job.id)
                order.qty = orderQty = wo.qty;
    } else if (std::any_of(model.firmPlannedOrders.begin(), model.firmPlannedOrders.end(),
                           [&](const FirmPlannedOrder& f) { return f.number == job.id; })) {
        order.kind = SupplyOrder::Kind::FirmPlannedOrder;
    }
    if (const auto c = completion.find(job.id); c != completion.end())
        order.completionMinute = c->second;
    order.operations = operationsOf(model, job, orderQty, schedule, reports, nowMinute);
    out.push_back(std::move(order));
    for (int child : job.children)
        addChain(model, problem, child, level + 1, completion, schedule, reports, nowMinute, seen, out);
}

std::vector<ShortMaterial> shortMaterials(const FactoryModel& model, const std::vector<Shortage>& shortages,
                                          const SalesOrder& so, const LineProgress& line)
{
    // The bought items the line's orders use (or the line's item when it is bought).
    std::unordered_set<std::string> used{line.item};
    std::unordered_set<std::string> makes;
    for (const SupplyOrder& o : line.orders)
        makes.insert(o.item);
    for (const BomLine& b : model.boms)
        if (makes.contains(b.parent))
            used.insert(b.component);
    std::vector<ShortMaterial> out;
    for (const Shortage& s : shortages) {
        if (!used.contains(s.item) || std::find(s.orders.begin(), s.orders.end(), so.number) == s.orders.end())
            continue;
        ShortMaterial m{s.item, s.shortQty, s.needDate, {}};
        for (const PurchaseOrder& po : model.purchaseOrders)
            if (po.item == s.item && !po.isReceived())
                m.purchaseOrders.push_back({po.number, po.openQty(), po.due});
        std::stable_sort(m.purchaseOrders.begin(), m.purchaseOrders.end(),
                         [](const OpenPurchase& a, const OpenPurchase& b) { return a.due < b.due; });
        out.push_back(std::move(m));
    }
    return out;
}

int lateDays(Date today, int completion, Date due) { return std::max(0, dateOfMinute(today, completion) - due); }

} // namespace

const char* toString(OperationStatus status)
{
    switch (status) {
    case OperationStatus::Done: return "done";
    case OperationStatus::InProgress: return "in_progress";
    case OperationStatus::Waiting: return "waiting";
    }
    return "";
}

const char* toString(SupplyOrder::Kind kind)
{
    switch (kind) {
    case SupplyOrder::Kind::WorkOrder: return "work_order";
    case SupplyOrder::Kind::FirmPlannedOrder: return "firm_planned_order";
    case SupplyOrder::Kind::PlannedOrder: return "planned_order";
    }
    return "";
}

std::unordered_map<std::string, int> projectedCompletions(const FactoryModel& model, const MrpResult& mrp,
                                                          const ScheduleResult& schedule)
{
    const auto completion = completionOfOrders(schedule);
    std::unordered_map<std::string, int> lines;
    for (const auto& [line, orders] : topOrders(model, mrp)) {
        int latest = 0;
        for (const std::string& order : orders)
            if (const auto c = completion.find(order); c != completion.end())
                latest = std::max(latest, c->second);
        lines.emplace(line, latest);
    }
    return lines;
}

OrderProgress orderProgress(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
                            const std::vector<CompletionReport>& reports, const std::string& salesOrder, int nowMinute)
{
    const auto so = std::find_if(model.salesOrders.begin(), model.salesOrders.end(),
                                 [&](const SalesOrder& o) { return o.number == salesOrder; });
    if (so == model.salesOrders.end())
        throw std::invalid_argument("unknown sales order " + salesOrder);
    const Date today = model.settings.today;
    OrderProgress progress{so->number, so->customer, so->priority, so->status, so->isDemand(), today, {}};
    for (std::size_t l = 0; l < so->lines.size(); ++l) {
        const SalesOrderLine& line = so->lines[l];
        progress.lines.push_back({.index = l, .id = so->lineId(l), .item = line.item, .qty = line.qty,
                                  .openQty = line.openQty(), .committed = line.committedDate(),
                                  .shipped = !(line.openQty() > 0), .projected = today});
    }
    if (!progress.planned)
        return progress;

    const ScheduleProblem problem = buildScheduleProblem(model, mrp);
    std::unordered_map<std::string, int> jobIndex;
    for (std::size_t j = 0; j < problem.jobs.size(); ++j)
        jobIndex.emplace(problem.jobs[j].id, static_cast<int>(j));
    const auto completion = completionOfOrders(schedule);
    const auto tops = topOrders(model, mrp);
    // The shortage list needs the run's gross requirements; a plain run has none.
    const MrpResult withRequirements = mrp.requirements.empty() ? MrpEngine(model).run({}, {.keepRequirements = true}) : mrp;
    const std::vector<Shortage> shortages = listShortages(model, withRequirements);

    for (LineProgress& line : progress.lines) {
        if (line.shipped)
            continue;
        const auto top = tops.find(line.id);
        std::unordered_set<int> seen;
        int latestJob = -1;
        for (const std::string& order : top == tops.end() ? std::vector<std::string>{} : top->second) {
            const auto j = jobIndex.find(order);
            if (j == jobIndex.end())
                continue;
            const int done = completion.contains(order) ? completion.at(order) : 0;
            if (latestJob < 0 || done > line.completionMinute) {
                line.completionMinute = done;
                latestJob = j->second;
            }
            addChain(model, problem, j->second, 0, completion, schedule, reports, nowMinute, seen, line.orders);
        }
        line.stockCovered = line.orders.empty();
        line.projected = dateOfMinute(today, line.completionMinute);
        line.daysLate = lateDays(today, line.completionMinute, line.committed);
        line.materials = shortMaterials(model, shortages, *so, line);
        if (line.daysLate > 0 && latestJob >= 0) {
            line.causes = delayCauses(model, mrp, problem, schedule, latestJob);
            line.fixes = fixesFor(model, mrp, schedule, *so, line.index, line.causes, line.projected,
                                  problem.jobs[static_cast<std::size_t>(latestJob)].id);
        }
    }
    return progress;
}

} // namespace pmc::core
