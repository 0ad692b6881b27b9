#include "store/ScenarioJson.h"

#include "core/QuantityText.h"
#include "core/diagnostics/FactoryValidator.h"
#include "store/ExecutionHistoryJson.h"
#include "store/JsonFields.h"

#include <map>
#include <set>

namespace pmc::store {

using core::Date;
using nlohmann::json;

namespace {

void readSettings(JsonFields& in, const json& doc, core::FactoryModel& model)
{
    const json* settings = in.object(doc, "", "settings", true);
    if (!settings)
        return;
    in.allowOnly(*settings, "settings",
                 {"today", "horizon_days", "material_buffer_days", "sales_order_number_pattern", "plan_release_cutoff",
                  "print_paper", "kpi_targets"});
    if (auto today = in.date(*settings, "settings", "today", true))
        model.settings.today = *today;
    model.settings.horizonDays = in.integer(*settings, "settings", "horizon_days", false).value_or(120);
    model.settings.materialBufferDays = in.integer(*settings, "settings", "material_buffer_days", false).value_or(0);
    if (const std::string pattern = in.text(*settings, "settings", "sales_order_number_pattern", false); !pattern.empty()) {
        try {
            core::OrderNumbering{pattern};
            model.settings.salesOrderNumberPattern = pattern;
        } catch (const std::invalid_argument& e) {
            in.error("settings.sales_order_number_pattern", e.what());
        }
    }
    if (const std::string cutoff = in.text(*settings, "settings", "plan_release_cutoff", false); !cutoff.empty()) {
        const std::optional<int> minute = core::parseClockMinutes(cutoff);
        if (minute && *minute < 24 * 60)
            model.settings.planReleaseCutoffMinute = *minute;
        else
            in.error("settings.plan_release_cutoff", "\"" + cutoff + "\" is not a time of day HH:MM (00:00 to 23:59)");
    }
    if (const std::string paper = in.text(*settings, "settings", "print_paper", false); !paper.empty()) {
        if (const std::optional<core::PrintPaper> parsed = core::parsePrintPaper(paper))
            model.settings.printPaper = *parsed;
        else
            in.error("settings.print_paper", "\"" + paper + "\" is not a paper: A4, A3, A5, B5, Letter or Legal, "
                                             "optionally followed by landscape or portrait");
    }
    if (const json* targets = in.object(*settings, "settings", "kpi_targets", false)) {
        std::vector<const char*> keys;
        for (const core::KpiTargetField& target : core::kKpiTargetFields)
            keys.push_back(target.key);
        in.allowOnly(*targets, "settings.kpi_targets", keys);
        for (const core::KpiTargetField& target : core::kKpiTargetFields) {
            const std::optional<double> value = in.number(*targets, "settings.kpi_targets", target.key, false);
            if (value && (*value < 0 || *value > target.maximum))
                in.error(std::string("settings.kpi_targets.") + target.key,
                         "must be a fraction from 0 to " + core::quantityText(target.maximum));
            else if (value)
                model.settings.kpiTargets.*target.value = *value;
        }
    }
}

/// Extension key `order_review`: `{"required": {"engineering": "custom", …}}`.
void readReviewPolicy(JsonFields& in, const json& doc, core::FactoryModel& model)
{
    const json* review = in.object(doc, "", "order_review", false);
    if (!review)
        return;
    in.allowOnly(*review, "order_review", {"required"});
    const json* required = in.object(*review, "order_review", "required", false);
    if (!required)
        return;
    for (const auto& [key, value] : required->items()) {
        core::Department department{};
        if (!core::parseDepartment(key, department)) {
            in.error("order_review.required." + key, "unknown department (use sales, engineering, quality, "
                                                     "production, purchasing or pmc)");
            continue;
        }
        if (const auto r = in.choice(*required, "order_review.required", key.c_str(), true, core::parseReviewRequirement,
                                     "requirement (use always, custom or never)"))
            model.reviewPolicy.setRequirement(department, *r);
    }
}

core::DepartmentReview readReview(JsonFields& in, const json& j, const std::string& path)
{
    in.allowOnly(j, path, {"department", "verdict", "can_meet", "comment", "reviewer", "reviewed_at"});
    core::DepartmentReview review;
    review.department = in.choice(j, path, "department", true, core::parseDepartment, "department").value_or(review.department);
    review.verdict = in.choice(j, path, "verdict", true, core::parseReviewVerdict, "verdict").value_or(review.verdict);
    review.canMeet = in.date(j, path, "can_meet", false);
    review.comment = in.text(j, path, "comment", false);
    review.reviewer = in.text(j, path, "reviewer", false);
    review.reviewedAt = in.text(j, path, "reviewed_at", false);
    return review;
}

core::SalesOrderLine readSalesLine(JsonFields& in, const json& l, const std::string& linePath)
{
    in.allowOnly(l, linePath, {"item", "qty", "due", "promised", "shipments"});
    core::SalesOrderLine line{in.code(l, linePath, "item", true), in.number(l, linePath, "qty", true).value_or(0),
                              in.date(l, linePath, "due", true).value_or(Date())};
    line.promised = in.date(l, linePath, "promised", false);
    in.forEach(l, linePath, "shipments", [&](const json& s, const std::string& path) {
        in.allowOnly(s, path, {"number", "date", "qty"});
        line.shipments.push_back({in.text(s, path, "number", false), in.date(s, path, "date", true).value_or(Date()),
                                  in.number(s, path, "qty", true).value_or(0)});
    });
    return line;
}

void readCalendar(JsonFields& in, const json& doc, core::FactoryModel& model)
{
    core::Calendar& calendar = model.calendar;
    calendar.setWorkdays({1, 2, 3, 4, 5});
    const json* cal = in.object(doc, "", "calendar", false);
    if (!cal) {
        // Lead times in working days and every schedule depend on it: say what is assumed.
        if (!doc.contains("calendar"))
            in.warning("calendar", "missing; planning with Monday to Friday, 08:00-12:00 and 13:00-17:00, no holidays");
        return;
    }
    in.allowOnly(*cal, "calendar", {"workdays", "shifts", "holidays", "extra_workdays", "overtime"});
    if (const json* days = in.array(*cal, "calendar", "workdays", false)) {
        std::vector<int> workdays;
        for (std::size_t i = 0; i < days->size(); ++i) {
            const std::string path = "calendar.workdays[" + std::to_string(i) + "]";
            const json& d = (*days)[i];
            if (!d.is_number_integer() || d.get<int>() < 1 || d.get<int>() > 7)
                in.error(path, "must be an ISO weekday 1..7");
            else
                workdays.push_back(d.get<int>());
        }
        calendar.setWorkdays(workdays);
    }
    std::vector<core::Shift> shifts;
    in.forEach(*cal, "calendar", "shifts", [&](const json& s, const std::string& path) {
        in.allowOnly(s, path, {"start", "end"});
        const auto start = in.clock(s, path, "start", true);
        const auto end = in.clock(s, path, "end", true);
        if (start && end)
            shifts.push_back({*start, *end});
    });
    if (!cal->contains("shifts"))
        shifts = {{8 * 60, 12 * 60}, {13 * 60, 17 * 60}};
    calendar.setShifts(shifts);
    for (const char* key : {"holidays", "extra_workdays"}) {
        std::set<Date> dates;
        if (const json* list = in.array(*cal, "calendar", key, false)) {
            for (std::size_t i = 0; i < list->size(); ++i)
                if (auto d = in.dateValue((*list)[i], "calendar." + std::string(key) + "[" + std::to_string(i) + "]"))
                    dates.insert(*d);
        }
        std::string(key) == "holidays" ? calendar.setHolidays(dates) : calendar.setExtraWorkdays(dates);
    }
    std::vector<core::Overtime> overtime;
    in.forEach(*cal, "calendar", "overtime", [&](const json& o, const std::string& path) {
        in.allowOnly(o, path, {"date", "workcenter", "start", "end"});
        core::Overtime ot;
        ot.date = in.date(o, path, "date", true).value_or(Date());
        ot.workCenter = in.code(o, path, "workcenter", true);
        ot.startMinute = in.clock(o, path, "start", true).value_or(0);
        ot.endMinute = in.clock(o, path, "end", true).value_or(0);
        overtime.push_back(ot);
    });
    calendar.setOvertime(overtime);
}

void readLot(JsonFields& in, const json& item, const std::string& path, core::LotPolicy& lot)
{
    const json* l = in.object(item, path, "lot", false);
    if (!l)
        return;
    const std::string lotPath = path + ".lot";
    in.allowOnly(*l, lotPath, {"rule", "size", "moq", "multiple"});
    const std::string rule = in.code(*l, lotPath, "rule", true);
    if (!rule.empty() && !core::parseLotRule(rule, lot.rule))
        in.error(lotPath + ".rule", "must be lot_for_lot, fixed or min_multiple, not \"" + rule + "\"");
    lot.size = in.number(*l, lotPath, "size", lot.rule == core::LotRule::Fixed).value_or(0);
    lot.moq = in.number(*l, lotPath, "moq", false).value_or(0);
    lot.multiple = in.number(*l, lotPath, "multiple", false).value_or(0);
}

void readMasterData(JsonFields& in, const json& doc, core::FactoryModel& model)
{
    in.forEach(doc, "", "suppliers", [&](const json& s, const std::string& path) {
        in.allowOnly(s, path, {"code", "name", "contact", "phone"});
        model.suppliers.push_back({in.code(s, path, "code", true), in.text(s, path, "name", false),
                                   in.text(s, path, "contact", false), in.text(s, path, "phone", false)});
    });
    in.forEach(doc, "", "items", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"code", "name", "type", "uom", "source", "supplier", "lead_time_days", "safety_stock", "lot",
                               "min_stock", "max_stock", "defect_rate", "buyer", "family", "unit_cost"});
        core::Item item;
        item.code = in.code(j, path, "code", true);
        item.name = in.text(j, path, "name", false);
        const std::string type = in.code(j, path, "type", true);
        if (!type.empty() && !core::parseItemType(type, item.type))
            in.error(path + ".type", "must be finished, semi, raw or packaging, not \"" + type + "\"");
        item.uom = in.text(j, path, "uom", false);
        if (!j.contains("uom"))
            item.uom = "pcs";
        const std::string source = in.code(j, path, "source", true);
        if (!source.empty() && !core::parseItemSource(source, item.source))
            in.error(path + ".source", "must be make or buy, not \"" + source + "\"");
        item.supplier = in.code(j, path, "supplier", false);
        item.leadTimeDays = in.integer(j, path, "lead_time_days", false).value_or(0);
        item.safetyStock = in.number(j, path, "safety_stock", false).value_or(0);
        readLot(in, j, path, item.lot);
        item.minStock = in.number(j, path, "min_stock", false).value_or(0);
        item.maxStock = in.number(j, path, "max_stock", false).value_or(0);
        item.defectRate = in.number(j, path, "defect_rate", false).value_or(0);
        item.buyer = in.text(j, path, "buyer", false);
        item.family = in.text(j, path, "family", false);
        item.unitCost = in.number(j, path, "unit_cost", false).value_or(0);
        model.items.push_back(item);
    });
    in.forEach(doc, "", "boms", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"parent", "component", "qty_per", "scrap_rate", "valid_from", "valid_to"});
        core::BomLine line;
        line.parent = in.code(j, path, "parent", true);
        line.component = in.code(j, path, "component", true);
        line.qtyPer = in.number(j, path, "qty_per", true).value_or(0);
        line.scrapRate = in.number(j, path, "scrap_rate", false).value_or(0);
        line.validFrom = in.date(j, path, "valid_from", false);
        line.validTo = in.date(j, path, "valid_to", false);
        model.boms.push_back(line);
    });
    in.forEach(doc, "", "workcenters", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"code", "name", "workshop", "line", "parallel_units", "efficiency"});
        core::WorkCenter wc;
        wc.code = in.code(j, path, "code", true);
        wc.name = in.text(j, path, "name", false);
        wc.workshop = in.text(j, path, "workshop", false);
        wc.line = in.text(j, path, "line", false);
        wc.parallelUnits = in.integer(j, path, "parallel_units", false).value_or(1);
        wc.efficiency = in.number(j, path, "efficiency", false).value_or(1.0);
        model.workCenters.push_back(wc);
    });
    in.forEach(doc, "", "routings", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"item", "operations"});
        core::Routing routing;
        routing.item = in.code(j, path, "item", true);
        in.forEach(j, path, "operations", [&](const json& o, const std::string& opPath) {
            in.allowOnly(o, opPath, {"seq", "workcenter", "setup_minutes", "run_minutes_per_unit", "queue_minutes",
                                     "inspection_minutes", "move_minutes", "piece_rate"});
            core::Operation op;
            op.seq = in.integer(o, opPath, "seq", true).value_or(0);
            op.workCenter = in.code(o, opPath, "workcenter", true);
            op.setupMinutes = in.number(o, opPath, "setup_minutes", false).value_or(0);
            op.runMinutesPerUnit = in.number(o, opPath, "run_minutes_per_unit", true).value_or(0);
            op.queueMinutes = in.number(o, opPath, "queue_minutes", false).value_or(0);
            op.inspectionMinutes = in.number(o, opPath, "inspection_minutes", false).value_or(0);
            op.moveMinutes = in.number(o, opPath, "move_minutes", false).value_or(0);
            op.pieceRate = in.number(o, opPath, "piece_rate", false).value_or(0);
            routing.operations.push_back(op);
        });
        model.routings.push_back(routing);
    });
}

void readOrders(JsonFields& in, const json& doc, core::FactoryModel& model)
{
    in.forEach(doc, "", "inventory", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"item", "on_hand", "on_inspection", "allocated", "location"});
        model.inventory.push_back({in.code(j, path, "item", true), in.number(j, path, "on_hand", true).value_or(0),
                                   in.number(j, path, "on_inspection", false).value_or(0),
                                   in.number(j, path, "allocated", false).value_or(0),
                                   in.text(j, path, "location", false)});
    });
    in.forEach(doc, "", "purchase_orders", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"number", "item", "qty", "due", "supplier", "received_qty"});
        core::PurchaseOrder po;
        po.number = in.code(j, path, "number", true);
        po.item = in.code(j, path, "item", true);
        po.qty = in.number(j, path, "qty", true).value_or(0);
        po.due = in.date(j, path, "due", true).value_or(Date());
        po.supplier = in.code(j, path, "supplier", false);
        po.receivedQty = in.number(j, path, "received_qty", false).value_or(0);
        model.purchaseOrders.push_back(po);
    });
    in.forEach(doc, "", "work_orders", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"number", "item", "qty", "due", "completed_qty"});
        core::WorkOrder wo;
        wo.number = in.code(j, path, "number", true);
        wo.item = in.code(j, path, "item", true);
        wo.qty = in.number(j, path, "qty", true).value_or(0);
        wo.due = in.date(j, path, "due", true).value_or(Date());
        wo.completedQty = in.number(j, path, "completed_qty", false).value_or(0);
        model.workOrders.push_back(wo);
    });
    in.forEach(doc, "", "sales_orders", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"number", "customer", "priority", "lines", "status", "order_date", "custom", "note", "reviews"});
        core::SalesOrder so;
        so.number = in.code(j, path, "number", true);
        so.customer = in.text(j, path, "customer", false);
        so.priority = in.integer(j, path, "priority", false).value_or(3);
        so.status = in.choice(j, path, "status", false, core::parseSalesOrderStatus, "status").value_or(so.status);
        so.orderDate = in.date(j, path, "order_date", false);
        so.custom = in.boolean(j, path, "custom", false).value_or(false);
        so.note = in.text(j, path, "note", false);
        in.forEach(j, path, "lines", [&](const json& l, const std::string& linePath) {
            so.lines.push_back(readSalesLine(in, l, linePath));
        });
        in.forEach(j, path, "reviews", [&](const json& r, const std::string& reviewPath) {
            so.reviews.push_back(readReview(in, r, reviewPath));
        });
        model.salesOrders.push_back(so);
    });
}

/// The fields firm planned orders and purchase requisitions share; `release` defaults to `due`.
template <typename Order>
Order readPlannedSupply(JsonFields& in, const json& j, const std::string& path)
{
    Order order;
    order.number = in.code(j, path, "number", true);
    order.item = in.code(j, path, "item", true);
    order.qty = in.number(j, path, "qty", true).value_or(0);
    order.due = in.date(j, path, "due", true).value_or(Date());
    order.release = in.date(j, path, "release", false).value_or(order.due);
    return order;
}

/// `YYYY-MM-DDTHH:MM` as a date and a minute of that day.
std::optional<std::pair<Date, int>> timestamp(JsonFields& in, const json& j, const std::string& path, const char* key)
{
    const std::string text = in.text(j, path, key, true);
    const auto t = text.find('T');
    const std::optional<Date> date = t == std::string::npos ? std::nullopt : Date::parse(text.substr(0, t));
    const std::optional<int> minute = t == std::string::npos ? std::nullopt : core::parseClockMinutes(text.substr(t + 1));
    if (date && minute && *minute < 24 * 60)
        return std::pair(*date, *minute);
    if (!text.empty())
        in.error(path + "." + key, "must be a timestamp YYYY-MM-DDTHH:MM, not \"" + text + "\"");
    return std::nullopt;
}

/// Extension sections (docs/interchange-notes.md): how the scheduler sequences (changeovers)
/// and what the planner fixed in the schedule (pins).
void readSchedulingData(JsonFields& in, const json& doc, core::FactoryModel& model)
{
    in.forEach(doc, "", "changeovers", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"workcenter", "from", "to", "minutes"});
        model.changeovers.push_back({in.code(j, path, "workcenter", true), in.text(j, path, "from", true),
                                     in.text(j, path, "to", true), in.number(j, path, "minutes", true).value_or(0)});
    });
    in.forEach(doc, "", "pinned_operations", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"order", "seq", "unit", "start"});
        core::OperationPin pin;
        pin.order = in.code(j, path, "order", true);
        pin.seq = in.integer(j, path, "seq", true).value_or(0);
        pin.unit = in.integer(j, path, "unit", false).value_or(0);
        if (const auto start = timestamp(in, j, path, "start")) {
            pin.date = start->first;
            pin.startMinute = start->second;
        }
        model.operationPins.push_back(pin);
    });
    in.forEach(doc, "", "line_stations", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"line", "station", "name", "operators", "seconds"});
        model.lineStations.push_back({in.text(j, path, "line", true), in.text(j, path, "station", true),
                                      in.text(j, path, "name", false), in.integer(j, path, "operators", false).value_or(1),
                                      in.number(j, path, "seconds", true).value_or(0)});
    });
}

/// Extension sections (docs/interchange-notes.md): supply the planner created from MRP.
void readPlannedSupplies(JsonFields& in, const json& doc, core::FactoryModel& model)
{
    in.forEach(doc, "", "firm_planned_orders", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"number", "item", "qty", "due", "release"});
        model.firmPlannedOrders.push_back(readPlannedSupply<core::FirmPlannedOrder>(in, j, path));
    });
    in.forEach(doc, "", "purchase_requisitions", [&](const json& j, const std::string& path) {
        in.allowOnly(j, path, {"number", "item", "qty", "due", "release", "supplier"});
        auto requisition = readPlannedSupply<core::PurchaseRequisition>(in, j, path);
        requisition.supplier = in.code(j, path, "supplier", false);
        model.purchaseRequisitions.push_back(requisition);
    });
}

} // namespace

ScenarioReadResult readScenario(const json& document)
{
    ScenarioReadResult result;
    JsonFields in(result.errors, result.warnings);
    if (!document.is_object()) {
        in.error("", "the scenario must be a JSON object");
        return result;
    }
    in.allowOnly(document, "", {"format", "settings", "calendar", "suppliers", "items", "boms", "workcenters",
                                "routings", "inventory", "purchase_orders", "work_orders", "sales_orders",
                                "firm_planned_orders", "purchase_requisitions", "changeovers", "pinned_operations",
                                "order_review", "line_stations", "completion_reports", "abnormal_hours",
                                "purchase_receipts", "purchase_promises", "material_issues"});
    const std::string format = in.code(document, "", "format", true);
    if (!format.empty() && format != "pmc-scenario/1")
        in.error("format", "must be \"pmc-scenario/1\", not \"" + format + "\"");
    readSettings(in, document, result.model);
    readReviewPolicy(in, document, result.model);
    readCalendar(in, document, result.model);
    readMasterData(in, document, result.model);
    readOrders(in, document, result.model);
    readPlannedSupplies(in, document, result.model);
    readSchedulingData(in, document, result.model);
    readExecutionHistory(in, document, result.model, result.history);
    result.hasAbnormalHours = document.contains("abnormal_hours");
    // Cross-checks run even after format errors so one pass reports everything, but a field
    // already reported (e.g. a missing code) is not reported again as a broken reference.
    std::set<std::string> reported;
    for (const auto& issue : result.errors.issues())
        reported.insert(issue.path);
    core::ValidationResult crossChecks = core::validateFactory(result.model);
    crossChecks.append(core::validateOperationPinTargets(result.model, result.model.operationPins));
    for (const auto& issue : crossChecks.issues())
        if (!reported.contains(issue.path))
            result.errors.add(issue.path, issue.message);
    return result;
}

ScenarioReadResult readScenarioText(const std::string& text)
{
    json document;
    try {
        document = json::parse(text);
    } catch (const json::parse_error& e) {
        ScenarioReadResult result;
        result.errors.add("byte " + std::to_string(e.byte), std::string("invalid JSON: ") + e.what());
        return result;
    }
    return readScenario(document);
}

} // namespace pmc::store
