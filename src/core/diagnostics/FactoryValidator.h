#pragma once

#include "core/FactoryModel.h"
#include "core/diagnostics/ValidationResult.h"

#include <span>

namespace pmc::core {

/// Checks a whole FactoryModel before it is stored: unique codes, references that resolve,
/// non-negative quantities, sane dates and an acyclic BOM. Paths name the scenario JSON
/// location (interchange.md §1), e.g. `boms[4].component`.
ValidationResult validateFactory(const FactoryModel& model);

/// Checks that each of `pins` names a step that can be pinned in `model`: a step of the routing
/// of a work order or firm planned order, on a unit its work center has (paths
/// `pinned_operations[i]` by position in `pins`). A scenario's pins or a new pin must pass;
/// stored pins of orders since completed are only skipped (validateFactory leaves them alone
/// so that edits elsewhere do not fail).
ValidationResult validateOperationPinTargets(const FactoryModel& model, std::span<const OperationPin> pins);

} // namespace pmc::core
