#include "core/orders/ChangeImpact.h"

#include "core/EnumNames.h"
#include "core/mrp/MrpTolerance.h"
#include "core/orders/MaterialAdjustments.h"
#include "core/orders/PlannedFactory.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

namespace pmc::core {

namespace {

constexpr EnumNames<ChangeReason, 5> reasonNames{{{"customer_change", ChangeReason::CustomerChange},
                                                  {"rush_insertion", ChangeReason::RushInsertion},
                                                  {"material_late", ChangeReason::MaterialLate},
                                                  {"equipment_quality", ChangeReason::EquipmentQuality},
                                                  {"engineering_change", ChangeReason::EngineeringChange}}};
constexpr EnumNames<ProductionOrderKind, 3> kindNames{{{"work_order", ProductionOrderKind::WorkOrder},
                                                       {"firm_planned_order", ProductionOrderKind::FirmPlannedOrder},
                                                       {"planned_order", ProductionOrderKind::PlannedOrder}}};
constexpr EnumNames<MaterialAction, 5> actionNames{{{"keep", MaterialAction::Keep},
                                                    {"pull_in", MaterialAction::PullIn},
                                                    {"push_out", MaterialAction::PushOut},
                                                    {"reduce", MaterialAction::Reduce},
                                                    {"cancel", MaterialAction::Cancel}}};

/// A make planned order of one plan, as the matching sees it.
struct Candidate {
    std::string id;
    std::string item;
    Date due;
    std::vector<std::string> served;
    bool matched = false;
};

std::vector<Candidate> plannedCandidates(const PlannedFactory& plan)
{
    std::vector<Candidate> candidates;
    for (const PlannedOrder& order : plan.mrp().plannedOrders)
        if (!order.firm && plan.orders().count(order.id) > 0)
            candidates.push_back({order.id, order.item, order.due, plan.salesLinesServed(order.id)});
    return candidates;
}

bool shareALine(const Candidate& a, const Candidate& b)
{
    if (a.served.empty() && b.served.empty())
        return true;
    std::vector<std::string> common;
    std::set_intersection(a.served.begin(), a.served.end(), b.served.begin(), b.served.end(),
                          std::back_inserter(common));
    return !common.empty();
}

using OrderPair = std::pair<const Candidate*, const Candidate*>;

/// Pairs the planned orders of the two runs, most certain first: the same item serving the same
/// sales lines on the same due; then the same item and lines in due order; then the same item
/// sharing a line (or both serving none) with the nearest due. The rest are new or gone.
std::vector<OrderPair> matchPlannedOrders(std::vector<Candidate>& before, std::vector<Candidate>& after)
{
    std::map<std::string, std::vector<Candidate*>> afterByItem;
    for (Candidate& now : after)
        afterByItem[now.item].push_back(&now);
    std::vector<OrderPair> pairs;
    const auto pass = [&](auto fits, bool nearestDue) {
        for (Candidate& old : before) {
            const auto group = afterByItem.find(old.item);
            if (old.matched || group == afterByItem.end())
                continue;
            Candidate* best = nullptr;
            for (Candidate* now : group->second) {
                if (now->matched || !fits(old, *now))
                    continue;
                // Candidates come by due, so the first fitting one is the earliest.
                if (!best || (nearestDue && std::abs(now->due - old.due) < std::abs(best->due - old.due)))
                    best = now;
                if (!nearestDue)
                    break;
            }
            if (best) {
                old.matched = best->matched = true;
                pairs.emplace_back(&old, best);
            }
        }
    };
    pass([](const Candidate& a, const Candidate& b) { return a.served == b.served && a.due == b.due; }, false);
    pass([](const Candidate& a, const Candidate& b) { return a.served == b.served; }, false);
    pass(shareALine, true);
    for (const Candidate& old : before)
        if (!old.matched)
            pairs.emplace_back(&old, nullptr);
    for (const Candidate& now : after)
        if (!now.matched)
            pairs.emplace_back(nullptr, &now);
    return pairs;
}

bool samePlan(const OrderPlan& a, const OrderPlan& b)
{
    return !isBelowWithTolerance(a.qty, b.qty) && !isBelowWithTolerance(b.qty, a.qty) && a.due == b.due
        && a.startMinute == b.startMinute
        && a.endMinute == b.endMinute && a.units == b.units;
}

std::vector<std::string> unionOf(std::vector<std::string> a, const std::vector<std::string>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
}

class ImpactBuilder {
public:
    ImpactBuilder(const PlannedFactory& before, const PlannedFactory& after)
        : m_before(before)
        , m_after(after)
    {
    }

    void addOrder(ProductionOrderKind kind, const std::string& item, const std::string& oldId, const std::string& newId)
    {
        const auto was = oldId.empty() ? m_before.orders().end() : m_before.orders().find(oldId);
        const auto is = newId.empty() ? m_after.orders().end() : m_after.orders().find(newId);
        PlanAdjustment row;
        row.kind = kind;
        row.item = item;
        if (was != m_before.orders().end())
            row.before = was->second;
        if (is != m_after.orders().end())
            row.after = is->second;
        if (!row.before && !row.after)
            return;
        if (row.before && row.after && samePlan(*row.before, *row.after))
            return;
        row.salesLines = unionOf(row.before ? m_before.salesLinesServed(oldId) : std::vector<std::string>{},
                                 row.after ? m_after.salesLinesServed(newId) : std::vector<std::string>{});
        m_rows.push_back(std::move(row));
    }

    std::vector<PlanAdjustment> rows()
    {
        std::sort(m_rows.begin(), m_rows.end(), [](const PlanAdjustment& a, const PlanAdjustment& b) {
            return std::tie(a.item, a.order()) < std::tie(b.item, b.order());
        });
        return std::move(m_rows);
    }

private:
    const PlannedFactory& m_before;
    const PlannedFactory& m_after;
    std::vector<PlanAdjustment> m_rows;
};

std::vector<PlanAdjustment> planAdjustments(const PlannedFactory& before, const PlannedFactory& after)
{
    ImpactBuilder builder(before, after);
    // Work orders and firm planned orders keep their numbers between the runs.
    std::map<std::string, std::string> workOrders;
    for (const FactoryModel* model : {&before.model(), &after.model()})
        for (const WorkOrder& wo : model->workOrders)
            workOrders.emplace(wo.number, wo.item);
    for (const auto& [number, item] : workOrders)
        builder.addOrder(ProductionOrderKind::WorkOrder, item, number, number);
    std::map<std::string, std::string> firmOrders;
    for (const FactoryModel* model : {&before.model(), &after.model()})
        for (const FirmPlannedOrder& firm : model->firmPlannedOrders)
            firmOrders.emplace(firm.number, firm.item);
    for (const auto& [number, item] : firmOrders)
        builder.addOrder(ProductionOrderKind::FirmPlannedOrder, item, number, number);

    std::vector<Candidate> old = plannedCandidates(before);
    std::vector<Candidate> now = plannedCandidates(after);
    for (const auto& [was, is] : matchPlannedOrders(old, now))
        builder.addOrder(ProductionOrderKind::PlannedOrder, was ? was->item : is->item, was ? was->id : std::string(),
                         is ? is->id : std::string());
    return builder.rows();
}

std::vector<SalesLineChange> salesLineChanges(const PlannedFactory& before, const PlannedFactory& after)
{
    std::map<std::string, SalesLineChange> changes;
    for (const FactoryModel* model : {&before.model(), &after.model()})
        for (const SalesOrder& order : model->salesOrders)
            for (std::size_t i = 0; i < order.lines.size(); ++i)
                changes[order.lineId(i)] = {order.lineId(i), order.customer, order.lines[i].item, {}, {}};
    std::vector<SalesLineChange> result;
    for (auto& [id, change] : changes) {
        if (const auto found = before.salesLines().find(id); found != before.salesLines().end())
            change.before = found->second;
        if (const auto found = after.salesLines().find(id); found != after.salesLines().end())
            change.after = found->second;
        if (change.before != change.after)
            result.push_back(std::move(change));
    }
    return result;
}

} // namespace

const char* toString(ChangeReason reason) { return nameOf(reasonNames, reason); }
bool parseChangeReason(const std::string& text, ChangeReason& out) { return parseName(reasonNames, text, out); }
const char* toString(ProductionOrderKind kind) { return nameOf(kindNames, kind); }
const char* toString(MaterialAction action) { return nameOf(actionNames, action); }

const SalesLineChange* ChangeImpact::salesLine(const std::string& line) const
{
    const auto found = std::find_if(salesLines.begin(), salesLines.end(),
                                    [&](const SalesLineChange& change) { return change.line == line; });
    return found == salesLines.end() ? nullptr : &*found;
}

ChangeImpact analyzeChange(const FactoryModel& before, const FactoryModel& after, const ChangeImpactOptions& options)
{
    const PlannedFactory old(before);
    const PlannedFactory now(after);
    ChangeImpact impact;
    impact.today = now.schedule().today;
    impact.reason = options.reason;
    impact.planAdjustments = planAdjustments(old, now);
    impact.materialAdjustments = compareMaterialNeeds(old, now, options);
    impact.salesLines = salesLineChanges(old, now);
    return impact;
}

} // namespace pmc::core
