#include "store/ProgressBoardJson.h"

#include "store/ScenarioJson.h"

#include <cmath>

namespace pmc::store {

namespace {

nlohmann::ordered_json percent(const std::optional<double>& achievement)
{
    if (!achievement)
        return nullptr;
    return std::round(*achievement * 1000.0) / 10.0;
}

nlohmann::ordered_json totalsJson(const core::BoardTotals& totals)
{
    return {{"rows", totals.rows},
            {"plan", jsonQuantity(totals.planQty)},
            {"actual", jsonQuantity(totals.actualQty)},
            {"due_by_now", jsonQuantity(totals.dueQty)},
            {"achievement_pct", percent(totals.achievement)},
            {"behind", totals.behindRows},
            {"late", totals.lateLines}};
}

} // namespace

nlohmann::ordered_json progressBoardToJson(const core::ProgressBoard& board, core::Date today)
{
    const int dayStart = (board.date - today) * 24 * 60;
    const auto clock = [dayStart](int minute) { return core::formatClockMinutes(minute - dayStart); };
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const core::BoardRow& row : board.rows) {
        nlohmann::ordered_json json;
        json["workshop"] = row.workshop;
        json["workcenter"] = row.workCenter;
        json["workcenter_name"] = row.workCenterName;
        json["unit"] = row.unit;
        json["lines"] = row.lines;
        json["plan"] = jsonQuantity(row.planQty);
        json["actual"] = jsonQuantity(row.actualQty);
        json["scrap"] = jsonQuantity(row.scrapQty);
        json["due_by_now"] = jsonQuantity(row.dueQty);
        json["achievement_pct"] = percent(row.achievement);
        json["behind"] = row.behind;
        json["achieved"] = row.achieved;
        json["current"] = nullptr;
        if (const std::optional<core::BoardOrder>& current = row.current)
            json["current"] = {{"order", current->order},         {"item", current->item},
                               {"item_name", current->itemName},  {"seq", current->seq},
                               {"qty", jsonQuantity(current->qty)}, {"start", clock(current->startMinute)},
                               {"end", clock(current->endMinute)}, {"running", current->running}};
        nlohmann::ordered_json late = nlohmann::ordered_json::array();
        for (const core::BoardLateLine& line : row.late)
            late.push_back({{"order", line.order},
                            {"seq", line.seq},
                            {"due", line.due.toString()},
                            {"projected", line.projected.toString()}});
        json["late"] = std::move(late);
        rows.push_back(std::move(json));
    }
    nlohmann::ordered_json workshops = nlohmann::ordered_json::array();
    for (const core::BoardWorkshop& workshop : board.workshops) {
        nlohmann::ordered_json json = {{"workshop", workshop.workshop}};
        json.update(totalsJson(workshop.totals));
        workshops.push_back(std::move(json));
    }

    nlohmann::ordered_json json;
    json["date"] = board.date.toString();
    json["now"] = clock(board.nowMinute);
    json["workshop"] = board.workshop.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(board.workshop);
    json["rows"] = std::move(rows);
    json["workshops"] = std::move(workshops);
    json["totals"] = totalsJson(board.totals);
    return json;
}

} // namespace pmc::store
