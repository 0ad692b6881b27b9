#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleProblem.h"

namespace pmc::core {

/// Sets each job's materialReadyMinute and materialShort from its bought components
/// (docs/scheduling.md, "When an order may start"): the buy planned orders MRP pegged to the
/// job arrive on their due date; what they do not cover is taken from stock (in house now),
/// open purchase orders, requisitions and what buy planned orders hold beyond their pegging
/// (lot sizing; in house on their due date), handed out first come, first served in the order
/// the jobs need their material. Material counts as ready
/// `material_buffer_days` after it arrives, never before today.
void setMaterialReadiness(const FactoryModel& model, const MrpResult& mrp, ScheduleProblem& problem);

} // namespace pmc::core
