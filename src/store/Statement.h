#pragma once

#include "core/Date.h"

#include <memory>
#include <optional>
#include <string>

namespace pmc::store {

class Query;
enum class ValueType;

/// A prepared statement (RAII) with named parameters (`:code`) and typed column access.
class Statement {
public:
    explicit Statement(std::unique_ptr<Query> query);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;

    Statement& bind(const char* name, const std::string& value);
    Statement& bind(const char* name, const char* value) { return bind(name, std::string(value)); }
    Statement& bind(const char* name, long long value);
    Statement& bind(const char* name, int value) { return bind(name, static_cast<long long>(value)); }
    Statement& bind(const char* name, double value);
    /// Binds NULL for nullopt.
    Statement& bindOptional(const char* name, const std::optional<std::string>& value);
    Statement& bindNull(const char* name);

    /// Advances to the next row; false when done.
    bool step();
    /// Runs a statement that returns no rows, then resets it for reuse.
    void run();
    /// Runs an UPDATE or DELETE that must touch exactly one row; otherwise throws StoreError
    /// saying `what` is not stored as expected. An edit whose rows changed underneath it is a
    /// conflict to report, never something to skip silently.
    void runOnOneRow(const std::string& what);
    void reset();

    std::string text(int column) const;
    std::optional<std::string> optionalText(int column) const;
    long long integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    int columnCount() const;
    std::string columnName(int column) const;
    ValueType type(int column) const;
    /// A `YYYY-MM-DD` column; StoreError when the stored text is not a date.
    core::Date date(int column) const;
    /// Like date(), with NULL as nullopt.
    std::optional<core::Date> optionalDate(int column) const;

private:
    std::unique_ptr<Query> m_query;
};

} // namespace pmc::store
