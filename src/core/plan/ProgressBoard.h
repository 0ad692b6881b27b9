#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/execution/CompletionReport.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleRequest.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// The work order a line is on now, or the one it starts next (docs/plans.md, "Progress board").
struct BoardOrder {
    std::string order;
    std::string item;
    std::string itemName;
    int seq = 0;
    double qty = 0; ///< the day's share of the step
    int startMinute = 0; ///< schedule minutes, as in DailyPlanLine
    int endMinute = 0;
    bool running = false; ///< now lies in [start, end); else it is the next one

    bool operator==(const BoardOrder&) const = default;
};

/// A day line of the board's row that is late: its due date is before the board's date, or
/// its order's projected completion falls after that due.
struct BoardLateLine {
    std::string order;
    int seq = 0;
    Date due;
    Date projected; ///< the order's completion date in the schedule

    bool operator==(const BoardLateLine&) const = default;
};

/// Sums over rows: a workshop's or the whole board's.
struct BoardTotals {
    double planQty = 0; ///< mixed units: a headline figure, like DailyPlanTotals::qty
    double actualQty = 0;
    double dueQty = 0;
    std::optional<double> achievement; ///< actualQty ÷ planQty; none when nothing is planned
    int rows = 0;
    int behindRows = 0;
    int lateLines = 0;

    bool operator==(const BoardTotals&) const = default;
};

/// One line / team (a unit of a work center) with work on the board's date.
struct BoardRow {
    std::string workshop;
    std::string workCenter;
    std::string workCenterName;
    int unit = 0;
    int lines = 0; ///< daily plan lines of the unit
    double planQty = 0; ///< Σ qty of the unit's daily plan lines
    double actualQty = 0; ///< good quantity reported on the date on those lines' steps
    double scrapQty = 0; ///< scrap reported likewise
    double dueQty = 0; ///< the part of the plan whose working time has elapsed by now
    std::optional<double> achievement; ///< actualQty ÷ planQty; none when planQty is 0
    std::optional<BoardOrder> current;
    std::vector<BoardLateLine> late;
    bool behind = false; ///< dueQty − actualQty exceeds the tolerance (BoardOptions)
    bool achieved = false; ///< planQty > 0 and actualQty ≥ planQty

    bool operator==(const BoardRow&) const = default;
};

/// A workshop's caption on the board with its totals; its rows are rows[firstRow, firstRow + totals.rows).
struct BoardWorkshop {
    std::string workshop;
    std::size_t firstRow = 0;
    BoardTotals totals;

    bool operator==(const BoardWorkshop&) const = default;
};

/// What the board is computed with.
struct BoardOptions {
    std::string workshop; ///< only this workshop's work centers; "" = all
    /// A row is behind when it trails the plan due by now by more than
    /// max(behindShare × its day plan, behindMinimum).
    double behindShare = 0.05;
    double behindMinimum = 1.0;
};

/// 生产进度看板: per line today's plan against what the shop floor reported.
struct ProgressBoard {
    Date date;
    int nowMinute = 0; ///< minutes since the schedule's today 00:00
    std::string workshop; ///< the filter, "" = all workshops
    std::vector<BoardRow> rows; ///< workshop → work center (master-data order) → unit
    std::vector<BoardWorkshop> workshops; ///< in the rows' order
    BoardTotals totals;

    bool operator==(const ProgressBoard&) const = default;
};

/// The progress board of `date` at `nowMinute` (minutes since `schedule.today` 00:00): the
/// daily plan (buildDailyPlan) of `date` per work center unit against the good quantity of
/// `reports` dated `date` on the same work order steps. Pure function; docs/plans.md,
/// "Progress board", defines every figure.
ProgressBoard buildProgressBoard(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
    const std::vector<CompletionReport>& reports, Date date, int nowMinute, const BoardOptions& options = {});

/// `model` as it stood when `date` began: each work order's completed quantity without the
/// good quantity reported on its last step on or after `date`. Scheduling this copy keeps the
/// day's plan steady while the day's reports come in (a fresh schedule of the current model
/// would only plan what is still open).
FactoryModel factoryAtStartOf(const FactoryModel& model, const std::vector<CompletionReport>& reports, Date date);

} // namespace pmc::core
