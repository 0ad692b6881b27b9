#pragma once

#include "core/execution/CompletionReport.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace pmc::core {

struct FactoryModel;
struct Operation;

/// The routing step each completion report is on (work order → item → operation), indexed once
/// for the KPIs that walk tens of thousands of reports. Refers to `model`, which must outlive it.
class ReportedSteps {
public:
    explicit ReportedSteps(const FactoryModel& model);

    /// The item of a work order, "" when the order is unknown.
    const std::string& itemOf(const std::string& workOrder) const;
    /// The step `report` is on, null when the routing no longer has it.
    const Operation* stepOf(const CompletionReport& report) const;

private:
    std::map<std::string, std::string> m_itemOfOrder;
    std::map<std::pair<std::string, int>, const Operation*> m_steps;
};

/// The standard working minutes each completion report earned (标准工时 of the output): its good
/// and scrapped quantity × the routing step's run time, plus the step's setup on the first report
/// of the step of that work order; 0 for a step the routing no longer has. In the order of
/// `reports`. Efficiency and capacity utilisation compare these with the hours worked and
/// available.
std::vector<double> earnedMinutes(const ReportedSteps& steps, const std::vector<CompletionReport>& reports);

} // namespace pmc::core
