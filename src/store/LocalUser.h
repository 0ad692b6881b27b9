#pragma once

#include <string>

namespace pmc::store {

/// Who is making a change on this computer, for the history of orders: the login name, since
/// a SQLite file has a single local user (named people come with a shared server).
std::string localUserName();

} // namespace pmc::store
