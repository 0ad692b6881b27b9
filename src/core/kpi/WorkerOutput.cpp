#include "core/kpi/WorkerOutput.h"

#include "core/FactoryModel.h"
#include "core/kpi/EarnedHours.h"

#include <map>
#include <tuple>

namespace pmc::core {


std::vector<WorkerOutput> workerOutput(const FactoryModel& model, const std::vector<CompletionReport>& reports,
                                       const DateRange& period)
{
    const ReportedSteps steps(model);
    const std::vector<double> earned = earnedMinutes(steps, reports);

    std::map<std::string, WorkerOutput> byWorker;
    // (worker, order, step) → index of its line in the worker's pieceWork.
    std::map<std::tuple<std::string, std::string, int>, std::size_t> lineOf;
    for (std::size_t k = 0; k < reports.size(); ++k) {
        const CompletionReport& r = reports[k];
        if (!period.contains(r.date))
            continue;
        WorkerOutput& out = byWorker[r.worker];
        out.worker = r.worker;
        out.goodQty += r.goodQty;
        out.scrapQty += r.scrapQty;
        if (r.labourHours > 0) {
            out.labourHours += r.labourHours;
            out.earnedHours += earned[k] / 60;
        }
        const auto [line, added] = lineOf.try_emplace({r.worker, r.workOrder, r.seq}, out.pieceWork.size());
        if (added) {
            const Operation* op = steps.stepOf(r);
            out.pieceWork.push_back({r.workOrder, steps.itemOf(r.workOrder), r.seq, op ? op->workCenter : std::string(),
                                     0, op ? op->pieceRate : 0.0, 0});
        }
        PieceWork& work = out.pieceWork[line->second];
        work.goodQty += r.goodQty;
        work.amount = work.goodQty * work.pieceRate;
    }
    std::vector<WorkerOutput> result;
    for (auto& [name, out] : byWorker) {
        for (const PieceWork& p : out.pieceWork)
            out.pay += p.amount;
        result.push_back(std::move(out));
    }
    return result;
}

} // namespace pmc::core
