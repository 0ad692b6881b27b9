#include "store/PeriodPlanJson.h"

#include "store/ScenarioJson.h"

namespace pmc::store {

namespace {

nlohmann::ordered_json quantities(const std::vector<double>& values)
{
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (double value : values)
        json.push_back(jsonQuantity(value));
    return json;
}

} // namespace

nlohmann::ordered_json periodPlanToJson(const core::PeriodPlan& plan)
{
    nlohmann::ordered_json buckets = nlohmann::ordered_json::array();
    for (const core::PeriodBucket& bucket : plan.buckets)
        buckets.push_back({ { "from", bucket.first.toString() }, { "to", bucket.last.toString() } });

    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const core::PeriodPlanRow& row : plan.rows) {
        nlohmann::ordered_json json;
        json["workshop"] = row.workshop;
        json["item"] = row.item;
        json["item_name"] = row.itemName;
        json["uom"] = row.uom;
        json["qty"] = quantities(row.qty);
        json["total"] = jsonQuantity(row.total);
        json["orders"] = row.orders.size();
        json["order_numbers"] = row.orders;
        json["customer_orders"] = row.customerOrders;
        json["customers"] = row.customers;
        json["due"] = row.due.toString();
        rows.push_back(std::move(json));
    }

    nlohmann::ordered_json workshops = nlohmann::ordered_json::array();
    for (const core::PeriodWorkshopTotal& total : plan.workshops) {
        nlohmann::ordered_json json;
        json["workshop"] = total.workshop;
        json["qty"] = quantities(total.qty);
        json["total"] = jsonQuantity(total.total);
        json["working_minutes"] = total.workingMinutes;
        json["total_working_minutes"] = total.totalWorkingMinutes;
        json["products"] = total.products;
        json["orders"] = total.orders;
        workshops.push_back(std::move(json));
    }
    nlohmann::ordered_json totals;
    totals["products"] = plan.totals.products;
    totals["orders"] = plan.totals.orders;
    totals["qty"] = jsonQuantity(plan.totals.qty);
    totals["working_minutes"] = plan.totals.workingMinutes;

    nlohmann::ordered_json json;
    json["period"] = core::toString(plan.kind);
    json["from"] = plan.first.toString();
    json["to"] = plan.last.toString();
    json["plan_number"] = plan.planNumber;
    json["workshop"] = plan.workshop.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(plan.workshop);
    json["buckets"] = std::move(buckets);
    json["rows"] = std::move(rows);
    json["workshops"] = std::move(workshops);
    json["totals"] = std::move(totals);
    return json;
}

} // namespace pmc::store
