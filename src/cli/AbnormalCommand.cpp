#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"

#include <ostream>

namespace pmc::cli {

int runAbnormal(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"workcenter", "cause", "hours", "order", "owner", "note", "date"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    core::AbnormalHours record;
    const std::optional<std::string> workCenter = args.option("workcenter");
    if (!workCenter)
        throw UsageError("missing --workcenter WC");
    record.workCenter = *workCenter;
    const std::optional<std::string> cause = args.option("cause");
    if (!cause)
        throw UsageError("missing --cause material|equipment|tooling|quality|other");
    if (!core::parseAbnormalCause(*cause, record.cause))
        throw UsageError("--cause: must be material, equipment, tooling, quality or other, not \"" + *cause + "\"");
    const std::optional<double> hours = args.number("hours");
    if (!hours)
        throw UsageError("missing --hours H");
    record.hours = *hours;
    record.workOrder = args.option("order").value_or("");
    record.owner = args.option("owner").value_or("");
    record.note = args.option("note").value_or("");

    store::FactoryDatabase& database = context.database();
    record.date = args.date("date").value_or(database.load().settings.today);
    store::ExecutionRepository(database.database()).record(record);

    if (args.flag("json")) {
        context.out() << nlohmann::ordered_json{{"date", record.date.toString()},
                                                {"workcenter", record.workCenter},
                                                {"order", record.workOrder},
                                                {"cause", core::toString(record.cause)},
                                                {"hours", store::jsonQuantity(record.hours)},
                                                {"owner", record.owner},
                                                {"note", record.note}}
                             .dump(2)
                      << "\n";
        return 0;
    }
    context.out() << "recorded " << record.hours << " abnormal hour(s) on " << record.workCenter << " "
                  << record.date.toString() << " (" << core::toString(record.cause) << ")\n";
    return 0;
}

} // namespace pmc::cli
