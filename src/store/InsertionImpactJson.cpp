#include "store/InsertionImpactJson.h"

#include "core/scheduling/WorkingTime.h"
#include "store/ScenarioJson.h"

#include <climits>
#include <cmath>

namespace pmc::store {

namespace {

// Hundredths: the differences are shown, not computed with.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

nlohmann::ordered_json insertionImpactToJson(const core::InsertionImpact& impact, const core::ScheduleOptions& options,
                                             core::Date today)
{
    const auto at = [today](int minute) { return core::formatScheduleMinute(today, minute); };
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    for (const core::RushLineImpact& line : impact.rushLines) {
        nlohmann::ordered_json material = nlohmann::ordered_json::array();
        for (const core::LateRushMaterial& m : line.lateMaterial)
            material.push_back({{"item", m.item}, {"in_house", m.inHouse.toString()}});
        lines.push_back({{"demand", line.demand},
                         {"item", line.item},
                         {"qty", jsonQuantity(line.qty)},
                         {"requested", line.requested.toString()},
                         {"scheduled_completion", at(line.scheduledCompletionMinute)},
                         {"completion", line.completion.toString()},
                         {"days_late", line.daysLate},
                         {"reason", core::toString(line.reason)},
                         {"late_material", std::move(material)}});
    }
    nlohmann::ordered_json displaced = nlohmann::ordered_json::array();
    for (const core::DisplacedOrder& o : impact.displaced)
        displaced.push_back({{"order", o.order},
                             {"sales_order", o.salesOrder.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(o.salesOrder)},
                             {"customer", o.customer},
                             {"priority", o.priority == INT_MAX ? nlohmann::ordered_json() : nlohmann::ordered_json(o.priority)},
                             {"item", o.item},
                             {"due", o.due.toString()},
                             {"old_completion", at(o.oldCompletionMinute)},
                             {"new_completion", at(o.newCompletionMinute)},
                             {"old_days_late", o.oldDaysLate},
                             {"new_days_late", o.newDaysLate},
                             {"newly_late", o.isNewlyLate()}});
    return {{"order", impact.rushOrder},
            {"rule", core::toString(options.rule)},
            {"rush_lines", std::move(lines)},
            {"displaced", std::move(displaced)},
            {"totals",
             {{"newly_late", impact.newlyLate},
              {"added_days_late", impact.addedDaysLate},
              {"makespan_change_days", rounded(impact.makespanChangeDays())},
              {"changeover_change_hours", rounded(impact.changeoverChangeHours())}}}};
}

} // namespace pmc::store
