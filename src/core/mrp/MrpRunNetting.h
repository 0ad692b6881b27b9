#pragma once

// The netting walk of MrpRun, shared by planning and by the time-phased record, which must
// see exactly the days and shortfalls planning saw.
#include "core/mrp/MrpRun.h"
#include "core/mrp/MrpTolerance.h"

#include <algorithm>

namespace pmc::core {

template <typename PlannedQty, typename OnDay>
void MrpRun::net(int item, std::span<const ItemDemand> demands, PlannedQty plannedQty, OnDay onDay) const
{
    // Only days with a demand or a supply can change projected stock; day 0 is always
    // checked so that on-hand below safety stock is covered.
    const auto index = static_cast<std::size_t>(item);
    const double safetyStock = m_model->items[index].safetyStock;
    const std::vector<OpenSupply>& supplies = m_supplies[index];
    double projected = 0;
    std::size_t nextDemand = 0;
    std::size_t nextSupply = 0;
    for (int day = 0; day < m_horizon;) {
        NettingDay netting{day};
        double stock = projected + (day == 0 ? m_onHand[index] : 0.0);
        for (; nextSupply < supplies.size() && supplies[nextSupply].day == day; ++nextSupply)
            netting.receipts += supplies[nextSupply].qty;
        stock += netting.receipts;
        const std::size_t firstDemand = nextDemand;
        for (; nextDemand < demands.size() && demands[nextDemand].day == day; ++nextDemand)
            netting.demand += demands[nextDemand].qty;
        projected = stock - netting.demand;
        if (isBelowWithTolerance(projected, safetyStock)) {
            netting.need = safetyStock - projected;
            projected += plannedQty(day, netting.need, stock, demands.subspan(firstDemand, nextDemand - firstDemand));
        }
        netting.projected = projected;
        onDay(netting);
        day = m_horizon;
        if (nextDemand < demands.size())
            day = demands[nextDemand].day;
        if (nextSupply < supplies.size())
            day = std::min(day, supplies[nextSupply].day);
    }
}

} // namespace pmc::core
