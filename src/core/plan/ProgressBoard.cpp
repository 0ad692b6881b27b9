#include "core/plan/ProgressBoard.h"

#include "core/plan/DailyPlan.h"
#include "core/plan/OperationDayShare.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <utility>

namespace pmc::core {

namespace {

using StepKey = std::pair<std::string, int>; // work order, seq

struct ReportedQty {
    double good = 0;
    double scrap = 0;
};

std::optional<double> ratio(double actual, double plan)
{
    return plan > 0 ? std::optional<double>(actual / plan) : std::nullopt;
}

void addToTotals(BoardTotals& totals, const BoardRow& row)
{
    totals.planQty = roundPlanQuantity(totals.planQty + row.planQty, false);
    totals.actualQty = roundPlanQuantity(totals.actualQty + row.actualQty, false);
    totals.dueQty = roundPlanQuantity(totals.dueQty + row.dueQty, false);
    totals.achievement = ratio(totals.actualQty, totals.planQty);
    ++totals.rows;
    totals.behindRows += row.behind ? 1 : 0;
    totals.lateLines += static_cast<int>(row.late.size());
}

/// The part of the line's quantity whose working time on the day has elapsed by `now`.
double dueByNow(WorkingTime& time, const DailyPlanLine& line, int now, bool pieces)
{
    if (line.workingMinutes == 0)
        return now >= line.startMinute ? line.qty : 0.0;
    const int elapsed = time.workingMinutesBetween(line.startMinute, std::clamp(now, line.startMinute, line.endMinute));
    return roundPlanQuantity(line.qty * elapsed / line.workingMinutes, pieces);
}

/// The line running at `now`, else the next one to start; `lines` are one unit's, by start.
std::optional<BoardOrder> currentOrder(const std::vector<const DailyPlanLine*>& lines, int now)
{
    for (const DailyPlanLine* line : lines) {
        const bool running = line->startMinute <= now && now < line->endMinute;
        if (running || line->startMinute >= now)
            return BoardOrder{line->order, line->item, line->itemName, line->seq, line->qty, line->startMinute,
                              line->endMinute, running};
    }
    return std::nullopt;
}

} // namespace

ProgressBoard buildProgressBoard(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
    const std::vector<CompletionReport>& reports, Date date, int nowMinute, const BoardOptions& options)
{
    ProgressBoard board;
    board.date = date;
    board.nowMinute = nowMinute;
    board.workshop = options.workshop;
    const DailyPlan plan = buildDailyPlan(model, mrp, schedule, date, options.workshop);

    std::map<StepKey, ReportedQty> reported;
    for (const CompletionReport& report : reports) {
        if (report.date != date)
            continue;
        ReportedQty& qty = reported[{report.workOrder, report.seq}];
        qty.good += report.goodQty;
        qty.scrap += report.scrapQty;
    }
    std::unordered_map<std::string, int> completion;
    for (const OrderCompletion& order : schedule.orders)
        completion.emplace(order.order, order.completionMinute);
    std::unordered_map<std::string, bool> pieces;
    for (const Item& item : model.items)
        pieces.emplace(item.code, item.isCountedInPieces());

    std::map<std::string, WorkingTime> workingTimes;
    // The daily plan's lines come grouped by workshop → work center → unit, then by start.
    for (std::size_t first = 0; first < plan.lines.size();) {
        const DailyPlanLine& head = plan.lines[first];
        std::vector<const DailyPlanLine*> lines;
        for (std::size_t i = first; i < plan.lines.size() && plan.lines[i].workCenter == head.workCenter
             && plan.lines[i].unit == head.unit;
             ++i)
            lines.push_back(&plan.lines[i]);
        first += lines.size();

        WorkingTime& time
            = workingTimes.try_emplace(head.workCenter, model.calendar, schedule.today, head.workCenter).first->second;
        BoardRow row{.workshop = head.workshop, .workCenter = head.workCenter, .workCenterName = head.workCenterName,
                     .unit = head.unit, .lines = static_cast<int>(lines.size())};
        for (const DailyPlanLine* line : lines) {
            row.planQty += line->qty;
            if (const auto it = reported.find({line->order, line->seq}); it != reported.end()) {
                row.actualQty += it->second.good;
                row.scrapQty += it->second.scrap;
            }
            const auto counted = pieces.find(line->item);
            row.dueQty += dueByNow(time, *line, nowMinute, counted == pieces.end() || counted->second);
            const auto done = completion.find(line->order);
            const Date projected = done != completion.end() ? dateOfMinute(schedule.today, done->second) : date;
            if (line->due < date || projected > line->due)
                row.late.push_back({line->order, line->seq, line->due, projected});
        }
        row.planQty = roundPlanQuantity(row.planQty, false);
        row.actualQty = roundPlanQuantity(row.actualQty, false);
        row.scrapQty = roundPlanQuantity(row.scrapQty, false);
        row.dueQty = roundPlanQuantity(row.dueQty, false);
        row.achievement = ratio(row.actualQty, row.planQty);
        row.achieved = row.planQty > 0 && row.actualQty >= row.planQty;
        const double tolerance = std::max(options.behindShare * row.planQty, options.behindMinimum);
        row.behind = row.dueQty - row.actualQty > tolerance;
        row.current = currentOrder(lines, nowMinute);

        if (board.workshops.empty() || board.workshops.back().workshop != row.workshop)
            board.workshops.push_back({row.workshop, board.rows.size(), {}});
        addToTotals(board.workshops.back().totals, row);
        addToTotals(board.totals, row);
        board.rows.push_back(std::move(row));
    }
    return board;
}

FactoryModel factoryAtStartOf(const FactoryModel& model, const std::vector<CompletionReport>& reports, Date date)
{
    FactoryModel start = model;
    std::unordered_map<std::string, WorkOrder*> orders;
    for (WorkOrder& order : start.workOrders)
        orders.emplace(order.number, &order);
    for (const CompletionReport& report : reports) {
        const auto order = orders.find(report.workOrder);
        if (report.date < date || order == orders.end())
            continue;
        // Only the last step's good quantity counts as completed (ExecutionRepository::record).
        WorkOrder& wo = *order->second;
        if (lastOperationSeq(model, wo.item) == report.seq)
            wo.completedQty = std::max(0.0, wo.completedQty - report.goodQty);
    }
    return start;
}

} // namespace pmc::core
