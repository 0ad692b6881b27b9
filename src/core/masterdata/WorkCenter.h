#pragma once

#include <string>

namespace pmc::core {

/// A line, booth, machine group or team; `parallelUnits` of them work side by side.
struct WorkCenter {
    std::string code;
    std::string name;
    std::string workshop;
    int parallelUnits = 1;
    double efficiency = 1.0;

    bool operator==(const WorkCenter&) const = default;
};

} // namespace pmc::core
