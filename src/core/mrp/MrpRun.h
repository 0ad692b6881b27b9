#pragma once

#include "core/FactoryModel.h"
#include "core/bom/BomGraph.h"
#include "core/mrp/MrpEvents.h"
#include "core/mrp/MrpResult.h"
#include "core/mrp/OpenSupplyReview.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pmc::core {

/// The working state of one regenerative MRP run (interchange.md §2): sparse per-item lists
/// of demands and open supplies in daily buckets, to which each planned parent adds the
/// dependent demand of its components before they are planned (low-level-code order).
/// Holds a reference to the model, which must outlive it and stay unchanged during plan().
/// Single use and single thread; MrpEngine creates one per run.
class MrpRun {
public:
    explicit MrpRun(const FactoryModel& model);

    /// Plans every item. Throws Cancelled as soon as `cancelled` (if set, asked before each
    /// item) answers true, and std::logic_error when the BOM has a cycle.
    MrpResult plan(const std::function<bool()>& cancelled);

private:
    /// A BOM row reduced to what explosion needs; stored contiguously per parent because
    /// explosion visits rows millions of times in a large run.
    struct ComponentUse {
        int component = 0;
        int offsetDays = 0; ///< material buffer for a bought component, else 0
        int validFrom = 0;  ///< Date::days(), inclusive
        int validTo = 0;    ///< Date::days(), exclusive
        double grossPerParent = 0;
    };

    void indexComponentUses();
    void collectStock();
    void collectSalesDemand();
    void collectOpenSupply();
    void explodeOpenWorkOrders();
    std::vector<int> planningOrder() const;
    void planItem(int item);
    double createPlannedOrder(int item, int day, double need, double stockBeforeDemand,
                              std::span<const ItemDemand> dayDemands);
    std::vector<Pegging> peg(double freeStock, bool belowSafetyStock,
                             std::span<const ItemDemand> dayDemands) const;
    void explode(int parent, int origin, double qty, Date start);
    Date startDate(const Item& item, Date due);
    std::string demandId(int origin) const;
    /// Day bucket of a date: before today counts on today; m_horizon or more is outside.
    int bucket(Date date) const;
    void sortResult();

    const FactoryModel& m_model;
    BomGraph m_graph;
    OpenSupplyReview m_review;
    Date m_today;
    int m_horizon = 0;
    std::vector<std::size_t> m_usesBegin; ///< per parent item, into m_uses; one extra at the end
    std::vector<ComponentUse> m_uses;
    std::vector<double> m_onHand;
    std::vector<std::vector<ItemDemand>> m_demands;
    std::vector<std::vector<OpenSupply>> m_supplies;
    /// Demand origins are numbered sales lines first, then work orders, then planned orders.
    std::vector<std::pair<std::size_t, std::size_t>> m_salesLines; ///< (order, line) per sales origin
    int m_firstPlannedOrigin = 0;
    // Working-day lead-time offsets repeat for every (due, lead time) pair; cache them.
    std::unordered_map<std::int64_t, Date> m_workdayStarts;
    MrpResult m_result;
    std::vector<int> m_orderItem;     ///< item index per planned order, in creation order
    std::vector<int> m_exceptionItem; ///< item index per exception
};

} // namespace pmc::core
