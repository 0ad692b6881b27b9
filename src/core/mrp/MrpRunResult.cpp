// The output side of MrpRun: the MrpResult built from the compact order records, with
// planned order ids numbered in planning order.
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

std::string MrpRun::demandId(int origin, const std::vector<std::uint32_t>& numbers) const
{
    if (origin == kSafetyStockOrigin)
        return "safety_stock";
    if (origin >= 0)
        return m_ids[static_cast<std::size_t>(origin)];
    return plannedOrderId(numbers[recordOf(origin)]);
}

std::vector<std::uint32_t> MrpRun::orderNumbers() const
{
    std::vector<std::uint32_t> numbers(m_orders.size(), 0);
    std::uint32_t next = 1;
    for (const int item : m_order) {
        const Range orders = m_orderRanges[static_cast<std::size_t>(item)];
        for (std::size_t o = orders.first; o < orders.first + orders.count; ++o)
            numbers[o] = next++;
    }
    return numbers;
}

void MrpRun::appendOrders(int item, const std::vector<std::uint32_t>& numbers, MrpResult& result) const
{
    const Item& master = m_model->items[static_cast<std::size_t>(item)];
    const Range orders = m_orderRanges[static_cast<std::size_t>(item)];
    for (std::size_t o = orders.first; o < orders.first + orders.count; ++o) {
        const OrderRecord& record = m_orders[o];
        // Built in place: moving a million orders costs as much as building them.
        PlannedOrder& order = result.plannedOrders.emplace_back();
        order.id = plannedOrderId(numbers[o]);
        order.item = master.code;
        order.qty = record.qty;
        order.due = record.due;
        order.release = std::max(record.release, m_today);
        order.source = master.source;
        const PegRange pegs = m_orderPegs[o];
        order.pegging.reserve(pegs.count);
        // Entries with the same id (rows of one parent naming the component twice) merge into
        // the first one, summed in demand order.
        for (std::size_t p = pegs.first; p < pegs.first + pegs.count; ++p) {
            std::string id = demandId(m_pegs[p].origin, numbers);
            const auto same = std::find_if(order.pegging.begin(), order.pegging.end(),
                                           [&id](const Pegging& entry) { return entry.demand == id; });
            if (same != order.pegging.end())
                same->qty += m_pegs[p].qty;
            else
                order.pegging.push_back({std::move(id), m_pegs[p].qty});
        }
    }
}

namespace {

MrpException pastDue(const std::string& item, const std::string& id, Date due, Date release, const std::string& today)
{
    // Appended in place: a large run has a hundred thousand of these.
    std::string message;
    message.reserve(64);
    message.append(id).append(" due ").append(due.toString()).append(": release ");
    message.append(release.toString()).append(" is before today ").append(today);
    return {item, MrpException::Kind::PastDue, due, std::move(message), id};
}

} // namespace

void MrpRun::appendExceptions(int item, const std::vector<std::uint32_t>& numbers,
                              const std::vector<const FirmPlannedOrder*>& firm, MrpResult& result) const
{
    const Item& master = m_model->items[static_cast<std::size_t>(item)];
    const std::size_t first = result.exceptions.size();
    const std::string today = m_today.toString();
    const Range orders = m_orderRanges[static_cast<std::size_t>(item)];
    for (std::size_t o = orders.first; o < orders.first + orders.count; ++o)
        if (m_orders[o].release < m_today)
            result.exceptions.push_back(
                pastDue(master.code, plannedOrderId(numbers[o]), m_orders[o].due, m_orders[o].release, today));
    for (const FirmPlannedOrder* order : firm)
        if (order->release < m_today)
            result.exceptions.push_back(pastDue(master.code, order->number, order->due, order->release, today));
    const Range review = m_exceptionRanges[static_cast<std::size_t>(item)];
    result.exceptions.insert(result.exceptions.end(), m_exceptions.begin() + review.first,
                             m_exceptions.begin() + review.first + review.count);
    std::stable_sort(result.exceptions.begin() + static_cast<std::ptrdiff_t>(first), result.exceptions.end(),
                     [](const MrpException& a, const MrpException& b) {
                         return std::tie(a.date, a.kind) < std::tie(b.date, b.kind);
                     });
}

void MrpRun::appendFirmOrders(int item, const std::vector<const FirmPlannedOrder*>& firm, std::size_t firstOrder,
                              MrpResult& result) const
{
    // Kept as the planner fixed them, merged among the item's planned orders by due, before
    // a planned order due the same day.
    const Item& master = m_model->items[static_cast<std::size_t>(item)];
    for (const FirmPlannedOrder* order : firm) {
        PlannedOrder value;
        value.id = order->number;
        value.item = master.code;
        value.qty = order->qty;
        value.due = order->due;
        value.release = std::max(order->release, m_today);
        value.source = master.source;
        value.firm = true;
        const auto place = std::partition_point(result.plannedOrders.begin() + static_cast<std::ptrdiff_t>(firstOrder),
                                                result.plannedOrders.end(), [&value](const PlannedOrder& other) {
                                                    return other.due < value.due || (other.firm && other.due == value.due);
                                                });
        result.plannedOrders.insert(place, std::move(value));
    }
}

std::vector<int> MrpRun::itemsByCode() const
{
    std::vector<PrefixKey> keys(m_order.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        keys[i] = prefixKey(m_graph.code(static_cast<int>(i)));
    std::vector<int> byCode(m_order.size());
    std::iota(byCode.begin(), byCode.end(), 0);
    // Orders exactly as comparing the codes would, so equal codes end up as they always did.
    std::sort(byCode.begin(), byCode.end(), [this, &keys](int a, int b) {
        const PrefixKey& keyA = keys[static_cast<std::size_t>(a)];
        const PrefixKey& keyB = keys[static_cast<std::size_t>(b)];
        return keyA != keyB ? keyA < keyB : m_graph.code(a) < m_graph.code(b);
    });
    return byCode;
}

MrpResult MrpRun::result() const
{
    // Walking the items in code order, each item's orders already in due order and its
    // exceptions sorted by (date, kind), sorts the whole result without comparing orders.
    // Each planned order is built once, in its final place.
    MrpResult result;
    const std::vector<std::uint32_t> numbers = orderNumbers();
    std::vector<std::vector<const FirmPlannedOrder*>> firm(m_order.size());
    for (const FirmPlannedOrder& order : m_model->firmPlannedOrders)
        if (const int item = m_graph.indexOf(order.item); item >= 0)
            firm[static_cast<std::size_t>(item)].push_back(&order);
    for (auto& orders : firm)
        std::stable_sort(orders.begin(), orders.end(), [](const FirmPlannedOrder* a, const FirmPlannedOrder* b) {
            return std::tie(a->due, a->number) < std::tie(b->due, b->number);
        });
    result.plannedOrders.reserve(m_liveOrders + m_model->firmPlannedOrders.size());
    result.exceptions.reserve(m_liveExceptions);
    for (const int item : itemsByCode()) {
        const std::size_t firstOrder = result.plannedOrders.size();
        appendOrders(item, numbers, result);
        appendFirmOrders(item, firm[static_cast<std::size_t>(item)], firstOrder, result);
        appendExceptions(item, numbers, firm[static_cast<std::size_t>(item)], result);
    }
    if (m_options.keepRequirements) {
        for (const int item : m_order) {
            const Item& master = m_model->items[static_cast<std::size_t>(item)];
            if (master.source != ItemSource::Buy)
                continue;
            for (const ItemDemand& d : m_demands[static_cast<std::size_t>(item)])
                result.requirements.push_back({master.code, m_today + d.day, d.qty, demandId(d.origin, numbers)});
        }
    }
    return result;
}

} // namespace pmc::core
