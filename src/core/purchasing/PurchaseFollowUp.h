#pragma once

#include "core/Date.h"
#include "core/purchasing/PurchaseReceipt.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

struct FactoryModel;

/// The seeds ask buyers to have a supplier's date confirmed well before the due date: a week.
inline constexpr int kDefaultReminderDays = 7;

/// One open purchase order as the buyer chases it (采购跟催): what is still to come, the date the
/// supplier last promised and how that compares with the order's due date.
struct PurchaseFollowUpRow {
    std::string number;
    std::string supplier;
    std::string item;
    double qty = 0;
    double receivedQty = 0;
    double onInspectionQty = 0; ///< arrived, waiting for incoming inspection
    double openQty = 0;
    Date due;
    std::optional<Date> promised; ///< the latest promised date
    int promiseChanges = 0;       ///< how many dates the supplier gave
    /// Expected arrival: the promised date, else the due date.
    Date expected() const { return promised.value_or(due); }
    /// Days the expected arrival is after the due date (0 when on time).
    int daysLate() const { return expected() > due ? expected() - due : 0; }
    /// Due within the reminder window and the supplier has not confirmed a date.
    bool needsConfirmation = false;
};

/// The open purchase orders (not fully received), earliest expected arrival first. An order due
/// within `reminderDays` of today (or overdue) without a promised date needs confirmation.
std::vector<PurchaseFollowUpRow> purchaseFollowUp(const FactoryModel& model, const std::vector<PurchaseReceipt>& receipts,
                                                  const std::vector<PromisedDate>& promises, int reminderDays);

} // namespace pmc::core
