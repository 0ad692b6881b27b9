#include "cli/PlanArguments.h"

namespace pmc::cli {

core::Date planDate(const CommandLine& args)
{
    const std::optional<core::Date> date = args.date("date");
    if (!date)
        throw UsageError("--date D is required");
    return *date;
}

void checkWorkshop(const core::FactoryModel& model, const std::string& workshop)
{
    if (workshop.empty())
        return;
    std::string known;
    for (const core::WorkCenter& wc : model.workCenters) {
        if (wc.workshop == workshop)
            return;
        if (!wc.workshop.empty() && known.find("\"" + wc.workshop + "\"") == std::string::npos)
            known += (known.empty() ? "" : ", ") + ("\"" + wc.workshop + "\"");
    }
    throw UsageError("--workshop: no work center belongs to \"" + workshop + "\""
        + (known.empty() ? std::string() : " (workshops: " + known + ")"));
}

} // namespace pmc::cli
