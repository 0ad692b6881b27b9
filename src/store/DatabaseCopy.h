#pragma once

#include <string>

namespace pmc::store {

struct CopySummary {
    int tables = 0;
    long long rows = 0;
};

/// Moves a factory to another database: every row of every table of `from` (a SQLite file, or a
/// server) into `to` (typically a PostgreSQL server), both brought to the current schema first.
/// `to` must hold no factory yet (a fresh or just-migrated database). One transaction on the
/// target: on any failure nothing is copied. Row ids are kept (history and releases point at
/// them) and the server's row numbering continues after them. Afterwards the row count of every
/// table is compared; a difference is an error.
CopySummary copyFactoryDatabase(const std::string& from, const std::string& to);

} // namespace pmc::store
