#include "core/mrp/PlannedOrderRelease.h"

#include "core/masterdata/ItemLookup.h"
#include "core/orders/NumberSequence.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace pmc::core {

namespace {

/// One selected id: a planned order of the run, a firm planned order of the model, or both
/// (a run that lists firm orders among its planned orders).
struct Selected {
    std::string_view id;
    const PlannedOrder* planned = nullptr;
    const FirmPlannedOrder* firm = nullptr;
};

class ReleaseBuilder {
public:
    ReleaseBuilder(const FactoryModel& model, PlannedOrderRelease& release)
        : m_items(model.items), m_release(release), m_workOrders("WO-", model.workOrders),
          m_requisitions("PR-", model.purchaseRequisitions), m_firmOrders("FPO-", model.firmPlannedOrders)
    {
    }

    /// Returns the new number.
    std::string firm(const PlannedOrder& order)
    {
        const FirmPlannedOrder firm{m_firmOrders.next(), order.item, order.qty, order.due, order.release};
        m_release.edit.firmPlannedOrders.push_back({std::nullopt, firm});
        m_release.firmPlannedOrders.push_back(firm.number);
        PlannedOrder kept = order;
        kept.id = firm.number;
        kept.firm = true;
        m_release.added.push_back(std::move(kept));
        return firm.number;
    }

    /// A work order for a made item, a purchase requisition for a bought one; `fallback` decides
    /// when the item is gone (validation then refuses the edit anyway). Returns the new number.
    std::string convert(const std::string& code, double qty, Date due, Date release, ItemSource fallback)
    {
        const Item* item = m_items.find(code);
        if ((item ? item->source : fallback) == ItemSource::Make) {
            const WorkOrder order{m_workOrders.next(), code, qty, due, 0.0};
            m_release.edit.workOrders.push_back({std::nullopt, order});
            m_release.workOrders.push_back(order.number);
            return order.number;
        } else {
            const PurchaseRequisition order{m_requisitions.next(), code, qty, due, release, item ? item->supplier : ""};
            m_release.edit.purchaseRequisitions.push_back({std::nullopt, order});
            m_release.purchaseRequisitions.push_back(order.number);
            return order.number;
        }
    }

private:
    ItemLookup m_items;
    PlannedOrderRelease& m_release;
    NumberSequence m_workOrders;
    NumberSequence m_requisitions;
    NumberSequence m_firmOrders;
};

/// The selection without repeats, in the order given; unknown ids go to `release.unknown`.
std::vector<Selected> select(const FactoryModel& model, const MrpResult& run, std::span<const std::string> ids,
                             PlannedOrderRelease& release)
{
    std::unordered_map<std::string_view, const PlannedOrder*> planned;
    for (const PlannedOrder& p : run.plannedOrders)
        planned.emplace(p.id, &p);
    std::unordered_map<std::string_view, const FirmPlannedOrder*> firm;
    for (const FirmPlannedOrder& f : model.firmPlannedOrders)
        firm.emplace(f.number, &f);
    std::unordered_set<std::string_view> seen;
    std::vector<Selected> selection;
    for (const std::string& id : ids) {
        if (!seen.insert(id).second)
            continue;
        Selected s{id};
        if (const auto it = planned.find(id); it != planned.end())
            s.planned = it->second;
        if (const auto it = firm.find(id); it != firm.end())
            s.firm = it->second;
        if (s.planned || s.firm)
            selection.push_back(s);
        else
            release.unknown.push_back(id);
    }
    return selection;
}

// The planned orders of the run pegged to a renamed order now serve its new number, so that
// the scheduler keeps making them first and waits for their material until MRP runs again.
// They leave the run and come back re-pegged (undo swaps them back).
void repegChildren(const MrpResult& run, const std::unordered_map<std::string, std::string>& renamed,
                   PlannedOrderRelease& release)
{
    std::unordered_set<std::string_view> consumed;
    for (const PlannedOrder& p : release.consumed)
        consumed.insert(p.id);
    for (const PlannedOrder& p : run.plannedOrders) {
        if (consumed.contains(p.id))
            continue;
        const bool pegged = std::any_of(p.pegging.begin(), p.pegging.end(),
                                        [&](const Pegging& peg) { return renamed.contains(peg.demand); });
        if (!pegged)
            continue;
        PlannedOrder repegged = p;
        for (Pegging& peg : repegged.pegging)
            if (const auto it = renamed.find(peg.demand); it != renamed.end())
                peg.demand = it->second;
        release.consumed.push_back(p);
        release.added.push_back(std::move(repegged));
    }
}

PlannedOrderRelease build(const FactoryModel& model, const MrpResult& run, std::span<const std::string> ids,
                          bool convert)
{
    PlannedOrderRelease release;
    const std::vector<Selected> selection = select(model, run, ids, release);
    if (!release.ok())
        return release;
    ReleaseBuilder builder(model, release);
    std::unordered_map<std::string, std::string> renamed; // old id -> new number
    for (const Selected& s : selection) {
        if (s.firm && !convert) {
            release.alreadyFirm.emplace_back(s.id);
            continue;
        }
        if (s.planned)
            release.consumed.push_back(*s.planned);
        std::string number;
        if (s.firm) {
            release.edit.firmPlannedOrders.push_back({*s.firm, std::nullopt});
            number = builder.convert(s.firm->item, s.firm->qty, s.firm->due, s.firm->release, ItemSource::Make);
        } else if (convert) {
            number = builder.convert(s.planned->item, s.planned->qty, s.planned->due, s.planned->release, s.planned->source);
        } else {
            number = builder.firm(*s.planned);
        }
        renamed.emplace(s.id, std::move(number));
    }
    repegChildren(run, renamed, release);
    return release;
}

} // namespace

std::string PlannedOrderRelease::error() const
{
    if (unknown.empty())
        return {};
    std::string text = "unknown planned order or firm planned order:";
    for (std::size_t i = 0; i < unknown.size(); ++i)
        text += (i == 0 ? " " : ", ") + unknown[i];
    return text;
}

PlannedOrderRelease PlannedOrderRelease::firm(const FactoryModel& model, const MrpResult& run,
                                              std::span<const std::string> ids)
{
    return build(model, run, ids, false);
}

PlannedOrderRelease PlannedOrderRelease::convert(const FactoryModel& model, const MrpResult& run,
                                                 std::span<const std::string> ids)
{
    return build(model, run, ids, true);
}

std::vector<std::string> releasableIds(const FactoryModel& model, const MrpResult& run)
{
    std::vector<std::string> ids;
    std::unordered_set<std::string_view> listed;
    for (const PlannedOrder& p : run.plannedOrders) {
        ids.push_back(p.id);
        listed.insert(p.id);
    }
    for (const FirmPlannedOrder& f : model.firmPlannedOrders)
        if (!listed.contains(f.number))
            ids.push_back(f.number);
    return ids;
}

} // namespace pmc::core
