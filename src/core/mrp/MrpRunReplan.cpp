// Net change for MrpRun: re-plan the changed items and, in low-level-code order, every item
// whose dependent demand moves because a parent's planned orders did.
#include "core/mrp/MrpRun.h"

#include <algorithm>

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
    for (std::size_t position = first; position < items; ++position) {
        if (!dirty[position])
            continue;
        const int item = m_order[position];
        ++replanned;
        if (replanItem(item))
            for (const int row : m_graph.childRows(item))
                dirty[static_cast<std::size_t>(m_position[static_cast<std::size_t>(m_graph.componentOf(row))])] = 1;
    }
    compactIfWasteful();
    return replanned;
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
        m_orderItem.resize(after.first);
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
    std::vector<int> orderItem;
    std::vector<PegRange> orderPegs;
    std::vector<PegRecord> pegs;
    std::vector<MrpException> exceptions;
    orders.reserve(m_liveOrders);
    orderItem.reserve(m_liveOrders);
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
            orderItem.push_back(item);
            const PegRange oldPegs = m_orderPegs[o];
            orderPegs.push_back({static_cast<std::uint32_t>(pegs.size()), oldPegs.count});
            pegs.insert(pegs.end(), m_pegs.begin() + oldPegs.first, m_pegs.begin() + oldPegs.first + oldPegs.count);
        }
        Range& exceptionRange = m_exceptionRanges[static_cast<std::size_t>(item)];
        const auto firstException = m_exceptions.begin() + exceptionRange.first;
        exceptionRange.first = static_cast<std::uint32_t>(exceptions.size());
        std::move(firstException, firstException + exceptionRange.count, std::back_inserter(exceptions));
    }
    // Live pegging only names live records: an item whose parent got new records was
    // re-planned after it, in the same net change.
    for (PegRecord& peg : pegs)
        if (peg.origin < kSafetyStockOrigin)
            peg.origin = plannedOrigin(static_cast<std::size_t>(moved[static_cast<std::size_t>(recordOf(peg.origin))]));
    m_orders = std::move(orders);
    m_orderItem = std::move(orderItem);
    m_orderPegs = std::move(orderPegs);
    m_pegs = std::move(pegs);
    m_exceptions = std::move(exceptions);
}

} // namespace pmc::core
