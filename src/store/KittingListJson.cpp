#include "store/KittingListJson.h"

#include "store/ScenarioJson.h"

#include <cmath>

namespace pmc::store {

namespace {

nlohmann::ordered_json optionalDate(const std::optional<core::Date>& date)
{
    return date ? nlohmann::ordered_json(date->toString()) : nlohmann::ordered_json();
}

/// Scrap factors make quantities such as 22.000000000000004; six decimals are plenty for stock.
nlohmann::ordered_json quantity(double value)
{
    return jsonQuantity(std::round(value * 1e6) / 1e6);
}

} // namespace

nlohmann::ordered_json kittingListToJson(const core::KittingList& list, core::Date today)
{
    nlohmann::ordered_json orders = nlohmann::ordered_json::array();
    for (const core::KittingOrder& order : list.orders) {
        nlohmann::ordered_json lines = nlohmann::ordered_json::array();
        for (const core::KittingLine& line : order.lines)
            lines.push_back({{"item", line.item},
                             {"name", line.name},
                             {"uom", line.uom},
                             {"qty_per", quantity(line.qtyPer)},
                             {"scrap_rate", quantity(line.scrapRate)},
                             {"required", quantity(line.required)},
                             {"location", line.location},
                             {"issued", quantity(line.issued)},
                             {"to_issue", quantity(line.toIssue)},
                             {"allocated", quantity(line.allocated)},
                             {"short", quantity(line.shortQty)},
                             {"ready_date", optionalDate(line.readyDate)}});
        const int day = order.startMinute / (24 * 60);
        orders.push_back({{"order", order.order},
                          {"order_type", order.isWorkOrder ? "work_order" : "planned"},
                          {"item", order.item},
                          {"item_name", order.itemName},
                          {"qty", quantity(order.qty)},
                          {"workcenter", order.workCenter},
                          {"start", (today + day).toString() + " "
                                        + core::formatClockMinutes(order.startMinute - day * 24 * 60)},
                          {"releasable", order.releasable},
                          {"kit_date", optionalDate(order.kitDate)},
                          {"lines", std::move(lines)}});
    }
    nlohmann::ordered_json json;
    json["number"] = list.number;
    json["date"] = optionalDate(list.date);
    json["workcenter"] = list.workCenter.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(list.workCenter);
    json["orders"] = std::move(orders);
    return json;
}

} // namespace pmc::store
