#include "core/linebalance/LineBalance.h"

#include "core/FactoryModel.h"

#include <cmath>
#include <set>
#include <utility>

namespace pmc::core {

ValidationResult checkLineStations(const std::vector<LineStation>& stations)
{
    ValidationResult result;
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t k = 0; k < stations.size(); ++k) {
        const LineStation& s = stations[k];
        const std::string path = "line_stations[" + std::to_string(k) + "]";
        if (s.line.empty())
            result.add(path + ".line", "required");
        if (s.station.empty())
            result.add(path + ".station", "required");
        else if (!seen.insert({s.line, s.station}).second)
            result.add(path + ".station", "\"" + s.station + "\" appears twice on line " + s.line);
        if (s.operators < 1)
            result.add(path + ".operators", "must be at least 1");
        if (!(s.seconds > 0))
            result.add(path + ".seconds", "must be above 0");
    }
    return result;
}

std::vector<std::string> linesWithStations(const std::vector<LineStation>& stations)
{
    std::set<std::string> lines;
    for (const LineStation& s : stations)
        lines.insert(s.line);
    return {lines.begin(), lines.end()};
}

std::vector<LineStation> stationsOfLine(const std::vector<LineStation>& stations, const std::string& line)
{
    std::vector<LineStation> result;
    for (const LineStation& s : stations)
        if (s.line == line)
            result.push_back(s);
    return result;
}

double workingDaySeconds(const FactoryModel& model)
{
    Date day = model.settings.today;
    for (int k = 0; k < 14 && !model.calendar.isWorkday(day); ++k)
        ++day;
    return model.calendar.shiftMinutes(day) * 60.0;
}

LineBalance balanceLine(const std::vector<LineStation>& stations, double availableSeconds, std::optional<double> demand)
{
    LineBalance balance;
    balance.availableSeconds = availableSeconds;
    for (const LineStation& s : stations) {
        balance.line = s.line;
        balance.workSeconds += s.seconds;
        balance.operators += s.operators;
        if (s.cycleSeconds() > balance.bottleneckSeconds) {
            balance.bottleneckSeconds = s.cycleSeconds();
            balance.bottleneck = s.station;
        }
    }
    if (demand && *demand > 0 && availableSeconds > 0) {
        balance.demand = demand;
        balance.taktSeconds = availableSeconds / *demand;
        balance.minimumStations = static_cast<int>(std::ceil(balance.workSeconds / *balance.taktSeconds - 1e-9));
    }
    for (const LineStation& s : stations) {
        StationBalance row{s, s.cycleSeconds(), s.station == balance.bottleneck, false};
        row.overTakt = balance.taktSeconds && row.cycleSeconds > *balance.taktSeconds * (1 + 1e-9);
        balance.stations.push_back(std::move(row));
    }
    if (balance.bottleneckSeconds > 0) {
        balance.balanceRate = balance.workSeconds / (balance.operators * balance.bottleneckSeconds);
        balance.unitsPerHour = 3600 / balance.bottleneckSeconds;
        balance.unitsPerPersonHour = balance.unitsPerHour / balance.operators;
        balance.capacity = availableSeconds / balance.bottleneckSeconds;
    }
    return balance;
}

} // namespace pmc::core
