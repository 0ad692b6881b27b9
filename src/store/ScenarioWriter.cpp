#include "store/ScenarioJson.h"

#include "store/ExecutionHistoryJson.h"

#include <cmath>

namespace pmc::store {

using nlohmann::ordered_json;

ordered_json jsonQuantity(double value)
{
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return static_cast<long long>(value);
    return value;
}

void putIfSet(ordered_json& j, const char* key, double value)
{
    if (value != 0)
        j[key] = jsonQuantity(value);
}

void putIfSet(ordered_json& j, const char* key, const std::string& value)
{
    if (!value.empty())
        j[key] = value;
}

namespace {

ordered_json optionalDate(const std::optional<core::Date>& date)
{
    return date ? ordered_json(date->toString()) : ordered_json(nullptr);
}

ordered_json dateList(const std::set<core::Date>& dates)
{
    ordered_json list = ordered_json::array();
    for (core::Date d : dates)
        list.push_back(d.toString());
    return list;
}

ordered_json writeCalendar(const core::Calendar& calendar)
{
    ordered_json shifts = ordered_json::array();
    for (const core::Shift& s : calendar.shifts())
        shifts.push_back({{"start", core::formatClockMinutes(s.startMinute)}, {"end", core::formatClockMinutes(s.endMinute)}});
    ordered_json overtime = ordered_json::array();
    for (const core::Overtime& o : calendar.overtime())
        overtime.push_back({{"date", o.date.toString()}, {"workcenter", o.workCenter},
                            {"start", core::formatClockMinutes(o.startMinute)}, {"end", core::formatClockMinutes(o.endMinute)}});
    return {{"workdays", calendar.workdays()}, {"shifts", shifts}, {"holidays", dateList(calendar.holidays())},
            {"extra_workdays", dateList(calendar.extraWorkdays())}, {"overtime", overtime}};
}

ordered_json writeItem(const core::Item& item)
{
    ordered_json lot = {{"rule", core::toString(item.lot.rule)}};
    if (item.lot.rule == core::LotRule::Fixed)
        lot["size"] = jsonQuantity(item.lot.size);
    if (item.lot.rule == core::LotRule::MinMultiple) {
        lot["moq"] = jsonQuantity(item.lot.moq);
        lot["multiple"] = jsonQuantity(item.lot.multiple);
    }
    ordered_json j = {{"code", item.code}, {"name", item.name}, {"type", core::toString(item.type)},
                      {"uom", item.uom}, {"source", core::toString(item.source)}};
    if (!item.supplier.empty())
        j["supplier"] = item.supplier;
    j["lead_time_days"] = item.leadTimeDays;
    j["safety_stock"] = jsonQuantity(item.safetyStock);
    j["lot"] = lot;
    putIfSet(j, "min_stock", item.minStock);
    putIfSet(j, "max_stock", item.maxStock);
    putIfSet(j, "defect_rate", item.defectRate);
    putIfSet(j, "buyer", item.buyer);
    putIfSet(j, "family", item.family);
    putIfSet(j, "unit_cost", item.unitCost);
    return j;
}

/// The fields firm planned orders and purchase requisitions share.
template <typename Order>
ordered_json writePlannedSupply(const Order& order)
{
    return {{"number", order.number}, {"item", order.item}, {"qty", jsonQuantity(order.qty)},
            {"due", order.due.toString()}, {"release", order.release.toString()}};
}

} // namespace

/// A sales order with the lifecycle keys (status, reviews, promised dates, shipments) written
/// only where they say more than a plain confirmed order of interchange.md.
ordered_json writeSalesOrder(const core::SalesOrder& so)
{
    ordered_json lines = ordered_json::array();
    for (const core::SalesOrderLine& l : so.lines) {
        ordered_json line{{"item", l.item}, {"qty", jsonQuantity(l.qty)}, {"due", l.due.toString()}};
        if (l.promised)
            line["promised"] = l.promised->toString();
        for (const core::Shipment& s : l.shipments) {
            ordered_json shipment{{"date", s.date.toString()}, {"qty", jsonQuantity(s.qty)}};
            putIfSet(shipment, "number", s.number);
            line["shipments"].push_back(shipment);
        }
        lines.push_back(line);
    }
    ordered_json order{{"number", so.number}, {"customer", so.customer}, {"priority", so.priority}, {"lines", lines}};
    if (so.status != core::SalesOrderStatus::Confirmed)
        order["status"] = core::toString(so.status);
    if (so.orderDate)
        order["order_date"] = so.orderDate->toString();
    if (so.custom)
        order["custom"] = true;
    putIfSet(order, "note", so.note);
    for (const core::DepartmentReview& r : so.reviews) {
        ordered_json review{{"department", core::toString(r.department)}, {"verdict", core::toString(r.verdict)}};
        if (r.canMeet)
            review["can_meet"] = r.canMeet->toString();
        putIfSet(review, "comment", r.comment);
        putIfSet(review, "reviewer", r.reviewer);
        putIfSet(review, "reviewed_at", r.reviewedAt);
        order["reviews"].push_back(review);
    }
    return order;
}

ordered_json writeScenario(const core::FactoryModel& model, const ExecutionHistory& history)
{
    ordered_json doc;
    doc["format"] = "pmc-scenario/1";
    doc["settings"] = {{"today", model.settings.today.toString()}, {"horizon_days", model.settings.horizonDays},
                       {"material_buffer_days", model.settings.materialBufferDays}};
    if (model.settings.salesOrderNumberPattern != core::kDefaultSalesOrderPattern)
        doc["settings"]["sales_order_number_pattern"] = model.settings.salesOrderNumberPattern;
    if (model.settings.planReleaseCutoffMinute != core::PlanningSettings{}.planReleaseCutoffMinute)
        doc["settings"]["plan_release_cutoff"] = core::formatClockMinutes(model.settings.planReleaseCutoffMinute);
    if (model.settings.printPaper != core::PlanningSettings{}.printPaper)
        doc["settings"]["print_paper"] = core::toString(model.settings.printPaper);
    // Only the targets a plant changed from the seeds' figures.
    ordered_json targets = ordered_json::object();
    for (const core::KpiTargetField& target : core::kKpiTargetFields)
        if (model.settings.kpiTargets.*target.value != core::KpiTargets{}.*target.value)
            targets[target.key] = model.settings.kpiTargets.*target.value;
    if (!targets.empty())
        doc["settings"]["kpi_targets"] = targets;
    doc["calendar"] = writeCalendar(model.calendar);
    ordered_json& suppliers = doc["suppliers"] = ordered_json::array();
    for (const core::Supplier& s : model.suppliers) {
        ordered_json j = {{"code", s.code}, {"name", s.name}};
        putIfSet(j, "contact", s.contact);
        putIfSet(j, "phone", s.phone);
        suppliers.push_back(j);
    }
    ordered_json& items = doc["items"] = ordered_json::array();
    for (const core::Item& item : model.items)
        items.push_back(writeItem(item));
    ordered_json& boms = doc["boms"] = ordered_json::array();
    for (const core::BomLine& b : model.boms)
        boms.push_back({{"parent", b.parent}, {"component", b.component}, {"qty_per", jsonQuantity(b.qtyPer)},
                        {"scrap_rate", jsonQuantity(b.scrapRate)}, {"valid_from", optionalDate(b.validFrom)},
                        {"valid_to", optionalDate(b.validTo)}});
    ordered_json& workCenters = doc["workcenters"] = ordered_json::array();
    for (const core::WorkCenter& w : model.workCenters) {
        ordered_json j = {{"code", w.code}, {"name", w.name}, {"workshop", w.workshop}};
        putIfSet(j, "line", w.line);
        j["parallel_units"] = w.parallelUnits;
        j["efficiency"] = jsonQuantity(w.efficiency);
        workCenters.push_back(j);
    }
    ordered_json& routings = doc["routings"] = ordered_json::array();
    for (const core::Routing& r : model.routings) {
        ordered_json ops = ordered_json::array();
        for (const core::Operation& op : r.operations) {
            ordered_json j = {{"seq", op.seq}, {"workcenter", op.workCenter}, {"setup_minutes", jsonQuantity(op.setupMinutes)},
                              {"run_minutes_per_unit", jsonQuantity(op.runMinutesPerUnit)}};
            putIfSet(j, "queue_minutes", op.queueMinutes);
            putIfSet(j, "inspection_minutes", op.inspectionMinutes);
            putIfSet(j, "move_minutes", op.moveMinutes);
            putIfSet(j, "piece_rate", op.pieceRate);
            ops.push_back(j);
        }
        routings.push_back({{"item", r.item}, {"operations", ops}});
    }
    ordered_json& inventory = doc["inventory"] = ordered_json::array();
    for (const core::InventoryRecord& r : model.inventory) {
        ordered_json j = {{"item", r.item}, {"on_hand", jsonQuantity(r.onHand)}};
        putIfSet(j, "on_inspection", r.onInspection);
        putIfSet(j, "allocated", r.allocated);
        putIfSet(j, "location", r.location);
        inventory.push_back(j);
    }
    ordered_json& pos = doc["purchase_orders"] = ordered_json::array();
    for (const core::PurchaseOrder& po : model.purchaseOrders) {
        ordered_json j = {{"number", po.number}, {"item", po.item}, {"qty", jsonQuantity(po.qty)}, {"due", po.due.toString()}};
        if (!po.supplier.empty())
            j["supplier"] = po.supplier;
        putIfSet(j, "received_qty", po.receivedQty);
        pos.push_back(j);
    }
    ordered_json& wos = doc["work_orders"] = ordered_json::array();
    for (const core::WorkOrder& wo : model.workOrders)
        wos.push_back({{"number", wo.number}, {"item", wo.item}, {"qty", jsonQuantity(wo.qty)},
                       {"due", wo.due.toString()}, {"completed_qty", jsonQuantity(wo.completedQty)}});
    ordered_json& sos = doc["sales_orders"] = ordered_json::array();
    for (const core::SalesOrder& so : model.salesOrders)
        sos.push_back(writeSalesOrder(so));
    // Extension sections, only when there is something in them.
    for (const core::FirmPlannedOrder& f : model.firmPlannedOrders)
        doc["firm_planned_orders"].push_back(writePlannedSupply(f));
    for (const core::PurchaseRequisition& r : model.purchaseRequisitions) {
        ordered_json j = writePlannedSupply(r);
        putIfSet(j, "supplier", r.supplier);
        doc["purchase_requisitions"].push_back(j);
    }
    for (const core::Changeover& c : model.changeovers)
        doc["changeovers"].push_back(
            {{"workcenter", c.workCenter}, {"from", c.fromFamily}, {"to", c.toFamily}, {"minutes", jsonQuantity(c.minutes)}});
    if (model.reviewPolicy != core::OrderReviewPolicy{})
        for (const core::Department d : core::kDepartments)
            doc["order_review"]["required"][core::toString(d)] = core::toString(model.reviewPolicy.requirement(d));
    for (const core::OperationPin& pin : model.operationPins)
        doc["pinned_operations"].push_back({{"order", pin.order}, {"seq", pin.seq}, {"unit", pin.unit},
                                            {"start", pin.date.toString() + "T" + core::formatClockMinutes(pin.startMinute)}});
    for (const core::LineStation& s : model.lineStations) {
        ordered_json j = {{"line", s.line}, {"station", s.station}};
        putIfSet(j, "name", s.name);
        j["operators"] = s.operators;
        j["seconds"] = jsonQuantity(s.seconds);
        doc["line_stations"].push_back(j);
    }
    writeExecutionHistory(history, doc);
    return doc;
}

} // namespace pmc::store
