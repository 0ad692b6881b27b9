#include "cli/Commands.h"

#include "cli/LastMrpRun.h"
#include "core/scheduling/CapacityLoad.h"
#include "core/scheduling/FiniteScheduler.h"
#include "store/CapacityLoadJson.h"
#include "store/FactoryDatabase.h"

#include <cmath>
#include <iomanip>
#include <ostream>
#include <sstream>

namespace pmc::cli {

namespace {

constexpr double kMaxBucketDays = 3660; // ten years, far beyond any rolling plan

int bucketCount(const CommandLine& args, const std::string& name)
{
    const std::optional<double> n = args.number(name);
    if (!n)
        return 0;
    if (*n < 1 || *n != std::floor(*n))
        throw UsageError("--" + name + ": must be a whole number >= 1");
    return static_cast<int>(*n);
}

core::CapacityLoadRequest loadRequest(const CommandLine& args, const core::FactoryModel& model)
{
    core::CapacityLoadRequest request;
    request.from = args.date("from").value_or(model.settings.today);
    const int days = bucketCount(args, "days");
    const int weeks = bucketCount(args, "weeks");
    if (days > 0 && weeks > 0)
        throw UsageError("--days and --weeks exclude each other");
    // Rolling four weeks by day unless asked otherwise.
    request.buckets = weeks > 0 ? weeks : (days > 0 ? days : 28);
    request.bucketDays = weeks > 0 ? 7 : 1;
    if (static_cast<double>(request.buckets) * request.bucketDays > kMaxBucketDays)
        throw UsageError("--" + std::string(weeks > 0 ? "weeks" : "days") + ": at most ten years");
    request.workCenter = args.option("workcenter").value_or("");
    if (!request.workCenter.empty()) {
        std::string known;
        for (const core::WorkCenter& wc : model.workCenters) {
            if (wc.code == request.workCenter)
                return request;
            known += (known.empty() ? "" : ", ") + wc.code;
        }
        throw UsageError("--workcenter: no work center \"" + request.workCenter + "\" (work centers: " + known + ")");
    }
    return request;
}

std::string fixed(double value, int decimals)
{
    std::ostringstream text;
    text << std::fixed << std::setprecision(decimals) << value;
    return text.str();
}

void printTable(std::ostream& out, const core::FactoryModel& model, const core::CapacityLoad& load, bool infinite)
{
    out << (infinite ? "infinite-capacity load of the orders (before scheduling)"
                     : "load of the schedule (construction, as `schedule --seconds 0`)")
        << ", standard hours\n";
    std::string current;
    int overloaded = 0;
    for (const core::CapacityLoadBucket& b : load.buckets) {
        if (b.workCenter != current) {
            current = b.workCenter;
            std::string name;
            for (const core::WorkCenter& wc : model.workCenters)
                if (wc.code == current && !wc.name.empty() && wc.name != wc.code)
                    name = " (" + wc.name + ")";
            out << "\n" << current << name << "\n"
                << std::left << std::setw(12) << "start" << std::right << std::setw(5) << "days" << std::setw(10)
                << "load h" << std::setw(10) << "avail h" << std::setw(8) << "util" << "\n";
        }
        out << std::left << std::setw(12) << b.start.toString() << std::right << std::setw(5) << b.days
            << std::setw(10) << fixed(b.loadHours, 2) << std::setw(10) << fixed(b.availableHours, 2) << std::setw(8)
            << (b.utilisation ? fixed(*b.utilisation * 100, 0) + "%" : std::string("-"));
        if (b.overloaded) {
            ++overloaded;
            out << "  OVERLOAD +" << fixed(b.loadHours - b.availableHours, 2) << " h";
        }
        out << "\n";
    }
    out << "\n" << overloaded << " overloaded bucket" << (overloaded == 1 ? "" : "s") << "\n";
}

} // namespace

int runLoad(CommandContext& context)
{
    const CommandLine args(context.words(), {"json", "infinite"});
    args.allowOnly({"from", "days", "weeks", "workcenter"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");

    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    // Checked before MRP may run and be stored: refused input leaves the database unchanged.
    const core::CapacityLoadRequest request = loadRequest(args, model);
    const core::MrpResult mrp = lastOrFreshMrpRun(database);
    // The construction (`schedule --seconds 0`): deterministic, like `plan daily`.
    const core::CapacityLoad load = args.flag("infinite")
        ? core::plannedCapacityLoad(model, mrp, request)
        : core::scheduledCapacityLoad(model, core::FiniteScheduler(model).run(mrp), request);

    if (args.flag("json"))
        context.out() << store::capacityLoadToJson(load).dump(2) << "\n";
    else
        printTable(context.out(), model, load, args.flag("infinite"));
    return 0;
}

} // namespace pmc::cli
