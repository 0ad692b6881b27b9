// The output side of MrpRun: pegging records while planning, and the MrpResult built from
// the compact order records once planning is done.
#include "core/mrp/MrpRun.h"

#include "core/mrp/MrpTolerance.h"

#include <algorithm>
#include <compare>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <numeric>

namespace pmc::core {

namespace {

/// Origin of the pegging record that stands for safety stock.
constexpr int kSafetyStockOrigin = -1;

/// The first sixteen bytes of a code as a big-endian number (zero-padded): comparing two of
/// them orders like comparing the codes' prefixes, without a call to memcmp.
struct PrefixKey {
    std::uint64_t high = 0;
    std::uint64_t low = 0;

    auto operator<=>(const PrefixKey&) const = default;
};

PrefixKey prefixKey(const std::string& code)
{
    unsigned char bytes[16] = {};
    std::memcpy(bytes, code.data(), std::min<std::size_t>(code.size(), 16));
    PrefixKey key;
    for (int i = 0; i < 8; ++i) {
        key.high = key.high << 8 | bytes[i];
        key.low = key.low << 8 | bytes[i + 8];
    }
    return key;
}

} // namespace

std::string MrpRun::plannedOrderId(std::size_t number)
{
    // `PLN-` and at least five digits, written back to front: a large run numbers a million
    // or more orders, and pegging names them again.
    char text[32];
    char* first = text + sizeof text;
    for (int digits = 0; digits < 5 || number > 0; ++digits, number /= 10)
        *--first = static_cast<char>('0' + number % 10);
    first -= 4;
    std::memcpy(first, "PLN-", 4);
    return std::string(first, text + sizeof text);
}

void MrpRun::peg(double freeStock, bool belowSafetyStock, std::span<const ItemDemand> dayDemands)
{
    // Only origins and quantities here; appendOrders turns them into ids and merges them. Free
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

std::string MrpRun::demandId(int origin) const
{
    if (origin == kSafetyStockOrigin)
        return "safety_stock";
    const auto sales = static_cast<int>(m_salesIds.size());
    if (origin < sales)
        return m_salesIds[static_cast<std::size_t>(origin)];
    if (origin < m_firstPlannedOrigin)
        return m_model.workOrders[static_cast<std::size_t>(origin - sales)].number;
    return plannedOrderId(static_cast<std::size_t>(origin - m_firstPlannedOrigin) + 1);
}

void MrpRun::appendOrders(int item)
{
    const Item& master = m_model.items[static_cast<std::size_t>(item)];
    const OrderRange orders = m_orderRanges[static_cast<std::size_t>(item)];
    std::size_t peg = m_outputs[static_cast<std::size_t>(item)].firstPeg;
    for (std::size_t number = orders.first; number < orders.first + orders.count; ++number) {
        const OrderRecord& record = m_orders[number];
        // Built in place: moving a million orders costs as much as building them.
        PlannedOrder& order = m_result.plannedOrders.emplace_back();
        order.id = plannedOrderId(number + 1);
        order.item = master.code;
        order.qty = record.qty;
        order.due = record.due;
        order.release = record.release;
        order.source = master.source;
        const std::size_t lastPeg = peg + m_pegCounts[number];
        order.pegging.reserve(lastPeg - peg);
        // Entries with the same id (rows of one parent naming the component twice) merge into
        // the first one, summed in demand order.
        for (; peg < lastPeg; ++peg) {
            std::string id = demandId(m_pegs[peg].origin);
            const auto same = std::find_if(order.pegging.begin(), order.pegging.end(),
                                           [&id](const Pegging& entry) { return entry.demand == id; });
            if (same != order.pegging.end())
                same->qty += m_pegs[peg].qty;
            else
                order.pegging.push_back({std::move(id), m_pegs[peg].qty});
        }
    }
}

void MrpRun::sortResult()
{
    // planItem creates all orders and exceptions of an item together, orders in due order and
    // exceptions in (date, kind) order, so walking the items in code order completes the sort
    // by (item, due) and (item, date, kind) without comparing a single order. Each planned
    // order is built once, in its final place.
    std::vector<PrefixKey> keys(m_outputs.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        keys[i] = prefixKey(m_graph.code(static_cast<int>(i)));
    std::vector<int> byCode(m_outputs.size());
    std::iota(byCode.begin(), byCode.end(), 0);
    // Orders exactly as comparing the codes would, so equal codes end up as they always did.
    std::sort(byCode.begin(), byCode.end(), [this, &keys](int a, int b) {
        const PrefixKey& keyA = keys[static_cast<std::size_t>(a)];
        const PrefixKey& keyB = keys[static_cast<std::size_t>(b)];
        return keyA != keyB ? keyA < keyB : m_graph.code(a) < m_graph.code(b);
    });
    m_result.plannedOrders.reserve(m_orders.size());
    std::vector<MrpException> exceptions;
    exceptions.reserve(m_result.exceptions.size());
    for (const int item : byCode) {
        appendOrders(item);
        const ItemOutput& output = m_outputs[static_cast<std::size_t>(item)];
        const auto firstException = m_result.exceptions.begin() + static_cast<std::ptrdiff_t>(output.firstException);
        std::move(firstException, firstException + static_cast<std::ptrdiff_t>(output.exceptionCount),
                  std::back_inserter(exceptions));
    }
    m_result.exceptions = std::move(exceptions);
}

} // namespace pmc::core
