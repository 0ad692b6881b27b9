// Questions about one item of an MrpRun, for the material requirements view: its gross
// requirements, its open supply and its time-phased record.
#include "core/mrp/MrpRun.h"
#include "core/mrp/MrpRunNetting.h"

#include <algorithm>

namespace pmc::core {

std::vector<GrossRequirement> MrpRun::requirements(const std::string& code) const
{
    std::vector<GrossRequirement> out;
    const int item = m_graph.indexOf(code);
    if (item < 0)
        return out;
    const std::vector<ItemDemand>& demands = m_demands[static_cast<std::size_t>(item)];
    const std::vector<std::uint32_t> numbers = orderNumbers();
    out.reserve(demands.size());
    for (const ItemDemand& d : demands)
        out.push_back({code, m_today + d.day, d.qty, demandId(d.origin, numbers)});
    return out;
}

std::vector<ScheduledReceipt> MrpRun::scheduledReceipts(const std::string& code) const
{
    std::vector<ScheduledReceipt> out;
    const int item = m_graph.indexOf(code);
    if (item < 0)
        return out;
    for (const OpenSupply& supply : m_supplies[static_cast<std::size_t>(item)])
        out.push_back({m_ids[static_cast<std::size_t>(supply.number)], static_cast<ScheduledReceipt::Kind>(supply.kind),
                       m_today + supply.day, supply.qty});
    return out;
}

TimePhasedRecord MrpRun::timePhased(const std::string& code, int bucketDays) const
{
    TimePhasedRecord record;
    record.item = code;
    const int item = m_graph.indexOf(code);
    if (item < 0 || m_horizon <= 0)
        return record;
    const auto index = static_cast<std::size_t>(item);
    bucketDays = std::max(bucketDays, 1);
    record.onHand = m_onHand[index];
    record.safetyStock = m_model->items[index].safetyStock;
    for (int day = 0; day < m_horizon; day += bucketDays)
        record.buckets.push_back({m_today + day, std::min(bucketDays, m_horizon - day)});
    const auto bucketOf = [&](int day) -> TimePhasedBucket& {
        return record.buckets[static_cast<std::size_t>(day / bucketDays)];
    };

    const std::vector<ItemDemand>& demands = m_demands[static_cast<std::size_t>(item)];
    // Replays the netting with the orders it created: the k-th day short of stock is the
    // k-th planned order's due.
    const Range orders = m_orderRanges[index];
    std::size_t nextOrder = orders.first;
    std::vector<char> touched(record.buckets.size(), 0);
    net(item, demands,
        [&](int day, double, double, std::span<const ItemDemand>) {
            const double qty = m_orders[nextOrder++].qty;
            bucketOf(day).plannedReceipts += qty;
            return qty;
        },
        [&](const NettingDay& netting) {
            TimePhasedBucket& bucket = bucketOf(netting.day);
            bucket.grossRequirements += netting.demand;
            bucket.scheduledReceipts += netting.receipts;
            bucket.netRequirements += netting.need;
            bucket.projectedAvailable = netting.projected;
            touched[static_cast<std::size_t>(netting.day / bucketDays)] = 1;
        });
    for (std::size_t o = orders.first; o < orders.first + orders.count; ++o)
        bucketOf(std::max(m_orders[o].release, m_today) - m_today).plannedReleases += m_orders[o].qty;
    // A bucket without any event keeps the stock the previous one ended with.
    double projected = record.onHand;
    for (std::size_t b = 0; b < record.buckets.size(); ++b) {
        if (touched[b])
            projected = record.buckets[b].projectedAvailable;
        record.buckets[b].projectedAvailable = projected;
    }
    return record;
}

} // namespace pmc::core
