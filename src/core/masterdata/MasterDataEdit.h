#pragma once

#include "core/FactoryModel.h"
#include "core/diagnostics/ValidationResult.h"

#include <optional>
#include <utility>
#include <vector>

namespace pmc::core {

/// One row of a master-data section before and after an edit: both set = changed in place,
/// only `after` = added (at the end), only `before` = removed.
template <typename Row>
struct RowChange {
    std::optional<Row> before;
    std::optional<Row> after;

    bool operator==(const RowChange&) const = default;
};

/// A planner's edit of master data as exact before/after rows, so that it can be applied,
/// stored row by row and undone (its inverse) without copying the whole factory.
struct MasterDataEdit {
    std::vector<RowChange<Supplier>> suppliers;
    std::vector<RowChange<Item>> items;
    std::vector<RowChange<BomLine>> boms;
    std::vector<RowChange<WorkCenter>> workCenters;
    std::vector<RowChange<Routing>> routings;
    std::vector<RowChange<InventoryRecord>> inventory;
    /// The whole calendar before and after (it is small and edited as one).
    std::optional<std::pair<Calendar, Calendar>> calendar;

    bool empty() const;
    /// The edit that takes the model back: before and after swapped, changes in reverse order.
    MasterDataEdit inverse() const;
    bool operator==(const MasterDataEdit&) const = default;
};

/// Applies `edit` to `model` in place: a changed or removed row is found by its exact
/// `before` value. Throws std::invalid_argument naming the row when one is not there (the
/// model no longer matches the edit); the model is then left as it was.
void applyEdit(FactoryModel& model, const MasterDataEdit& edit);

/// Applies `edit` and validates the whole result (validateFactory); when it is refused the
/// model is restored and the issues are returned, so nothing invalid is ever kept.
ValidationResult applyValidatedEdit(FactoryModel& model, const MasterDataEdit& edit);

} // namespace pmc::core
