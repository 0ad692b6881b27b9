#include "store/CapacityLoadJson.h"

#include "store/ScenarioJson.h"

#include <cmath>

namespace pmc::store {

namespace {

nlohmann::ordered_json hours(double value) { return jsonQuantity(std::round(value * 1e6) / 1e6); }

} // namespace

nlohmann::ordered_json capacityLoadToJson(const core::CapacityLoad& load)
{
    nlohmann::ordered_json buckets = nlohmann::ordered_json::array();
    for (const core::CapacityLoadBucket& bucket : load.buckets) {
        nlohmann::ordered_json json;
        json["workcenter"] = bucket.workCenter;
        json["start"] = bucket.start.toString();
        json["days"] = bucket.days;
        json["load_hours"] = hours(bucket.loadHours);
        json["available_hours"] = hours(bucket.availableHours);
        json["utilisation"] = bucket.utilisation ? hours(*bucket.utilisation) : nlohmann::ordered_json(nullptr);
        json["overloaded"] = bucket.overloaded;
        buckets.push_back(std::move(json));
    }
    nlohmann::ordered_json doc;
    doc["buckets"] = std::move(buckets);
    return doc;
}

} // namespace pmc::store
