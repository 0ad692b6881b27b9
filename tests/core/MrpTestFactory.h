#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpEngine.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core::test {

/// Today in every MRP test: Wednesday 2026-11-25.
inline const Date kToday = Date::fromYmd(2026, 11, 25);
/// The date `offset` calendar days after kToday (day(5) is Monday 2026-11-30).
inline Date day(int offset) { return kToday + offset; }

/// A factory built in code for MRP tests: Monday–Friday calendar, 30-day horizon,
/// 3 days of material buffer, no items. The add functions append to `model` in call order.
struct MrpTestFactory {
    FactoryModel model;

    MrpTestFactory()
    {
        model.settings = {kToday, 30, 3};
        model.calendar.setWorkdays({1, 2, 3, 4, 5});
    }

    /// Adds an item; the reference is valid until the next item is added.
    Item& item(const std::string& code, ItemSource source, int leadTimeDays = 0, double safetyStock = 0,
               const std::string& uom = "pcs")
    {
        Item item;
        item.code = code;
        item.source = source;
        item.leadTimeDays = leadTimeDays;
        item.safetyStock = safetyStock;
        item.uom = uom;
        model.items.push_back(item);
        return model.items.back();
    }
    Item& buy(const std::string& code, int leadTimeDays = 0, double safetyStock = 0, const std::string& uom = "pcs")
    {
        return item(code, ItemSource::Buy, leadTimeDays, safetyStock, uom);
    }
    Item& make(const std::string& code, int leadTimeDays = 0, double safetyStock = 0, const std::string& uom = "pcs")
    {
        return item(code, ItemSource::Make, leadTimeDays, safetyStock, uom);
    }
    void bom(const std::string& parent, const std::string& component, double qtyPer, double scrapRate = 0,
             std::optional<Date> validFrom = {}, std::optional<Date> validTo = {})
    {
        model.boms.push_back({parent, component, qtyPer, scrapRate, validFrom, validTo});
    }
    void stock(const std::string& item, double onHand) { model.inventory.push_back({item, onHand}); }
    void po(const std::string& number, const std::string& item, double qty, Date due)
    {
        model.purchaseOrders.push_back({number, item, qty, due, ""});
    }
    void wo(const std::string& number, const std::string& item, double qty, Date due, double completed = 0)
    {
        model.workOrders.push_back({number, item, qty, due, completed});
    }
    /// A sales order with one line.
    void sale(const std::string& number, const std::string& item, double qty, Date due)
    {
        model.salesOrders.push_back({number, "customer", 1, {{item, qty, due}}});
    }
    MrpResult run() const { return MrpEngine(model).run(); }
};

/// The planned orders of one item, by due date.
inline std::vector<PlannedOrder> ordersOf(const MrpResult& result, const std::string& item)
{
    std::vector<PlannedOrder> orders;
    for (const PlannedOrder& order : result.plannedOrders)
        if (order.item == item)
            orders.push_back(order);
    return orders;
}

} // namespace pmc::core::test
