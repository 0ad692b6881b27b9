#include "cli/Commands.h"

#include "core/mrp/PlannedOrderRelease.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace pmc::cli {

namespace {

void printNumbers(std::ostream& out, const char* what, const std::vector<std::string>& numbers)
{
    if (numbers.empty())
        return;
    out << what << ":";
    for (const std::string& n : numbers)
        out << " " << n;
    out << "\n";
}

} // namespace

int runPlannedOrderAction(CommandContext& context, const CommandLine& args, bool convert)
{
    args.allowOnly({});
    const char* name = convert ? "mrp release" : "mrp firm";
    std::vector<std::string> ids(args.positional().begin() + 1, args.positional().end());
    if (args.flag("all") && !ids.empty())
        throw UsageError("give either --all or ids, not both");
    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    const std::optional<core::MrpResult> lastRun = database.lastMrpRun();
    const core::MrpResult run = lastRun.value_or(core::MrpResult{});
    if (args.flag("all"))
        ids = core::releasableIds(model, run);
    else if (ids.empty())
        throw UsageError("missing planned order ids or firm planned order numbers (or --all)");

    const core::PlannedOrderRelease release
        = convert ? core::PlannedOrderRelease::convert(model, run, ids) : core::PlannedOrderRelease::firm(model, run, ids);
    if (!release.ok())
        throw UsageError(release.error() + (lastRun ? "" : " (no MRP run is stored: run pmc-cli mrp first)"));
    if (!release.edit.empty()) {
        const store::PlannedOrderChanges taken{database.lastMrpRunAt(), release.consumed, release.added};
        const core::ValidationResult issues = database.applyEdit(release.edit, taken);
        if (!issues.ok())
            throw store::InputError(name, issues);
    }

    if (args.flag("json")) {
        const nlohmann::ordered_json doc = {{"work_orders", release.workOrders},
                                            {"purchase_requisitions", release.purchaseRequisitions},
                                            {"firm_planned_orders", release.firmPlannedOrders}};
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    printNumbers(out, "work orders", release.workOrders);
    printNumbers(out, "purchase requisitions", release.purchaseRequisitions);
    printNumbers(out, "firm planned orders", release.firmPlannedOrders);
    printNumbers(out, "already firm, left as they are", release.alreadyFirm);
    if (release.edit.empty())
        out << "nothing to do\n";
    return 0;
}

} // namespace pmc::cli
