#pragma once

#include <string>

namespace pmc::core {

/// A quantity for messages: whole numbers without decimals, others with up to 10 digits.
std::string quantityText(double qty);

} // namespace pmc::core
