#include "store/ScheduleJson.h"

#include "core/scheduling/WorkingTime.h"
#include "store/ScenarioJson.h"

namespace pmc::store {

nlohmann::ordered_json scheduleResultToJson(const core::ScheduleResult& result)
{
    const auto timestamp = [&](int minute) { return core::formatScheduleMinute(result.today, minute); };
    // Keys are assigned one by one, in the contract's order, rather than through initialiser
    // lists that build a temporary array per field.
    nlohmann::ordered_json operations = nlohmann::ordered_json::array();
    for (const core::ScheduledOperation& op : result.operations) {
        nlohmann::ordered_json json;
        json["order"] = op.order;
        json["item"] = op.item;
        json["qty"] = jsonQuantity(op.qty);
        json["seq"] = op.seq;
        json["workcenter"] = op.workCenter;
        json["unit"] = op.unit;
        json["start"] = timestamp(op.startMinute);
        json["end"] = timestamp(op.endMinute);
        // Extension keys (docs/interchange-notes.md), only when they say something.
        if (op.changeoverMinutes > 0)
            json["changeover_minutes"] = op.changeoverMinutes;
        if (op.fixed)
            json["fixed"] = true;
        operations.push_back(std::move(json));
    }
    nlohmann::ordered_json orders = nlohmann::ordered_json::array();
    for (const core::OrderCompletion& order : result.orders) {
        nlohmann::ordered_json json;
        json["order"] = order.order;
        json["due"] = order.due.toString();
        json["completion"] = timestamp(order.completionMinute);
        json["late_days"] = order.lateDays;
        if (order.materialShort)
            json["material_short"] = true;
        orders.push_back(std::move(json));
    }
    nlohmann::ordered_json demands = nlohmann::ordered_json::array();
    for (const core::DemandCompletion& demand : result.demands) {
        nlohmann::ordered_json json;
        json["demand"] = demand.demand;
        json["due"] = demand.due.toString();
        json["completion"] = timestamp(demand.completionMinute);
        json["late_days"] = demand.lateDays;
        demands.push_back(std::move(json));
    }
    nlohmann::ordered_json json;
    json["operations"] = std::move(operations);
    json["orders"] = std::move(orders);
    json["demands"] = std::move(demands);
    for (const core::ScheduleConflict& conflict : result.conflicts)
        json["conflicts"].push_back({{"order", conflict.order}, {"seq", conflict.seq}, {"message", conflict.message}});
    return json;
}

} // namespace pmc::store
