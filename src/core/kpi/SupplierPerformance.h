#pragma once

#include "core/Date.h"
#include "core/purchasing/PurchaseReceipt.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

struct FactoryModel;
struct PurchaseOrder;

/// Whether `po` was delivered in full by its due date: the receipts dated on or before it, less
/// what inspection rejected, plus received quantity that has no receipt (it came in before
/// receipts were recorded), reach the ordered quantity.
bool deliveredOnTime(const PurchaseOrder& po, const std::vector<PurchaseReceipt>& receipts);

/// One supplier's delivery record in one month (供应商按时交付率 by supplier and month, computed
/// by the 10th of the next month): purchase orders due that month and how many arrived in full
/// by their due.
struct SupplierMonth {
    std::string supplier;
    std::string month; ///< `YYYY-MM`
    int due = 0;
    int onTime = 0;
    std::vector<std::string> lateOrders;

    double rate() const { return due > 0 ? static_cast<double>(onTime) / due : 0.0; }
};

/// By supplier (as the orders name them, "" when none) and month of due date, for the purchase
/// orders due in `period` with a quantity above 0; suppliers in code order, months in order.
std::vector<SupplierMonth> supplierPerformance(const FactoryModel& model, const std::vector<PurchaseReceipt>& receipts,
                                               const DateRange& period);

} // namespace pmc::core
