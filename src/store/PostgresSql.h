#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pmc::store {

/// A statement in PostgreSQL's dialect: `$1, $2, …` stand for the named parameters in order.
struct PostgresStatement {
    std::string sql;
    /// parameters[i] is the name (`:code`) that `$i+1` stands for.
    std::vector<std::string> parameters;
};

/// Translates the store's SQL (SQLite's dialect, schema scripts included) to PostgreSQL's, so
/// the same numbered migrations and queries run on both:
///  - `:name` parameters become `$n` (a name used twice keeps its number);
///  - column types keep SQLite's meaning: INTEGER → BIGINT (64-bit), REAL → DOUBLE PRECISION,
///    `INTEGER PRIMARY KEY` numbers rows itself (an identity column), TEXT in tables compares
///    byte-wise (COLLATE "C", SQLite's BINARY) so ORDER BY and exports match;
///  - foreign keys are DEFERRABLE, so a transaction can defer them as SQLite's defer_foreign_keys;
///  - scalar max(a, b)/min(a, b) → GREATEST/LEAST, ifnull → coalesce, LIKE → ILIKE (SQLite's LIKE
///    ignores ASCII case), `==` → `=`, `a IS b` → `a IS NOT DISTINCT FROM b`.
/// Quoted strings, quoted names and comments pass through unchanged.
PostgresStatement toPostgres(std::string_view sqliteSql);

} // namespace pmc::store
