#pragma once

#include "core/Date.h"
#include "core/orders/OrderNumbering.h"
#include "core/masterdata/BomLine.h"
#include "core/masterdata/Calendar.h"
#include "core/masterdata/Item.h"
#include "core/masterdata/Routing.h"
#include "core/masterdata/Supplier.h"
#include "core/masterdata/WorkCenter.h"
#include "core/orders/OrderReviewPolicy.h"
#include "core/orders/Orders.h"
#include "core/linebalance/LineBalance.h"
#include "core/kpi/KpiTargets.h"
#include "core/plan/PrintPaper.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace pmc::core {

/// The planning "now" and horizon (interchange.md §1 `settings`).
struct PlanningSettings {
    Date today = Date::fromYmd(2026, 1, 1);
    int horizonDays = 120;
    int materialBufferDays = 3;
    /// How new sales orders are numbered (core::OrderNumbering).
    std::string salesOrderNumberPattern = kDefaultSalesOrderPattern;
    /// Minute of the working day by which the next working day's plan is due for release
    /// (core::releaseReminder; docs/plans.md "Release").
    int planReleaseCutoffMinute = 13 * 60 + 30;
    /// The paper the printed forms go on.
    PrintPaper printPaper;
    KpiTargets kpiTargets;

    bool operator==(const PlanningSettings&) const = default;
};

/// Everything one factory plans with: master data and open orders. A value type, so a
/// what-if copy or a test fixture is just another instance; nothing here is global.
struct FactoryModel {
    PlanningSettings settings;
    Calendar calendar;
    std::vector<Supplier> suppliers;
    std::vector<Item> items;
    std::vector<BomLine> boms;
    std::vector<WorkCenter> workCenters;
    std::vector<Routing> routings;
    std::vector<InventoryRecord> inventory;
    std::vector<PurchaseOrder> purchaseOrders;
    std::vector<WorkOrder> workOrders;
    std::vector<SalesOrder> salesOrders;
    std::vector<FirmPlannedOrder> firmPlannedOrders;
    std::vector<PurchaseRequisition> purchaseRequisitions;
    std::vector<Changeover> changeovers;
    std::vector<OperationPin> operationPins;
    /// Stations of the assembly lines for line balancing, per line in flow order.
    std::vector<LineStation> lineStations;
    /// Which departments the order review waits for.
    OrderReviewPolicy reviewPolicy;

    /// Index of the item with this code, or -1.
    int itemIndex(const std::string& code) const;
    const Item* findItem(const std::string& code) const;
    /// Plannable stock (InventoryRecord::plannable) per item code (items without a row have none).
    std::unordered_map<std::string, double> onHandByItem() const;

    bool operator==(const FactoryModel&) const = default;
};

} // namespace pmc::core
