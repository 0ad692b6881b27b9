#pragma once

#include "core/execution/CompletionReport.h"

#include <vector>

namespace pmc::core {

struct FactoryModel;

/// The standard working minutes each completion report earned (标准工时 of the output): its good
/// and scrapped quantity × the routing step's run time, plus the step's setup on the first report
/// of the step of that work order; 0 for a step the routing no longer has. In the order of
/// `reports`. Efficiency and capacity utilisation compare these with the hours worked and
/// available.
std::vector<double> earnedMinutes(const FactoryModel& model, const std::vector<CompletionReport>& reports);

} // namespace pmc::core
