#pragma once

#include "core/execution/AbnormalHours.h"
#include "core/execution/CompletionReport.h"
#include "core/execution/MaterialIssue.h"
#include "core/plan/PlanRelease.h"
#include "core/purchasing/PurchaseReceipt.h"

#include <vector>

namespace pmc::core {

/// What happened, as recorded, that the KPIs measure the plan against: the shop floor's returns
/// and lost hours, the material issued, the receipts of purchase orders and the released daily
/// plans. Shipments travel with their sales order lines in the FactoryModel.
struct KpiHistory {
    std::vector<CompletionReport> reports;
    std::vector<AbnormalHours> abnormalHours;
    std::vector<MaterialIssue> issues;
    std::vector<PurchaseReceipt> receipts;
    std::vector<PlanRelease> releases;
};

} // namespace pmc::core
