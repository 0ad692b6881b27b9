#pragma once

#include "store/StoreError.h"

#include <string>

struct sqlite3;

namespace pmc::store {

/// The StoreError for SQLite's last failure on `db` (or result code `rc` where there is no
/// connection yet) while doing `what`: SQLite's message followed by what it means for the
/// planner and what to do, for the failures a user meets (locked, damaged, disk full,
/// read-only, I/O), so nobody has to look up "SQLITE_BUSY".
StoreError sqliteError(const std::string& what, sqlite3* db, int rc = 0);

/// The advice for SQLite result code `code` (primary or extended), or empty when none applies.
std::string sqliteAdvice(int code);

} // namespace pmc::store
