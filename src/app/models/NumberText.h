#pragma once

#include <QString>

namespace pmc::app {

/// A quantity or duration for display: fixed notation with at most `maxDecimals` decimals and
/// no trailing zeros, so 1.05 stays "1.05" and 1200000 does not become "1.2e+06".
QString formatNumber(double value, int maxDecimals = 4);

} // namespace pmc::app
