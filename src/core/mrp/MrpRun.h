#pragma once

#include "core/FactoryModel.h"
#include "core/bom/BomGraph.h"
#include "core/mrp/LotSizer.h"
#include "core/mrp/MrpEvents.h"
#include "core/mrp/MrpResult.h"
#include "core/mrp/OpenSupplyReview.h"

#include <climits>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace pmc::core {

/// The working state of one regenerative MRP run (interchange.md §2): sparse per-item lists
/// of independent demand and open supplies in daily buckets; items are planned in
/// low-level-code order, each gathering its dependent demand from its parents' planned
/// orders. Planned orders stay compact records until the run ends (sortResult).
/// Holds a reference to the model, which must outlive it and stay unchanged during plan().
/// Single use and single thread; MrpEngine creates one per run.
class MrpRun {
public:
    MrpRun(const FactoryModel& model, MrpOptions options);

    /// Plans every item. Throws Cancelled as soon as `cancelled` (if set, asked before each
    /// item) answers true, and std::logic_error when the BOM has a cycle.
    MrpResult plan(const std::function<bool()>& cancelled);

private:
    /// A BOM row reduced to what explosion needs: a large run visits rows millions of times.
    struct ComponentUse {
        int parent = 0;
        int offsetDays = 0; ///< material buffer for a bought component, else 0
        int validFrom = 0;  ///< Date::days(), inclusive
        int validTo = 0;    ///< Date::days(), exclusive
        double grossPerParent = 0;
    };
    /// A planned order while the run goes on: a million of them in a large run, so the
    /// PlannedOrder value (ids, item code, pegging) is built only once, in sortResult.
    /// 16 bytes: gatherDemands reads a parent's records once for each of its components.
    struct OrderRecord {
        double qty = 0;
        Date due;
        Date release;
    };
    /// One demand (or safety stock) a planned order covers, before merging by id.
    struct PegRecord {
        int origin = 0;
        double qty = 0;
    };
    /// An item's planned orders in m_orders. Apart from ItemOutput: gatherDemands looks them
    /// up for every BOM row, and 8 bytes an item stay in cache.
    struct OrderRange {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
    };
    /// Where planItem put the rest of an item's output (creation order).
    struct ItemOutput {
        std::size_t firstPeg = 0; ///< into m_pegs, where the first order's records start
        std::size_t firstException = 0; ///< into m_result.exceptions
        std::size_t exceptionCount = 0;
    };

    ComponentUse useOf(int row) const;
    void indexComponentUses();
    void collectStock();
    void collectSalesDemand();
    void collectOpenSupply();
    void explodeOpenWorkOrders();
    std::vector<int> planningOrder() const;
    void planItem(int item);
    void keepRequirements(int item);
    double createPlannedOrder(int item, const LotSizer& lotSizer, int day, double need, double stockBeforeDemand,
                              std::span<const ItemDemand> dayDemands);
    /// Appends the pegging records of an order to m_pegs.
    void peg(double freeStock, bool belowSafetyStock, std::span<const ItemDemand> dayDemands);
    /// Appends the demand for a component that `qty` of its parent starting on `start` makes
    /// through `use`, unless the row is not valid then or the day is beyond the horizon.
    void addDependentDemand(std::vector<ItemDemand>& demands, const ComponentUse& use, int origin, double qty,
                            Date start) const;
    /// Fills m_itemDemands with all demand of `item`, sorted by day.
    void gatherDemands(int item);
    Date startDate(const Item& item, Date due);
    std::string demandId(int origin) const;
    static std::string plannedOrderId(std::size_t number);
    /// Appends the PlannedOrder values of an item to m_result, pegging merged by demand id.
    void appendOrders(int item);
    /// Day bucket of a date: before today counts on today; m_horizon or more is outside.
    int bucket(Date date) const;
    void sortByDay(std::vector<ItemDemand>& demands);
    void sortResult();

    const FactoryModel& m_model;
    BomGraph m_graph;
    OpenSupplyReview m_review;
    Date m_today;
    int m_horizon = 0;
    std::string m_todayText;
    std::vector<int> m_bufferDays;        ///< per item: material buffer when bought, else 0
    std::vector<std::size_t> m_usesBegin; ///< per component item, into m_uses; one extra at the end
    std::vector<ComponentUse> m_uses;     ///< the rows naming each component, in row order
    std::vector<double> m_onHand;
    /// Per item: sales lines, then open work orders' components, in origin order.
    std::vector<std::vector<ItemDemand>> m_independentDemands;
    std::vector<ItemDemand> m_itemDemands; ///< all demand of the item being planned
    MrpOptions m_options;
    /// (parent's first order, index into m_uses), gatherDemands' scratch
    std::vector<std::pair<std::uint32_t, std::size_t>> m_parentUses;
    std::vector<std::vector<OpenSupply>> m_supplies;
    /// Demand origins are numbered sales lines first, then work orders, then planned orders.
    std::vector<std::string> m_salesIds; ///< pegging id per sales origin
    int m_firstPlannedOrigin = 0;
    /// Start of a made item's order per lead time and due day; kNoDate until computed.
    std::vector<std::vector<Date>> m_workdayStarts;
    static constexpr Date kNoDate = Date::fromDays(INT_MIN);
    MrpResult m_result; ///< exceptions in creation order until sortResult
    std::vector<OrderRecord> m_orders; ///< in creation order
    std::vector<std::uint32_t> m_pegCounts; ///< per order: its records in m_pegs, which follow the previous order's
    std::vector<PegRecord> m_pegs;
    std::vector<ItemOutput> m_outputs; ///< per item
    std::vector<OrderRange> m_orderRanges; ///< per item
    static constexpr std::size_t kInsertionSortLimit = 32;
    std::vector<int> m_dayStarts;          ///< sortByDay's bucket offsets, kept between items
    std::vector<ItemDemand> m_sortBuffer;  ///< sortByDay's output, kept between items
};

} // namespace pmc::core
