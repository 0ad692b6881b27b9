// Net change for MrpRun: re-plan the changed items and, in low-level-code order, every item
// whose dependent demand moves because a parent's planned orders did.
#include "core/mrp/MrpRun.h"

#include <algorithm>
#include <iterator>

namespace pmc::core {

bool MrpRun::canReplan(const FactoryModel& model) const
{
    const FactoryModel& planned = *m_model;
    if (model.items.size() != planned.items.size() || !(model.settings == planned.settings)
        || !(model.calendar == planned.calendar) || !(model.boms == planned.boms))
        return false;
    for (std::size_t i = 0; i < model.items.size(); ++i)
        if (model.items[i].code != planned.items[i].code)
            return false;
    return true;
}

std::size_t MrpRun::replan(const FactoryModel& model, std::span<const std::string> changedItems)
{
    m_model = &model;
    m_netChange = true;
    const std::size_t items = m_order.size();
    std::vector<char> recollect(items, 0);
    for (const std::string& code : changedItems) {
        const int item = m_graph.indexOf(code);
        if (item < 0)
            continue;
        recollect[static_cast<std::size_t>(item)] = 1;
        refreshBufferDays(item);
        // The item's work and firm orders may have changed, and with them what they need.
        for (const int row : m_graph.childRows(item))
            recollect[static_cast<std::size_t>(m_graph.componentOf(row))] = 1;
    }
    collectInputs(recollect);

    std::vector<char> dirty(items, 0); // by planning position
    std::size_t first = items;
    for (std::size_t item = 0; item < items; ++item)
        if (recollect[item]) {
            const auto position = static_cast<std::size_t>(m_position[item]);
            dirty[position] = 1;
            first = std::min(first, position);
        }
    std::size_t replanned = 0;
    std::vector<char> ordersChanged(items, 0); // by item
    std::vector<Range> replacedOrders(items);  // by item: the records it had before, if it changed
    for (std::size_t position = first; position < items; ++position) {
        if (!dirty[position])
            continue;
        const int item = m_order[position];
        const auto index = static_cast<std::size_t>(item);
        ++replanned;
        // An item whose own inputs are unchanged only needs its changed parents' demand
        // swapped; gathering all of it again would walk every parent's orders.
        if (recollect[index])
            gatherDemands(item, m_demands[index], m_buffers);
        else
            updateDemands(item, ordersChanged, replacedOrders);
        const Range before = m_orderRanges[index];
        if (replanItem(item)) {
            ordersChanged[index] = 1;
            replacedOrders[index] = before;
            for (const int row : m_graph.childRows(item))
                dirty[static_cast<std::size_t>(m_position[static_cast<std::size_t>(m_graph.componentOf(row))])] = 1;
        }
    }
    compactIfWasteful();
    return replanned;
}

std::pair<int, std::uint32_t> MrpRun::gatherKey(int origin) const
{
    // A parent's records are consecutive and in order, so the record index orders them.
    if (origin >= 0)
        return {-1, 0};
    const std::size_t record = recordOf(origin);
    return {m_orderPosition[record], static_cast<std::uint32_t>(record)};
}

void MrpRun::updateDemands(int item, const std::vector<char>& changed, const std::vector<Range>& replaced)
{
    const auto index = static_cast<std::size_t>(item);
    std::vector<ItemDemand>& fresh = m_buffers.fresh;
    fresh.clear();
    std::vector<Range>& gone = m_buffers.replaced;
    gone.clear();
    const std::size_t lastUse = m_usesBegin[index + 1];
    for (std::size_t first = m_usesBegin[index], last = first; first < lastUse; first = last) {
        const auto parent = static_cast<std::size_t>(m_uses[first].parent);
        while (last < lastUse && static_cast<std::size_t>(m_uses[last].parent) == parent)
            ++last;
        if (!changed[parent])
            continue;
        if (replaced[parent].count > 0)
            gone.push_back(replaced[parent]);
        const Range orders = m_orderRanges[parent];
        for (std::size_t o = orders.first; o < orders.first + orders.count; ++o) {
            const Date start = std::max(m_orders[o].release, m_today);
            for (std::size_t u = first; u < last; ++u)
                addDependentDemand(fresh, m_uses[u], plannedOrigin(o), m_orders[o].qty, start);
        }
    }
    sortByDay(fresh, m_buffers);
    std::sort(gone.begin(), gone.end(), [](Range a, Range b) { return a.first < b.first; });
    const auto replacedRecord = [&gone](int origin) {
        if (origin >= kSafetyStockOrigin || gone.empty())
            return false;
        const std::size_t record = recordOf(origin);
        const auto after = std::upper_bound(gone.begin(), gone.end(), record,
                                            [](std::size_t r, Range range) { return r < range.first; });
        return after != gone.begin() && record < std::prev(after)->first + std::prev(after)->count;
    };
    // What stays of the old demand: the changed parents' old entries go. Kept in a buffer
    // reused between items, so a large item does not allocate fresh pages each time.
    std::vector<ItemDemand>& kept = m_buffers.sorted;
    kept.clear();
    for (const ItemDemand& entry : m_demands[index])
        if (!replacedRecord(entry.origin))
            kept.push_back(entry);
    // Merge: within a day an entry goes where gathering would have put it. The place of each
    // new entry among the day's kept ones is found by binary search: looking up a kept
    // entry's key costs a cache miss, and a widely used material has hundreds a day.
    std::vector<std::pair<int, std::uint32_t>>& freshKeys = m_buffers.freshKeys;
    freshKeys.resize(fresh.size());
    for (std::size_t f = 0; f < fresh.size(); ++f)
        freshKeys[f] = gatherKey(fresh[f].origin);
    std::vector<ItemDemand>& merged = m_demands[index];
    merged.clear();
    auto next = kept.begin();
    for (std::size_t f = 0; f < fresh.size();) {
        const int day = fresh[f].day;
        const auto dayBegin = std::find_if(next, kept.end(), [day](const ItemDemand& e) { return e.day >= day; });
        merged.insert(merged.end(), next, dayBegin);
        next = dayBegin;
        const auto dayEnd = std::find_if(next, kept.end(), [day](const ItemDemand& e) { return e.day > day; });
        for (; f < fresh.size() && fresh[f].day == day; ++f) {
            const auto place = std::upper_bound(next, dayEnd, freshKeys[f], [this](const auto& key, const ItemDemand& e) {
                return key < gatherKey(e.origin);
            });
            merged.insert(merged.end(), next, place);
            next = place;
            merged.push_back(fresh[f]);
        }
    }
    merged.insert(merged.end(), next, kept.end());
}

bool MrpRun::replanItem(int item)
{
    const auto index = static_cast<std::size_t>(item);
    const Range before = m_orderRanges[index];
    const Range exceptionsBefore = m_exceptionRanges[index];
    std::size_t pegsBefore = 0;
    for (std::size_t o = before.first; o < before.first + before.count; ++o)
        pegsBefore += m_orderPegs[o].count;
    planItem(item);
    const Range after = m_orderRanges[index];
    std::size_t pegsAfter = 0;
    for (std::size_t o = after.first; o < after.first + after.count; ++o)
        pegsAfter += m_orderPegs[o].count;
    m_livePegs = m_livePegs - pegsBefore + pegsAfter;
    m_liveExceptions = m_liveExceptions - exceptionsBefore.count + m_exceptionRanges[index].count;

    const auto records = [this](Range range) {
        return std::span<const OrderRecord>(m_orders.data() + range.first, range.count);
    };
    if (before.count == after.count && std::ranges::equal(records(before), records(after))) {
        // Same orders: keep the old records, which the components' pegging refers to, and
        // give them the new pegging (the demands covered may have changed all the same).
        std::copy(m_orderPegs.begin() + after.first, m_orderPegs.end(), m_orderPegs.begin() + before.first);
        m_orders.resize(after.first);
        m_orderPosition.resize(after.first);
        m_orderPegs.resize(after.first);
        m_orderRanges[index] = before;
        return false;
    }
    m_liveOrders = m_liveOrders - before.count + after.count;
    return true;
}

void MrpRun::compactIfWasteful()
{
    // Garbage is left by re-planned items; rewriting everything costs about a regenerative
    // run's output pass, so it waits until the garbage outweighs the live records (which
    // keeps its cost per net change bounded by the work that made the garbage).
    if (m_orders.size() <= 2 * m_liveOrders && m_pegs.size() <= 2 * m_livePegs
        && m_exceptions.size() <= 2 * m_liveExceptions)
        return;
    std::vector<int> moved(m_orders.size(), -1);
    std::vector<OrderRecord> orders;
    std::vector<int> orderPosition;
    std::vector<PegRange> orderPegs;
    std::vector<PegRecord> pegs;
    std::vector<MrpException> exceptions;
    orders.reserve(m_liveOrders);
    orderPosition.reserve(m_liveOrders);
    orderPegs.reserve(m_liveOrders);
    pegs.reserve(m_livePegs);
    exceptions.reserve(m_liveExceptions);
    for (const int item : m_order) {
        Range& range = m_orderRanges[static_cast<std::size_t>(item)];
        const Range old = range;
        range.first = static_cast<std::uint32_t>(orders.size());
        for (std::size_t o = old.first; o < old.first + old.count; ++o) {
            moved[o] = static_cast<int>(orders.size());
            orders.push_back(m_orders[o]);
            orderPosition.push_back(m_position[static_cast<std::size_t>(item)]);
            const PegRange oldPegs = m_orderPegs[o];
            orderPegs.push_back({static_cast<std::uint32_t>(pegs.size()), oldPegs.count});
            pegs.insert(pegs.end(), m_pegs.begin() + oldPegs.first, m_pegs.begin() + oldPegs.first + oldPegs.count);
        }
        Range& exceptionRange = m_exceptionRanges[static_cast<std::size_t>(item)];
        const auto firstException = m_exceptions.begin() + exceptionRange.first;
        exceptionRange.first = static_cast<std::uint32_t>(exceptions.size());
        std::move(firstException, firstException + exceptionRange.count, std::back_inserter(exceptions));
    }
    // Live pegging and demand only name live records: an item whose parent got new records
    // was re-planned after it, in the same net change.
    const auto remap = [&moved](int& origin) {
        if (origin < kSafetyStockOrigin)
            origin = plannedOrigin(static_cast<std::size_t>(moved[recordOf(origin)]));
    };
    for (PegRecord& peg : pegs)
        remap(peg.origin);
    for (std::vector<ItemDemand>& demands : m_demands)
        for (ItemDemand& demand : demands)
            remap(demand.origin);
    m_orders = std::move(orders);
    m_orderPosition = std::move(orderPosition);
    m_orderPegs = std::move(orderPegs);
    m_pegs = std::move(pegs);
    m_exceptions = std::move(exceptions);
}

} // namespace pmc::core
