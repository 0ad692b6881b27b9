#pragma once

#include "core/FactoryModel.h"
#include "core/bom/BomGraph.h"
#include "core/mrp/LotSizer.h"
#include "core/mrp/MrpEvents.h"
#include "core/mrp/MrpResult.h"
#include "core/mrp/OpenSupplyReview.h"
#include "core/mrp/TimePhasedRecord.h"

#include <climits>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pmc::core {

/// The working state of an MRP plan (interchange.md §2), kept for net change: sparse per-item
/// lists of independent demand and open supplies in daily buckets; items are planned in
/// low-level-code order, each gathering its dependent demand from its parents' planned
/// orders. Planned orders stay compact records; result() builds the PlannedOrder values.
///
/// Net change re-plans an item into fresh records appended at the end of the shared arrays
/// and leaves the old ones as garbage (compacted when it outgrows the live part), so that
/// every other item's records, and the pegging that refers to them, stay where they are.
/// Planned order ids are numbered only when a result is built, from the order counts in
/// planning order, which is what a regenerative run would number.
class MrpRun {
public:
    MrpRun(const FactoryModel& model, MrpOptions options);

    /// Plans every item. Throws Cancelled as soon as `cancelled` (if set, asked before each
    /// item) answers true, and std::logic_error when the BOM has a cycle.
    void plan(const std::function<bool()>& cancelled);
    bool canReplan(const FactoryModel& model) const;
    std::size_t replan(const FactoryModel& model, std::span<const std::string> changedItems);

    MrpResult result() const;
    TimePhasedRecord timePhased(const std::string& item, int bucketDays) const;
    std::vector<GrossRequirement> requirements(const std::string& item) const;
    std::vector<ScheduledReceipt> scheduledReceipts(const std::string& item) const;

private:
    /// Pegging origins: safety stock, planned order records (−2 − index) and id slots (sales
    /// lines, order numbers) from 0.
    static constexpr int kSafetyStockOrigin = -1;
    static constexpr int plannedOrigin(std::size_t record) { return -2 - static_cast<int>(record); }
    static constexpr std::size_t recordOf(int origin) { return static_cast<std::size_t>(-2 - origin); }

    /// A BOM row reduced to what explosion needs: a large run visits rows millions of times.
    struct ComponentUse {
        int parent = 0;
        int offsetDays = 0; ///< material buffer for a bought component, else 0
        int validFrom = 0;  ///< Date::days(), inclusive
        int validTo = 0;    ///< Date::days(), exclusive
        double grossPerParent = 0;
    };
    /// A planned order: a million of them in a large run, so the PlannedOrder value (id, item
    /// code, pegging) is built only in result(). 16 bytes: gatherDemands reads a parent's
    /// records once for each of its components.
    struct OrderRecord {
        double qty = 0;
        Date due;
        Date release; ///< before today when the order is past due; explosion uses today then

        bool operator==(const OrderRecord&) const = default;
    };
    /// The pegging records of one order in m_pegs.
    struct PegRange {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
    };
    /// One demand (or safety stock) a planned order covers, before merging by id.
    struct PegRecord {
        int origin = 0;
        double qty = 0;
    };
    /// A run of records in one of the shared arrays.
    struct Range {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
    };
    /// Scratch space for gathering one item's demand.
    struct GatherBuffers {
        std::vector<int> dayStarts;
        std::vector<ItemDemand> sorted;
        std::vector<ItemDemand> fresh;
        std::vector<Range> replaced;
        std::vector<std::pair<int, std::uint32_t>> freshKeys;
    };
    /// An item's netting, day by day, as planItem and timePhased walk it.
    struct NettingDay {
        int day = 0;
        double receipts = 0;  ///< open supply due that day
        double demand = 0;
        double need = 0;      ///< shortfall below safety stock, 0 when none
        double projected = 0; ///< after the day's planned order, if any
    };

    ComponentUse useOf(int row) const;
    void indexComponentUses();
    void refreshBufferDays(int item);
    /// Rebuilds the independent demand, open supply and stock of the items marked in `items`
    /// from the current model, in the model's row order (which pegging follows).
    void collectInputs(const std::vector<char>& items);
    std::vector<int> planningOrder() const;
    /// Nets the item's demand (m_demands) into planned orders and reviews its open supply.
    void planItem(int item);
    /// planItem for net change; true when the item's planned orders changed, so that its
    /// components' dependent demand did too.
    bool replanItem(int item);
    /// Where gatherDemands puts a parent's order's demand within a day: by parent in
    /// planning order, then record; independent demand (origin from 0) before all of them.
    std::pair<int, std::uint32_t> gatherKey(int origin) const;
    double createPlannedOrder(int item, const LotSizer& lotSizer, int day, double need, double stockBeforeDemand,
                              std::span<const ItemDemand> dayDemands);
    /// Appends the pegging records of an order to m_pegs.
    void peg(double freeStock, bool belowSafetyStock, std::span<const ItemDemand> dayDemands);
    /// Appends the demand for a component that `qty` of its parent starting on `start` makes
    /// through `use`, unless the row is not valid then or the day is beyond the horizon.
    void addDependentDemand(std::vector<ItemDemand>& demands, const ComponentUse& use, int origin, double qty,
                            Date start) const;
    /// All demand of `item`, sorted by day, into `out`.
    void gatherDemands(int item, std::vector<ItemDemand>& out, GatherBuffers& buffers) const;
    void sortByDay(std::vector<ItemDemand>& demands, GatherBuffers& buffers) const;
    /// Replaces, in the item's m_demands, the demand of the parents marked in `changed`
    /// (per item; `replaced` their records before) by that of their current planned orders,
    /// in gatherDemands' order.
    void updateDemands(int item, const std::vector<char>& changed, const std::vector<Range>& replaced);
    /// Walks the item's days with demand or supply, calling `onDay` for each. `plannedQty`
    /// gives the planned order created on a day with a need.
    template <typename PlannedQty, typename OnDay>
    void net(int item, std::span<const ItemDemand> demands, PlannedQty plannedQty, OnDay onDay) const;
    Date startDate(const Item& item, Date due) const;
    int idSlot(const std::string& id);
    std::string demandId(int origin, const std::vector<std::uint32_t>& numbers) const;
    static std::string plannedOrderId(std::size_t number);
    /// Planned order number (from 1) per record, for the live records; numbering follows the
    /// planning order, as a regenerative run creates them.
    std::vector<std::uint32_t> orderNumbers() const;
    void appendOrders(int item, const std::vector<std::uint32_t>& numbers, MrpResult& result) const;
    /// Past due planned and firm orders, then the review's exceptions, sorted by (date, kind).
    void appendExceptions(int item, const std::vector<std::uint32_t>& numbers,
                          const std::vector<const FirmPlannedOrder*>& firm, MrpResult& result) const;
    void appendFirmOrders(int item, const std::vector<const FirmPlannedOrder*>& firm, std::size_t firstOrder,
                          MrpResult& result) const;
    /// Day bucket of a date: before today counts on today; m_horizon or more is outside.
    int bucket(Date date) const;
    std::vector<int> itemsByCode() const;
    void compactIfWasteful();

    const FactoryModel* m_model;
    BomGraph m_graph;
    MrpOptions m_options;
    Date m_today;
    int m_horizon = 0;
    std::vector<int> m_order;    ///< items in planning (low-level-code) order
    std::vector<int> m_position; ///< per item: its place in m_order
    std::vector<int> m_bufferDays;        ///< per item: material buffer when bought, else 0
    std::vector<std::size_t> m_usesBegin; ///< per component item, into m_uses; one extra at the end
    /// The rows naming each component, by parent in planning order, then in row order.
    std::vector<ComponentUse> m_uses;
    std::vector<double> m_onHand;
    /// Per item: sales lines, then open work orders' and firm planned orders' components,
    /// in the model's row order.
    std::vector<std::vector<ItemDemand>> m_independentDemands;
    std::vector<std::vector<OpenSupply>> m_supplies; ///< per item, by (day, number)
    /// Per item: all its demand as it was last planned, by day (gatherDemands' order). Net
    /// change updates it with the demand of the parents whose orders changed.
    std::vector<std::vector<ItemDemand>> m_demands;
    /// Sales line ids and order numbers; demand origins and supplies refer to them by slot.
    std::vector<std::string> m_ids;
    std::unordered_map<std::string, int> m_idSlots; ///< built on the first replan
    bool m_netChange = false; ///< ids must be looked up in m_idSlots, not just appended
    OpenSupplyReview m_review;
    /// Start of a made item's order per lead time and due day; kNoDate until computed.
    mutable std::vector<std::vector<Date>> m_workdayStarts;
    static constexpr Date kNoDate = Date::fromDays(INT_MIN);

    // Output, per item a range into the shared arrays; replaced ranges are garbage.
    std::vector<OrderRecord> m_orders;
    std::vector<int> m_orderPosition;      ///< per record: its item's planning position
    std::vector<PegRange> m_orderPegs;     ///< per record
    std::vector<PegRecord> m_pegs;
    std::vector<MrpException> m_exceptions; ///< expedite and excess; past due comes from the records
    std::vector<Range> m_orderRanges;      ///< per item
    std::vector<Range> m_exceptionRanges;  ///< per item
    std::size_t m_liveOrders = 0;
    std::size_t m_livePegs = 0;
    std::size_t m_liveExceptions = 0;

    // Planning scratch, kept between items.
    GatherBuffers m_buffers;
    static constexpr std::size_t kInsertionSortLimit = 32;
};

} // namespace pmc::core
