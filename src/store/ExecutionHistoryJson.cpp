#include "store/ExecutionHistoryJson.h"

#include "store/JsonFields.h"
#include "store/ScenarioJson.h"

#include <cctype>
#include <map>
#include <set>

namespace pmc::store {

using core::Date;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

/// A quantity the table's CHECK bounds: ≥ 0, or > 0 when `positive`.
double boundedQuantity(JsonFields& in, const json& j, const std::string& path, const char* key, bool required,
                       bool positive)
{
    const std::optional<double> value = in.number(j, path, key, required);
    if (value && (positive ? !(*value > 0) : *value < 0))
        in.error(JsonFields::join(path, key), positive ? "must be > 0" : "must be >= 0");
    return value.value_or(0);
}

/// The rows of a section belong to an order of the same scenario (`what` names its kind).
std::string orderNumber(JsonFields& in, const json& j, const std::string& path, const std::set<std::string>& known,
                        const char* what)
{
    std::string number = in.code(j, path, "order", true);
    if (!number.empty() && !known.contains(number))
        in.error(path + ".order", std::string("unknown ") + what + " \"" + number + "\"");
    return number;
}

core::CompletionReport readReport(JsonFields& in, const json& j, const std::string& path,
                                  const std::set<std::string>& workOrders)
{
    in.allowOnly(j, path, {"order", "seq", "date", "good", "scrap", "reason", "worker", "hours"});
    core::CompletionReport r;
    r.workOrder = orderNumber(in, j, path, workOrders, "work order");
    r.seq = in.integer(j, path, "seq", true).value_or(0);
    r.date = in.date(j, path, "date", true).value_or(Date());
    r.goodQty = boundedQuantity(in, j, path, "good", true, false);
    r.scrapQty = boundedQuantity(in, j, path, "scrap", false, false);
    r.scrapReason = in.text(j, path, "reason", false);
    r.worker = in.text(j, path, "worker", false);
    r.labourHours = boundedQuantity(in, j, path, "hours", false, false);
    return r;
}

core::AbnormalHours readAbnormalHours(JsonFields& in, const json& j, const std::string& path)
{
    in.allowOnly(j, path, {"date", "workcenter", "order", "cause", "hours", "owner", "note"});
    core::AbnormalHours a;
    a.date = in.date(j, path, "date", true).value_or(Date());
    a.workCenter = in.code(j, path, "workcenter", true);
    a.workOrder = in.text(j, path, "order", false);
    a.cause = in.choice(j, path, "cause", true, core::parseAbnormalCause,
                        "cause (use material, equipment, tooling, quality or other)")
                  .value_or(a.cause);
    a.hours = boundedQuantity(in, j, path, "hours", true, true);
    a.owner = in.text(j, path, "owner", false);
    a.note = in.text(j, path, "note", false);
    return a;
}

/// The inspection of a receipt is there when `inspected_on` is; its fields must then agree as
/// `po inspect` demands (core::checkInspectionResult), whose option paths become the keys here.
void readInspection(JsonFields& in, const json& j, const std::string& path, core::PurchaseReceipt& r)
{
    const auto at = j.find("inspected_on");
    if (at == j.end() || at->is_null()) {
        for (const char* key : {"accepted", "rejected", "disposition"})
            if (j.contains(key))
                in.error(path + "." + key, "only an inspected lot has one (inspected_on is missing)");
        return;
    }
    r.inspected = true;
    r.inspectedOn = in.date(j, path, "inspected_on", true);
    r.acceptedQty = in.number(j, path, "accepted", true).value_or(0);
    r.rejectedQty = in.number(j, path, "rejected", false).value_or(0);
    r.disposition = in.choice(j, path, "disposition", false, core::parseDisposition,
                              "disposition (use concession, sort, rework or return)")
                        .value_or(r.disposition);
    if (!r.inspectedOn)
        return;
    static const std::map<std::string, std::string> kKeyOf{
        {"--accepted", "accepted"}, {"--rejected", "rejected"}, {"--disposition", "disposition"}, {"--date", "inspected_on"}};
    const core::ValidationResult issues
        = core::checkInspectionResult(r, {r.acceptedQty, r.rejectedQty, r.disposition, *r.inspectedOn, r.note});
    for (const core::ValidationIssue& issue : issues.issues()) {
        const auto key = kKeyOf.find(issue.path);
        in.error(path + "." + (key == kKeyOf.end() ? issue.path : key->second), issue.message);
    }
}

core::PurchaseReceipt readReceipt(JsonFields& in, const json& j, const std::string& path,
                                  const std::set<std::string>& purchaseOrders)
{
    in.allowOnly(j, path, {"order", "date", "qty", "accepted", "rejected", "disposition", "inspected_on", "note"});
    core::PurchaseReceipt r;
    r.purchaseOrder = orderNumber(in, j, path, purchaseOrders, "purchase order");
    r.date = in.date(j, path, "date", true).value_or(Date());
    r.qty = boundedQuantity(in, j, path, "qty", true, true);
    r.note = in.text(j, path, "note", false);
    readInspection(in, j, path, r);
    return r;
}

core::PromisedDate readPromise(JsonFields& in, const json& j, const std::string& path,
                               const std::set<std::string>& purchaseOrders)
{
    in.allowOnly(j, path, {"order", "date", "note", "recorded_at"});
    core::PromisedDate p;
    p.purchaseOrder = orderNumber(in, j, path, purchaseOrders, "purchase order");
    p.date = in.date(j, path, "date", true).value_or(Date());
    p.note = in.text(j, path, "note", false);
    p.recordedAt = in.text(j, path, "recorded_at", false);
    // When the supplier's answer was recorded, a local time like those stamped here (now when absent).
    const std::string& at = p.recordedAt;
    if (!at.empty() && (at.size() != 19 || at[10] != 'T' || !Date::parse(at.substr(0, 10))
                        || !core::parseClockMinutes(at.substr(11, 5)) || at[16] != ':' || !std::isdigit(at[17])
                        || !std::isdigit(at[18])))
        in.error(path + ".recorded_at", "must be a local time YYYY-MM-DDTHH:MM:SS, not \"" + at + "\"");
    return p;
}

core::MaterialIssue readIssue(JsonFields& in, const json& j, const std::string& path,
                              const std::set<std::string>& workOrders)
{
    in.allowOnly(j, path, {"order", "item", "qty", "date", "note"});
    core::MaterialIssue i;
    i.workOrder = orderNumber(in, j, path, workOrders, "work order");
    i.item = in.code(j, path, "item", true);
    const std::optional<double> qty = in.number(j, path, "qty", true);
    if (qty == 0.0)
        in.error(path + ".qty", "must not be 0 (above 0 issued, below 0 returned)");
    i.qty = qty.value_or(0);
    i.date = in.date(j, path, "date", true).value_or(Date());
    i.note = in.text(j, path, "note", false);
    return i;
}

template <typename Order>
std::set<std::string> numbersOf(const std::vector<Order>& orders)
{
    std::set<std::string> numbers;
    for (const Order& o : orders)
        numbers.insert(o.number);
    return numbers;
}

} // namespace

void readExecutionHistory(JsonFields& in, const json& document, const core::FactoryModel& model,
                          ExecutionHistory& history)
{
    const std::set<std::string> workOrders = numbersOf(model.workOrders);
    const std::set<std::string> purchaseOrders = numbersOf(model.purchaseOrders);
    in.forEach(document, "", "completion_reports", [&](const json& j, const std::string& path) {
        history.reports.push_back(readReport(in, j, path, workOrders));
    });
    in.forEach(document, "", "abnormal_hours", [&](const json& j, const std::string& path) {
        history.abnormalHours.push_back(readAbnormalHours(in, j, path));
    });
    in.forEach(document, "", "purchase_receipts", [&](const json& j, const std::string& path) {
        history.receipts.push_back(readReceipt(in, j, path, purchaseOrders));
    });
    in.forEach(document, "", "purchase_promises", [&](const json& j, const std::string& path) {
        history.promises.push_back(readPromise(in, j, path, purchaseOrders));
    });
    in.forEach(document, "", "material_issues", [&](const json& j, const std::string& path) {
        history.issues.push_back(readIssue(in, j, path, workOrders));
    });
}

void writeExecutionHistory(const ExecutionHistory& history, ordered_json& document)
{
    for (const core::CompletionReport& r : history.reports) {
        ordered_json j{{"order", r.workOrder}, {"seq", r.seq}, {"date", r.date.toString()}, {"good", jsonQuantity(r.goodQty)}};
        putIfSet(j, "scrap", r.scrapQty);
        putIfSet(j, "reason", r.scrapReason);
        putIfSet(j, "worker", r.worker);
        putIfSet(j, "hours", r.labourHours);
        document["completion_reports"].push_back(j);
    }
    for (const core::AbnormalHours& a : history.abnormalHours) {
        ordered_json j{{"date", a.date.toString()}, {"workcenter", a.workCenter}};
        putIfSet(j, "order", a.workOrder);
        j["cause"] = core::toString(a.cause);
        j["hours"] = jsonQuantity(a.hours);
        putIfSet(j, "owner", a.owner);
        putIfSet(j, "note", a.note);
        document["abnormal_hours"].push_back(j);
    }
    for (const core::PurchaseReceipt& r : history.receipts) {
        ordered_json j{{"order", r.purchaseOrder}, {"date", r.date.toString()}, {"qty", jsonQuantity(r.qty)}};
        if (r.inspected) {
            j["accepted"] = jsonQuantity(r.acceptedQty);
            j["rejected"] = jsonQuantity(r.rejectedQty);
            putIfSet(j, "disposition", core::toString(r.disposition));
            if (r.inspectedOn)
                j["inspected_on"] = r.inspectedOn->toString();
        }
        putIfSet(j, "note", r.note);
        document["purchase_receipts"].push_back(j);
    }
    for (const core::PromisedDate& p : history.promises) {
        ordered_json j{{"order", p.purchaseOrder}, {"date", p.date.toString()}};
        putIfSet(j, "note", p.note);
        putIfSet(j, "recorded_at", p.recordedAt);
        document["purchase_promises"].push_back(j);
    }
    for (const core::MaterialIssue& i : history.issues) {
        ordered_json j{{"order", i.workOrder}, {"item", i.item}, {"qty", jsonQuantity(i.qty)}, {"date", i.date.toString()}};
        putIfSet(j, "note", i.note);
        document["material_issues"].push_back(j);
    }
}

} // namespace pmc::store
