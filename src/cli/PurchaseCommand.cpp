#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "core/purchasing/PurchaseFollowUp.h"
#include "store/FactoryDatabase.h"
#include "store/PurchasingRepository.h"
#include "store/ScenarioJson.h"

#include <cmath>
#include <iomanip>
#include <ostream>

namespace pmc::cli {

namespace {

using nlohmann::ordered_json;

ordered_json receiptJson(const core::PurchaseReceipt& r)
{
    ordered_json j = {{"id", r.id}, {"po", r.purchaseOrder}, {"date", r.date.toString()},
                      {"qty", store::jsonQuantity(r.qty)}, {"inspection", r.inspected ? "inspected" : "pending"}};
    if (r.inspected) {
        j["accepted"] = store::jsonQuantity(r.acceptedQty);
        j["rejected"] = store::jsonQuantity(r.rejectedQty);
        j["disposition"] = core::toString(r.disposition);
        j["inspected_on"] = r.inspectedOn ? r.inspectedOn->toString() : std::string();
    }
    if (!r.note.empty())
        j["note"] = r.note;
    return j;
}

int runList(CommandContext& context, const CommandLine& args)
{
    const std::optional<double> days = args.number("remind-days");
    if (days && (*days < 0 || *days > 3650 || *days != std::floor(*days)))
        throw UsageError("--remind-days: must be a whole number of days from 0 to 3650");
    store::FactoryDatabase& database = context.database();
    store::PurchasingRepository purchasing(database.database());
    const std::vector<core::PurchaseFollowUpRow> rows = core::purchaseFollowUp(
        database.load(), purchasing.receipts(), purchasing.promises(), days ? static_cast<int>(*days) : core::kDefaultReminderDays);
    if (args.flag("json")) {
        ordered_json doc = ordered_json::array();
        for (const core::PurchaseFollowUpRow& r : rows) {
            ordered_json j = {{"po", r.number},
                              {"supplier", r.supplier},
                              {"item", r.item},
                              {"qty", store::jsonQuantity(r.qty)},
                              {"received", store::jsonQuantity(r.receivedQty)},
                              {"on_inspection", store::jsonQuantity(r.onInspectionQty)},
                              {"open", store::jsonQuantity(r.openQty)},
                              {"due", r.due.toString()},
                              {"promised", r.promised ? ordered_json(r.promised->toString()) : ordered_json(nullptr)},
                              {"promise_changes", r.promiseChanges},
                              {"days_late", r.daysLate()},
                              {"needs_confirmation", r.needsConfirmation}};
            doc.push_back(j);
        }
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    out << std::left << std::setw(14) << "PO" << std::setw(12) << "supplier" << std::setw(14) << "item" << std::right
        << std::setw(10) << "open" << "  due         promised    late\n";
    for (const core::PurchaseFollowUpRow& r : rows) {
        out << std::left << std::setw(14) << r.number << std::setw(12) << r.supplier << std::setw(14) << r.item
            << std::right << std::setw(10) << r.openQty << "  " << r.due.toString() << "  "
            << (r.promised ? r.promised->toString() : std::string("–         ")) << "  " << std::setw(4) << r.daysLate()
            << (r.needsConfirmation ? "  needs a confirmed date" : "") << "\n";
    }
    return 0;
}

int runReceive(CommandContext& context, const CommandLine& args)
{
    core::PurchaseReceipt receipt;
    receipt.purchaseOrder = args.positional(1, "PO");
    const std::optional<double> qty = args.number("qty");
    if (!qty)
        throw UsageError("missing --qty Q");
    receipt.qty = *qty;
    receipt.note = args.option("note").value_or("");
    store::FactoryDatabase& database = context.database();
    receipt.date = args.date("date").value_or(database.load().settings.today);
    receipt = store::PurchasingRepository(database.database()).receive(receipt);
    if (args.flag("json")) {
        context.out() << receiptJson(receipt).dump(2) << "\n";
        return 0;
    }
    context.out() << "received " << receipt.qty << " on " << receipt.purchaseOrder << " (receipt " << receipt.id
                  << "), on inspection until `po inspect " << receipt.id << "`\n";
    return 0;
}

int runInspect(CommandContext& context, const CommandLine& args)
{
    const std::string idText = args.positional(1, "RECEIPT id");
    long long id = 0;
    try {
        std::size_t used = 0;
        id = std::stoll(idText, &used);
        if (used != idText.size())
            throw std::invalid_argument(idText);
    } catch (const std::exception&) {
        throw UsageError("RECEIPT: \"" + idText + "\" is not a receipt id (see `po receipts`)");
    }
    core::InspectionResult result;
    const std::optional<double> accepted = args.number("accepted");
    if (!accepted)
        throw UsageError("missing --accepted Q");
    result.acceptedQty = *accepted;
    result.rejectedQty = args.number("rejected").value_or(0.0);
    if (const std::optional<std::string> text = args.option("disposition"))
        if (!core::parseDisposition(*text, result.disposition) || text->empty())
            throw UsageError("--disposition: must be concession, sort, rework or return, not \"" + *text + "\"");
    result.note = args.option("note").value_or("");
    store::FactoryDatabase& database = context.database();
    result.date = args.date("date").value_or(database.load().settings.today);
    const core::PurchaseReceipt receipt = store::PurchasingRepository(database.database()).inspect(id, result);
    if (args.flag("json")) {
        context.out() << receiptJson(receipt).dump(2) << "\n";
        return 0;
    }
    context.out() << "receipt " << id << " of " << receipt.purchaseOrder << ": accepted " << receipt.acceptedQty;
    if (receipt.rejectedQty > 0)
        context.out() << ", rejected " << receipt.rejectedQty << " (" << core::toString(receipt.disposition)
                      << "; open again on the order)";
    context.out() << "\n";
    return 0;
}

int runPromise(CommandContext& context, const CommandLine& args)
{
    core::PromisedDate promise;
    promise.purchaseOrder = args.positional(1, "PO");
    const std::optional<core::Date> date = args.date("date");
    if (!date)
        throw UsageError("missing --date D (the date the supplier promises)");
    promise.date = *date;
    promise.note = args.option("note").value_or("");
    store::FactoryDatabase& database = context.database();
    store::PurchasingRepository purchasing(database.database());
    purchasing.promise(promise);
    if (args.flag("json")) {
        ordered_json history = ordered_json::array();
        for (const core::PromisedDate& p : purchasing.promises())
            if (p.purchaseOrder == promise.purchaseOrder)
                history.push_back({{"date", p.date.toString()}, {"note", p.note}, {"recorded_at", p.recordedAt}});
        context.out() << ordered_json{{"po", promise.purchaseOrder}, {"promised", promise.date.toString()},
                                      {"history", history}}
                             .dump(2)
                      << "\n";
        return 0;
    }
    context.out() << promise.purchaseOrder << ": the supplier promises " << promise.date.toString() << "\n";
    return 0;
}

int runReceipts(CommandContext& context, const CommandLine& args)
{
    const std::string order = args.positional().size() > 1 ? args.positional()[1] : std::string();
    const std::vector<core::PurchaseReceipt> receipts = store::PurchasingRepository(context.database().database()).receipts();
    ordered_json doc = ordered_json::array();
    for (const core::PurchaseReceipt& r : receipts) {
        if (!order.empty() && r.purchaseOrder != order)
            continue;
        if (args.flag("json")) {
            doc.push_back(receiptJson(r));
            continue;
        }
        context.out() << r.id << "  " << r.purchaseOrder << "  " << r.date.toString() << "  " << r.qty << "  ";
        if (r.inspected)
            context.out() << "accepted " << r.acceptedQty << ", rejected " << r.rejectedQty << "\n";
        else
            context.out() << "on inspection\n";
    }
    if (args.flag("json"))
        context.out() << doc.dump(2) << "\n";
    return 0;
}

} // namespace

int runPurchase(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    const std::string action = args.positional(0, "list|receive|inspect|promise|receipts");
    if (action == "list") {
        args.allowOnly({"remind-days"});
        return runList(context, args);
    }
    if (action == "receive") {
        args.allowOnly({"qty", "date", "note"});
        return runReceive(context, args);
    }
    if (action == "inspect") {
        args.allowOnly({"accepted", "rejected", "disposition", "date", "note"});
        return runInspect(context, args);
    }
    if (action == "promise") {
        args.allowOnly({"date", "note"});
        return runPromise(context, args);
    }
    if (action == "receipts") {
        args.allowOnly({});
        return runReceipts(context, args);
    }
    throw UsageError("unknown action \"" + action + "\" (list, receive, inspect, promise, receipts)");
}

} // namespace pmc::cli
