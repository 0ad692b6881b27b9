#include "core/kpi/WorkerOutput.h"

#include "core/FactoryModel.h"
#include "core/kpi/EarnedHours.h"

#include <algorithm>
#include <map>

namespace pmc::core {

namespace {

const Operation* stepOf(const FactoryModel& model, const std::string& item, int seq)
{
    for (const Routing& r : model.routings)
        if (r.item == item)
            for (const Operation& op : r.operations)
                if (op.seq == seq)
                    return &op;
    return nullptr;
}

} // namespace

std::vector<WorkerOutput> workerOutput(const FactoryModel& model, const std::vector<CompletionReport>& reports,
                                       const DateRange& period)
{
    std::map<std::string, std::string> itemOfOrder;
    for (const WorkOrder& w : model.workOrders)
        itemOfOrder.emplace(w.number, w.item);
    const std::vector<double> earned = earnedMinutes(model, reports);

    std::map<std::string, WorkerOutput> byWorker;
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
        const auto item = itemOfOrder.find(r.workOrder);
        const std::string itemCode = item == itemOfOrder.end() ? std::string() : item->second;
        auto work = std::find_if(out.pieceWork.begin(), out.pieceWork.end(), [&](const PieceWork& p) {
            return p.workOrder == r.workOrder && p.seq == r.seq;
        });
        if (work == out.pieceWork.end()) {
            const Operation* op = stepOf(model, itemCode, r.seq);
            out.pieceWork.push_back({r.workOrder, itemCode, r.seq, op ? op->workCenter : std::string(), 0,
                                     op ? op->pieceRate : 0.0, 0});
            work = std::prev(out.pieceWork.end());
        }
        work->goodQty += r.goodQty;
        work->amount = work->goodQty * work->pieceRate;
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
