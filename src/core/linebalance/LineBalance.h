#pragma once

#include "core/diagnostics/ValidationResult.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

struct FactoryModel;

/// One station (工位) of an assembly line: the standard work content of its elements and the
/// people sharing it. Its cycle time is work ÷ people.
struct LineStation {
    std::string line;
    std::string station; ///< station or operation number, unique on the line
    std::string name;
    int operators = 1;
    double seconds = 0; ///< standard time of one unit's work at the station (标准工时)

    double cycleSeconds() const { return seconds / operators; }
    bool operator==(const LineStation&) const = default;
};

/// One station's row of the line balance sheet.
struct StationBalance {
    LineStation station;
    double cycleSeconds = 0;
    bool bottleneck = false;
    bool overTakt = false; ///< its cycle is longer than the takt: the line cannot meet demand
};

/// The line balance sheet (生产线平衡表, pmc-workflow.md §3.10 and §4): the stations against the
/// takt time the demand sets, the balance rate and the output the bottleneck allows.
struct LineBalance {
    std::string line;
    std::vector<StationBalance> stations; ///< in flow order
    double workSeconds = 0;               ///< Σ work content
    int operators = 0;
    double bottleneckSeconds = 0; ///< the longest station cycle (CT)
    std::string bottleneck;       ///< its station
    /// Σ work ÷ (people × bottleneck CT); with one person per station Σ CT ÷ (stations × CT).
    double balanceRate = 0;
    double balanceLoss() const { return 1 - balanceRate; }
    double unitsPerHour = 0;          ///< UPH = 3600 ÷ bottleneck CT
    double unitsPerPersonHour = 0;    ///< UPPH = UPH ÷ people
    double availableSeconds = 0;      ///< working time of the period the demand is for
    double capacity = 0;              ///< units the bottleneck allows in that time
    std::optional<double> demand;     ///< units wanted in that time
    std::optional<double> taktSeconds; ///< available ÷ demand
    std::optional<int> minimumStations; ///< ⌈Σ work ÷ takt⌉
    bool meetsTakt() const { return !taktSeconds || bottleneckSeconds <= *taktSeconds * (1 + 1e-9); }
};

/// Checks the stations of one line: codes unique and not empty, at least one person, work above
/// 0. Paths are `line_stations[K].field` with K the index in `stations`.
ValidationResult checkLineStations(const std::vector<LineStation>& stations);

/// The lines that have stations, in code order.
std::vector<std::string> linesWithStations(const std::vector<LineStation>& stations);
/// The stations of `line`, in flow order.
std::vector<LineStation> stationsOfLine(const std::vector<LineStation>& stations, const std::string& line);
/// The working seconds of one day, the time a day's demand is made in: the calendar's shifts on
/// the first working day from today.
double workingDaySeconds(const FactoryModel& model);

/// The balance of `stations` (one line, in flow order, checked) for `demand` units in
/// `availableSeconds` of working time; without a demand there is no takt.
LineBalance balanceLine(const std::vector<LineStation>& stations, double availableSeconds, std::optional<double> demand);

} // namespace pmc::core
