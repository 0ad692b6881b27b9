#include "store/PostgresConnection.h"

#include "store/PostgresSql.h"
#include "store/StoreError.h"

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>
#include <regex>

namespace pmc::store {

namespace {

// Types of bound numbers, so `:qty > 0` compares numbers; text stays untyped (OID 0) and takes
// the type of the column it meets, as SQLite's affinity would.
constexpr unsigned kInt8Oid = 20;
constexpr unsigned kFloat8Oid = 701;
// Result types read back as numbers (pg_type.h's OIDs).
constexpr unsigned kBoolOid = 16;
constexpr unsigned kInt2Oid = 21;
constexpr unsigned kInt4Oid = 23;
constexpr unsigned kFloat4Oid = 700;
constexpr unsigned kNumericOid = 1700;
// Writers take turns on this transaction-scoped advisory lock, as they do on a SQLite file.
constexpr long long kWriterLock = 0x504D43; // "PMC"
constexpr std::size_t kMaxPreparedStatements = 2000;

std::mutex passwordsMutex;
std::map<std::string, std::string>& passwords()
{
    static std::map<std::string, std::string> byLocation;
    return byLocation;
}

std::optional<std::string> rememberedPassword(const std::string& location)
{
    const std::lock_guard lock(passwordsMutex);
    const auto found = passwords().find(location);
    return found == passwords().end() ? std::nullopt : std::optional<std::string>(found->second);
}

std::string advice(const std::string& state)
{
    if (state.starts_with("08"))
        return "the server cannot be reached or the connection was lost; check the host, port and network. "
               "Nothing after the last save was kept";
    if (state == "28P01")
        return "the server did not accept the user name or password";
    if (state == "28000")
        return "the server knows no login of that name; ask the database administrator to create it";
    if (state == "3D000")
        return "no database of that name on the server; check the name or ask the administrator to create it";
    if (state == "42501")
        return "your login has no right to do this on the server; ask the database administrator";
    if (state == "40001" || state == "40P01")
        return "another user's change collided with this one; nothing was changed, try again";
    if (state == "55P03")
        return "another user is saving a large change; nothing was changed, try again in a moment";
    if (state == "53100")
        return "the server's disk is full; nothing was saved";
    if (state.starts_with("57P"))
        return "the server is shutting down or restarting; nothing was changed, try again later";
    return {};
}

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

/// libpq reports a refused connection as text only; its SQLSTATE, as far as the text tells.
std::string connectionFailureState(const std::string& message)
{
    const auto says = [&](const char* words) { return message.find(words) != std::string::npos; };
    if (says("password") || says("authentication"))
        return "28P01";
    if (says("role \"") && says("does not exist"))
        return "28000";
    if (says("database \"") && says("does not exist"))
        return "3D000";
    return "08001";
}

StoreError serverError(const std::string& what, const std::string& message, const std::string& state)
{
    std::string full = what + ": " + trimmed(message);
    if (const std::string hint = advice(state); !hint.empty())
        full += " (" + hint + ")";
    return StoreError(full);
}

std::string formatReal(double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

class PostgresQuery final : public Query {
public:
    PostgresQuery(PostgresConnection& connection, std::string_view sql)
        : m_connection(connection), m_statement(toPostgres(sql)), m_sql(sql.substr(0, 60))
    {
        m_values.resize(m_statement.parameters.size());
        m_types.resize(m_statement.parameters.size(), 0);
    }
    ~PostgresQuery() override { PQclear(m_result); }
    PostgresQuery(const PostgresQuery&) = delete;
    PostgresQuery& operator=(const PostgresQuery&) = delete;

    void bindText(const char* name, const std::string& value) override { set(name, value, 0); }
    void bindInteger(const char* name, long long value) override { set(name, std::to_string(value), kInt8Oid); }
    void bindReal(const char* name, double value) override { set(name, formatReal(value), kFloat8Oid); }
    void bindNull(const char* name) override { set(name, std::nullopt, 0); }

    bool step() override
    {
        if (!m_result) {
            std::vector<const char*> values;
            values.reserve(m_values.size());
            for (const auto& value : m_values)
                values.push_back(value ? value->c_str() : nullptr);
            pg_result* result = m_connection.run(m_statement.sql, m_types, values);
            m_connection.check(result, "SQL \"" + m_sql + "\" failed"); // frees a failed result
            m_result = result;
            m_rows = PQntuples(m_result);
            const char* changed = PQcmdTuples(m_result);
            m_changes = changed && *changed ? std::atoll(changed) : 0;
            m_row = -1;
        }
        return ++m_row < m_rows;
    }
    void reset() override
    {
        PQclear(m_result);
        m_result = nullptr;
        m_values.assign(m_values.size(), std::nullopt);
        m_types.assign(m_types.size(), 0);
    }
    long long changes() const override { return m_changes; }

    bool isNull(int column) const override { return PQgetisnull(m_result, m_row, column); }
    std::string text(int column) const override
    {
        return std::string(PQgetvalue(m_result, m_row, column), static_cast<std::size_t>(PQgetlength(m_result, m_row, column)));
    }
    long long integer(int column) const override
    {
        if (PQftype(m_result, column) == kBoolOid) // as SQLite's 1 and 0
            return *PQgetvalue(m_result, m_row, column) == 't';
        const char* value = PQgetvalue(m_result, m_row, column);
        const char* end = value + PQgetlength(m_result, m_row, column);
        long long number = 0;
        const auto [ptr, error] = std::from_chars(value, end, number);
        if (ptr == end && error == std::errc())
            return number;
        // A real (or an integer beyond 64 bits) read as an integer: truncated and clamped as SQLite does.
        const double real = this->real(column);
        if (std::isnan(real))
            return 0;
        if (real >= 9.2233720368547758e18)
            return std::numeric_limits<long long>::max();
        if (real <= -9.2233720368547758e18)
            return std::numeric_limits<long long>::min();
        return static_cast<long long>(real);
    }
    double real(int column) const override
    {
        const char* value = PQgetvalue(m_result, m_row, column);
        double number = 0;
        std::from_chars(value, value + PQgetlength(m_result, m_row, column), number);
        return number;
    }
    std::string columnName(int column) const override
    {
        const char* name = PQfname(m_result, column);
        return name ? name : "";
    }
    int columnCount() const override { return PQnfields(m_result); }
    ValueType type(int column) const override
    {
        if (isNull(column))
            return ValueType::Null;
        switch (PQftype(m_result, column)) {
        case kInt8Oid: case kInt4Oid: case kInt2Oid: case kBoolOid: return ValueType::Integer;
        case kFloat8Oid: case kFloat4Oid: case kNumericOid: return ValueType::Real;
        default: return ValueType::Text;
        }
    }

private:
    void set(const char* name, std::optional<std::string> value, unsigned type)
    {
        bool found = false;
        for (std::size_t i = 0; i < m_statement.parameters.size(); ++i) {
            if (m_statement.parameters[i] == name) {
                m_values[i] = std::move(value);
                m_types[i] = type;
                found = true;
                break;
            }
        }
        if (!found)
            throw StoreError(std::string("no SQL parameter ") + name);
        if (m_result) { // bound again after a run without reset: the next step runs anew
            PQclear(m_result);
            m_result = nullptr;
        }
    }

    PostgresConnection& m_connection;
    PostgresStatement m_statement;
    std::string m_sql;
    std::vector<std::optional<std::string>> m_values;
    std::vector<unsigned> m_types;
    pg_result* m_result = nullptr;
    int m_rows = 0;
    int m_row = -1;
    long long m_changes = 0;
};

} // namespace

std::string displayLocation(const std::string& location)
{
    static const std::regex password(R"(^(postgres(?:ql)?://[^:@/]*):[^@/]*@)");
    return std::regex_replace(location, password, "$1@");
}

void rememberServerPassword(const std::string& location, const std::string& password)
{
    const std::lock_guard lock(passwordsMutex);
    passwords()[location] = password;
}

PostgresConnection::PostgresConnection(const std::string& location)
    : m_location(location)
{
    const std::optional<std::string> password = rememberedPassword(location);
    std::vector<const char*> keys{"dbname", "application_name", "connect_timeout", "client_encoding"};
    std::vector<const char*> values{location.c_str(), "PMC Desk", "10", "UTF8"};
    if (password) {
        keys.push_back("password");
        values.push_back(password->c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string message = m_conn ? PQerrorMessage(m_conn) : "out of memory";
        PQfinish(m_conn);
        m_conn = nullptr;
        throw serverError("cannot connect to " + displayLocation(location), message, connectionFailureState(message));
    }
    // Server notices ("relation already exists, skipping") are not for the planner's console.
    PQsetNoticeProcessor(m_conn, [](void*, const char*) {}, nullptr);
    // A writer waiting behind another's long save gives up with a message instead of hanging;
    // doubles come back with every digit whatever the server's setting (exact round trips).
    execute("SET lock_timeout = '60s'; SET extra_float_digits = 3");
}

PostgresConnection::~PostgresConnection()
{
    PQfinish(m_conn);
}

void PostgresConnection::check(pg_result* result, const std::string& what)
{
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_TUPLES_OK)
        return;
    if (status == PGRES_COMMAND_OK) {
        const char* changed = PQcmdTuples(result);
        m_changes = changed && *changed ? std::atoll(changed) : 0;
        return;
    }
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn);
    PQclear(result);
    const bool lost = PQstatus(m_conn) != CONNECTION_OK;
    throw serverError(what, message, state ? state : (lost ? "08006" : ""));
}

pg_result* PostgresConnection::run(const std::string& sql, const std::vector<unsigned>& types,
                                   const std::vector<const char*>& values)
{
    std::string key = sql;
    for (const unsigned type : types)
        key += '\x1f' + std::to_string(type);
    const auto found = m_prepared.find(key);
    const int count = static_cast<int>(values.size());
    if (found != m_prepared.end())
        return PQexecPrepared(m_conn, found->second.c_str(), count, values.data(), nullptr, nullptr, 0);
    if (m_prepared.size() >= kMaxPreparedStatements) // SQL built with values in it: run unprepared
        return PQexecParams(m_conn, sql.c_str(), count, types.data(), values.data(), nullptr, nullptr, 0);
    const std::string name = "pmc_" + std::to_string(m_prepared.size() + 1);
    pg_result* prepared = PQprepare(m_conn, name.c_str(), sql.c_str(), count, types.data());
    check(prepared, "cannot prepare \"" + sql.substr(0, 60) + "\"");
    PQclear(prepared);
    m_prepared.emplace(std::move(key), name);
    return PQexecPrepared(m_conn, name.c_str(), count, values.data(), nullptr, nullptr, 0);
}

void PostgresConnection::execute(std::string_view sql)
{
    pg_result* result = PQexec(m_conn, toPostgres(sql).sql.c_str());
    check(result, displayLocation(m_location));
    PQclear(result);
}

std::unique_ptr<Query> PostgresConnection::prepare(std::string_view sql)
{
    return std::make_unique<PostgresQuery>(*this, sql);
}

void PostgresConnection::begin()
{
    // READ COMMITTED whatever the server's default: each statement after the lock sees what the
    // previous writer committed, which the conflict check relies on.
    execute("BEGIN ISOLATION LEVEL READ COMMITTED");
    try {
        // Per schema, so factories kept in schemas of one database do not wait for each other.
        execute("SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ", hashtext(current_schema()))");
    } catch (const StoreError&) {
        execute("ROLLBACK"); // a lock timeout aborted the transaction; the connection stays usable
        throw;
    }
}

long long PostgresConnection::lastInsertRowId()
{
    auto query = prepare("SELECT lastval()");
    query->step();
    return query->integer(0);
}

bool PostgresConnection::tableExists(const std::string& table)
{
    auto query = prepare("SELECT count(*) FROM information_schema.tables "
                         "WHERE table_schema = current_schema() AND table_name = :name");
    query->bindText(":name", table);
    query->step();
    return query->integer(0) > 0;
}

std::vector<std::string> PostgresConnection::tableNames()
{
    std::vector<std::string> names;
    auto query = prepare("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.oid");
    while (query->step())
        names.push_back(query->text(0));
    return names;
}

void PostgresConnection::deferForeignKeys()
{
    execute("SET CONSTRAINTS ALL DEFERRED");
}

std::string PostgresConnection::userName()
{
    auto query = prepare("SELECT session_user");
    query->step();
    return query->text(0);
}

} // namespace pmc::store
