#pragma once

#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/mrp/MrpResult.h"

#include <span>
#include <string>
#include <vector>

namespace pmc::core {

/// The planner acting on MRP proposals (计划订单确认与下达), built as ONE MasterDataEdit so that
/// it is validated, stored and undone as a single step:
/// - firm(): each selected planned order becomes a FirmPlannedOrder (`FPO-00001`, …) that MRP
///   keeps as it is;
/// - convert(): each selected planned order or firm planned order becomes a WorkOrder
///   (`WO-…`, made items) or a PurchaseRequisition (`PR-…`, bought items, with the item's
///   supplier); a converted firm planned order is removed.
/// A new number is 1 + the largest numeric suffix among the section's numbers with that
/// prefix, in 5 digits. Ids are planned order ids of `run` or firm planned order numbers of the
/// model; any unknown id refuses the whole selection (`unknown` lists them, nothing is built).
/// A value type built from the model and run it was given; neither is kept.
struct PlannedOrderRelease {
    MasterDataEdit edit;
    /// The planned orders of `run` that the edit turns into orders: they are no longer
    /// proposals of that run (the store drops them from the last run, undo brings them back).
    std::vector<PlannedOrder> consumed;
    /// What stands for the new firm planned orders in that run, until MRP runs again: the
    /// consumed planned order under the firm number, marked firm, with its pegging.
    std::vector<PlannedOrder> added;
    std::vector<std::string> workOrders;           ///< numbers created, in selection order
    std::vector<std::string> purchaseRequisitions; ///< numbers created, in selection order
    std::vector<std::string> firmPlannedOrders;    ///< numbers created, in selection order
    std::vector<std::string> alreadyFirm;          ///< firm orders firm() was given: left as they are
    std::vector<std::string> unknown;              ///< ids that are neither; then nothing is built

    bool ok() const { return unknown.empty(); }
    /// `unknown planned order or firm planned order: PLN-00009, FPO-00042`, or "".
    std::string error() const;

    static PlannedOrderRelease firm(const FactoryModel& model, const MrpResult& run, std::span<const std::string> ids);
    static PlannedOrderRelease convert(const FactoryModel& model, const MrpResult& run, std::span<const std::string> ids);
};

/// Every planned order id of `run` followed by every firm planned order number of the model not
/// already among them: what "release all" converts.
std::vector<std::string> releasableIds(const FactoryModel& model, const MrpResult& run);

} // namespace pmc::core
