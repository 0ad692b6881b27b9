#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "core/QuantityText.h"
#include "core/inventory/SlowMovingStock.h"
#include "store/FactoryDatabase.h"
#include "store/KpiHistoryQuery.h"
#include "store/ScenarioJson.h"

#include <cmath>
#include <iomanip>
#include <ostream>

namespace pmc::cli {

using nlohmann::ordered_json;

int runStock(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    const std::string action = args.positional(0, "slow");
    if (action != "slow")
        throw UsageError("unknown action \"" + action + "\" (slow)");
    args.allowOnly({"days"});
    const std::optional<double> days = args.number("days");
    if (days && (*days < 1 || *days > 36500 || *days != std::floor(*days)))
        throw UsageError("--days: must be a whole number of days from 1 to 36500");
    store::FactoryDatabase& database = context.database();
    const core::SlowMovingReview review = core::reviewSlowMovingStock(
        database.load(), store::readKpiHistory(database.database()), days ? static_cast<int>(*days) : core::kDefaultIdleDays);

    if (args.flag("json")) {
        const auto itemsJson = [](const std::vector<core::SlowMovingItem>& list) {
            ordered_json items = ordered_json::array();
            for (const core::SlowMovingItem& i : list) {
                ordered_json consumers = ordered_json::array();
                for (const core::StockConsumer& c : i.consumers)
                    consumers.push_back({{"order", c.order}, {"qty", store::jsonQuantity(c.qty)}});
                items.push_back({{"item", i.item},
                                 {"name", i.name},
                                 {"qty", store::jsonQuantity(i.qty)},
                                 {"value", store::jsonQuantity(i.value)},
                                 {"last_movement", i.lastMovement ? ordered_json(i.lastMovement->toString()) : ordered_json(nullptr)},
                                 {"idle_days", i.idleDays ? ordered_json(*i.idleDays) : ordered_json(nullptr)},
                                 {"consumable", store::jsonQuantity(i.consumable())},
                                 {"consumers", consumers}});
            }
            return items;
        };
        const std::optional<double> ratio = review.ratio();
        context.out() << ordered_json{{"days", review.days},
                                      {"slow_value", store::jsonQuantity(review.slowValue)},
                                      {"stock_value", store::jsonQuantity(review.stockValue)},
                                      {"ratio", ratio ? ordered_json(*ratio) : ordered_json(nullptr)},
                                      {"items", itemsJson(review.items)},
                                      {"no_movement_recorded", itemsJson(review.unrecorded)}}
                             .dump(2)
                      << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    const auto print = [&](const core::SlowMovingItem& i) {
        out << std::left << std::setw(16) << i.item << std::right << std::setw(10) << core::quantityText(i.qty)
            << std::setw(12) << core::quantityText(i.value) << "  "
            << (i.lastMovement ? i.lastMovement->toString() + " (" + std::to_string(*i.idleDays) + " days)"
                               : std::string("no movement on record"));
        if (!i.consumers.empty())
            out << "  " << i.consumers.size() << " open order(s) could use " << core::quantityText(i.consumable());
        out << "\n";
    };
    out << "stock without movement for " << review.days << " days or more\n";
    for (const core::SlowMovingItem& i : review.items)
        print(i);
    if (const std::optional<double> ratio = review.ratio())
        out << "slow-moving " << core::quantityText(review.slowValue) << " of " << core::quantityText(review.stockValue)
            << " stock value (" << std::fixed << std::setprecision(1) << *ratio * 100 << " %)\n" << std::defaultfloat;
    if (!review.unrecorded.empty()) {
        out << "\nin stock, no movement on record:\n";
        for (const core::SlowMovingItem& i : review.unrecorded)
            print(i);
    }
    return 0;
}

} // namespace pmc::cli
