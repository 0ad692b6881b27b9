#pragma once

#include "core/FactoryModel.h"
#include "core/diagnostics/ValidationResult.h"

namespace pmc::core {

/// Checks a whole FactoryModel before it is stored: unique codes, references that resolve,
/// non-negative quantities, sane dates and an acyclic BOM. Paths name the scenario JSON
/// location (interchange.md §1), e.g. `boms[4].component`.
ValidationResult validateFactory(const FactoryModel& model);

/// Checks that every operation pin names a step that can be pinned: a step of the routing of a
/// work order or firm planned order, on a unit its work center has. A scenario or a new pin
/// must pass; stored pins of orders since completed are only skipped (validateFactory leaves
/// them alone so that edits elsewhere do not fail).
ValidationResult validateOperationPinTargets(const FactoryModel& model);

} // namespace pmc::core
