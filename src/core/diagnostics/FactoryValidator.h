#pragma once

#include "core/FactoryModel.h"
#include "core/diagnostics/ValidationResult.h"

namespace pmc::core {

/// Checks a whole FactoryModel before it is stored: unique codes, references that resolve,
/// non-negative quantities, sane dates and an acyclic BOM. Paths name the scenario JSON
/// location (interchange.md §1), e.g. `boms[4].component`.
ValidationResult validateFactory(const FactoryModel& model);

} // namespace pmc::core
