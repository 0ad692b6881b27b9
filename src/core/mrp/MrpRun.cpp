#include "core/mrp/MrpRun.h"
#include "core/mrp/MrpRunNetting.h"

#include "core/mrp/MrpTolerance.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <stdexcept>
#include <string_view>
#include <tuple>

namespace pmc::core {

MrpRun::MrpRun(const FactoryModel& model, MrpOptions options)
    : m_model(&model)
    , m_graph(model)
    , m_options(options)
    , m_today(model.settings.today)
    , m_horizon(model.settings.horizonDays)
    , m_review(m_today, m_ids)
{
    const auto itemCount = static_cast<std::size_t>(m_graph.itemCount());
    m_onHand.assign(itemCount, 0.0);
    m_independentDemands.resize(itemCount);
    m_demands.resize(itemCount);
    m_supplies.resize(itemCount);
    m_orderRanges.resize(itemCount);
    m_exceptionRanges.resize(itemCount);
}

void MrpRun::plan(const std::function<bool()>& cancelled)
{
    m_order = planningOrder(); // first, so a cyclic BOM fails before any work
    m_position.assign(m_order.size(), 0);
    for (std::size_t p = 0; p < m_order.size(); ++p)
        m_position[static_cast<std::size_t>(m_order[p])] = static_cast<int>(p);
    indexComponentUses();
    collectInputs(std::vector<char>(m_order.size(), 1));
    for (int item : m_order) {
        if (cancelled && cancelled())
            throw Cancelled();
        gatherDemands(item, m_demands[static_cast<std::size_t>(item)], m_buffers);
        planItem(item);
    }
    m_liveOrders = m_orders.size();
    m_livePegs = m_pegs.size();
    m_liveExceptions = m_exceptions.size();
}

int MrpRun::bucket(Date date) const { return std::max(date - m_today, 0); }

MrpRun::ComponentUse MrpRun::useOf(int row) const
{
    const BomLine& line = m_model->boms[static_cast<std::size_t>(row)];
    // Same rule as BomLine::isValidOn, as plain day numbers.
    return {m_graph.parentOf(row), m_bufferDays[static_cast<std::size_t>(m_graph.componentOf(row))],
            line.validFrom ? line.validFrom->days() : INT_MIN, line.validTo ? line.validTo->days() : INT_MAX,
            line.grossPerParent()};
}

void MrpRun::indexComponentUses()
{
    // Laid out per component, in the graph's parent-row order, so that gathering an item's
    // demand reads one contiguous run; filled in row order, which reads the BOM sequentially.
    const auto items = static_cast<std::size_t>(m_graph.itemCount());
    // Material buffer per item up front: looking the source up per row would read the large
    // Item records in random order half a million times.
    m_bufferDays.resize(items);
    for (std::size_t item = 0; item < items; ++item)
        m_bufferDays[item] = m_model->items[item].source == ItemSource::Buy ? m_model->settings.materialBufferDays : 0;
    m_usesBegin.assign(items + 1, 0);
    for (std::size_t item = 0; item < items; ++item)
        m_usesBegin[item + 1] = m_usesBegin[item] + m_graph.parentRows(static_cast<int>(item)).size();
    m_uses.resize(m_usesBegin.back());
    std::vector<std::size_t> next(m_usesBegin.begin(), m_usesBegin.end() - 1);
    for (int row = 0; row < static_cast<int>(m_model->boms.size()); ++row) {
        const int component = m_graph.componentOf(row);
        if (component >= 0 && m_graph.parentOf(row) >= 0)
            m_uses[next[static_cast<std::size_t>(component)]++] = useOf(row);
    }
    // Dependent demand is gathered parent by parent in planning order, rows of one parent in
    // row order: sorted so once here rather than on every gathering.
    for (std::size_t item = 0; item < items; ++item)
        std::stable_sort(m_uses.begin() + static_cast<std::ptrdiff_t>(m_usesBegin[item]),
                         m_uses.begin() + static_cast<std::ptrdiff_t>(m_usesBegin[item + 1]),
                         [this](const ComponentUse& a, const ComponentUse& b) {
                             return m_position[static_cast<std::size_t>(a.parent)] < m_position[static_cast<std::size_t>(b.parent)];
                         });
}

void MrpRun::refreshBufferDays(int item)
{
    // A change of source moves the material buffer of every row naming the item.
    const auto index = static_cast<std::size_t>(item);
    m_bufferDays[index] = m_model->items[index].source == ItemSource::Buy ? m_model->settings.materialBufferDays : 0;
    for (std::size_t u = m_usesBegin[index]; u < m_usesBegin[index + 1]; ++u)
        m_uses[u].offsetDays = m_bufferDays[index];
}

int MrpRun::idSlot(const std::string& id)
{
    // A regenerative run names every order once and needs no lookup; net change must find
    // the slot an id already has, so that pegging kept from before still reads right.
    if (m_netChange) {
        if (m_idSlots.empty())
            for (std::size_t i = 0; i < m_ids.size(); ++i)
                m_idSlots.try_emplace(m_ids[i], static_cast<int>(i));
        if (const auto found = m_idSlots.find(id); found != m_idSlots.end())
            return found->second;
        m_idSlots.emplace(id, static_cast<int>(m_ids.size()));
    }
    m_ids.push_back(id);
    return static_cast<int>(m_ids.size()) - 1;
}

namespace {

/// A one-bit-per-hash filter over item codes: no false negatives, few false positives.
class CodeFilter {
public:
    CodeFilter(const BomGraph& graph, const std::vector<int>& items)
    {
        std::size_t bits = 1024;
        while (bits < 16 * items.size())
            bits *= 2;
        m_bits.assign(bits / 64, 0);
        m_mask = bits - 1;
        for (const int item : items) {
            const std::size_t bit = std::hash<std::string_view>{}(graph.code(item)) & m_mask;
            m_bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
        }
    }

    bool mayContain(std::string_view code) const
    {
        const std::size_t bit = std::hash<std::string_view>{}(code) & m_mask;
        return (m_bits[bit / 64] >> (bit % 64) & 1) != 0;
    }

private:
    std::vector<std::uint64_t> m_bits;
    std::size_t m_mask = 0;
};

} // namespace

void MrpRun::collectInputs(const std::vector<char>& items)
{
    const FactoryModel& model = *m_model;
    // Net change marks a few items but must still read every row of the model. Hashing a
    // row's code and testing one bit costs a fraction of the item lookup, which mostly misses
    // the cache in a large factory; only the rows whose bit is set are looked up. Work and
    // firm orders matter to their item and to the item's components.
    const bool everything = std::all_of(items.begin(), items.end(), [](char marked) { return marked != 0; });
    std::vector<int> owners; // the marked items
    std::vector<int> users;  // and the items whose work or firm orders need them
    if (!everything)
        for (std::size_t item = 0; item < items.size(); ++item)
            if (items[item]) {
                owners.push_back(static_cast<int>(item));
                users.push_back(static_cast<int>(item));
                for (const int row : m_graph.parentRows(static_cast<int>(item)))
                    users.push_back(m_graph.parentOf(row));
            }
    const CodeFilter ownerFilter(m_graph, owners);
    const CodeFilter userFilter(m_graph, users);
    const auto lookUp = [&](const CodeFilter& filter, const std::string& code) {
        return everything || filter.mayContain(code) ? m_graph.indexOf(code) : -1;
    };
    const auto marked = [&](const std::string& code) {
        const int item = lookUp(ownerFilter, code);
        return item >= 0 && items[static_cast<std::size_t>(item)] ? item : -1;
    };
    const auto candidate = [&](const std::string& code) { return lookUp(userFilter, code); };
    for (std::size_t item = 0; item < items.size(); ++item)
        if (items[item]) {
            m_onHand[item] = 0;
            m_independentDemands[item].clear();
            m_supplies[item].clear();
        }
    for (const InventoryRecord& record : model.inventory)
        if (const int item = marked(record.item); item >= 0)
            m_onHand[static_cast<std::size_t>(item)] += record.plannable();
    // Sales lines go in before dependent demand so that, within a day, they come first in
    // pegging; open work orders, then firm planned orders, before any planned order.
    // A line is wanted on the date the plant committed to, for what is not shipped yet.
    for (const SalesOrder& order : model.salesOrders) {
        if (!order.isDemand())
            continue;
        for (std::size_t l = 0; l < order.lines.size(); ++l) {
            const SalesOrderLine& line = order.lines[l];
            const int item = marked(line.item);
            const int day = bucket(line.committedDate());
            if (item >= 0 && day < m_horizon)
                m_independentDemands[static_cast<std::size_t>(item)].push_back(
                    {day, idSlot(order.lineId(l)), line.openQty()});
        }
    }
    // Zero-quantity orders supply nothing and would only show up as false excess.
    const auto addSupply = [&](int item, const std::string& number, Date due, SupplyKind kind, double qty, int slot) {
        const int day = bucket(due);
        if (item >= 0 && day < m_horizon && qty > 0)
            m_supplies[static_cast<std::size_t>(item)].push_back({day, slot < 0 ? idSlot(number) : slot, due, kind, qty});
    };
    for (const PurchaseOrder& po : model.purchaseOrders)
        addSupply(marked(po.item), po.number, po.due, SupplyKind::PurchaseOrder, po.openQty(), -1);
    for (const PurchaseRequisition& pr : model.purchaseRequisitions)
        addSupply(marked(pr.item), pr.number, pr.due, SupplyKind::Requisition, pr.qty, -1);
    // An order due beyond the horizon supplies nothing in it, but its components are still
    // needed from its start on.
    const auto explode = [&](int item, const std::string& number, Date due, Date start, SupplyKind kind, double qty) {
        if (item < 0 || !(qty > 0))
            return;
        int slot = -1;
        for (const int row : m_graph.childRows(item)) {
            const auto component = static_cast<std::size_t>(m_graph.componentOf(row));
            if (!items[component])
                continue;
            if (slot < 0)
                slot = idSlot(number);
            addDependentDemand(m_independentDemands[component], useOf(row), slot, qty, std::max(start, m_today));
        }
        addSupply(items[static_cast<std::size_t>(item)] ? item : -1, number, due, kind, qty, slot);
    };
    for (const WorkOrder& wo : model.workOrders)
        if (const int item = candidate(wo.item); item >= 0)
            explode(item, wo.number, wo.due, startDate(model.items[static_cast<std::size_t>(item)], wo.due),
                    SupplyKind::WorkOrder, wo.openQty());
    for (const FirmPlannedOrder& firm : model.firmPlannedOrders)
        explode(candidate(firm.item), firm.number, firm.due, firm.release, SupplyKind::FirmPlannedOrder, firm.qty);
    for (std::size_t item = 0; item < items.size(); ++item)
        if (items[item] && m_supplies[item].size() > 1)
            std::stable_sort(m_supplies[item].begin(), m_supplies[item].end(),
                             [this](const OpenSupply& a, const OpenSupply& b) {
                                 return std::tie(a.day, m_ids[static_cast<std::size_t>(a.number)])
                                     < std::tie(b.day, m_ids[static_cast<std::size_t>(b.number)]);
                             });
}

std::vector<int> MrpRun::planningOrder() const
{
    const std::vector<int> levels = m_graph.lowLevelCodes();
    std::vector<int> order(levels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&levels](int a, int b) {
        return levels[static_cast<std::size_t>(a)] < levels[static_cast<std::size_t>(b)];
    });
    return order;
}

Date MrpRun::startDate(const Item& item, Date due) const
{
    if (item.source == ItemSource::Buy)
        return due - item.leadTimeDays;
    const int lead = item.leadTimeDays;
    const int day = due - m_today;
    if (lead <= 0 || day < 0 || day >= m_horizon)
        return m_model->calendar.subtractWorkdays(due, lead);
    // Planned orders fall due within the horizon, so (lead time, day) pairs repeat across
    // items; a flat table per lead time answers them without walking the calendar again.
    if (m_workdayStarts.size() <= static_cast<std::size_t>(lead))
        m_workdayStarts.resize(static_cast<std::size_t>(lead) + 1);
    std::vector<Date>& starts = m_workdayStarts[static_cast<std::size_t>(lead)];
    if (starts.empty())
        starts.assign(static_cast<std::size_t>(m_horizon), kNoDate);
    Date& start = starts[static_cast<std::size_t>(day)];
    if (start == kNoDate)
        start = m_model->calendar.subtractWorkdays(due, lead);
    return start;
}

void MrpRun::planItem(int item)
{
    const auto index = static_cast<std::size_t>(item);
    const Item& master = m_model->items[index];
    const std::vector<ItemDemand>& demands = m_demands[index];
    const std::size_t firstOrder = m_orders.size();
    const LotSizer lotSizer(master); // once per item: it compares the unit text
    net(item, demands,
        [&](int day, double need, double stock, std::span<const ItemDemand> dayDemands) {
            return createPlannedOrder(item, lotSizer, day, need, stock, dayDemands);
        },
        [](const NettingDay&) {});
    const std::size_t firstException = m_exceptions.size();
    m_review.review(master, m_onHand[index], m_supplies[index], demands, m_exceptions);
    m_exceptionRanges[index] = {static_cast<std::uint32_t>(firstException),
                                static_cast<std::uint32_t>(m_exceptions.size() - firstException)};
    m_orderRanges[index] = {static_cast<std::uint32_t>(firstOrder), static_cast<std::uint32_t>(m_orders.size() - firstOrder)};
}

double MrpRun::createPlannedOrder(int item, const LotSizer& lotSizer, int day, double need, double stockBeforeDemand,
                                  std::span<const ItemDemand> dayDemands)
{
    const Item& master = m_model->items[static_cast<std::size_t>(item)];
    OrderRecord order;
    order.qty = lotSizer.orderQty(need);
    order.due = m_today + day;
    order.release = startDate(master, order.due);
    const auto firstPeg = static_cast<std::uint32_t>(m_pegs.size());
    peg(stockBeforeDemand - master.safetyStock, isBelowWithTolerance(stockBeforeDemand, master.safetyStock),
        dayDemands);
    m_orderPegs.push_back({firstPeg, static_cast<std::uint32_t>(m_pegs.size()) - firstPeg});
    m_orders.push_back(order);
    m_orderPosition.push_back(m_position[static_cast<std::size_t>(item)]);
    return order.qty;
}

void MrpRun::peg(double freeStock, bool belowSafetyStock, std::span<const ItemDemand> dayDemands)
{
    // Only origins and quantities here; result() turns them into ids and merges them. Free
    // stock covers the day's demands in order; the rest of each falls on the order.
    if (belowSafetyStock)
        m_pegs.push_back({kSafetyStockOrigin, -freeStock});
    double free = std::max(freeStock, 0.0);
    for (const ItemDemand& demand : dayDemands) {
        const double covered = std::min(demand.qty, free);
        free -= covered;
        if (isBelowWithTolerance(covered, demand.qty))
            m_pegs.push_back({demand.origin, demand.qty - covered});
    }
}

void MrpRun::addDependentDemand(std::vector<ItemDemand>& demands, const ComponentUse& use, int origin, double qty,
                                Date start) const
{
    if (start.days() < use.validFrom || start.days() >= use.validTo)
        return;
    const int day = bucket(start - use.offsetDays);
    if (day < m_horizon)
        demands.push_back({day, origin, qty * use.grossPerParent});
}

void MrpRun::gatherDemands(int item, std::vector<ItemDemand>& out, GatherBuffers& buffers) const
{
    // Dependent demand is pulled from the parents' planned orders when the item's turn comes
    // (low-level-code order has planned every parent by then) instead of being pushed to the
    // item as each order is created: reading each parent's orders in sequence touches far less
    // memory than scattering millions of entries over all items' lists.
    const auto index = static_cast<std::size_t>(item);
    out = m_independentDemands[index];
    // The entries come in the order pushing would have added them, which pegging keeps within
    // a day: independent demand first, then by parent in planning order (which numbers their
    // orders), then by the parent's row order: the order of m_uses.
    const std::size_t lastUse = m_usesBegin[index + 1];
    for (std::size_t first = m_usesBegin[index], last = first; first < lastUse; first = last) {
        // [first, last): the rows of one parent that name this item
        const int parent = m_uses[first].parent;
        while (last < lastUse && m_uses[last].parent == parent)
            ++last;
        const Range orders = m_orderRanges[static_cast<std::size_t>(parent)];
        for (std::size_t o = orders.first; o < orders.first + orders.count; ++o) {
            const OrderRecord& order = m_orders[o];
            const Date start = std::max(order.release, m_today);
            for (std::size_t u = first; u < last; ++u)
                addDependentDemand(out, m_uses[u], plannedOrigin(o), order.qty, start);
        }
    }
    sortByDay(out, buffers);
}

void MrpRun::sortByDay(std::vector<ItemDemand>& demands, GatherBuffers& buffers) const
{
    // Must be stable: within a day, demands keep the order they were added in. A counting
    // sort over the day buckets beats std::stable_sort (and its buffer allocation) for long
    // lists; short ones, mostly sorted already, take an insertion sort.
    if (demands.size() <= kInsertionSortLimit) {
        for (std::size_t i = 1; i < demands.size(); ++i) {
            const ItemDemand d = demands[i];
            std::size_t j = i;
            for (; j > 0 && demands[j - 1].day > d.day; --j)
                demands[j] = demands[j - 1];
            demands[j] = d;
        }
        return;
    }
    auto& dayStarts = buffers.dayStarts;
    dayStarts.assign(static_cast<std::size_t>(m_horizon) + 1, 0);
    for (const ItemDemand& d : demands)
        ++dayStarts[static_cast<std::size_t>(d.day) + 1];
    std::partial_sum(dayStarts.begin(), dayStarts.end(), dayStarts.begin());
    buffers.sorted.resize(demands.size());
    for (const ItemDemand& d : demands)
        buffers.sorted[static_cast<std::size_t>(dayStarts[static_cast<std::size_t>(d.day)]++)] = d;
    std::copy(buffers.sorted.begin(), buffers.sorted.end(), demands.begin());
}

} // namespace pmc::core
