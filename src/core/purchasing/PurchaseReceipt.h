#pragma once

#include "core/Date.h"
#include "core/diagnostics/ValidationResult.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

struct FactoryModel;
struct PurchaseOrder;

/// What happens to a lot incoming inspection did not pass as it is (pmc-workflow.md S7).
enum class Disposition {
    None,       ///< passed as it is
    Concession, ///< 特采: used as it is by exception; counts as accepted
    Sort,       ///< 分选: the good part is accepted, the rest goes back
    Rework,     ///< 重工/返修: the supplier reworks the rejected part and delivers it again
    Return,     ///< 批退: the rejected part goes back and stays open on the order
};

const char* toString(Disposition disposition);
bool parseDisposition(const std::string& text, Disposition& out);

/// One delivery against a purchase order (到货): it waits for incoming inspection (IQC, on
/// inspection stock) until inspected, then its accepted part is stock and its rejected part is
/// open on the order again, for the supplier to deliver once more.
struct PurchaseReceipt {
    long long id = 0; ///< stored id, the handle for recording the inspection
    std::string purchaseOrder;
    Date date;
    double qty = 0;
    bool inspected = false;
    double acceptedQty = 0;
    double rejectedQty = 0;
    Disposition disposition = Disposition::None;
    std::optional<Date> inspectedOn;
    std::string note;

    /// What the receipt delivered as far as the order is concerned: all of it while on
    /// inspection, the accepted part once inspected.
    double deliveredQty() const { return inspected ? acceptedQty : qty; }
    bool operator==(const PurchaseReceipt&) const = default;
};

/// The result incoming inspection records on a receipt.
struct InspectionResult {
    double acceptedQty = 0;
    double rejectedQty = 0;
    Disposition disposition = Disposition::None;
    Date date;
    std::string note;
};

/// Checks a new receipt: a known purchase order that is not fully received, a quantity above 0
/// and no more than is open on the order, a date not after today. Paths are command-line options.
ValidationResult checkReceipt(const FactoryModel& model, const PurchaseReceipt& next);

/// Checks an inspection result for `receipt`: not inspected before, accepted + rejected equal to
/// the received quantity, both ≥ 0, a disposition whenever anything is rejected (or a concession
/// is made), a date from the receipt's to today.
ValidationResult checkInspection(const FactoryModel& model, const PurchaseReceipt& receipt, const InspectionResult& result);
/// The part of checkInspection about the result itself, as a recorded inspection must also satisfy
/// (a scenario's history): accepted + rejected equal to the received quantity, both ≥ 0, a
/// disposition whenever anything is rejected, a date not before the receipt's.
ValidationResult checkInspectionResult(const PurchaseReceipt& receipt, const InspectionResult& result);

/// The supplier's promised date of a purchase order, one entry of its history (交期回复).
struct PromisedDate {
    std::string purchaseOrder;
    Date date;
    std::string note;
    std::string recordedAt; ///< local time `YYYY-MM-DDTHH:MM:SS`

    bool operator==(const PromisedDate&) const = default;
};

/// The latest promised date of `order` in `history` (recorded oldest first), if any.
const PromisedDate* latestPromise(const std::vector<PromisedDate>& history, const std::string& order);

/// Checks a promised date: it names a known purchase order that is still open.
ValidationResult checkPromise(const FactoryModel& model, const PromisedDate& next);

} // namespace pmc::core
