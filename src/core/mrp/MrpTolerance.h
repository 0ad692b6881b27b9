#pragma once

#include <algorithm>
#include <cmath>

namespace pmc::core {

/// The engine's relative tolerance (interchange.md §2): differences below it are float noise.
inline constexpr double kMrpRelativeTolerance = 1e-9;

/// True when `value` is below `floor` by more than float noise, i.e. there is a real shortfall.
inline bool isBelowWithTolerance(double value, double floor)
{
    const double scale = std::max({1.0, std::abs(floor), std::abs(value)});
    return floor - value > kMrpRelativeTolerance * scale;
}

/// The smallest multiple of `step` (> 0) not below `x`, where an `x` within float noise of
/// a multiple counts as that multiple so that e.g. 3.0000000000004 pcs does not become 4.
inline double roundUpToMultiple(double x, double step)
{
    const double nearest = std::round(x / step) * step;
    if (std::abs(x - nearest) <= kMrpRelativeTolerance * std::max(1.0, std::abs(x)))
        return nearest;
    return std::ceil(x / step) * step;
}

} // namespace pmc::core
