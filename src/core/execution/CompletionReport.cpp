#include "core/execution/CompletionReport.h"

#include "core/QuantityText.h"
#include "core/FactoryModel.h"
#include "core/execution/ShopFloorRecord.h"
#include "core/mrp/MrpTolerance.h"

#include <algorithm>
#include <set>
#include <iomanip>
#include <sstream>

namespace pmc::core {

namespace {

const Routing* routingOf(const FactoryModel& model, const std::string& item)
{
    const auto it = std::find_if(model.routings.begin(), model.routings.end(),
                                 [&](const Routing& r) { return r.item == item && !r.operations.empty(); });
    return it == model.routings.end() ? nullptr : &*it;
}

/// The routing's seqs in working order (the file may list them in any order).
std::vector<int> operationSeqs(const Routing& routing)
{
    std::vector<int> seqs;
    for (const Operation& op : routing.operations)
        seqs.push_back(op.seq);
    std::sort(seqs.begin(), seqs.end());
    return seqs;
}

double reportedOn(const std::vector<CompletionReport>& reports, const std::string& order, int seq, bool goodOnly)
{
    double sum = 0;
    for (const CompletionReport& r : reports)
        if (r.workOrder == order && r.seq == seq)
            sum += goodOnly ? r.goodQty : r.goodQty + r.scrapQty;
    return sum;
}

} // namespace

std::optional<int> lastOperationSeq(const FactoryModel& model, const std::string& item)
{
    const Routing* routing = routingOf(model, item);
    if (!routing)
        return std::nullopt;
    return operationSeqs(*routing).back();
}

double openForOperation(const FactoryModel& model, const WorkOrder& order, const std::vector<CompletionReport>& existing,
                        int seq)
{
    const Routing* routing = routingOf(model, order.item);
    if (!routing)
        return 0;
    const std::vector<int> seqs = operationSeqs(*routing);
    const auto at = std::find(seqs.begin(), seqs.end(), seq);
    if (at == seqs.end())
        return 0;
    double input = 0;
    if (at == seqs.begin()) {
        // completed_qty beyond the reported good of the last operation was imported as already
        // done (it passed every operation before reporting started), so it is not to be worked.
        const double imported = std::max(0.0, order.completedQty - reportedOn(existing, order.number, seqs.back(), true));
        input = order.qty - imported;
    } else {
        input = reportedOn(existing, order.number, *std::prev(at), true);
    }
    return std::max(0.0, input - reportedOn(existing, order.number, seq, false));
}

ValidationResult checkReportChain(const FactoryModel& model, const std::vector<CompletionReport>& reports)
{
    ValidationResult result;
    std::set<std::string> orders;
    for (const CompletionReport& r : reports)
        orders.insert(r.workOrder);
    for (const WorkOrder& order : model.workOrders) {
        const Routing* routing = orders.contains(order.number) ? routingOf(model, order.item) : nullptr;
        if (!routing)
            continue;
        const std::vector<int> seqs = operationSeqs(*routing);
        for (std::size_t k = 1; k < seqs.size(); ++k) {
            const double passed = reportedOn(reports, order.number, seqs[k - 1], true);
            const double worked = reportedOn(reports, order.number, seqs[k], false);
            if (isBelowWithTolerance(passed, worked))
                result.add(order.number + " op " + std::to_string(seqs[k]),
                           quantityText(worked) + " reported, but op " + std::to_string(seqs[k - 1]) + " passed on only "
                               + quantityText(passed));
        }
    }
    return result;
}

ValidationResult checkCompletionReport(const FactoryModel& model, const std::vector<CompletionReport>& existing,
                                       const CompletionReport& next)
{
    ValidationResult result;
    if (next.goodQty < 0)
        result.add("--good", quantityText(next.goodQty) + " is negative");
    if (next.scrapQty < 0)
        result.add("--scrap", quantityText(next.scrapQty) + " is negative");
    if (next.labourHours < 0)
        result.add("--hours", quantityText(next.labourHours) + " is negative");
    if (next.scrapQty > 0 && next.scrapReason.empty())
        result.add("--reason", "required when scrap is reported (why " + quantityText(next.scrapQty) + " were scrapped)");
    if (next.goodQty == 0 && next.scrapQty == 0)
        result.add("--good", "a report needs a good or scrap quantity above 0");
    const WorkOrder* order = recordedWorkOrder(model, next.workOrder, next.date, result);
    if (!order)
        return result;
    if (!isBelowWithTolerance(order->completedQty, order->qty)) {
        result.add("--order", next.workOrder + " is closed (" + quantityText(order->completedQty) + " of "
                                  + quantityText(order->qty) + " completed)");
        return result;
    }
    const Routing* routing = routingOf(model, order->item);
    if (!routing) {
        result.add("--seq", "item " + order->item + " of " + next.workOrder + " has no routing");
        return result;
    }
    const std::vector<int> seqs = operationSeqs(*routing);
    if (std::find(seqs.begin(), seqs.end(), next.seq) == seqs.end()) {
        std::string known;
        for (int seq : seqs)
            known += (known.empty() ? "" : ", ") + std::to_string(seq);
        result.add("--seq", std::to_string(next.seq) + " is not an operation of " + order->item + " (routing: " + known + ")");
        return result;
    }
    const double open = openForOperation(model, *order, existing, next.seq);
    const double reported = std::max(0.0, next.goodQty) + std::max(0.0, next.scrapQty);
    if (isBelowWithTolerance(open, reported)) {
        const std::string where = " still open on " + next.workOrder + " op " + std::to_string(next.seq);
        if (next.scrapQty > 0)
            result.add("--good", "good " + quantityText(next.goodQty) + " + scrap " + quantityText(next.scrapQty)
                                     + " exceeds the " + quantityText(open) + where);
        else
            result.add("--good", quantityText(next.goodQty) + " exceeds the " + quantityText(open) + where);
    }
    return result;
}

} // namespace pmc::core
