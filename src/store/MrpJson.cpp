#include "store/MrpJson.h"

#include <cmath>
#include <cstdint>

namespace pmc::store {

namespace {

// Readers compare `"qty": 200` textually in golden files, so whole quantities must not
// come out as 200.0; 2^53 bounds the integers a double holds exactly.
nlohmann::json quantity(double qty)
{
    constexpr double exactIntegerLimit = 9007199254740992.0;
    if (std::isfinite(qty) && qty == std::floor(qty) && std::abs(qty) < exactIntegerLimit)
        return static_cast<std::int64_t>(qty);
    return qty;
}

// Keys are assigned one by one rather than through brace-initialiser lists, which build and
// copy a temporary [key, value] array per field: three times slower on a million orders.
nlohmann::json plannedOrderToJson(const core::PlannedOrder& order)
{
    nlohmann::json pegging = nlohmann::json::array();
    for (const core::Pegging& peg : order.pegging) {
        nlohmann::json entry;
        entry["demand"] = peg.demand;
        entry["qty"] = quantity(peg.qty);
        pegging.push_back(std::move(entry));
    }
    nlohmann::json json;
    json["id"] = order.id;
    json["item"] = order.item;
    json["qty"] = quantity(order.qty);
    json["due"] = order.due.toString();
    json["release"] = order.release.toString();
    json["source"] = core::toString(order.source);
    json["pegging"] = std::move(pegging);
    if (order.firm)
        json["firm"] = true;
    return json;
}

nlohmann::json exceptionToJson(const core::MrpException& exception)
{
    nlohmann::json json;
    json["item"] = exception.item;
    json["kind"] = core::toString(exception.kind);
    json["date"] = exception.date.toString();
    json["message"] = exception.message;
    json["order"] = exception.order;
    return json;
}

} // namespace

nlohmann::json mrpResultToJson(const core::MrpResult& result)
{
    nlohmann::json planned = nlohmann::json::array();
    for (const core::PlannedOrder& order : result.plannedOrders)
        planned.push_back(plannedOrderToJson(order));
    nlohmann::json exceptions = nlohmann::json::array();
    for (const core::MrpException& exception : result.exceptions)
        exceptions.push_back(exceptionToJson(exception));
    nlohmann::json json;
    json["planned_orders"] = std::move(planned);
    json["exceptions"] = std::move(exceptions);
    return json;
}

} // namespace pmc::store
