#include "core/kpi/EarnedHours.h"

#include "core/FactoryModel.h"

#include <set>

namespace pmc::core {

ReportedSteps::ReportedSteps(const FactoryModel& model)
{
    for (const WorkOrder& w : model.workOrders)
        m_itemOfOrder.emplace(w.number, w.item);
    for (const Routing& r : model.routings)
        for (const Operation& op : r.operations)
            m_steps.emplace(std::make_pair(r.item, op.seq), &op);
}

const std::string& ReportedSteps::itemOf(const std::string& workOrder) const
{
    static const std::string none;
    const auto it = m_itemOfOrder.find(workOrder);
    return it == m_itemOfOrder.end() ? none : it->second;
}

const Operation* ReportedSteps::stepOf(const CompletionReport& report) const
{
    const auto it = m_steps.find({itemOf(report.workOrder), report.seq});
    return it == m_steps.end() ? nullptr : it->second;
}

std::vector<double> earnedMinutes(const ReportedSteps& steps, const std::vector<CompletionReport>& reports)
{
    std::vector<double> minutes;
    minutes.reserve(reports.size());
    std::set<std::pair<std::string, int>> setUp;
    for (const CompletionReport& report : reports) {
        const Operation* op = steps.stepOf(report);
        if (!op) {
            minutes.push_back(0);
            continue;
        }
        double earned = (report.goodQty + report.scrapQty) * op->runMinutesPerUnit;
        if (setUp.insert({report.workOrder, report.seq}).second)
            earned += op->setupMinutes;
        minutes.push_back(earned);
    }
    return minutes;
}

} // namespace pmc::core
