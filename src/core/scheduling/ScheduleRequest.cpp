#include "core/scheduling/ScheduleRequest.h"

#include <algorithm>
#include <sstream>

namespace pmc::core {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> parseName(const std::string& text, const std::array<Enum, N>& values)
{
    for (Enum value : values)
        if (text == toString(value))
            return value;
    return std::nullopt;
}

constexpr std::array kRules{DispatchRule::EarliestDueDate, DispatchRule::PriorityThenDueDate,
                            DispatchRule::CriticalRatio,   DispatchRule::LeastSlack,
                            DispatchRule::FirstInFirstOut, DispatchRule::SetupMinimizing};
constexpr std::array kDirections{ScheduleDirection::Forward, ScheduleDirection::Backward};

} // namespace

const char* toString(DispatchRule rule)
{
    switch (rule) {
    case DispatchRule::EarliestDueDate: return "edd";
    case DispatchRule::PriorityThenDueDate: return "priority";
    case DispatchRule::CriticalRatio: return "cr";
    case DispatchRule::LeastSlack: return "slack";
    case DispatchRule::FirstInFirstOut: return "fifo";
    case DispatchRule::SetupMinimizing: return "setup";
    }
    return "edd";
}

std::optional<DispatchRule> parseDispatchRule(const std::string& text) { return parseName(text, kRules); }

const char* toString(ScheduleDirection direction)
{
    return direction == ScheduleDirection::Backward ? "backward" : "forward";
}

std::optional<ScheduleDirection> parseScheduleDirection(const std::string& text)
{
    return parseName(text, kDirections);
}

const char* toString(ScheduleObjective objective)
{
    switch (objective) {
    case ScheduleObjective::WeightedTardiness: return "tardiness";
    case ScheduleObjective::Makespan: return "makespan";
    case ScheduleObjective::Changeovers: return "changeovers";
    }
    return "tardiness";
}

std::optional<ObjectiveOrder> parseObjectiveOrder(const std::string& text)
{
    std::vector<ScheduleObjective> named;
    std::istringstream in(text);
    std::string name;
    while (std::getline(in, name, ',')) {
        const auto objective = parseName(name, kDefaultObjectiveOrder);
        if (!objective || std::find(named.begin(), named.end(), *objective) != named.end())
            return std::nullopt;
        named.push_back(*objective);
    }
    for (ScheduleObjective objective : kDefaultObjectiveOrder)
        if (std::find(named.begin(), named.end(), objective) == named.end())
            named.push_back(objective);
    return ObjectiveOrder{named[0], named[1], named[2]};
}

} // namespace pmc::core
