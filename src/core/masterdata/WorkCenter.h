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

/// Sequence-dependent changeover (换型) on a work center: the working minutes a unit needs
/// before an operation of product family `toFamily` when its previous operation was of
/// `fromFamily`. `*` stands for any family; the most specific row wins (docs/scheduling.md).
/// Between operations of the same family there is never a changeover.
struct Changeover {
    std::string workCenter;
    std::string fromFamily;
    std::string toFamily;
    double minutes = 0;

    bool operator==(const Changeover&) const = default;
};

} // namespace pmc::core
