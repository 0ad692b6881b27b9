#include "core/orders/SalesOrderHistory.h"

#include "core/QuantityText.h"

#include <algorithm>

namespace pmc::core {

namespace {

std::string dateText(const std::optional<Date>& date)
{
    return date ? date->toString() : std::string();
}

std::string reviewText(const DepartmentReview& review)
{
    std::string text = std::string(toString(review.department)) + ": " + toString(review.verdict);
    if (review.canMeet)
        text += " " + review.canMeet->toString();
    if (!review.comment.empty())
        text += " (" + review.comment + ")";
    return text;
}

std::string shipmentText(const Shipment& shipment)
{
    return quantityText(shipment.qty) + " on " + shipment.date.toString()
        + (shipment.number.empty() ? "" : " " + shipment.number);
}

class EventList {
public:
    explicit EventList(const std::string& order) : m_order(order) {}

    void add(std::string kind, int line, std::string before, std::string after)
    {
        if (before != after)
            m_events.push_back({m_order, {}, {}, std::move(kind), line, std::move(before), std::move(after)});
    }
    void lines(const SalesOrder& before, const SalesOrder& after)
    {
        const std::size_t common = std::min(before.lines.size(), after.lines.size());
        for (std::size_t l = 0; l < common; ++l)
            line(static_cast<int>(l + 1), before.lines[l], after.lines[l]);
        for (std::size_t l = common; l < after.lines.size(); ++l)
            add("line_added", int(l + 1), {}, lineText(after.lines[l]));
        for (std::size_t l = common; l < before.lines.size(); ++l)
            add("line_removed", int(l + 1), lineText(before.lines[l]), {});
    }
    void reviews(const SalesOrder& before, const SalesOrder& after)
    {
        for (const Department d : kDepartments) {
            const DepartmentReview* b = before.review(d);
            const DepartmentReview* a = after.review(d);
            if ((a || b) && !(a && b && *a == *b))
                add("review", 0, b ? reviewText(*b) : std::string(), a ? reviewText(*a) : std::string());
        }
    }
    std::vector<SalesOrderEvent> take() { return std::move(m_events); }

private:
    static std::string lineText(const SalesOrderLine& line)
    {
        return line.item + " × " + quantityText(line.qty) + " due " + line.due.toString();
    }
    void line(int number, const SalesOrderLine& before, const SalesOrderLine& after)
    {
        add("item", number, before.item, after.item);
        add("qty", number, quantityText(before.qty), quantityText(after.qty));
        add("due", number, before.due.toString(), after.due.toString());
        add("promised", number, dateText(before.promised), dateText(after.promised));
        for (std::size_t s = before.shipments.size(); s < after.shipments.size(); ++s)
            add("shipment", number, {}, shipmentText(after.shipments[s]));
        for (std::size_t s = after.shipments.size(); s < before.shipments.size(); ++s)
            add("shipment", number, shipmentText(before.shipments[s]), {});
    }

    const std::string& m_order;
    std::vector<SalesOrderEvent> m_events;
};

} // namespace

std::vector<SalesOrderEvent> salesOrderEvents(const SalesOrder* before, const SalesOrder* after)
{
    if (!before && !after)
        return {};
    EventList events(after ? after->number : before->number);
    if (!before) {
        events.add("created", 0, {}, toString(after->status));
        return events.take();
    }
    if (!after) {
        events.add("removed", 0, toString(before->status), {});
        return events.take();
    }
    events.add("status", 0, toString(before->status), toString(after->status));
    events.add("customer", 0, before->customer, after->customer);
    events.add("priority", 0, std::to_string(before->priority), std::to_string(after->priority));
    events.add("custom", 0, before->custom ? "custom" : "standard", after->custom ? "custom" : "standard");
    events.add("note", 0, before->note, after->note);
    events.add("order_date", 0, dateText(before->orderDate), dateText(after->orderDate));
    events.lines(*before, *after);
    events.reviews(*before, *after);
    return events.take();
}

} // namespace pmc::core
