#include "cli/Commands.h"

#include "cli/LastMrpRun.h"
#include "core/diagnostics/FactoryValidator.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/OperationPinning.h"
#include "core/scheduling/WorkingTime.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"

#include <algorithm>
#include <cmath>
#include <ostream>

namespace pmc::cli {

namespace {

int wholeNumber(const std::string& text, const char* what)
{
    try {
        std::size_t used = 0;
        const int value = std::stoi(text, &used);
        if (used == text.size())
            return value;
    } catch (const std::exception&) {
    }
    throw UsageError(std::string(what) + ": must be a whole number, not \"" + text + "\"");
}

// Stores the pin list as one edit; the new pin must name a step that can be pinned (older
// pins of orders finished since are left alone).
void storePins(store::FactoryDatabase& database, const core::FactoryModel& model, const core::OperationPin& added,
               std::vector<core::OperationPin> pins)
{
    core::ValidationResult issues = core::validateOperationPinTargets(model, std::span(&added, 1));
    if (issues.ok()) {
        core::MasterDataEdit edit;
        edit.operationPins = std::make_pair(model.operationPins, std::move(pins));
        issues = database.applyEdit(edit);
    }
    if (!issues.ok())
        throw store::InputError("schedule pin", issues);
}

} // namespace

int runSchedulePin(CommandContext& context, const CommandLine& args)
{
    args.allowOnly({"unit", "start"});
    const std::string order = args.positional(1, "the work order or firm planned order number");
    const int seq = wholeNumber(args.positional(2, "the routing step (seq)"), "SEQ");
    if (args.positional().size() > 3)
        throw UsageError("unexpected argument \"" + args.positional()[3] + "\"");
    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();

    core::OperationPin pin{order, seq, 0, model.settings.today, 0};
    const auto unit = args.option("unit");
    const auto start = args.option("start");
    if (!unit || !start) {
        // Pin where the current schedule puts it: what the planner sees is what stays.
        const core::ScheduleResult schedule = core::FiniteScheduler(model).run(lastOrFreshMrpRun(database));
        const auto op = std::find_if(schedule.operations.begin(), schedule.operations.end(),
                                     [&](const core::ScheduledOperation& o) { return o.order == order && o.seq == seq; });
        if (op == schedule.operations.end())
            throw UsageError(order + " step " + std::to_string(seq) + " is not in the schedule (a finished order, or no such step)");
        pin.unit = op->unit;
        pin.date = core::dateOfMinute(schedule.today, op->startMinute);
        pin.startMinute = op->startMinute - (pin.date - schedule.today) * 24 * 60;
    }
    if (unit)
        pin.unit = wholeNumber(*unit, "--unit");
    if (start) {
        const auto t = start->find('T');
        const auto date = t == std::string::npos ? std::nullopt : core::Date::parse(start->substr(0, t));
        const auto minute = t == std::string::npos ? std::nullopt : core::parseClockMinutes(start->substr(t + 1));
        if (!date || !minute || *minute >= 24 * 60)
            throw UsageError("--start: must be a timestamp YYYY-MM-DDTHH:MM, not \"" + *start + "\"");
        pin.date = *date;
        pin.startMinute = *minute;
    }
    std::vector<core::OperationPin> pins = model.operationPins;
    std::erase_if(pins, [&](const core::OperationPin& p) { return p.order == order && p.seq == seq; });
    pins.push_back(pin);
    storePins(database, model, pin, std::move(pins));
    context.out() << "pinned " << order << " step " << seq << " to unit " << pin.unit << " at " << pin.date.toString()
                  << "T" << core::formatClockMinutes(pin.startMinute) << "\n";
    return 0;
}

int runScheduleUnpin(CommandContext& context, const CommandLine& args)
{
    args.allowOnly({});
    const bool all = args.flag("all");
    if (all == (args.positional().size() > 1))
        throw UsageError("give either --all or ORDER [SEQ]");
    if (args.positional().size() > 3)
        throw UsageError("unexpected argument \"" + args.positional()[3] + "\"");
    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    std::vector<core::OperationPin> pins = model.operationPins;
    if (all) {
        pins.clear();
    } else {
        const std::string order = args.positional()[1];
        const std::optional<int> seq = args.positional().size() > 2
            ? std::optional<int>(wholeNumber(args.positional()[2], "SEQ"))
            : std::nullopt;
        std::erase_if(pins, [&](const core::OperationPin& p) { return p.order == order && (!seq || p.seq == *seq); });
    }
    const std::size_t removed = model.operationPins.size() - pins.size();
    if (removed == 0) {
        context.out() << "nothing pinned there\n";
        return 0;
    }
    core::MasterDataEdit edit;
    edit.operationPins = std::make_pair(model.operationPins, pins);
    const core::ValidationResult issues = database.applyEdit(edit);
    if (!issues.ok())
        throw store::InputError("schedule unpin", issues);
    context.out() << "unpinned " << removed << (removed == 1 ? " step\n" : " steps\n");
    return 0;
}

} // namespace pmc::cli

namespace pmc::cli {

// Freezing the released period (冻结期): every step of the current schedule that starts before
// the fence is pinned where it is. Planned orders among them are firmed first (a pin needs an
// order that keeps its number), with their release moved to where the schedule starts them.
int runScheduleFreeze(CommandContext& context, const CommandLine& args)
{
    args.allowOnly({"until"});
    if (args.positional().size() > 1)
        throw UsageError("unexpected argument \"" + args.positional()[1] + "\"");
    const auto until = args.option("until");
    const std::optional<core::Date> fence = until ? core::Date::parse(*until) : std::nullopt;
    if (!fence)
        throw UsageError("--until: the first day after the frozen period, YYYY-MM-DD");
    store::FactoryDatabase& database = context.database();
    core::FactoryModel model = database.load();
    core::MrpResult run = lastOrFreshMrpRun(database);
    const core::ScheduleResult schedule = core::FiniteScheduler(model).run(run);
    // One edit: the firmed orders and the pins are stored together or not at all.
    core::OperationPinning pinning = core::OperationPinning::until(model, run, schedule, *fence);
    const core::MasterDataEdit& edit = pinning.edit;
    const store::PlannedOrderChanges taken{database.lastMrpRunAt(), std::move(pinning.consumed), std::move(pinning.added)};
    const core::ValidationResult issues = database.applyEdit(edit, taken);
    if (!issues.ok())
        throw store::InputError("schedule freeze", issues);
    const std::size_t count = pinning.pinned;
    context.out() << "froze " << count << (count == 1 ? " step" : " steps") << " starting before "
                  << fence->toString() << " (" << pinning.renamed.size() << " planned orders firmed)\n";
    return 0;
}

} // namespace pmc::cli
