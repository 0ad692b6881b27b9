#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "core/kpi/Kpi.h"
#include "core/kpi/WorkerOutput.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"
#include "store/Spreadsheet.h"

#include <iomanip>
#include <ostream>

namespace pmc::cli {

namespace {

using nlohmann::ordered_json;

std::string number(double value)
{
    return store::jsonQuantity(value).dump();
}

/// The payroll sheet (计件工资表): one row per worker, order and step, then the worker's total.
store::Sheet paySheet(const std::vector<core::WorkerOutput>& workers)
{
    store::Sheet sheet;
    sheet.name = "计件工资";
    sheet.rows.push_back({"作业员/班组 Worker", "工单号 Work order", "物料 Item", "工序号 Op", "工作中心 Work center",
                          "良品数 Good", "计件单价 Piece rate", "金额 Amount"});
    using store::CellKind;
    sheet.columnKinds = {CellKind::Text,   CellKind::Text,   CellKind::Text,   CellKind::Number,
                         CellKind::Text,   CellKind::Number, CellKind::Number, CellKind::Number};
    for (const core::WorkerOutput& w : workers) {
        for (const core::PieceWork& p : w.pieceWork)
            sheet.rows.push_back({w.worker, p.workOrder, p.item, std::to_string(p.seq), p.workCenter, number(p.goodQty),
                                  number(p.pieceRate), number(p.amount)});
        sheet.rows.push_back({w.worker, "合计 Total", "", "", "", number(w.goodQty), "", number(w.pay)});
    }
    return sheet;
}

} // namespace

int runPay(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"from", "to", "xlsx"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    const std::vector<core::CompletionReport> reports = store::ExecutionRepository(database.database()).reports();
    const core::DateRange period = core::defaultKpiPeriod(model, reports, args.date("from"), args.date("to"));
    if (period.to < period.from)
        throw UsageError("--from: " + period.from.toString() + " is after the period's end " + period.to.toString());
    const std::vector<core::WorkerOutput> workers = core::workerOutput(model, reports, period);

    if (const std::optional<std::string> file = args.option("xlsx")) {
        store::writeXlsx(*file, {{paySheet(workers)}});
        context.out() << "wrote " << *file << "\n";
        return 0;
    }
    if (args.flag("json")) {
        ordered_json doc = {{"from", period.from.toString()}, {"to", period.to.toString()}};
        ordered_json list = ordered_json::array();
        for (const core::WorkerOutput& w : workers) {
            ordered_json lines = ordered_json::array();
            for (const core::PieceWork& p : w.pieceWork)
                lines.push_back({{"order", p.workOrder}, {"item", p.item}, {"seq", p.seq}, {"workcenter", p.workCenter},
                                 {"good", store::jsonQuantity(p.goodQty)}, {"piece_rate", store::jsonQuantity(p.pieceRate)},
                                 {"amount", store::jsonQuantity(p.amount)}});
            const std::optional<double> efficiency = w.efficiency();
            list.push_back({{"worker", w.worker}, {"good", store::jsonQuantity(w.goodQty)},
                            {"scrap", store::jsonQuantity(w.scrapQty)}, {"labour_hours", store::jsonQuantity(w.labourHours)},
                            {"standard_hours", store::jsonQuantity(w.earnedHours)},
                            {"efficiency", efficiency ? ordered_json(*efficiency) : ordered_json(nullptr)},
                            {"pay", store::jsonQuantity(w.pay)}, {"lines", lines}});
        }
        doc["workers"] = list;
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    out << "piece-rate pay " << period.from.toString() << " … " << period.to.toString() << "\n";
    for (const core::WorkerOutput& w : workers) {
        out << std::left << std::setw(16) << (w.worker.empty() ? "(nobody named)" : w.worker) << std::right
            << " good " << std::setw(8) << w.goodQty << "  pay " << std::setw(10) << w.pay;
        if (const std::optional<double> efficiency = w.efficiency())
            out << "  efficiency " << std::fixed << std::setprecision(1) << *efficiency * 100 << " %"
                << std::defaultfloat;
        out << "\n";
    }
    return 0;
}

} // namespace pmc::cli
