#pragma once

#include "core/Date.h"
#include "core/diagnostics/ValidationResult.h"

#include <string>

namespace pmc::core {

struct FactoryModel;
struct WorkOrder;

/// What every record from the shop floor (a completion report, a material issue) is checked
/// for first: its date is not after the planning date (`--date`) and it names a work order of
/// `model` (`--order`). Adds the problems to `result`; returns the work order, null when unknown.
const WorkOrder* recordedWorkOrder(const FactoryModel& model, const std::string& number, Date date,
                                   ValidationResult& result);

} // namespace pmc::core
