#include "core/scheduling/MaterialReadiness.h"

#include "core/bom/BomGraph.h"
#include "core/masterdata/ItemLookup.h"
#include "core/mrp/MrpTolerance.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace pmc::core {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

struct Lot {
    int readyMinute = 0;
    double qty = 0;
};

// One job's need of one bought component beyond what MRP pegged to it.
struct Need {
    std::size_t job = 0;
    double qty = 0;
};

} // namespace

void setMaterialReadiness(const FactoryModel& model, const MrpResult& mrp, ScheduleProblem& problem)
{
    const Date today = problem.today;
    const int buffer = model.settings.materialBufferDays;
    const auto readyAt = [&](Date arrival) { return std::max(0, (arrival + buffer - today) * kMinutesPerDay); };
    std::unordered_map<std::string, std::size_t> jobIndex;
    for (std::size_t j = 0; j < problem.jobs.size(); ++j)
        jobIndex.emplace(problem.jobs[j].id, j);

    // What MRP pegged: per job and component, the quantity and when the last of it is in.
    std::unordered_map<std::string, double> pegged; // "job\ncomponent"
    const auto key = [](const std::string& job, const std::string& item) { return job + '\n' + item; };
    for (const PlannedOrder& p : mrp.plannedOrders) {
        if (p.source != ItemSource::Buy)
            continue;
        for (const Pegging& peg : p.pegging)
            if (const auto job = jobIndex.find(peg.demand); job != jobIndex.end()) {
                ScheduleJob& j = problem.jobs[job->second];
                j.materialReadyMinute = std::max(j.materialReadyMinute, readyAt(p.due));
                pegged[key(j.id, p.item)] += peg.qty;
            }
    }

    // The rest of each bought component, per component in the order the jobs need it.
    const BomGraph graph(model);
    const ItemLookup items(model.items);
    std::vector<std::size_t> byNeed(problem.jobs.size());
    std::iota(byNeed.begin(), byNeed.end(), std::size_t{0});
    std::stable_sort(byNeed.begin(), byNeed.end(), [&](std::size_t a, std::size_t b) {
        const ScheduleJob& x = problem.jobs[a];
        const ScheduleJob& y = problem.jobs[b];
        return std::tuple(x.release, !x.isWorkOrder) < std::tuple(y.release, !y.isWorkOrder);
    });
    std::unordered_map<int, std::vector<Need>> needs; // by component index in the graph
    for (std::size_t j : byNeed) {
        const ScheduleJob& job = problem.jobs[j];
        const int parent = graph.indexOf(job.item);
        if (parent < 0)
            continue;
        for (const int row : graph.childRows(parent)) {
            const BomLine& line = model.boms[static_cast<std::size_t>(row)];
            const Item* component = items.find(line.component);
            if (!component || component->source != ItemSource::Buy || !line.isValidOn(std::max(job.release, today)))
                continue;
            double qty = job.qty * line.grossPerParent();
            if (const auto p = pegged.find(key(job.id, line.component)); p != pegged.end()) {
                const double used = std::min(qty, p->second);
                qty -= used;
                p->second -= used; // a component on two BOM rows draws on the pegged quantity once
            }
            if (isBelowWithTolerance(0.0, qty))
                needs[graph.componentOf(row)].push_back({j, qty});
        }
    }
    if (needs.empty())
        return;

    std::unordered_map<int, std::vector<Lot>> lots;
    const auto addLot = [&](const std::string& item, int readyMinute, double qty) {
        const int index = graph.indexOf(item);
        if (qty > 0 && needs.contains(index))
            lots[index].push_back({readyMinute, qty});
    };
    for (const auto& [item, onHand] : model.onHandByItem())
        addLot(item, 0, onHand);
    for (const PurchaseOrder& po : model.purchaseOrders)
        addLot(po.item, readyAt(po.due), po.openQty());
    for (const PurchaseRequisition& pr : model.purchaseRequisitions)
        addLot(pr.item, readyAt(pr.due), pr.qty);
    // A lot-sized purchase proposal buys more than it is pegged with; the rest is supply too.
    for (const PlannedOrder& p : mrp.plannedOrders) {
        if (p.source != ItemSource::Buy)
            continue;
        double rest = p.qty;
        for (const Pegging& peg : p.pegging)
            rest -= peg.qty;
        if (isBelowWithTolerance(0.0, rest))
            addLot(p.item, readyAt(p.due), rest);
    }

    for (auto& [component, list] : needs) {
        std::vector<Lot>& supply = lots[component];
        std::stable_sort(supply.begin(), supply.end(),
                         [](const Lot& a, const Lot& b) { return a.readyMinute < b.readyMinute; });
        std::size_t next = 0;
        double left = supply.empty() ? 0.0 : supply.front().qty;
        for (const Need& need : list) {
            ScheduleJob& job = problem.jobs[need.job];
            double wanted = need.qty;
            int ready = 0;
            while (next < supply.size() && isBelowWithTolerance(0.0, wanted)) {
                const double taken = std::min(wanted, left);
                wanted -= taken;
                left -= taken;
                ready = supply[next].readyMinute;
                if (!isBelowWithTolerance(0.0, left) && ++next < supply.size())
                    left = supply[next].qty;
            }
            // Not covered by anything open: MRP reports it; the job is marked, not held back.
            if (isBelowWithTolerance(0.0, wanted))
                job.materialShort = true;
            job.materialReadyMinute = std::max(job.materialReadyMinute, ready);
        }
    }
}

} // namespace pmc::core
