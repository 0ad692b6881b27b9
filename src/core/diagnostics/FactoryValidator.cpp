#include "core/diagnostics/FactoryValidator.h"

#include "core/QuantityText.h"
#include "core/bom/BomGraph.h"
#include "core/masterdata/ItemLookup.h"
#include "core/mrp/MrpTolerance.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace pmc::core {

namespace {

std::string at(const char* section, std::size_t index) { return std::string(section) + "[" + std::to_string(index) + "]"; }

/// A row's JSON path (`items[3]`, `routings[2].operations[1]`), spelled out only when an issue
/// names it: building a string per row made validating a 600k-row factory take half a second.
struct Path {
    const char* section;
    std::size_t index;
    const char* sub = nullptr;
    std::size_t subIndex = 0;

    Path child(const char* name, std::size_t i) const { return {section, index, name, i}; }
    std::string text() const { return sub ? at(section, index) + at(sub, subIndex) : at(section, index); }
    friend std::string operator+(const Path& path, const char* field) { return path.text() + field; }
};

class Checker {
public:
    explicit Checker(const FactoryModel& model)
        : m_model(model)
    {
        for (const Item& i : model.items)
            m_items.insert(i.code);
        for (const Supplier& s : model.suppliers)
            m_suppliers.insert(s.code);
        for (const WorkCenter& w : model.workCenters)
            m_workCenters.insert(w.code);
    }

    ValidationResult run()
    {
        checkSettings();
        checkCodes();
        checkItems();
        checkBoms();
        checkRoutings();
        checkStockAndOrders();
        checkPlannedSupply();
        checkScheduling();
        return std::move(m_result);
    }

private:
    void nonNegative(const Path& path, const char* field, double value)
    {
        if (!(value >= 0))
            m_result.add(path + field, "must be >= 0");
    }
    void itemExists(const Path& path, const char* field, const std::string& code)
    {
        if (!m_items.contains(code))
            m_result.add(path + field, "unknown item \"" + code + "\"");
    }
    template <typename T, typename Key>
    void unique(const char* section, const char* field, const std::vector<T>& rows, Key key)
    {
        std::unordered_set<std::string_view> seen;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::string& value = key(rows[i]);
            if (value.empty())
                m_result.add(at(section, i) + "." + field, "must not be empty");
            else if (!seen.insert(value).second)
                m_result.add(at(section, i) + "." + field, "duplicate \"" + value + "\"");
        }
    }

    void checkSettings()
    {
        if (m_model.settings.horizonDays < 1)
            m_result.add("settings.horizon_days", "must be >= 1");
        if (m_model.settings.materialBufferDays < 0)
            m_result.add("settings.material_buffer_days", "must be >= 0");
        if (m_model.settings.planReleaseCutoffMinute < 0 || m_model.settings.planReleaseCutoffMinute >= 24 * 60)
            m_result.add("settings.plan_release_cutoff", "must be a time of day from 00:00 to 23:59");
        try {
            OrderNumbering{m_model.settings.salesOrderNumberPattern};
        } catch (const std::invalid_argument& e) {
            m_result.add("settings.sales_order_number_pattern", e.what());
        }
        const auto& shifts = m_model.calendar.shifts();
        for (std::size_t i = 0; i < shifts.size(); ++i) {
            if (shifts[i].endMinute <= shifts[i].startMinute)
                m_result.add(at("calendar.shifts", i) + ".end", "must be after start");
            else if (i > 0 && shifts[i].startMinute < shifts[i - 1].endMinute)
                m_result.add(at("calendar.shifts", i) + ".start", "overlaps the previous shift");
        }
        const auto& overtime = m_model.calendar.overtime();
        for (std::size_t i = 0; i < overtime.size(); ++i) {
            if (overtime[i].endMinute <= overtime[i].startMinute)
                m_result.add(at("calendar.overtime", i) + ".end", "must be after start");
            if (!m_workCenters.contains(overtime[i].workCenter))
                m_result.add(at("calendar.overtime", i) + ".workcenter",
                             "unknown work center \"" + overtime[i].workCenter + "\"");
        }
    }

    void checkCodes()
    {
        unique("suppliers", "code", m_model.suppliers, [](const Supplier& s) -> const std::string& { return s.code; });
        unique("items", "code", m_model.items, [](const Item& i) -> const std::string& { return i.code; });
        unique("workcenters", "code", m_model.workCenters, [](const WorkCenter& w) -> const std::string& { return w.code; });
        unique("routings", "item", m_model.routings, [](const Routing& r) -> const std::string& { return r.item; });
        unique("purchase_orders", "number", m_model.purchaseOrders, [](const PurchaseOrder& p) -> const std::string& { return p.number; });
        unique("work_orders", "number", m_model.workOrders, [](const WorkOrder& w) -> const std::string& { return w.number; });
        unique("sales_orders", "number", m_model.salesOrders, [](const SalesOrder& s) -> const std::string& { return s.number; });
        unique("firm_planned_orders", "number", m_model.firmPlannedOrders,
               [](const FirmPlannedOrder& f) -> const std::string& { return f.number; });
        unique("purchase_requisitions", "number", m_model.purchaseRequisitions,
               [](const PurchaseRequisition& r) -> const std::string& { return r.number; });
    }

    void checkItems()
    {
        for (std::size_t i = 0; i < m_model.items.size(); ++i) {
            const Item& item = m_model.items[i];
            const Path path{"items", i};
            if (item.leadTimeDays < 0)
                m_result.add(path + ".lead_time_days", "must be >= 0");
            nonNegative(path, ".safety_stock", item.safetyStock);
            nonNegative(path, ".min_stock", item.minStock);
            nonNegative(path, ".max_stock", item.maxStock);
            nonNegative(path, ".unit_cost", item.unitCost);
            if (item.maxStock > 0 && item.maxStock < item.minStock)
                m_result.add(path + ".max_stock", "must be 0 (no maximum) or at least min_stock");
            if (!(item.defectRate >= 0 && item.defectRate < 1))
                m_result.add(path + ".defect_rate", "must be a fraction from 0 up to (not including) 1");
            if (item.uom.empty())
                m_result.add(path + ".uom", "must not be empty");
            if (item.lot.rule == LotRule::Fixed && !(item.lot.size > 0))
                m_result.add(path + ".lot.size", "must be > 0 for rule \"fixed\"");
            nonNegative(path, ".lot.moq", item.lot.moq);
            nonNegative(path, ".lot.multiple", item.lot.multiple);
            if (!item.supplier.empty() && !m_suppliers.contains(item.supplier))
                m_result.add(path + ".supplier", "unknown supplier \"" + item.supplier + "\"");
        }
    }

    void checkBoms()
    {
        for (std::size_t i = 0; i < m_model.boms.size(); ++i) {
            const BomLine& line = m_model.boms[i];
            const Path path{"boms", i};
            itemExists(path, ".parent", line.parent);
            itemExists(path, ".component", line.component);
            if (line.parent == line.component)
                m_result.add(path + ".component", "an item cannot contain itself");
            nonNegative(path, ".qty_per", line.qtyPer);
            if (!(line.scrapRate >= 0))
                m_result.add(path + ".scrap_rate", "must be >= 0");
            if (line.validFrom && line.validTo && !(*line.validFrom < *line.validTo))
                m_result.add(path + ".valid_to", "must be after valid_from");
        }
        // BomGraph skips rows with unknown items, so the cycle search is safe on broken input.
        if (const auto cycle = BomGraph(m_model).findCycle()) {
            std::string text;
            for (const std::string& code : *cycle)
                text += (text.empty() ? "" : " -> ") + code;
            m_result.add("boms", "cycle " + text);
        }
    }

    void checkRoutings()
    {
        for (std::size_t i = 0; i < m_model.routings.size(); ++i) {
            const Routing& routing = m_model.routings[i];
            const Path path{"routings", i};
            itemExists(path, ".item", routing.item);
            std::unordered_set<int> seqs;
            for (std::size_t j = 0; j < routing.operations.size(); ++j) {
                const Operation& op = routing.operations[j];
                const Path opPath = path.child(".operations", j);
                if (!seqs.insert(op.seq).second)
                    m_result.add(opPath + ".seq", "duplicate seq " + std::to_string(op.seq));
                if (!m_workCenters.contains(op.workCenter))
                    m_result.add(opPath + ".workcenter", "unknown work center \"" + op.workCenter + "\"");
                nonNegative(opPath, ".setup_minutes", op.setupMinutes);
                nonNegative(opPath, ".run_minutes_per_unit", op.runMinutesPerUnit);
                nonNegative(opPath, ".queue_minutes", op.queueMinutes);
                nonNegative(opPath, ".inspection_minutes", op.inspectionMinutes);
                nonNegative(opPath, ".move_minutes", op.moveMinutes);
                nonNegative(opPath, ".piece_rate", op.pieceRate);
            }
        }
        for (std::size_t i = 0; i < m_model.workCenters.size(); ++i) {
            if (m_model.workCenters[i].parallelUnits < 1)
                m_result.add(at("workcenters", i) + ".parallel_units", "must be >= 1");
            if (!(m_model.workCenters[i].efficiency > 0))
                m_result.add(at("workcenters", i) + ".efficiency", "must be > 0");
        }
    }

    void checkStockAndOrders()
    {
        for (std::size_t i = 0; i < m_model.inventory.size(); ++i) {
            itemExists(Path{"inventory", i}, ".item", m_model.inventory[i].item);
            nonNegative(Path{"inventory", i}, ".on_hand", m_model.inventory[i].onHand);
            nonNegative(Path{"inventory", i}, ".on_inspection", m_model.inventory[i].onInspection);
            nonNegative(Path{"inventory", i}, ".allocated", m_model.inventory[i].allocated);
        }
        for (std::size_t i = 0; i < m_model.purchaseOrders.size(); ++i) {
            const PurchaseOrder& po = m_model.purchaseOrders[i];
            itemExists(Path{"purchase_orders", i}, ".item", po.item);
            nonNegative(Path{"purchase_orders", i}, ".qty", po.qty);
            nonNegative(Path{"purchase_orders", i}, ".received_qty", po.receivedQty);
            if (!po.supplier.empty() && !m_suppliers.contains(po.supplier))
                m_result.add(at("purchase_orders", i) + ".supplier", "unknown supplier \"" + po.supplier + "\"");
        }
        for (std::size_t i = 0; i < m_model.workOrders.size(); ++i) {
            const WorkOrder& wo = m_model.workOrders[i];
            itemExists(Path{"work_orders", i}, ".item", wo.item);
            nonNegative(Path{"work_orders", i}, ".qty", wo.qty);
            nonNegative(Path{"work_orders", i}, ".completed_qty", wo.completedQty);
        }
        for (std::size_t i = 0; i < m_model.salesOrders.size(); ++i) {
            const SalesOrder& so = m_model.salesOrders[i];
            for (std::size_t j = 0; j < so.lines.size(); ++j) {
                const Path path = Path{"sales_orders", i}.child(".lines", j);
                itemExists(path, ".item", so.lines[j].item);
                nonNegative(path, ".qty", so.lines[j].qty);
                shipments(path, so.lines[j]);
            }
            for (std::size_t r = 1; r < so.reviews.size(); ++r)
                for (std::size_t e = 0; e < r; ++e)
                    if (so.reviews[e].department == so.reviews[r].department)
                        m_result.add(Path{"sales_orders", i}.child(".reviews", r) + ".department",
                                     std::string("a second review of ") + toString(so.reviews[r].department));
        }
    }

    void shipments(const Path& line, const SalesOrderLine& order)
    {
        for (std::size_t s = 0; s < order.shipments.size(); ++s)
            if (!(order.shipments[s].qty > 0))
                m_result.add(line + ".shipments" + at("", s) + ".qty", "must be > 0");
        if (isBelowWithTolerance(order.qty, order.shippedQty()))
            m_result.add(line + ".shipments", "ships " + quantityText(order.shippedQty()) + ", more than the "
                                                  + quantityText(order.qty) + " ordered");
    }

    /// Quantity, item and dates of a firm planned order or a purchase requisition.
    template <typename Order>
    void plannedSupply(const Path& path, const Order& order)
    {
        itemExists(path, ".item", order.item);
        if (!(order.qty > 0))
            m_result.add(path + ".qty", "must be > 0");
        if (order.due < order.release)
            m_result.add(path + ".release", "must be on or before due");
    }

    void checkPlannedSupply()
    {
        for (std::size_t i = 0; i < m_model.firmPlannedOrders.size(); ++i)
            plannedSupply(Path{"firm_planned_orders", i}, m_model.firmPlannedOrders[i]);
        if (m_model.purchaseRequisitions.empty())
            return;
        const ItemLookup items(m_model.items);
        for (std::size_t i = 0; i < m_model.purchaseRequisitions.size(); ++i) {
            const PurchaseRequisition& pr = m_model.purchaseRequisitions[i];
            const Path path{"purchase_requisitions", i};
            plannedSupply(path, pr);
            if (const Item* item = items.find(pr.item); item && item->source != ItemSource::Buy)
                m_result.add(path + ".item", "\"" + pr.item + "\" is made, not bought");
            if (!pr.supplier.empty() && !m_suppliers.contains(pr.supplier))
                m_result.add(path + ".supplier", "unknown supplier \"" + pr.supplier + "\"");
        }
    }

    // Pins of orders that are gone (completed, deleted) are left alone: the scheduler skips
    // them, and an edit elsewhere must not fail because of them.
    void checkScheduling()
    {
        std::unordered_set<std::string> seen;
        for (std::size_t i = 0; i < m_model.changeovers.size(); ++i) {
            const Changeover& c = m_model.changeovers[i];
            const Path path{"changeovers", i};
            if (!m_workCenters.contains(c.workCenter))
                m_result.add(path + ".workcenter", "unknown work center \"" + c.workCenter + "\"");
            if (c.fromFamily.empty())
                m_result.add(path + ".from", "must be a product family or *");
            if (c.toFamily.empty())
                m_result.add(path + ".to", "must be a product family or *");
            nonNegative(path, ".minutes", c.minutes);
            if (!seen.insert(c.workCenter + '\n' + c.fromFamily + '\n' + c.toFamily).second)
                m_result.add(path + ".to", "a second row for " + c.workCenter + " from " + c.fromFamily + " to " + c.toFamily);
        }
        seen.clear();
        for (std::size_t i = 0; i < m_model.operationPins.size(); ++i) {
            const OperationPin& pin = m_model.operationPins[i];
            const Path path{"pinned_operations", i};
            if (pin.unit < 0)
                m_result.add(path + ".unit", "must be >= 0");
            if (pin.startMinute < 0 || pin.startMinute >= 24 * 60)
                m_result.add(path + ".start", "must be a time of day from 00:00 to 23:59");
            if (!seen.insert(pin.order + '\n' + std::to_string(pin.seq)).second)
                m_result.add(path + ".seq", "step " + std::to_string(pin.seq) + " of " + pin.order + " is pinned twice");
        }
        m_result.append(checkLineStations(m_model.lineStations));
    }

    const FactoryModel& m_model;
    // Views into the model, which outlives the checker.
    std::unordered_set<std::string_view> m_items;
    std::unordered_set<std::string_view> m_suppliers;
    std::unordered_set<std::string_view> m_workCenters;
    ValidationResult m_result;
};

} // namespace

ValidationResult validateFactory(const FactoryModel& model)
{
    return Checker(model).run();
}

ValidationResult validateOperationPinTargets(const FactoryModel& model, std::span<const OperationPin> pins)
{
    ValidationResult errors;
    if (pins.empty())
        return errors;
    std::unordered_map<std::string_view, std::string_view> itemOfOrder;
    for (const WorkOrder& wo : model.workOrders)
        itemOfOrder.emplace(wo.number, wo.item);
    for (const FirmPlannedOrder& f : model.firmPlannedOrders)
        itemOfOrder.emplace(f.number, f.item);
    std::unordered_map<std::string_view, const Routing*> routingOf;
    for (const Routing& r : model.routings)
        routingOf.emplace(r.item, &r);
    std::unordered_map<std::string_view, int> units;
    for (const WorkCenter& wc : model.workCenters)
        units.emplace(wc.code, wc.parallelUnits);
    for (std::size_t i = 0; i < pins.size(); ++i) {
        const OperationPin& pin = pins[i];
        const std::string path = at("pinned_operations", i);
        const auto order = itemOfOrder.find(pin.order);
        if (order == itemOfOrder.end()) {
            errors.add(path + ".order", "unknown work order or firm planned order \"" + pin.order + "\"");
            continue;
        }
        const std::string item(order->second);
        const Operation* step = nullptr;
        if (const auto routing = routingOf.find(item); routing != routingOf.end())
            for (const Operation& op : routing->second->operations)
                if (op.seq == pin.seq)
                    step = &op;
        if (!step)
            errors.add(path + ".seq", "the routing of " + item + " has no step " + std::to_string(pin.seq));
        else if (const auto wc = units.find(step->workCenter); wc != units.end() && pin.unit >= wc->second)
            errors.add(path + ".unit", step->workCenter + " has units 0 to " + std::to_string(wc->second - 1));
    }
    return errors;
}

} // namespace pmc::core
