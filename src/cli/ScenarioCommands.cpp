#include "cli/Commands.h"

#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/ScenarioJson.h"

#include <iostream>

namespace pmc::cli {

int runImport(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({});
    const std::string path = args.positional(0, "FILE.json");
    const std::string text = readInputFile(path);
    const auto warnings = context.database().importScenario(text, path);
    for (const std::string& w : warnings)
        context.err() << path << ": warning: " << w << "\n";
    const core::FactoryModel model = context.database().load();
    context.out() << "imported " << path << " into " << context.database().path() << ": " << model.items.size()
                  << " items, " << model.boms.size() << " BOM rows, " << model.workCenters.size() << " work centers, "
                  << model.salesOrders.size() << " sales orders\n";
    return 0;
}

int runExport(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({});
    store::FactoryDatabase& database = context.database();
    context.out() << store::writeScenario(database.load(), database.executionHistory()).dump(2) << "\n";
    return 0;
}

} // namespace pmc::cli
