#pragma once

#include "core/Date.h"
#include "core/diagnostics/ValidationResult.h"

#include <string>
#include <vector>

namespace pmc::core {

struct FactoryModel;

/// Material the warehouse handed to a work order (领料 / 发料), or took back (退料) when `qty`
/// is negative. The stock figures (InventoryRecord) are the warehouse's own and already count
/// issued material out; an issue record says which order holds it (docs/plans.md).
struct MaterialIssue {
    std::string workOrder;
    std::string item;
    double qty = 0; ///< issued (> 0) or returned (< 0)
    Date date;
    std::string note;

    bool operator==(const MaterialIssue&) const = default;
};

/// Net quantity of `item` issued to `workOrder` by `issues` (returns subtracted).
double issuedQuantity(const std::vector<MaterialIssue>& issues, const std::string& workOrder, const std::string& item);

/// Checks `next` against the model and the issues already recorded: a known work order, an
/// item of its bill of materials, a quantity other than 0, a date not after today, and no
/// return of more than was issued. Each issue's path is the command-line option it concerns.
ValidationResult checkMaterialIssue(const FactoryModel& model, const std::vector<MaterialIssue>& existing,
                                    const MaterialIssue& next);

} // namespace pmc::core
