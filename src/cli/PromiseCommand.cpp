#include "cli/Commands.h"

#include "core/promise/OrderPromise.h"
#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"

#include <algorithm>
#include <ostream>
#include <sstream>
#include <stdexcept>

namespace pmc::cli {

namespace {

nlohmann::ordered_json promiseJson(const core::PromiseResult& result, const std::string& item, double qty)
{
    return {{"date", result.date.toString()},
            {"limited_by", result.limitedBy},
            {"item", item},
            {"qty", store::jsonQuantity(qty)},
            {"feasible_in_horizon", result.feasibleInHorizon}};
}

void printPromise(std::ostream& out, const core::PromiseResult& result, const std::string& what)
{
    if (result.feasibleInHorizon)
        out << what << ": earliest delivery " << result.date.toString() << "\n";
    else
        out << what << ": not deliverable within the planning horizon (estimate " << result.date.toString() << ")\n";
    out << "limited by:\n";
    for (const std::string& reason : result.limitedBy)
        out << "  - " << reason << "\n";
}

/// `promise --order NUMBER`: every open line of the order, promised one after another.
int promiseOrder(CommandContext& context, const CommandLine& args, const core::FactoryModel& model, const std::string& number)
{
    const auto order = std::find_if(model.salesOrders.begin(), model.salesOrders.end(),
                                    [&](const core::SalesOrder& o) { return o.number == number; });
    if (order == model.salesOrders.end())
        throw UsageError("no sales order \"" + number + "\"");
    core::OrderPromise result;
    try {
        result = core::promiseSalesOrder(model, *order);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    if (args.flag("json")) {
        nlohmann::ordered_json lines = nlohmann::ordered_json::array();
        for (const core::LinePromise& l : result.lines) {
            const core::SalesOrderLine& line = order->lines[static_cast<std::size_t>(l.line - 1)];
            nlohmann::ordered_json j = promiseJson(l.promise, line.item, line.openQty());
            j["line"] = l.line;
            lines.push_back(j);
        }
        const nlohmann::ordered_json doc = {{"order", number},
                                            {"date", result.date.toString()},
                                            {"feasible_in_horizon", result.feasibleInHorizon},
                                            {"lines", lines}};
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    context.out() << number << ": the whole order by " << result.date.toString() << "\n";
    for (const core::LinePromise& l : result.lines) {
        const core::SalesOrderLine& line = order->lines[static_cast<std::size_t>(l.line - 1)];
        printPromise(context.out(), l.promise, "line " + std::to_string(l.line) + " " + line.item + " x " + store::jsonQuantity(line.openQty()).dump());
    }
    return 0;
}

} // namespace

int runPromise(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"item", "qty", "order"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    if (const std::optional<std::string> order = args.option("order")) {
        if (args.option("item") || args.option("qty"))
            throw UsageError("give either --order NUMBER or --item CODE --qty Q");
        return promiseOrder(context, args, context.database().load(), *order);
    }
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
        context.out() << promiseJson(result, *item, *qty).dump(2) << "\n";
        return 0;
    }
    std::ostringstream what;
    what << *item << " x " << *qty;
    printPromise(context.out(), result, what.str());
    return 0;
}

} // namespace pmc::cli
