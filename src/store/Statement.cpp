#include "store/Statement.h"

#include "store/Connection.h"
#include "store/StoreError.h"

namespace pmc::store {

Statement::Statement(std::unique_ptr<Query> query)
    : m_query(std::move(query))
{
}

Statement::~Statement() = default;
Statement::Statement(Statement&& other) noexcept = default;

Statement& Statement::bind(const char* name, const std::string& value)
{
    m_query->bindText(name, value);
    return *this;
}

Statement& Statement::bind(const char* name, long long value)
{
    m_query->bindInteger(name, value);
    return *this;
}

Statement& Statement::bind(const char* name, double value)
{
    m_query->bindReal(name, value);
    return *this;
}

Statement& Statement::bindOptional(const char* name, const std::optional<std::string>& value)
{
    return value ? bind(name, *value) : bindNull(name);
}

Statement& Statement::bindNull(const char* name)
{
    m_query->bindNull(name);
    return *this;
}

bool Statement::step()
{
    return m_query->step();
}

void Statement::run()
{
    while (m_query->step()) {
    }
    reset();
}

void Statement::runOnOneRow(const std::string& what)
{
    while (m_query->step()) {
    }
    const long long changed = m_query->changes();
    reset();
    if (changed != 1)
        throw StoreError(what + " is not stored as expected (changed elsewhere?)");
}

void Statement::reset()
{
    m_query->reset();
}

std::string Statement::text(int column) const
{
    return m_query->text(column);
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

long long Statement::integer(int column) const { return m_query->integer(column); }
double Statement::real(int column) const { return m_query->real(column); }
bool Statement::isNull(int column) const { return m_query->isNull(column); }
int Statement::columnCount() const { return m_query->columnCount(); }
std::string Statement::columnName(int column) const { return m_query->columnName(column); }
ValueType Statement::type(int column) const { return m_query->type(column); }

core::Date Statement::date(int column) const
{
    const std::string stored = text(column);
    if (const auto parsed = core::Date::parse(stored))
        return *parsed;
    throw StoreError("corrupt date in column " + m_query->columnName(column) + ": \"" + stored + "\"");
}

std::optional<core::Date> Statement::optionalDate(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<core::Date>(date(column));
}

} // namespace pmc::store
