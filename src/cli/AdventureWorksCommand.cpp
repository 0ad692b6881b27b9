#include "cli/Commands.h"

#include "store/AdventureWorksImport.h"
#include "store/FactoryDatabase.h"

#include <chrono>
#include <ostream>

namespace pmc::cli {

int runImportAdventureWorks(CommandContext& context)
{
    const CommandLine args(context.words(), {});
    args.allowOnly({});
    const std::string directory = args.positional(0, "DIR");
    const auto started = std::chrono::steady_clock::now();
    const store::AdventureWorksImport imported = store::importAdventureWorks(context.database(), directory);
    const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    for (const std::string& w : imported.warnings)
        context.err() << directory << ": warning: " << w << "\n";
    const core::FactoryModel& model = imported.model;
    std::size_t salesLines = 0;
    for (const core::SalesOrder& order : model.salesOrders)
        salesLines += order.lines.size();
    context.out() << "imported " << directory << " into " << context.database().path() << " in " << elapsed
                  << " s (today " << model.settings.today.toString() << "): " << model.items.size() << " items, "
                  << model.suppliers.size() << " suppliers, " << model.boms.size() << " BOM rows, "
                  << model.workCenters.size() << " work centers, " << model.routings.size() << " routings, "
                  << model.inventory.size() << " inventory rows, " << model.purchaseOrders.size()
                  << " purchase orders, " << model.workOrders.size() << " work orders, " << model.salesOrders.size()
                  << " sales orders (" << salesLines << " lines)\n";
    return 0;
}

} // namespace pmc::cli
