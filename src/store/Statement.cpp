#include "store/Statement.h"

#include "store/SqliteError.h"
#include "store/StoreError.h"

#include <sqlite3.h>

namespace pmc::store {

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        fail("cannot prepare \"" + std::string(sql.substr(0, 60)) + "\"");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

int Statement::parameterIndex(const char* name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0)
        throw StoreError(std::string("no SQL parameter ") + name);
    return index;
}

Statement& Statement::bind(const char* name, const std::string& value)
{
    if (sqlite3_bind_text(m_stmt, parameterIndex(name), value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(std::string("cannot bind ") + name);
    return *this;
}

Statement& Statement::bind(const char* name, long long value)
{
    if (sqlite3_bind_int64(m_stmt, parameterIndex(name), value) != SQLITE_OK)
        fail(std::string("cannot bind ") + name);
    return *this;
}

Statement& Statement::bind(const char* name, double value)
{
    if (sqlite3_bind_double(m_stmt, parameterIndex(name), value) != SQLITE_OK)
        fail(std::string("cannot bind ") + name);
    return *this;
}

Statement& Statement::bindOptional(const char* name, const std::optional<std::string>& value)
{
    return value ? bind(name, *value) : bindNull(name);
}

Statement& Statement::bindNull(const char* name)
{
    if (sqlite3_bind_null(m_stmt, parameterIndex(name)) != SQLITE_OK)
        fail(std::string("cannot bind ") + name);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail("SQL step failed");
}

void Statement::run()
{
    step();
    reset();
}

void Statement::runOnOneRow(const std::string& what)
{
    run();
    if (sqlite3_changes(m_db) != 1)
        throw StoreError(what + " is not stored as expected (changed elsewhere?)");
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

long long Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

core::Date Statement::date(int column) const
{
    const std::string stored = text(column);
    if (const auto parsed = core::Date::parse(stored))
        return *parsed;
    throw StoreError("corrupt date in column " + std::string(sqlite3_column_name(m_stmt, column)) + ": \"" + stored + "\"");
}

std::optional<core::Date> Statement::optionalDate(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<core::Date>(date(column));
}

void Statement::fail(const std::string& what) const
{
    const StoreError error = sqliteError(what, m_db);
    sqlite3_reset(m_stmt);
    throw error;
}

} // namespace pmc::store
