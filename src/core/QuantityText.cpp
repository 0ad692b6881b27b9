#include "core/QuantityText.h"

#include <cmath>
#include <iomanip>
#include <sstream>

namespace pmc::core {

std::string quantityText(double qty)
{
    std::ostringstream text;
    text << std::setprecision(10) << (std::abs(qty - std::round(qty)) < 1e-6 ? std::round(qty) : qty);
    return text.str();
}

} // namespace pmc::core
