#include "cli/Commands.h"

#include "core/masterdata/ItemLookup.h"
#include "core/mrp/MrpEngine.h"
#include "core/shortage/ShortageList.h"
#include "store/FactoryDatabase.h"
#include "store/ShortageJson.h"

#include <iomanip>
#include <ostream>

namespace pmc::cli {

int runShortages(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({});
    const core::FactoryModel model = context.database().load();
    // A fresh run with its gross requirements: the stored last run does not keep them.
    core::MrpOptions options;
    options.keepRequirements = true;
    const core::MrpResult mrp = core::MrpEngine(model).run({}, options);
    const std::vector<core::Shortage> shortages = core::listShortages(model, mrp);
    if (args.flag("json")) {
        context.out() << store::shortagesToJson(model, shortages).dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    out << shortages.size() << " materials short\n";
    const core::ItemLookup items(model.items);
    for (const core::Shortage& s : shortages) {
        const core::Item* item = items.find(s.item);
        out << "\n" << s.item << "  " << (item ? item->name : "") << "  short " << s.shortQty << " "
            << (item ? item->uom : "") << ", first missing " << s.needDate.toString() << "\n";
        if (!s.orders.empty()) {
            out << "  blocks:";
            for (const std::string& order : s.orders)
                out << " " << order;
            out << "\n";
        }
        for (const core::LatePurchaseOrder& po : s.latePurchaseOrders)
            out << "  " << po.number << " " << po.qty << " due " << po.due.toString() << ", needed "
                << po.neededOn.toString() << ": " << po.daysLate << " days late\n";
    }
    return 0;
}

} // namespace pmc::cli
