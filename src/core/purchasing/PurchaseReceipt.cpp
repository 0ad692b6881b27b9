#include "core/purchasing/PurchaseReceipt.h"

#include "core/EnumNames.h"
#include "core/FactoryModel.h"
#include "core/QuantityText.h"
#include "core/mrp/MrpTolerance.h"

#include <algorithm>

namespace pmc::core {

namespace {

constexpr EnumNames<Disposition, 5> kDispositionNames{{{"", Disposition::None},
                                                       {"concession", Disposition::Concession},
                                                       {"sort", Disposition::Sort},
                                                       {"rework", Disposition::Rework},
                                                       {"return", Disposition::Return}}};

const PurchaseOrder* findOrder(const FactoryModel& model, const std::string& number, ValidationResult& result)
{
    const auto po = std::find_if(model.purchaseOrders.begin(), model.purchaseOrders.end(),
                                 [&](const PurchaseOrder& p) { return p.number == number; });
    if (po == model.purchaseOrders.end()) {
        result.add("--po", "unknown purchase order \"" + number + "\"");
        return nullptr;
    }
    return &*po;
}

void notAfterToday(const FactoryModel& model, Date date, ValidationResult& result)
{
    if (date > model.settings.today)
        result.add("--date", date.toString() + " is after today (" + model.settings.today.toString() + ")");
}

} // namespace

const char* toString(Disposition disposition) { return nameOf(kDispositionNames, disposition); }

bool parseDisposition(const std::string& text, Disposition& out) { return parseName(kDispositionNames, text, out); }

ValidationResult checkReceipt(const FactoryModel& model, const PurchaseReceipt& next)
{
    ValidationResult result;
    notAfterToday(model, next.date, result);
    if (!(next.qty > 0))
        result.add("--qty", "the received quantity must be above 0");
    const PurchaseOrder* po = findOrder(model, next.purchaseOrder, result);
    if (!po || !(next.qty > 0))
        return result;
    if (po->isReceived())
        result.add("--po", po->number + " is fully received (" + quantityText(po->receivedQty) + " of "
                               + quantityText(po->qty) + ")");
    else if (isBelowWithTolerance(po->openQty(), next.qty))
        result.add("--qty", quantityText(next.qty) + " exceeds the " + quantityText(po->openQty()) + " still open on "
                                + po->number);
    return result;
}

ValidationResult checkInspection(const FactoryModel& model, const PurchaseReceipt& receipt, const InspectionResult& inspection)
{
    ValidationResult result;
    if (receipt.inspected)
        result.add("--receipt", "receipt " + std::to_string(receipt.id) + " of " + receipt.purchaseOrder
                                    + " is already inspected");
    result.append(checkInspectionResult(receipt, inspection));
    notAfterToday(model, inspection.date, result);
    return result;
}

ValidationResult checkInspectionResult(const PurchaseReceipt& receipt, const InspectionResult& inspection)
{
    ValidationResult result;
    if (inspection.acceptedQty < 0)
        result.add("--accepted", quantityText(inspection.acceptedQty) + " is negative");
    if (inspection.rejectedQty < 0)
        result.add("--rejected", quantityText(inspection.rejectedQty) + " is negative");
    const double total = inspection.acceptedQty + inspection.rejectedQty;
    if (isBelowWithTolerance(total, receipt.qty) || isBelowWithTolerance(receipt.qty, total))
        result.add("--accepted", "accepted " + quantityText(inspection.acceptedQty) + " + rejected "
                                     + quantityText(inspection.rejectedQty) + " must equal the "
                                     + quantityText(receipt.qty) + " received");
    if (inspection.rejectedQty > 0 && inspection.disposition == Disposition::None)
        result.add("--disposition", "required when part of the lot is rejected (concession, sort, rework or return)");
    if (inspection.rejectedQty > 0 && inspection.disposition == Disposition::Concession)
        result.add("--disposition", "a concession accepts the lot: record it as accepted, not rejected");
    if (inspection.date < receipt.date)
        result.add("--date", inspection.date.toString() + " is before the lot arrived (" + receipt.date.toString() + ")");
    return result;
}

const PromisedDate* latestPromise(const std::vector<PromisedDate>& history, const std::string& order)
{
    const auto it = std::find_if(history.rbegin(), history.rend(),
                                 [&](const PromisedDate& p) { return p.purchaseOrder == order; });
    return it == history.rend() ? nullptr : &*it;
}

ValidationResult checkPromise(const FactoryModel& model, const PromisedDate& next)
{
    ValidationResult result;
    const PurchaseOrder* po = findOrder(model, next.purchaseOrder, result);
    if (po && po->isReceived())
        result.add("--po", po->number + " is fully received; a promised date no longer applies");
    return result;
}

} // namespace pmc::core
