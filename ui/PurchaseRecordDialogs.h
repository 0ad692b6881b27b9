#pragma once

#include "core/purchasing/PurchaseFollowUp.h"
#include "core/purchasing/PurchaseReceipt.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace pmc::ui {

/// The small forms of the purchase follow-up, each for one selected row; nullopt when the user
/// cancels. The Document checks what they return (the forms only keep numbers in range).
class PurchaseRecordDialogs {
    Q_DECLARE_TR_FUNCTIONS(PurchaseRecordDialogs)
public:
    /// The date the supplier now promises for `order` (交期回复), with a note (whom they spoke to).
    static std::optional<core::PromisedDate> askPromisedDate(QWidget* parent, const core::PurchaseFollowUpRow& order);
    /// A delivery on `order` (到货): date up to `today` and quantity, the open quantity offered.
    static std::optional<core::PurchaseReceipt> askReceipt(QWidget* parent, const core::PurchaseFollowUpRow& order,
                                                       core::Date today);
    /// The incoming inspection (IQC) of `receipt`: accepted and rejected quantities, the disposition
    /// of the rejected part, date and note.
    static std::optional<core::InspectionResult> askInspection(QWidget* parent, const core::PurchaseReceipt& receipt,
                                                           core::Date today);
};

} // namespace pmc::ui
