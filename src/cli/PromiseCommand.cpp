#include "cli/Commands.h"

#include "core/promise/DeliveryPromise.h"
#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"

#include <ostream>
#include <stdexcept>

namespace pmc::cli {

int runPromise(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"item", "qty"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    const std::optional<std::string> item = args.option("item");
    if (!item)
        throw UsageError("missing --item CODE");
    const std::optional<double> qty = args.number("qty");
    if (!qty)
        throw UsageError("missing --qty Q");
    if (!(*qty > 0))
        throw UsageError("--qty must be > 0");

    const core::FactoryModel model = context.database().load();
    if (!model.findItem(*item))
        throw UsageError("unknown item \"" + *item + "\"");
    core::PromiseResult result;
    try {
        result = core::promiseDelivery(model, *item, *qty);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }

    if (args.flag("json")) {
        const nlohmann::ordered_json doc = {{"date", result.date.toString()},
                                            {"limited_by", result.limitedBy},
                                            {"item", *item},
                                            {"qty", store::jsonQuantity(*qty)},
                                            {"feasible_in_horizon", result.feasibleInHorizon}};
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    if (result.feasibleInHorizon)
        out << *item << " x " << *qty << ": earliest delivery " << result.date.toString() << "\n";
    else
        out << *item << " x " << *qty << ": not deliverable within the planning horizon (estimate "
            << result.date.toString() << ")\n";
    out << "limited by:\n";
    for (const std::string& reason : result.limitedBy)
        out << "  - " << reason << "\n";
    return 0;
}

} // namespace pmc::cli
