#include "core/kpi/EarnedHours.h"

#include "core/FactoryModel.h"

#include <map>
#include <set>
#include <utility>

namespace pmc::core {

std::vector<double> earnedMinutes(const FactoryModel& model, const std::vector<CompletionReport>& reports)
{
    std::map<std::string, std::string> itemOfOrder;
    for (const WorkOrder& w : model.workOrders)
        itemOfOrder.emplace(w.number, w.item);
    std::map<std::pair<std::string, int>, const Operation*> steps;
    for (const Routing& r : model.routings)
        for (const Operation& op : r.operations)
            steps.emplace(std::make_pair(r.item, op.seq), &op);

    std::vector<double> minutes;
    minutes.reserve(reports.size());
    std::set<std::pair<std::string, int>> setUp;
    for (const CompletionReport& report : reports) {
        const auto item = itemOfOrder.find(report.workOrder);
        const auto step = item == itemOfOrder.end() ? steps.end() : steps.find({item->second, report.seq});
        if (step == steps.end()) {
            minutes.push_back(0);
            continue;
        }
        const Operation& op = *step->second;
        double earned = (report.goodQty + report.scrapQty) * op.runMinutesPerUnit;
        if (setUp.insert({report.workOrder, report.seq}).second)
            earned += op.setupMinutes;
        minutes.push_back(earned);
    }
    return minutes;
}

} // namespace pmc::core
