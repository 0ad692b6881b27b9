#include "core/mrp/MrpRun.h"

#include "core/mrp/LotSizer.h"
#include "core/mrp/MrpTolerance.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <tuple>

namespace pmc::core {

namespace {

std::string plannedOrderId(std::size_t number)
{
    // Written in place: a large run numbers a million or more orders.
    std::string id = "PLN-00000";
    for (std::size_t pos = id.size(); number > 0; number /= 10) {
        const char digit = static_cast<char>('0' + number % 10);
        if (pos > 4)
            id[--pos] = digit;
        else
            id.insert(4, 1, digit); // beyond five digits the id just grows
    }
    return id;
}

/// Position of each item when items are sorted by code.
std::vector<int> codeRanks(const std::vector<Item>& items)
{
    std::vector<int> byCode(items.size());
    std::iota(byCode.begin(), byCode.end(), 0);
    std::sort(byCode.begin(), byCode.end(), [&items](int a, int b) {
        return items[static_cast<std::size_t>(a)].code < items[static_cast<std::size_t>(b)].code;
    });
    std::vector<int> rank(items.size());
    for (std::size_t r = 0; r < byCode.size(); ++r)
        rank[static_cast<std::size_t>(byCode[r])] = static_cast<int>(r);
    return rank;
}

/// Stable counting sort of `values` by the code of their item: O(n), where a comparison sort
/// of a million planned orders by code string took most of a second.
template <typename T>
std::vector<T> groupByItemCode(std::vector<T>& values, const std::vector<int>& itemOf, const std::vector<int>& rank)
{
    std::vector<std::size_t> next(rank.size() + 1, 0);
    for (int item : itemOf)
        ++next[static_cast<std::size_t>(rank[static_cast<std::size_t>(item)]) + 1];
    std::partial_sum(next.begin(), next.end(), next.begin());
    std::vector<std::size_t> order(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        order[next[static_cast<std::size_t>(rank[static_cast<std::size_t>(itemOf[i])])]++] = i;
    std::vector<T> sorted;
    sorted.reserve(values.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(values[i]));
    return sorted;
}

} // namespace

MrpRun::MrpRun(const FactoryModel& model)
    : m_model(model)
    , m_graph(model)
    , m_review(model)
    , m_today(model.settings.today)
    , m_horizon(model.settings.horizonDays)
{
    const auto itemCount = static_cast<std::size_t>(m_graph.itemCount());
    m_onHand.assign(itemCount, 0.0);
    m_demands.resize(itemCount);
    m_supplies.resize(itemCount);
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

void MrpRun::indexComponentUses()
{
    m_usesBegin.assign(static_cast<std::size_t>(m_graph.itemCount()) + 1, 0);
    m_uses.reserve(m_model.boms.size());
    for (int parent = 0; parent < m_graph.itemCount(); ++parent) {
        m_usesBegin[static_cast<std::size_t>(parent)] = m_uses.size();
        for (int row : m_graph.childRows(parent)) {
            const BomLine& line = m_model.boms[static_cast<std::size_t>(row)];
            const int component = m_graph.componentOf(row);
            const bool bought = m_model.items[static_cast<std::size_t>(component)].source == ItemSource::Buy;
            // Same rule as BomLine::isValidOn, as plain day numbers.
            m_uses.push_back({component, bought ? m_model.settings.materialBufferDays : 0,
                              line.validFrom ? line.validFrom->days() : INT_MIN,
                              line.validTo ? line.validTo->days() : INT_MAX, line.grossPerParent()});
        }
    }
    m_usesBegin.back() = m_uses.size();
}

void MrpRun::collectStock()
{
    for (const InventoryRecord& record : m_model.inventory)
        if (const int item = m_graph.indexOf(record.item); item >= 0)
            m_onHand[static_cast<std::size_t>(item)] += record.onHand;
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
            m_demands[static_cast<std::size_t>(item)].push_back({day, static_cast<int>(m_salesLines.size()), line.qty});
            m_salesLines.emplace_back(o, l);
        }
    }
    m_firstPlannedOrigin = static_cast<int>(m_salesLines.size() + m_model.workOrders.size());
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
    const auto firstOrigin = static_cast<int>(m_salesLines.size());
    for (std::size_t i = 0; i < m_model.workOrders.size(); ++i) {
        const WorkOrder& wo = m_model.workOrders[i];
        const int item = m_graph.indexOf(wo.item);
        if (item < 0 || !(wo.openQty() > 0))
            continue;
        // A work order due beyond the horizon supplies nothing in it, but its components
        // are still needed from its start on.
        const Date start = std::max(startDate(m_model.items[static_cast<std::size_t>(item)], wo.due), m_today);
        explode(item, firstOrigin + static_cast<int>(i), wo.openQty(), start);
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
    const std::int64_t key = (static_cast<std::int64_t>(due.days()) << 32) | static_cast<std::uint32_t>(item.leadTimeDays);
    const auto [it, inserted] = m_workdayStarts.try_emplace(key);
    if (inserted)
        it->second = m_model.calendar.subtractWorkdays(due, item.leadTimeDays);
    return it->second;
}

void MrpRun::planItem(int item)
{
    const auto index = static_cast<std::size_t>(item);
    const Item& master = m_model.items[index];
    std::vector<ItemDemand>& demands = m_demands[index];
    std::vector<OpenSupply>& supplies = m_supplies[index];
    // Stable: within a day, demands keep the order they were added in (sales lines, then
    // work orders, then planned orders by creation).
    std::stable_sort(demands.begin(), demands.end(),
                     [](const ItemDemand& a, const ItemDemand& b) { return a.day < b.day; });
    std::sort(supplies.begin(), supplies.end(), [this](const OpenSupply& a, const OpenSupply& b) {
        return std::tie(a.day, m_review.number(a)) < std::tie(b.day, m_review.number(b));
    });
    const std::size_t firstException = m_result.exceptions.size();

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
            projected += createPlannedOrder(item, day, master.safetyStock - projected, stock, dayDemands);
        }
        day = m_horizon;
        if (nextDemand < demands.size())
            day = demands[nextDemand].day;
        if (nextSupply < supplies.size())
            day = std::min(day, supplies[nextSupply].day);
    }
    m_review.review(master, m_onHand[index], supplies, demands, m_result.exceptions);
    std::stable_sort(m_result.exceptions.begin() + static_cast<std::ptrdiff_t>(firstException), m_result.exceptions.end(),
                     [](const MrpException& a, const MrpException& b) {
                         return std::tie(a.date, a.kind) < std::tie(b.date, b.kind);
                     });
    m_exceptionItem.resize(m_result.exceptions.size(), item);
    // The item is done: its lists are not needed again, and freeing them early keeps the
    // peak memory of a large run down.
    std::vector<ItemDemand>().swap(demands);
    std::vector<OpenSupply>().swap(supplies);
}

double MrpRun::createPlannedOrder(int item, int day, double need, double stockBeforeDemand,
                                  std::span<const ItemDemand> dayDemands)
{
    const Item& master = m_model.items[static_cast<std::size_t>(item)];
    PlannedOrder order;
    order.id = plannedOrderId(m_result.plannedOrders.size() + 1);
    order.item = master.code;
    order.qty = LotSizer(master).orderQty(need);
    order.due = m_today + day;
    order.release = startDate(master, order.due);
    order.source = master.source;
    order.pegging = peg(stockBeforeDemand - master.safetyStock,
                        isBelowWithTolerance(stockBeforeDemand, master.safetyStock), dayDemands);
    if (order.release < m_today) {
        m_result.exceptions.push_back({master.code, MrpException::Kind::PastDue, order.due,
                                       order.id + " due " + order.due.toString() + ": release "
                                           + order.release.toString() + " is before today "
                                           + m_today.toString(),
                                       order.id});
        order.release = m_today;
    }
    const Date release = order.release;
    const double qty = order.qty;
    const int origin = m_firstPlannedOrigin + static_cast<int>(m_result.plannedOrders.size());
    m_result.plannedOrders.push_back(std::move(order));
    m_orderItem.push_back(item);
    explode(item, origin, qty, release);
    return qty;
}

std::vector<Pegging> MrpRun::peg(double freeStock, bool belowSafetyStock,
                                 std::span<const ItemDemand> dayDemands) const
{
    std::vector<Pegging> pegging;
    pegging.reserve(dayDemands.size() + (belowSafetyStock ? 1 : 0));
    if (belowSafetyStock)
        pegging.push_back({"safety_stock", -freeStock});
    // Free stock covers the day's demands in order; the rest of each falls on the order.
    double free = std::max(freeStock, 0.0);
    for (const ItemDemand& demand : dayDemands) {
        const double covered = std::min(demand.qty, free);
        free -= covered;
        if (!isBelowWithTolerance(covered, demand.qty))
            continue;
        std::string id = demandId(demand.origin);
        const auto same = std::find_if(pegging.begin(), pegging.end(),
                                       [&id](const Pegging& p) { return p.demand == id; });
        if (same != pegging.end())
            same->qty += demand.qty - covered;
        else
            pegging.push_back({std::move(id), demand.qty - covered});
    }
    return pegging;
}

void MrpRun::explode(int parent, int origin, double qty, Date start)
{
    // Several rows of one parent naming the same component stay separate entries here: they
    // share the parent's origin and day, and pegging merges entries by id, which sums them.
    const auto first = m_uses.begin() + static_cast<std::ptrdiff_t>(m_usesBegin[static_cast<std::size_t>(parent)]);
    const auto last = m_uses.begin() + static_cast<std::ptrdiff_t>(m_usesBegin[static_cast<std::size_t>(parent) + 1]);
    for (auto use = first; use != last; ++use) {
        if (start.days() < use->validFrom || start.days() >= use->validTo)
            continue;
        const int day = bucket(start - use->offsetDays);
        if (day < m_horizon)
            m_demands[static_cast<std::size_t>(use->component)].push_back({day, origin, qty * use->grossPerParent});
    }
}

std::string MrpRun::demandId(int origin) const
{
    const auto sales = static_cast<int>(m_salesLines.size());
    if (origin < sales) {
        const auto [order, line] = m_salesLines[static_cast<std::size_t>(origin)];
        return m_model.salesOrders[order].lineId(line);
    }
    if (origin < m_firstPlannedOrigin)
        return m_model.workOrders[static_cast<std::size_t>(origin - sales)].number;
    return m_result.plannedOrders[static_cast<std::size_t>(origin - m_firstPlannedOrigin)].id;
}

void MrpRun::sortResult()
{
    // Orders of one item were created in due order and exceptions were ordered per item in
    // planItem, so grouping by item code completes (item, due) and (item, date, kind).
    const std::vector<int> rank = codeRanks(m_model.items);
    m_result.plannedOrders = groupByItemCode(m_result.plannedOrders, m_orderItem, rank);
    m_result.exceptions = groupByItemCode(m_result.exceptions, m_exceptionItem, rank);
}

} // namespace pmc::core
