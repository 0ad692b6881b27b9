#include "cli/Commands.h"

#include "core/bom/BomGraph.h"
#include "core/masterdata/ItemLookup.h"
#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"

#include <iomanip>
#include <ostream>

namespace pmc::cli {

int runBom(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"qty", "date"});
    if (args.positional(0, "subcommand (explode)") != "explode")
        throw UsageError("unknown subcommand \"" + args.positional()[0] + "\" (expected explode)");
    const std::string code = args.positional(1, "item CODE");
    const double qty = args.number("qty").value_or(1.0);
    if (qty < 0)
        throw UsageError("--qty must be >= 0");

    const core::FactoryModel model = context.database().load();
    core::Date date = model.settings.today;
    if (const auto text = args.option("date")) {
        const auto parsed = core::Date::parse(*text);
        if (!parsed)
            throw UsageError("--date: \"" + *text + "\" is not a date YYYY-MM-DD");
        date = *parsed;
    }
    const core::BomGraph graph(model);
    if (graph.indexOf(code) < 0)
        throw UsageError("unknown item \"" + code + "\"");
    const core::BomExplosion explosion = graph.explode(code, qty, date);

    if (args.flag("json")) {
        nlohmann::ordered_json lines = nlohmann::ordered_json::array();
        for (const auto& l : explosion.lines)
            lines.push_back({{"level", l.level}, {"item", l.item}, {"qty_per", store::jsonQuantity(l.qtyPer)},
                             {"qty", store::jsonQuantity(l.qty)}});
        nlohmann::ordered_json totals = nlohmann::ordered_json::array();
        for (const auto& t : explosion.totals)
            totals.push_back({{"item", t.item}, {"qty", store::jsonQuantity(t.qty)}});
        const nlohmann::ordered_json doc = {{"item", explosion.item}, {"qty", store::jsonQuantity(explosion.qty)},
                                            {"date", date.toString()}, {"lines", lines}, {"totals", totals}};
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    context.out() << code << " x " << qty << " on " << date.toString() << "\n";
    const core::ItemLookup items(model.items);
    for (const auto& l : explosion.lines) {
        const core::Item* item = items.find(l.item);
        context.out() << std::string(static_cast<std::size_t>(l.level) * 2, ' ') << l.level << " " << l.item << "  "
                      << (item ? item->name : "") << "  qty_per " << l.qtyPer << "  qty " << l.qty << "\n";
    }
    context.out() << "totals:\n";
    for (const auto& t : explosion.totals)
        context.out() << "  " << t.item << "  " << t.qty << "\n";
    return 0;
}

} // namespace pmc::cli
