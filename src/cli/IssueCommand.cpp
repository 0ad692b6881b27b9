#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "store/FactoryDatabase.h"
#include "store/MaterialIssueRepository.h"
#include "store/ScenarioJson.h"

#include <ostream>

namespace pmc::cli {

int runIssue(CommandContext& context)
{
    const CommandLine args(context.words(), {"json", "return"});
    args.allowOnly({"order", "item", "qty", "date", "note"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    core::MaterialIssue issue;
    const std::optional<std::string> order = args.option("order");
    const std::optional<std::string> item = args.option("item");
    if (!order)
        throw UsageError("missing --order WO");
    if (!item)
        throw UsageError("missing --item ITEM");
    const std::optional<double> qty = args.number("qty");
    if (!qty)
        throw UsageError("missing --qty Q");
    if (!(*qty > 0))
        throw UsageError("--qty: " + *args.option("qty") + " must be above 0 (use --return to take material back)");
    issue.workOrder = *order;
    issue.item = *item;
    issue.qty = args.flag("return") ? -*qty : *qty;
    issue.note = args.option("note").value_or("");

    store::FactoryDatabase& database = context.database();
    issue.date = args.date("date").value_or(database.load().settings.today);
    store::MaterialIssueRepository repository(database.database());
    repository.record(issue);
    const double issued = core::issuedQuantity(repository.issues(), issue.workOrder, issue.item);

    if (args.flag("json")) {
        const nlohmann::ordered_json doc = {{"order", issue.workOrder},
                                            {"item", issue.item},
                                            {"qty", store::jsonQuantity(issue.qty)},
                                            {"date", issue.date.toString()},
                                            {"note", issue.note},
                                            {"issued", store::jsonQuantity(issued)}};
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    context.out() << (issue.qty < 0 ? "returned " : "issued ") << (issue.qty < 0 ? -issue.qty : issue.qty) << " "
                  << issue.item << (issue.qty < 0 ? " from " : " to ") << issue.workOrder << " on "
                  << issue.date.toString() << "\n"
                  << issue.workOrder << " now holds " << issued << " " << issue.item << "\n";
    return 0;
}

} // namespace pmc::cli
