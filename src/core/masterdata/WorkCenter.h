#pragma once

#include <string>

namespace pmc::core {

/// A line, booth, machine group or team; `parallelUnits` of them work side by side.
/// The organisation tree is factory → workshop → line → work center; `line` may be empty
/// when a work center hangs directly under its workshop.
struct WorkCenter {
    std::string code;
    std::string name;
    std::string workshop;
    int parallelUnits = 1;
    double efficiency = 1.0;
    std::string line;

    bool operator==(const WorkCenter&) const = default;
};

} // namespace pmc::core
