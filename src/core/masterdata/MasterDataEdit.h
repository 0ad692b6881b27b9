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

/// A whole section before and after an edit, or nothing when the edit leaves it alone.
template <typename Section>
using WholeChange = std::optional<std::pair<Section, Section>>;

/// A planner's edit of master data as exact before/after rows, so that it can be applied,
/// stored row by row and undone (its inverse) without copying the whole factory. The order
/// sections the planner creates from MRP (work orders, firm planned orders, requisitions) are
/// edited the same way, keyed by their number.
struct MasterDataEdit {
    std::vector<RowChange<Supplier>> suppliers;
    std::vector<RowChange<Item>> items;
    std::vector<RowChange<BomLine>> boms;
    std::vector<RowChange<WorkCenter>> workCenters;
    std::vector<RowChange<Routing>> routings;
    std::vector<RowChange<InventoryRecord>> inventory;
    std::vector<RowChange<WorkOrder>> workOrders;
    /// Sales orders are keyed by number; a change rewrites the order with its lines, reviews and
    /// shipments, and the store records the difference in the order's history.
    std::vector<RowChange<SalesOrder>> salesOrders;
    /// Open purchase orders, keyed by number (an expedited or re-dated order).
    std::vector<RowChange<PurchaseOrder>> purchaseOrders;
    std::vector<RowChange<FirmPlannedOrder>> firmPlannedOrders;
    std::vector<RowChange<PurchaseRequisition>> purchaseRequisitions;
    /// Small sections edited as one, before and after: the calendar, the changeover rows,
    /// the operation pins, the planning settings and the order review policy.
    WholeChange<Calendar> calendar;
    WholeChange<std::vector<Changeover>> changeovers;
    WholeChange<std::vector<OperationPin>> operationPins;
    WholeChange<PlanningSettings> settings;
    WholeChange<OrderReviewPolicy> reviewPolicy;

    bool empty() const;
    /// The edit that takes the model back: before and after swapped, changes in reverse order.
    MasterDataEdit inverse() const;
    bool operator==(const MasterDataEdit&) const = default;
};

/// Copies of the sections of a model that an edit touches, taken before applying it, so that a
/// refused or unsaved edit is taken back exactly: rows in their old places (an inverse edit
/// would re-add a removed row at the end).
class MasterDataBackup {
public:
    MasterDataBackup(const FactoryModel& model, const MasterDataEdit& edit);
    void restore(FactoryModel& model) const;

private:
    std::optional<std::vector<Supplier>> m_suppliers;
    std::optional<std::vector<Item>> m_items;
    std::optional<std::vector<BomLine>> m_boms;
    std::optional<std::vector<WorkCenter>> m_workCenters;
    std::optional<std::vector<Routing>> m_routings;
    std::optional<std::vector<InventoryRecord>> m_inventory;
    std::optional<std::vector<WorkOrder>> m_workOrders;
    std::optional<std::vector<SalesOrder>> m_salesOrders;
    std::optional<std::vector<PurchaseOrder>> m_purchaseOrders;
    std::optional<std::vector<FirmPlannedOrder>> m_firmPlannedOrders;
    std::optional<std::vector<PurchaseRequisition>> m_purchaseRequisitions;
    std::optional<Calendar> m_calendar;
    std::optional<std::vector<Changeover>> m_changeovers;
    std::optional<std::vector<OperationPin>> m_operationPins;
    std::optional<PlanningSettings> m_settings;
    std::optional<OrderReviewPolicy> m_reviewPolicy;
};

/// Applies `edit` to `model` in place: a changed or removed row is found by its exact
/// `before` value. Throws std::invalid_argument naming the row when one is not there (the
/// model no longer matches the edit); the model is then left as it was.
void applyEdit(FactoryModel& model, const MasterDataEdit& edit);

/// Applies `edit` and validates the whole result (validateFactory); when it is refused (or
/// throws as applyEdit does) the model is restored from `backup`, taken by the caller before,
/// and the issues are returned, so nothing invalid is ever kept. The caller keeps `backup`
/// to take back an accepted edit that then cannot be saved.
ValidationResult applyValidatedEdit(FactoryModel& model, const MasterDataEdit& edit, const MasterDataBackup& backup);
/// The same with a backup of its own, for callers with nothing to save afterwards.
ValidationResult applyValidatedEdit(FactoryModel& model, const MasterDataEdit& edit);

} // namespace pmc::core
