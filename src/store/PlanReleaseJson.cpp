#include "store/PlanReleaseJson.h"

#include "store/DailyPlanJson.h"
#include "store/ScenarioJson.h"
#include "store/StoreError.h"

namespace pmc::store {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

int minuteOf(const json& line, const char* key)
{
    const std::optional<int> minute = core::parseClockMinutes(line.value(key, std::string()));
    if (!minute)
        throw StoreError(std::string("stored plan release: a line's ") + key + " is not HH:MM");
    return *minute;
}

std::vector<std::string> texts(const json& line, const char* key)
{
    return line.value(key, std::vector<std::string>());
}

core::Date dateOf(const std::string& text, const char* what)
{
    const std::optional<core::Date> date = core::Date::parse(text);
    if (!date)
        throw StoreError(std::string("stored plan release: ") + what + " \"" + text + "\" is not a date");
    return *date;
}

core::DailyPlanLine lineFromJson(const json& j)
{
    core::DailyPlanLine line;
    line.workshop = j.value("workshop", "");
    line.workCenter = j.value("workcenter", "");
    line.workCenterName = j.value("workcenter_name", "");
    line.unit = j.value("unit", 0);
    line.order = j.value("order", "");
    line.isWorkOrder = j.value("order_type", "") == "work_order";
    line.item = j.value("item", "");
    line.itemName = j.value("item_name", "");
    line.uom = j.value("uom", "");
    line.seq = j.value("seq", 0);
    line.qty = j.value("qty", 0.0);
    line.orderQty = j.value("order_qty", 0.0);
    line.startMinute = minuteOf(j, "start");
    line.endMinute = minuteOf(j, "end");
    line.workingMinutes = j.value("working_minutes", 0);
    line.customerOrders = texts(j, "customer_orders");
    line.customers = texts(j, "customers");
    line.due = dateOf(j.value("due", ""), "due");
    line.materialStatus = j.value("material_status", "") == "short" ? core::MaterialStatus::Short
                                                                    : core::MaterialStatus::Kitted;
    line.shortItems = texts(j, "short_items");
    line.releasable = j.value("releasable", true);
    if (const auto kit = j.find("kit_date"); kit != j.end() && kit->is_string())
        line.kitDate = dateOf(kit->get<std::string>(), "kit_date");
    return line;
}

ordered_json placeJson(const std::optional<core::DailyPlanLine>& line)
{
    if (!line)
        return nullptr;
    return {{"workcenter", line->workCenter},
            {"unit", line->unit},
            {"start", core::formatClockMinutes(line->startMinute)},
            {"end", core::formatClockMinutes(line->endMinute)},
            {"qty", jsonQuantity(line->qty)}};
}

} // namespace

std::string planToStoredJson(const core::DailyPlan& plan)
{
    return dailyPlanToJson(plan, plan.date).dump();
}

core::DailyPlan planFromStoredJson(const std::string& text)
{
    const json doc = json::parse(text, nullptr, false);
    if (!doc.is_object())
        throw StoreError("stored plan release: the plan is not a JSON object");
    try {
        core::DailyPlan plan;
        plan.date = dateOf(doc.value("date", ""), "date");
        plan.planNumber = doc.value("plan_number", "");
        if (const auto workshop = doc.find("workshop"); workshop != doc.end() && workshop->is_string())
            plan.workshop = workshop->get<std::string>();
        for (const json& line : doc.value("lines", json::array()))
            plan.lines.push_back(lineFromJson(line));
        const json totals = doc.value("totals", json::object());
        plan.totals.lines = totals.value("lines", 0);
        plan.totals.orders = totals.value("orders", 0);
        plan.totals.workCenters = totals.value("workcenters", 0);
        plan.totals.qty = totals.value("qty", 0.0);
        plan.totals.workingMinutes = totals.value("working_minutes", 0);
        plan.totals.shortLines = totals.value("short", 0);
        for (const json& j : doc.value("standby", json::array()))
            plan.standby.push_back({j.value("workcenter", ""), j.value("unit", 0), j.value("instead_of", ""),
                                    j.value("order", ""), j.value("item", ""), j.value("qty", 0.0), j.value("seq", 0)});
        return plan;
    } catch (const json::exception& e) {
        throw StoreError(std::string("stored plan release: ") + e.what());
    }
}

ordered_json planReleaseToJson(const core::PlanRelease& release, bool withPlan)
{
    ordered_json j;
    j["date"] = release.date.toString();
    j["workshop"] = release.workshop.empty() ? ordered_json() : ordered_json(release.workshop);
    j["version"] = release.version;
    j["released_by"] = release.releasedBy;
    j["released_at"] = release.releasedAt;
    j["note"] = release.note;
    j["pinned_steps"] = release.pinnedSteps;
    j["plan_number"] = release.plan.planNumber;
    j["lines"] = release.plan.lines.size();
    if (withPlan)
        j["plan"] = dailyPlanToJson(release.plan, release.plan.date);
    return j;
}

ordered_json planChangesToJson(const std::vector<core::PlanLineChange>& changes)
{
    ordered_json result = ordered_json::array();
    for (const core::PlanLineChange& change : changes) {
        ordered_json kinds = ordered_json::array();
        for (const core::PlanChangeKind kind : change.kinds)
            kinds.push_back(core::toString(kind));
        result.push_back({{"order", change.order},
                          {"seq", change.seq},
                          {"item", change.line().item},
                          {"item_name", change.line().itemName},
                          {"changes", std::move(kinds)},
                          {"before", placeJson(change.before)},
                          {"after", placeJson(change.after)}});
    }
    return result;
}

ordered_json releaseReminderToJson(const core::ReleaseReminder& reminder)
{
    return {{"plan_date", reminder.planDate.toString()},
            {"due", reminder.dueDate.toString() + "T" + core::formatClockMinutes(reminder.dueMinute)},
            {"cutoff", core::formatClockMinutes(reminder.dueMinute)},
            {"released", reminder.released},
            {"overdue", reminder.overdue},
            {"unreleased_workshops", reminder.unreleasedWorkshops}};
}

} // namespace pmc::store
