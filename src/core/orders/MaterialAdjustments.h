#pragma once

#include "core/orders/ChangeImpact.h"

#include <vector>

namespace pmc::core {

class PlannedFactory;

/// The rows of the material delivery adjustment notice: every open purchase order and
/// requisition of `after` (within the horizon) whose first need date or needed quantity
/// differs between the two plans, with what to ask the supplier for. A row whose
/// action is Keep in both plans is left out: purchasing has nothing to tell the supplier.
std::vector<MaterialAdjustment> compareMaterialNeeds(const PlannedFactory& before, const PlannedFactory& after,
                                                     const ChangeImpactOptions& options);

/// The action for an order of `qty` due `due` that a plan needs as `need`, and the quantity
/// and date to ask for, written into `row` (action, proposedQty, proposedDue).
void proposeMaterialAction(const MaterialNeed& need, const ChangeImpactOptions& options, MaterialAdjustment& row);

} // namespace pmc::core
