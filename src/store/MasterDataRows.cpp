#include "store/MasterDataRows.h"

#include "store/Database.h"
#include "store/StoreError.h"

namespace pmc::store {

using core::Date;

namespace {

std::optional<std::string> optionalText(const std::string& text)
{
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

std::optional<std::string> optionalDateText(const std::optional<Date>& date)
{
    return date ? std::optional<std::string>(date->toString()) : std::nullopt;
}

// One column list per table, shared by INSERT and UPDATE so that they cannot drift apart.
constexpr const char* kItemColumns = "code = :code, name = :name, type = :type, uom = :uom, source = :source, "
                                     "lead_time_days = :lead, safety_stock = :safety, lot_rule = :rule, "
                                     "lot_size = :size, lot_moq = :moq, lot_multiple = :multiple, supplier = :supplier, "
                                     "min_stock = :min, max_stock = :max, defect_rate = :defect, buyer = :buyer, family = :family, "
                                     "unit_cost = :cost";

void bindItem(Statement& s, const core::Item& i)
{
    s.bind(":code", i.code).bind(":name", i.name).bind(":type", core::toString(i.type)).bind(":uom", i.uom)
        .bind(":source", core::toString(i.source)).bind(":lead", i.leadTimeDays).bind(":safety", i.safetyStock)
        .bind(":rule", core::toString(i.lot.rule)).bind(":size", i.lot.size).bind(":moq", i.lot.moq)
        .bind(":multiple", i.lot.multiple).bindOptional(":supplier", optionalText(i.supplier))
        .bind(":min", i.minStock).bind(":max", i.maxStock).bind(":defect", i.defectRate).bind(":buyer", i.buyer)
        .bind(":family", i.family).bind(":cost", i.unitCost);
}

void bindBom(Statement& s, const core::BomLine& b)
{
    s.bind(":parent", b.parent).bind(":component", b.component).bind(":qty_per", b.qtyPer).bind(":scrap", b.scrapRate)
        .bindOptional(":from", optionalDateText(b.validFrom)).bindOptional(":to", optionalDateText(b.validTo));
}

void bindWorkCenter(Statement& s, const core::WorkCenter& w)
{
    s.bind(":code", w.code).bind(":name", w.name).bind(":workshop", w.workshop).bind(":line", w.line)
        .bind(":units", w.parallelUnits).bind(":efficiency", w.efficiency);
}

void bindInventory(Statement& s, const core::InventoryRecord& r)
{
    s.bind(":item", r.item).bind(":qty", r.onHand).bind(":inspection", r.onInspection).bind(":allocated", r.allocated)
        .bind(":location", r.location);
}


// BOM and stock rows have no code of their own: a row is the first stored one equal in every
// column, which is the row core::applyEdit picks in memory (identical rows are interchangeable).
constexpr const char* kBomRowId =
    "(SELECT id FROM bom_line WHERE parent = :k_parent AND component = :k_component AND valid_from IS :k_from "
    "AND valid_to IS :k_to AND qty_per = :k_qty AND scrap_rate = :k_scrap ORDER BY id LIMIT 1)";

void bindBomKey(Statement& s, const core::BomLine& b)
{
    s.bind(":k_parent", b.parent).bind(":k_component", b.component)
        .bindOptional(":k_from", optionalDateText(b.validFrom)).bindOptional(":k_to", optionalDateText(b.validTo))
        .bind(":k_qty", b.qtyPer).bind(":k_scrap", b.scrapRate);
}

constexpr const char* kInventoryRowId =
    "(SELECT id FROM inventory WHERE item = :k_item AND on_hand = :k_qty AND on_inspection = :k_inspection "
    "AND allocated = :k_allocated AND location = :k_location ORDER BY id LIMIT 1)";

void bindInventoryKey(Statement& s, const core::InventoryRecord& r)
{
    s.bind(":k_item", r.item).bind(":k_qty", r.onHand).bind(":k_inspection", r.onInspection)
        .bind(":k_allocated", r.allocated).bind(":k_location", r.location);
}

} // namespace

MasterDataRows::MasterDataRows(Database& db)
    : m_db(db),
      m_insertSupplier(db.prepare("INSERT INTO supplier (code, name, contact, phone) VALUES (:code, :name, :contact, :phone)")),
      m_insertItem(db.prepare(
          "INSERT INTO item (code, name, type, uom, source, lead_time_days, safety_stock, lot_rule, lot_size, lot_moq, "
          "lot_multiple, supplier, min_stock, max_stock, defect_rate, buyer, family, unit_cost) VALUES (:code, :name, :type, :uom, "
          ":source, :lead, :safety, :rule, :size, :moq, :multiple, :supplier, :min, :max, :defect, :buyer, :family, "
          ":cost)")),
      m_insertBom(db.prepare("INSERT INTO bom_line (parent, component, qty_per, scrap_rate, valid_from, valid_to) "
                             "VALUES (:parent, :component, :qty_per, :scrap, :from, :to)")),
      m_insertWorkCenter(db.prepare("INSERT INTO work_center (code, name, workshop, line, parallel_units, efficiency) "
                                    "VALUES (:code, :name, :workshop, :line, :units, :efficiency)")),
      m_insertOperation(db.prepare(
          "INSERT INTO routing_operation (item, routing_position, seq, work_center, setup_minutes, run_minutes_per_unit, "
          "queue_minutes, inspection_minutes, move_minutes, piece_rate) "
          "VALUES (:item, :position, :seq, :wc, :setup, :run, :queue, :inspection, :move, :rate)")),
      m_insertInventory(db.prepare("INSERT INTO inventory (item, on_hand, on_inspection, allocated, location) "
                                   "VALUES (:item, :qty, :inspection, :allocated, :location)"))
{
}

void MasterDataRows::insert(const core::Supplier& s)
{
    m_insertSupplier.bind(":code", s.code).bind(":name", s.name).bind(":contact", s.contact).bind(":phone", s.phone).run();
}

void MasterDataRows::insert(const core::Item& item)
{
    bindItem(m_insertItem, item);
    m_insertItem.run();
}

void MasterDataRows::insert(const core::BomLine& line)
{
    bindBom(m_insertBom, line);
    m_insertBom.run();
}

void MasterDataRows::insert(const core::WorkCenter& workCenter)
{
    bindWorkCenter(m_insertWorkCenter, workCenter);
    m_insertWorkCenter.run();
}

void MasterDataRows::insert(const core::Routing& routing, long long position)
{
    insertOperations(routing, position);
}

void MasterDataRows::insertOperations(const core::Routing& routing, long long position)
{
    for (const core::Operation& o : routing.operations)
        m_insertOperation.bind(":item", routing.item).bind(":position", position).bind(":seq", o.seq)
            .bind(":wc", o.workCenter).bind(":setup", o.setupMinutes).bind(":run", o.runMinutesPerUnit)
            .bind(":queue", o.queueMinutes).bind(":inspection", o.inspectionMinutes).bind(":move", o.moveMinutes)
            .bind(":rate", o.pieceRate).run();
}

void MasterDataRows::insert(const core::InventoryRecord& record)
{
    bindInventory(m_insertInventory, record);
    m_insertInventory.run();
}

void MasterDataRows::insertCalendar(const core::Calendar& calendar)
{
    Statement workday = m_db.prepare("INSERT INTO calendar_workday (iso_weekday) VALUES (:day)");
    for (int d : calendar.workdays())
        workday.bind(":day", d).run();
    Statement shift = m_db.prepare("INSERT INTO calendar_shift (start_minute, end_minute) VALUES (:start, :end)");
    for (const core::Shift& s : calendar.shifts())
        shift.bind(":start", s.startMinute).bind(":end", s.endMinute).run();
    Statement holiday = m_db.prepare("INSERT INTO calendar_holiday (date) VALUES (:date)");
    for (Date d : calendar.holidays())
        holiday.bind(":date", d.toString()).run();
    Statement extra = m_db.prepare("INSERT INTO calendar_extra_workday (date) VALUES (:date)");
    for (Date d : calendar.extraWorkdays())
        extra.bind(":date", d.toString()).run();
    Statement overtime = m_db.prepare(
        "INSERT INTO calendar_overtime (date, work_center, start_minute, end_minute) VALUES (:date, :wc, :start, :end)");
    for (const core::Overtime& o : calendar.overtime())
        overtime.bind(":date", o.date.toString()).bind(":wc", o.workCenter).bind(":start", o.startMinute)
            .bind(":end", o.endMinute).run();
}

void MasterDataRows::replaceCalendar(const core::Calendar& calendar)
{
    m_db.execute("DELETE FROM calendar_overtime; DELETE FROM calendar_holiday; DELETE FROM calendar_extra_workday; "
                 "DELETE FROM calendar_shift; DELETE FROM calendar_workday;");
    insertCalendar(calendar);
}

void MasterDataRows::change(const core::Supplier& before, const core::Supplier& after)
{
    Statement s = m_db.prepare("UPDATE supplier SET code = :code, name = :name, contact = :contact, phone = :phone "
                               "WHERE code = :key");
    s.bind(":code", after.code).bind(":name", after.name).bind(":contact", after.contact).bind(":phone", after.phone)
        .bind(":key", before.code);
    s.runOnOneRow("supplier " + before.code);
}

void MasterDataRows::change(const core::Item& before, const core::Item& after)
{
    Statement s = m_db.prepare(std::string("UPDATE item SET ") + kItemColumns + " WHERE code = :key");
    bindItem(s, after);
    s.bind(":key", before.code);
    s.runOnOneRow("item " + before.code);
}

void MasterDataRows::change(const core::BomLine& before, const core::BomLine& after)
{
    Statement s = m_db.prepare(std::string("UPDATE bom_line SET parent = :parent, component = :component, "
                                           "qty_per = :qty_per, scrap_rate = :scrap, valid_from = :from, valid_to = :to "
                                           "WHERE id = ") + kBomRowId);
    bindBom(s, after);
    bindBomKey(s, before);
    s.runOnOneRow("BOM row " + before.parent + " -> " + before.component);
}

void MasterDataRows::change(const core::WorkCenter& before, const core::WorkCenter& after)
{
    Statement s = m_db.prepare("UPDATE work_center SET code = :code, name = :name, workshop = :workshop, line = :line, "
                               "parallel_units = :units, efficiency = :efficiency WHERE code = :key");
    bindWorkCenter(s, after);
    s.bind(":key", before.code);
    s.runOnOneRow("work center " + before.code);
}

void MasterDataRows::change(const core::Routing& before, const core::Routing& after)
{
    // A routing is stored as its operation rows; they are rewritten at the routing's place.
    Statement position = m_db.prepare("SELECT min(routing_position) FROM routing_operation WHERE item = :item");
    position.bind(":item", before.item);
    position.step();
    const bool stored = !position.isNull(0);
    const long long place = stored ? position.integer(0) : 0;
    position.reset();
    if (!stored && !before.operations.empty())
        throw StoreError("routing of " + before.item + " is not stored as expected (changed elsewhere?)");
    remove(before);
    if (stored)
        insertOperations(after, place);
    else
        insert(after);
}

void MasterDataRows::change(const core::InventoryRecord& before, const core::InventoryRecord& after)
{
    Statement s = m_db.prepare(std::string("UPDATE inventory SET item = :item, on_hand = :qty, "
                                           "on_inspection = :inspection, allocated = :allocated, location = :location "
                                           "WHERE id = ")
                               + kInventoryRowId);
    bindInventory(s, after);
    bindInventoryKey(s, before);
    s.runOnOneRow("stock row of " + before.item);
}

void MasterDataRows::remove(const core::Supplier& row)
{
    m_db.deleteOne("supplier", "code", row.code, "supplier " + row.code);
}

void MasterDataRows::remove(const core::Item& row)
{
    m_db.deleteOne("item", "code", row.code, "item " + row.code);
}

void MasterDataRows::remove(const core::BomLine& row)
{
    Statement s = m_db.prepare(std::string("DELETE FROM bom_line WHERE id = ") + kBomRowId);
    bindBomKey(s, row);
    s.runOnOneRow("BOM row " + row.parent + " -> " + row.component);
}

void MasterDataRows::remove(const core::WorkCenter& row)
{
    m_db.deleteOne("work_center", "code", row.code, "work center " + row.code);
}

void MasterDataRows::remove(const core::Routing& row)
{
    Statement s = m_db.prepare("DELETE FROM routing_operation WHERE item = :item");
    s.bind(":item", row.item).run();
    if (m_db.changes() != static_cast<long long>(row.operations.size()))
        throw StoreError("routing of " + row.item + " is not stored as expected (changed elsewhere?)");
}

void MasterDataRows::remove(const core::InventoryRecord& row)
{
    Statement s = m_db.prepare(std::string("DELETE FROM inventory WHERE id = ") + kInventoryRowId);
    bindInventoryKey(s, row);
    s.runOnOneRow("stock row of " + row.item);
}

void MasterDataRows::insert(const core::Routing& routing)
{
    Statement next = m_db.prepare("SELECT coalesce(max(routing_position), -1) + 1 FROM routing_operation");
    next.step();
    const long long position = next.integer(0);
    next.reset();
    insertOperations(routing, position);
}

void MasterDataRows::apply(const core::MasterDataEdit& edit)
{
    // Removing an item together with its BOM rows passes through states where references
    // dangle; the edit was validated as a whole, so foreign keys are checked at commit.
    m_db.deferForeignKeys();
    storeRowChanges(*this, edit.suppliers);
    storeRowChanges(*this, edit.workCenters);
    storeRowChanges(*this, edit.items);
    storeRowChanges(*this, edit.boms);
    storeRowChanges(*this, edit.routings);
    storeRowChanges(*this, edit.inventory);
    if (edit.calendar)
        replaceCalendar(edit.calendar->second);
}

} // namespace pmc::store
