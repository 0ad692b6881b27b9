#include "cli/Commands.h"

#include "core/masterdata/ItemLookup.h"
#include "core/mrp/MrpEngine.h"
#include "core/shortage/ShortageList.h"
#include "store/FactoryDatabase.h"
#include "store/ShortageJson.h"

#ifdef PMC_CLI_HAS_PDF
#include "app/print/ShortageListDocument.h"
#include "cli/PrintApplication.h"
#endif

#include <iomanip>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace pmc::cli {

namespace {

/// Writes the printed 欠料表 and/or its Excel copy (both need the Qt print layer).
void writeDocuments(const core::FactoryModel& model, const std::vector<core::Shortage>& shortages,
                    const std::optional<std::string>& pdf, const std::optional<std::string>& xlsx)
{
#ifdef PMC_CLI_HAS_PDF
    const std::unique_ptr<QGuiApplication> application = startPrintApplication(model.settings.printPaper);
    writeDocumentFiles(app::ShortageListDocument(model, shortages, model.settings.today), pdf, xlsx);
#else
    (void)model;
    (void)shortages;
    (void)xlsx;
    throw UsageError(std::string(pdf ? "--pdf" : "--xlsx")
        + ": this pmc-cli was built without the Qt print layer (configure with PMC_BUILD_UI=ON)");
#endif
}

} // namespace

int runShortages(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"pdf", "xlsx"});
    const core::FactoryModel model = context.database().load();
    // A fresh run with its gross requirements: the stored last run does not keep them.
    core::MrpOptions options;
    options.keepRequirements = true;
    const core::MrpResult mrp = core::MrpEngine(model).run({}, options);
    const std::vector<core::Shortage> shortages = core::listShortages(model, mrp);
    const std::optional<std::string> pdf = args.option("pdf");
    const std::optional<std::string> xlsx = args.option("xlsx");
    if (pdf || xlsx) {
        writeDocuments(model, shortages, pdf, xlsx);
        if (!args.flag("json"))
            for (const std::optional<std::string>& file : {pdf, xlsx})
                if (file)
                    context.out() << "wrote " << *file << " (" << shortages.size() << " materials short)\n";
    }
    if (args.flag("json")) {
        context.out() << store::shortagesToJson(model, shortages).dump(2) << "\n";
        return 0;
    }
    if (pdf || xlsx)
        return 0;
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
