#pragma once

#include <string>

namespace pmc::store {

/// The local wall-clock time as `YYYY-MM-DDTHH:MM:SS`, as stamped on migrations and runs.
std::string localTimestampNow();

} // namespace pmc::store
