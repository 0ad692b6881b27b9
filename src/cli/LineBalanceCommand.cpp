#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "core/linebalance/LineBalance.h"
#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"

#include <iomanip>
#include <ostream>

namespace pmc::cli {

namespace {

using nlohmann::ordered_json;

ordered_json balanceJson(const core::LineBalance& b)
{
    ordered_json stations = ordered_json::array();
    for (const core::StationBalance& s : b.stations)
        stations.push_back({{"station", s.station.station}, {"name", s.station.name}, {"operators", s.station.operators},
                            {"seconds", store::jsonQuantity(s.station.seconds)}, {"cycle_seconds", s.cycleSeconds},
                            {"bottleneck", s.bottleneck}, {"over_takt", s.overTakt}});
    const auto optional = [](const auto& v) { return v ? ordered_json(*v) : ordered_json(nullptr); };
    return {{"line", b.line},
            {"stations", stations},
            {"work_seconds", store::jsonQuantity(b.workSeconds)},
            {"operators", b.operators},
            {"bottleneck", b.bottleneck},
            {"bottleneck_seconds", b.bottleneckSeconds},
            {"balance_rate", b.balanceRate},
            {"balance_loss", b.balanceLoss()},
            {"uph", b.unitsPerHour},
            {"upph", b.unitsPerPersonHour},
            {"available_seconds", store::jsonQuantity(b.availableSeconds)},
            {"capacity", b.capacity},
            {"demand", optional(b.demand)},
            {"takt_seconds", optional(b.taktSeconds)},
            {"minimum_stations", optional(b.minimumStations)},
            {"meets_takt", b.meetsTakt()}};
}

} // namespace

int runLineBalance(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"demand", "hours"});
    const core::FactoryModel model = context.database().load();
    if (args.positional().empty()) {
        const std::vector<std::string> lines = core::linesWithStations(model.lineStations);
        if (args.flag("json")) {
            context.out() << ordered_json(lines).dump(2) << "\n";
        } else {
            for (const std::string& line : lines)
                context.out() << line << "\n";
        }
        return 0;
    }
    const std::string line = args.positional(0, "LINE");
    const std::vector<core::LineStation> stations = core::stationsOfLine(model.lineStations, line);
    if (stations.empty())
        throw UsageError("LINE: no stations are recorded for line \"" + line + "\" (scenario section line_stations)");
    const std::optional<double> demand = args.number("demand");
    if (demand && !(*demand > 0))
        throw UsageError("--demand: must be above 0");
    const std::optional<double> hours = args.number("hours");
    if (hours && !(*hours > 0 && *hours <= 24))
        throw UsageError("--hours: must be above 0 and at most 24");
    const double available = hours ? *hours * 3600 : core::workingDaySeconds(model);
    const core::LineBalance balance = core::balanceLine(stations, available, demand);

    if (args.flag("json")) {
        context.out() << balanceJson(balance).dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    out << "line " << line << ": " << balance.stations.size() << " stations, " << balance.operators << " people\n";
    for (const core::StationBalance& s : balance.stations)
        out << std::left << std::setw(10) << s.station.station << std::setw(20) << s.station.name << std::right
            << std::setw(4) << s.station.operators << std::setw(10) << std::fixed << std::setprecision(1)
            << s.cycleSeconds << " s" << (s.bottleneck ? "  bottleneck" : "") << (s.overTakt ? "  over takt" : "")
            << "\n";
    out << "balance rate " << balance.balanceRate * 100 << " %, loss " << balance.balanceLoss() * 100 << " %\n"
        << "UPH " << balance.unitsPerHour << ", UPPH " << std::setprecision(2) << balance.unitsPerPersonHour << "\n";
    if (balance.taktSeconds)
        out << std::setprecision(1) << "takt " << *balance.taktSeconds << " s for " << *balance.demand << " in "
            << balance.availableSeconds / 3600 << " h; minimum stations " << *balance.minimumStations
            << (balance.meetsTakt() ? "" : "; the bottleneck is slower than the takt") << "\n";
    return 0;
}

} // namespace pmc::cli
