#include "store/ShortageJson.h"

#include "core/masterdata/ItemLookup.h"
#include "store/ScenarioJson.h"

namespace pmc::store {

nlohmann::ordered_json shortagesToJson(const core::FactoryModel& model, const std::vector<core::Shortage>& shortages)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    const core::ItemLookup items(model.items);
    for (const core::Shortage& s : shortages) {
        nlohmann::ordered_json pos = nlohmann::ordered_json::array();
        for (const core::LatePurchaseOrder& po : s.latePurchaseOrders)
            pos.push_back({{"number", po.number}, {"qty", jsonQuantity(po.qty)}, {"due", po.due.toString()},
                           {"days_late", po.daysLate}, {"needed", po.neededOn.toString()}});
        const core::Item* item = items.find(s.item);
        list.push_back({{"item", s.item}, {"short_qty", jsonQuantity(s.shortQty)}, {"need_date", s.needDate.toString()},
                        {"orders", s.orders}, {"open_pos", pos}, {"name", item ? item->name : std::string()},
                        {"uom", item ? item->uom : std::string()}, {"supplier", item ? item->supplier : std::string()}});
    }
    return list;
}

} // namespace pmc::store
