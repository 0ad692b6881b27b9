#include "store/FactoryRepository.h"

#include "core/QuantityText.h"
#include "store/Database.h"
#include "store/MasterDataRows.h"
#include "store/OrderRows.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <charconv>
#include <string_view>

namespace pmc::store {

using core::Date;

namespace {

/// Setting keys of the KPI targets: this prefix and the scenario key.
constexpr const char* kKpiTargetPrefix = "kpi_target.";

// Children before parents, so that foreign keys hold at every step.
// The last MRP run goes too: it was planned for the data being replaced.
constexpr std::string_view kClear = R"sql(
DELETE FROM operation_pin; DELETE FROM changeover;
DELETE FROM mrp_run; DELETE FROM firm_planned_order; DELETE FROM purchase_requisition;
DELETE FROM sales_shipment; DELETE FROM order_review; DELETE FROM sales_order_line; DELETE FROM sales_order; DELETE FROM work_order; DELETE FROM purchase_order;
DELETE FROM inventory; DELETE FROM routing_operation; DELETE FROM calendar_overtime; DELETE FROM work_center;
DELETE FROM bom_line; DELETE FROM item; DELETE FROM supplier; DELETE FROM calendar_holiday;
DELETE FROM calendar_extra_workday; DELETE FROM calendar_shift; DELETE FROM calendar_workday; DELETE FROM setting;
DELETE FROM review_requirement; DELETE FROM line_station;
)sql";

} // namespace

bool FactoryRepository::isEmpty()
{
    Statement count = m_db.prepare("SELECT count(*) FROM item");
    count.step();
    return count.integer(0) == 0;
}

void FactoryRepository::clear()
{
    m_db.execute(kClear);
}

void FactoryRepository::replace(const core::FactoryModel& model)
{
    clear();
    writeSettingsAndCalendar(model);
    writeMasterData(model);
    writeOrders(model);
    replaceChangeovers(model.changeovers);
    replaceOperationPins(model.operationPins);
    replaceLineStations(model.lineStations);
}

void FactoryRepository::replaceLineStations(const std::vector<core::LineStation>& stations)
{
    m_db.execute("DELETE FROM line_station");
    Statement insert = m_db.prepare("INSERT INTO line_station (line, station, name, operators, seconds) "
                                    "VALUES (:line, :station, :name, :operators, :seconds)");
    for (const core::LineStation& s : stations)
        insert.bind(":line", s.line).bind(":station", s.station).bind(":name", s.name).bind(":operators", s.operators)
            .bind(":seconds", s.seconds).run();
}

void FactoryRepository::replaceChangeovers(const std::vector<core::Changeover>& changeovers)
{
    m_db.execute("DELETE FROM changeover");
    Statement insert = m_db.prepare("INSERT INTO changeover (work_center, from_family, to_family, minutes) "
                                    "VALUES (:wc, :from, :to, :minutes)");
    for (const core::Changeover& c : changeovers)
        insert.bind(":wc", c.workCenter).bind(":from", c.fromFamily).bind(":to", c.toFamily).bind(":minutes", c.minutes).run();
}

void FactoryRepository::replaceOperationPins(const std::vector<core::OperationPin>& pins)
{
    m_db.execute("DELETE FROM operation_pin");
    Statement insert = m_db.prepare("INSERT INTO operation_pin (order_number, seq, unit, start_date, start_minute) "
                                    "VALUES (:order, :seq, :unit, :date, :minute)");
    for (const core::OperationPin& pin : pins)
        insert.bind(":order", pin.order).bind(":seq", pin.seq).bind(":unit", pin.unit)
            .bind(":date", pin.date.toString()).bind(":minute", pin.startMinute).run();
}

void FactoryRepository::apply(const core::MasterDataEdit& edit)
{
    MasterDataRows(m_db).apply(edit);
    OrderRows(m_db).apply(edit);
    if (edit.changeovers)
        replaceChangeovers(edit.changeovers->second);
    if (edit.operationPins)
        replaceOperationPins(edit.operationPins->second);
    if (edit.settings)
        writeSettings(edit.settings->second);
    if (edit.reviewPolicy)
        writeReviewPolicy(edit.reviewPolicy->second);
}

void FactoryRepository::writeSettingsAndCalendar(const core::FactoryModel& model)
{
    writeSettings(model.settings);
    writeReviewPolicy(model.reviewPolicy);
}

// Upserts: an import writes the rows into emptied tables, an edit rewrites them in place.
void FactoryRepository::writeSettings(const core::PlanningSettings& settings)
{
    Statement setting = m_db.prepare("INSERT INTO setting (key, value) VALUES (:key, :value) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    setting.bind(":key", "today").bind(":value", settings.today.toString()).run();
    setting.bind(":key", "horizon_days").bind(":value", std::to_string(settings.horizonDays)).run();
    setting.bind(":key", "material_buffer_days").bind(":value", std::to_string(settings.materialBufferDays)).run();
    setting.bind(":key", "sales_order_number_pattern").bind(":value", settings.salesOrderNumberPattern).run();
    setting.bind(":key", "plan_release_cutoff").bind(":value", core::formatClockMinutes(settings.planReleaseCutoffMinute)).run();
    setting.bind(":key", "print_paper").bind(":value", core::toString(settings.printPaper)).run();
    for (const core::KpiTargetField& target : core::kKpiTargetFields)
        setting.bind(":key", std::string(kKpiTargetPrefix) + target.key)
            .bind(":value", core::quantityText(settings.kpiTargets.*target.value))
            .run();
}

void FactoryRepository::writeReviewPolicy(const core::OrderReviewPolicy& policy)
{
    Statement requirement = m_db.prepare("INSERT INTO review_requirement (department, requirement) VALUES (:d, :r) "
                                         "ON CONFLICT (department) DO UPDATE SET requirement = excluded.requirement");
    for (const core::Department d : core::kDepartments)
        requirement.bind(":d", core::toString(d)).bind(":r", core::toString(policy.requirement(d))).run();
}

void FactoryRepository::writeMasterData(const core::FactoryModel& model)
{
    MasterDataRows rows(m_db);
    for (const core::Supplier& s : model.suppliers)
        rows.insert(s);
    for (const core::Item& i : model.items)
        rows.insert(i);
    for (const core::BomLine& b : model.boms)
        rows.insert(b);
    for (const core::WorkCenter& w : model.workCenters)
        rows.insert(w);
    // Overtime names work centers, so the calendar follows them.
    rows.insertCalendar(model.calendar);
    for (std::size_t r = 0; r < model.routings.size(); ++r)
        rows.insert(model.routings[r], static_cast<long long>(r));
    for (const core::InventoryRecord& r : model.inventory)
        rows.insert(r);
}

void FactoryRepository::writeOrders(const core::FactoryModel& model)
{
    OrderRows rows(m_db);
    for (const core::PurchaseOrder& p : model.purchaseOrders)
        rows.insert(p);
    for (const core::WorkOrder& w : model.workOrders)
        rows.insert(w);
    for (const core::SalesOrder& s : model.salesOrders)
        rows.insert(s);
    for (const core::FirmPlannedOrder& f : model.firmPlannedOrders)
        rows.insert(f);
    for (const core::PurchaseRequisition& r : model.purchaseRequisitions)
        rows.insert(r);
}

core::FactoryModel FactoryRepository::load()
{
    core::FactoryModel model;
    readSettingsAndCalendar(model);
    readMasterData(model);
    readOrders(model);
    return model;
}

namespace {

int releaseCutoff(const std::string& value)
{
    const std::optional<int> minute = core::parseClockMinutes(value);
    if (!minute || *minute >= 24 * 60)
        throw StoreError("plan_release_cutoff \"" + value + "\" in the database is not a time HH:MM");
    return *minute;
}

void readKpiTarget(const std::string& key, const std::string& value, core::KpiTargets& targets)
{
    // from_chars: the stored text always has a decimal point, whatever the locale is.
    double number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    for (const core::KpiTargetField& target : core::kKpiTargetFields)
        if (key == target.key && error == std::errc() && end == value.data() + value.size()) {
            targets.*target.value = number;
            return;
        }
    throw StoreError("KPI target " + key + " = \"" + value + "\" in the database is not a known target and number");
}

core::PrintPaper printPaper(const std::string& value)
{
    const std::optional<core::PrintPaper> paper = core::parsePrintPaper(value);
    if (!paper)
        throw StoreError("print_paper \"" + value + "\" in the database is not a paper such as \"A4 landscape\"");
    return *paper;
}

} // namespace

void FactoryRepository::readSettingsAndCalendar(core::FactoryModel& model)
{
    Statement setting = m_db.prepare("SELECT key, value FROM setting");
    while (setting.step()) {
        const std::string key = setting.text(0);
        const std::string value = setting.text(1);
        if (key == "today")
            model.settings.today = setting.date(1);
        else if (key == "horizon_days")
            model.settings.horizonDays = std::stoi(value);
        else if (key == "material_buffer_days")
            model.settings.materialBufferDays = std::stoi(value);
        else if (key == "sales_order_number_pattern")
            model.settings.salesOrderNumberPattern = value;
        else if (key == "plan_release_cutoff")
            model.settings.planReleaseCutoffMinute = releaseCutoff(value);
        else if (key == "print_paper")
            model.settings.printPaper = printPaper(value);
        else if (key.starts_with(kKpiTargetPrefix))
            readKpiTarget(key.substr(std::string_view(kKpiTargetPrefix).size()), value, model.settings.kpiTargets);
    }
    for (Statement s = m_db.prepare("SELECT department, requirement FROM review_requirement"); s.step();) {
        core::Department department{};
        core::ReviewRequirement requirement{};
        if (!core::parseDepartment(s.text(0), department) || !core::parseReviewRequirement(s.text(1), requirement))
            throw StoreError("unknown review requirement " + s.text(0) + " = " + s.text(1) + " in the database");
        model.reviewPolicy.setRequirement(department, requirement);
    }
    std::vector<int> workdays;
    for (Statement s = m_db.prepare("SELECT iso_weekday FROM calendar_workday ORDER BY iso_weekday"); s.step();)
        workdays.push_back(static_cast<int>(s.integer(0)));
    model.calendar.setWorkdays(workdays);
    std::vector<core::Shift> shifts;
    for (Statement s = m_db.prepare("SELECT start_minute, end_minute FROM calendar_shift ORDER BY id"); s.step();)
        shifts.push_back({static_cast<int>(s.integer(0)), static_cast<int>(s.integer(1))});
    model.calendar.setShifts(shifts);
    std::set<Date> holidays;
    for (Statement s = m_db.prepare("SELECT date FROM calendar_holiday"); s.step();)
        holidays.insert(s.date(0));
    model.calendar.setHolidays(holidays);
    std::set<Date> extra;
    for (Statement s = m_db.prepare("SELECT date FROM calendar_extra_workday"); s.step();)
        extra.insert(s.date(0));
    model.calendar.setExtraWorkdays(extra);
    std::vector<core::Overtime> overtime;
    for (Statement s = m_db.prepare("SELECT date, work_center, start_minute, end_minute FROM calendar_overtime ORDER BY id"); s.step();)
        overtime.push_back({s.date(0), s.text(1), static_cast<int>(s.integer(2)), static_cast<int>(s.integer(3))});
    model.calendar.setOvertime(overtime);
}

void FactoryRepository::readMasterData(core::FactoryModel& model)
{
    for (Statement s = m_db.prepare("SELECT code, name, contact, phone FROM supplier ORDER BY id"); s.step();)
        model.suppliers.push_back({s.text(0), s.text(1), s.text(2), s.text(3)});
    for (Statement s = m_db.prepare(
             "SELECT code, name, type, uom, source, lead_time_days, safety_stock, lot_rule, lot_size, lot_moq, "
             "lot_multiple, supplier, min_stock, max_stock, defect_rate, buyer, family, unit_cost FROM item ORDER BY id");
         s.step();) {
        core::Item item;
        item.code = s.text(0);
        item.name = s.text(1);
        core::parseItemType(s.text(2), item.type);
        item.uom = s.text(3);
        core::parseItemSource(s.text(4), item.source);
        item.leadTimeDays = static_cast<int>(s.integer(5));
        item.safetyStock = s.real(6);
        core::parseLotRule(s.text(7), item.lot.rule);
        item.lot.size = s.real(8);
        item.lot.moq = s.real(9);
        item.lot.multiple = s.real(10);
        item.supplier = s.text(11);
        item.minStock = s.real(12);
        item.maxStock = s.real(13);
        item.defectRate = s.real(14);
        item.buyer = s.text(15);
        item.family = s.text(16);
        item.unitCost = s.real(17);
        model.items.push_back(item);
    }
    for (Statement s = m_db.prepare(
             "SELECT parent, component, qty_per, scrap_rate, valid_from, valid_to FROM bom_line ORDER BY id");
         s.step();)
        model.boms.push_back({s.text(0), s.text(1), s.real(2), s.real(3), s.optionalDate(4),
                              s.optionalDate(5)});
    for (Statement s = m_db.prepare(
             "SELECT code, name, workshop, line, parallel_units, efficiency FROM work_center ORDER BY id");
         s.step();)
        model.workCenters.push_back({s.text(0), s.text(1), s.text(2), static_cast<int>(s.integer(4)), s.real(5), s.text(3)});
    for (Statement s = m_db.prepare(
             "SELECT item, routing_position, seq, work_center, setup_minutes, run_minutes_per_unit, queue_minutes, "
             "inspection_minutes, move_minutes, piece_rate FROM routing_operation ORDER BY routing_position, id");
         s.step();) {
        if (model.routings.empty() || model.routings.back().item != s.text(0))
            model.routings.push_back({s.text(0), {}});
        model.routings.back().operations.push_back(
            {static_cast<int>(s.integer(2)), s.text(3), s.real(4), s.real(5), s.real(6), s.real(7), s.real(8), s.real(9)});
    }
}

void FactoryRepository::readOrders(core::FactoryModel& model)
{
    for (Statement s = m_db.prepare("SELECT item, on_hand, on_inspection, allocated, location FROM inventory ORDER BY id");
         s.step();)
        model.inventory.push_back({s.text(0), s.real(1), s.real(2), s.real(3), s.text(4)});
    for (Statement s = m_db.prepare("SELECT number, item, qty, due, supplier, received_qty FROM purchase_order ORDER BY id");
         s.step();)
        model.purchaseOrders.push_back({s.text(0), s.text(1), s.real(2), s.date(3), s.text(4), s.real(5)});
    for (Statement s = m_db.prepare("SELECT number, item, qty, due, completed_qty FROM work_order ORDER BY id"); s.step();)
        model.workOrders.push_back({s.text(0), s.text(1), s.real(2), s.date(3), s.real(4)});
    model.salesOrders = SalesOrderRows::readAll(m_db);
    for (Statement s = m_db.prepare("SELECT number, item, qty, due, release FROM firm_planned_order ORDER BY id"); s.step();)
        model.firmPlannedOrders.push_back({s.text(0), s.text(1), s.real(2), s.date(3), s.date(4)});
    for (Statement s = m_db.prepare(
             "SELECT number, item, qty, due, release, supplier FROM purchase_requisition ORDER BY id");
         s.step();)
        model.purchaseRequisitions.push_back({s.text(0), s.text(1), s.real(2), s.date(3), s.date(4), s.text(5)});
    for (Statement s = m_db.prepare("SELECT work_center, from_family, to_family, minutes FROM changeover ORDER BY id"); s.step();)
        model.changeovers.push_back({s.text(0), s.text(1), s.text(2), s.real(3)});
    for (Statement s = m_db.prepare("SELECT order_number, seq, unit, start_date, start_minute FROM operation_pin ORDER BY id");
         s.step();)
        model.operationPins.push_back({s.text(0), static_cast<int>(s.integer(1)), static_cast<int>(s.integer(2)), s.date(3),
                                       static_cast<int>(s.integer(4))});
    for (Statement s = m_db.prepare("SELECT line, station, name, operators, seconds FROM line_station ORDER BY id"); s.step();)
        model.lineStations.push_back({s.text(0), s.text(1), s.text(2), static_cast<int>(s.integer(3)), s.real(4)});
}

} // namespace pmc::store
