#include "core/mrp/MrpRun.h"

#include "core/mrp/MrpTolerance.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <tuple>

namespace pmc::core {

MrpRun::MrpRun(const FactoryModel& model, MrpOptions options)
    : m_model(model)
    , m_graph(model)
    , m_review(model)
    , m_today(model.settings.today)
    , m_horizon(model.settings.horizonDays)
    , m_todayText(m_today.toString())
{
    m_options = options;
    const auto itemCount = static_cast<std::size_t>(m_graph.itemCount());
    m_onHand.assign(itemCount, 0.0);
    m_independentDemands.resize(itemCount);
    m_supplies.resize(itemCount);
    m_outputs.resize(itemCount);
    m_orderRanges.resize(itemCount);
}

MrpResult MrpRun::plan(const std::function<bool()>& cancelled)
{
    const std::vector<int> order = planningOrder(); // first, so a cyclic BOM fails before any work
    indexComponentUses();
    collectStock();
    // Sales lines go in before dependent demand so that, within a day, they come first in
    // pegging; open work orders are exploded before any planned order for the same reason.
    collectSalesDemand();
    collectOpenSupply();
    explodeOpenWorkOrders();
    for (int item : order) {
        if (cancelled && cancelled())
            throw Cancelled();
        planItem(item);
    }
    sortResult();
    return std::move(m_result);
}

int MrpRun::bucket(Date date) const { return std::max(date - m_today, 0); }

MrpRun::ComponentUse MrpRun::useOf(int row) const
{
    const BomLine& line = m_model.boms[static_cast<std::size_t>(row)];
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
        m_bufferDays[item] = m_model.items[item].source == ItemSource::Buy ? m_model.settings.materialBufferDays : 0;
    m_usesBegin.assign(items + 1, 0);
    for (std::size_t item = 0; item < items; ++item)
        m_usesBegin[item + 1] = m_usesBegin[item] + m_graph.parentRows(static_cast<int>(item)).size();
    m_uses.resize(m_usesBegin.back());
    std::vector<std::size_t> next(m_usesBegin.begin(), m_usesBegin.end() - 1);
    for (int row = 0; row < static_cast<int>(m_model.boms.size()); ++row) {
        const int component = m_graph.componentOf(row);
        if (component >= 0 && m_graph.parentOf(row) >= 0)
            m_uses[next[static_cast<std::size_t>(component)]++] = useOf(row);
    }
}

void MrpRun::collectStock()
{
    for (const InventoryRecord& record : m_model.inventory)
        if (const int item = m_graph.indexOf(record.item); item >= 0)
            m_onHand[static_cast<std::size_t>(item)] += record.plannable();
}

void MrpRun::collectSalesDemand()
{
    for (std::size_t o = 0; o < m_model.salesOrders.size(); ++o) {
        const SalesOrder& order = m_model.salesOrders[o];
        for (std::size_t l = 0; l < order.lines.size(); ++l) {
            const SalesOrderLine& line = order.lines[l];
            const int item = m_graph.indexOf(line.item);
            const int day = bucket(line.due);
            if (item < 0 || day >= m_horizon)
                continue;
            m_independentDemands[static_cast<std::size_t>(item)].push_back(
                {day, static_cast<int>(m_salesIds.size()), line.qty});
            // Pegging names a sales line once per planned order covering it; build the id once.
            m_salesIds.push_back(order.lineId(l));
        }
    }
    m_firstPlannedOrigin = static_cast<int>(m_salesIds.size() + m_model.workOrders.size());
}

void MrpRun::collectOpenSupply()
{
    // Zero-quantity orders supply nothing and would only show up as false excess.
    const auto add = [this](const std::string& code, Date due, bool isWorkOrder, std::size_t ref, double qty) {
        const int item = m_graph.indexOf(code);
        const int day = bucket(due);
        if (item >= 0 && day < m_horizon && qty > 0)
            m_supplies[static_cast<std::size_t>(item)].push_back({day, isWorkOrder, static_cast<int>(ref), qty});
    };
    for (std::size_t i = 0; i < m_model.purchaseOrders.size(); ++i) {
        const PurchaseOrder& po = m_model.purchaseOrders[i];
        add(po.item, po.due, false, i, po.qty);
    }
    for (std::size_t i = 0; i < m_model.workOrders.size(); ++i) {
        const WorkOrder& wo = m_model.workOrders[i];
        add(wo.item, wo.due, true, i, wo.openQty());
    }
}

void MrpRun::explodeOpenWorkOrders()
{
    const auto firstOrigin = static_cast<int>(m_salesIds.size());
    for (std::size_t i = 0; i < m_model.workOrders.size(); ++i) {
        const WorkOrder& wo = m_model.workOrders[i];
        const int item = m_graph.indexOf(wo.item);
        if (item < 0 || !(wo.openQty() > 0))
            continue;
        // A work order due beyond the horizon supplies nothing in it, but its components
        // are still needed from its start on.
        const Date start = std::max(startDate(m_model.items[static_cast<std::size_t>(item)], wo.due), m_today);
        for (const int row : m_graph.childRows(item)) {
            const auto component = static_cast<std::size_t>(m_graph.componentOf(row));
            addDependentDemand(m_independentDemands[component], useOf(row), firstOrigin + static_cast<int>(i),
                               wo.openQty(), start);
        }
    }
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

Date MrpRun::startDate(const Item& item, Date due)
{
    if (item.source == ItemSource::Buy)
        return due - item.leadTimeDays;
    const int lead = item.leadTimeDays;
    const int day = due - m_today;
    if (lead <= 0 || day < 0 || day >= m_horizon)
        return m_model.calendar.subtractWorkdays(due, lead);
    // Planned orders fall due within the horizon, so (lead time, day) pairs repeat across
    // items; a flat table per lead time answers them without walking the calendar again.
    if (m_workdayStarts.size() <= static_cast<std::size_t>(lead))
        m_workdayStarts.resize(static_cast<std::size_t>(lead) + 1);
    std::vector<Date>& starts = m_workdayStarts[static_cast<std::size_t>(lead)];
    if (starts.empty())
        starts.assign(static_cast<std::size_t>(m_horizon), kNoDate);
    Date& start = starts[static_cast<std::size_t>(day)];
    if (start == kNoDate)
        start = m_model.calendar.subtractWorkdays(due, lead);
    return start;
}

void MrpRun::keepRequirements(int item)
{
    const std::string& code = m_model.items[static_cast<std::size_t>(item)].code;
    for (const ItemDemand& d : m_itemDemands)
        m_result.requirements.push_back({code, m_today + d.day, d.qty, demandId(d.origin)});
}

void MrpRun::planItem(int item)
{
    const auto index = static_cast<std::size_t>(item);
    const Item& master = m_model.items[index];
    gatherDemands(item);
    const std::vector<ItemDemand>& demands = m_itemDemands;
    std::vector<OpenSupply>& supplies = m_supplies[index];
    std::sort(supplies.begin(), supplies.end(), [this](const OpenSupply& a, const OpenSupply& b) {
        return std::tie(a.day, m_review.number(a)) < std::tie(b.day, m_review.number(b));
    });
    ItemOutput& output = m_outputs[index];
    const std::size_t firstOrder = m_orders.size();
    output.firstPeg = m_pegs.size();
    output.firstException = m_result.exceptions.size();

    const LotSizer lotSizer(master); // once per item: it compares the unit text
    // Only days with a demand or a supply can change projected stock; day 0 is always
    // checked so that on-hand below safety stock is covered.
    double projected = 0;
    std::size_t nextDemand = 0;
    std::size_t nextSupply = 0;
    for (int day = 0; day < m_horizon;) {
        double stock = projected + (day == 0 ? m_onHand[index] : 0.0);
        for (; nextSupply < supplies.size() && supplies[nextSupply].day == day; ++nextSupply)
            stock += supplies[nextSupply].qty;
        const std::size_t firstDemand = nextDemand;
        double demanded = 0;
        for (; nextDemand < demands.size() && demands[nextDemand].day == day; ++nextDemand)
            demanded += demands[nextDemand].qty;
        projected = stock - demanded;
        if (isBelowWithTolerance(projected, master.safetyStock)) {
            const std::span<const ItemDemand> dayDemands(demands.data() + firstDemand, nextDemand - firstDemand);
            projected += createPlannedOrder(item, lotSizer, day, master.safetyStock - projected, stock, dayDemands);
        }
        day = m_horizon;
        if (nextDemand < demands.size())
            day = demands[nextDemand].day;
        if (nextSupply < supplies.size())
            day = std::min(day, supplies[nextSupply].day);
    }
    m_review.review(master, m_onHand[index], supplies, demands, m_result.exceptions);
    if (m_options.keepRequirements && master.source == ItemSource::Buy)
        keepRequirements(item);
    std::stable_sort(m_result.exceptions.begin() + static_cast<std::ptrdiff_t>(output.firstException),
                     m_result.exceptions.end(), [](const MrpException& a, const MrpException& b) {
                         return std::tie(a.date, a.kind) < std::tie(b.date, b.kind);
                     });
    m_orderRanges[index] = {static_cast<std::uint32_t>(firstOrder), static_cast<std::uint32_t>(m_orders.size() - firstOrder)};
    output.exceptionCount = m_result.exceptions.size() - output.firstException;
    // The item is done: its lists are not needed again, and freeing them early keeps the
    // peak memory of a large run down.
    std::vector<ItemDemand>().swap(m_independentDemands[index]);
    std::vector<OpenSupply>().swap(supplies);
}

double MrpRun::createPlannedOrder(int item, const LotSizer& lotSizer, int day, double need, double stockBeforeDemand,
                                  std::span<const ItemDemand> dayDemands)
{
    const Item& master = m_model.items[static_cast<std::size_t>(item)];
    OrderRecord order;
    order.qty = lotSizer.orderQty(need);
    order.due = m_today + day;
    order.release = startDate(master, order.due);
    const std::size_t firstPeg = m_pegs.size();
    peg(stockBeforeDemand - master.safetyStock, isBelowWithTolerance(stockBeforeDemand, master.safetyStock),
        dayDemands);
    m_pegCounts.push_back(static_cast<std::uint32_t>(m_pegs.size() - firstPeg));
    if (order.release < m_today) {
        // Appended in place: a large run has a hundred thousand of these.
        std::string id = plannedOrderId(m_orders.size() + 1);
        std::string message;
        message.reserve(64);
        message.append(id).append(" due ").append(order.due.toString()).append(": release ");
        message.append(order.release.toString()).append(" is before today ").append(m_todayText);
        m_result.exceptions.push_back({master.code, MrpException::Kind::PastDue, order.due, std::move(message), std::move(id)});
        order.release = m_today;
    }
    m_orders.push_back(order);
    return order.qty;
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

void MrpRun::gatherDemands(int item)
{
    // Dependent demand is pulled from the parents' planned orders when the item's turn comes
    // (low-level-code order has planned every parent by then) instead of being pushed to the
    // item as each order is created: reading each parent's orders in sequence touches far less
    // memory than scattering millions of entries over all items' lists.
    m_itemDemands = m_independentDemands[static_cast<std::size_t>(item)];
    // The entries come in the order pushing would have added them, which pegging keeps within
    // a day: independent demand first, then by origin (a parent's orders have consecutive
    // origins, parents in planning order), then by the parent's row order.
    m_parentUses.clear();
    const auto index = static_cast<std::size_t>(item);
    for (std::size_t u = m_usesBegin[index]; u < m_usesBegin[index + 1]; ++u)
        if (m_orderRanges[static_cast<std::size_t>(m_uses[u].parent)].count > 0)
            m_parentUses.emplace_back(m_orderRanges[static_cast<std::size_t>(m_uses[u].parent)].first, u);
    std::sort(m_parentUses.begin(), m_parentUses.end());
    for (std::size_t first = 0, last = 0; first < m_parentUses.size(); first = last) {
        // [first, last): the rows of one parent that name this item
        while (last < m_parentUses.size() && m_parentUses[last].first == m_parentUses[first].first)
            ++last;
        const OrderRange orders = m_orderRanges[static_cast<std::size_t>(m_uses[m_parentUses[first].second].parent)];
        for (std::size_t o = orders.first; o < orders.first + orders.count; ++o) {
            const OrderRecord& order = m_orders[o];
            const int origin = m_firstPlannedOrigin + static_cast<int>(o);
            for (std::size_t r = first; r < last; ++r)
                addDependentDemand(m_itemDemands, m_uses[m_parentUses[r].second], origin, order.qty, order.release);
        }
    }
    sortByDay(m_itemDemands);
}

void MrpRun::sortByDay(std::vector<ItemDemand>& demands)
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
    m_dayStarts.assign(static_cast<std::size_t>(m_horizon) + 1, 0);
    for (const ItemDemand& d : demands)
        ++m_dayStarts[static_cast<std::size_t>(d.day) + 1];
    std::partial_sum(m_dayStarts.begin(), m_dayStarts.end(), m_dayStarts.begin());
    m_sortBuffer.resize(demands.size());
    for (const ItemDemand& d : demands)
        m_sortBuffer[static_cast<std::size_t>(m_dayStarts[static_cast<std::size_t>(d.day)]++)] = d;
    std::copy(m_sortBuffer.begin(), m_sortBuffer.end(), demands.begin());
}

} // namespace pmc::core
