#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pmc::store {

/// What a column holds in the current row.
enum class ValueType { Null, Integer, Real, Text };

/// One prepared statement of a backend, behind store::Statement. Parameters are named as in
/// the SQL text (`:code`); columns are numbered from 0.
class Query {
public:
    virtual ~Query() = default;

    virtual void bindText(const char* name, const std::string& value) = 0;
    virtual void bindInteger(const char* name, long long value) = 0;
    virtual void bindReal(const char* name, double value) = 0;
    virtual void bindNull(const char* name) = 0;

    /// Runs the statement on the first call, then moves to the next row; false when done.
    virtual bool step() = 0;
    /// Forgets the rows and the bound values so the statement can run again.
    virtual void reset() = 0;
    /// Rows changed by the last run of this INSERT, UPDATE or DELETE.
    virtual long long changes() const = 0;

    virtual bool isNull(int column) const = 0;
    virtual std::string text(int column) const = 0;
    virtual long long integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual std::string columnName(int column) const = 0;
    virtual int columnCount() const = 0;
    virtual ValueType type(int column) const = 0;
};

/// One open connection to a factory database: a SQLite file or a PostgreSQL server. The store
/// writes SQLite's dialect; a server connection translates it (PostgresSql.h).
class Connection {
public:
    virtual ~Connection() = default;

    virtual bool onServer() const = 0;
    /// Runs statements without parameters, schema scripts included.
    virtual void execute(std::string_view sql) = 0;
    virtual std::unique_ptr<Query> prepare(std::string_view sql) = 0;
    /// Starts a write transaction. Writers take turns (SQLite's file lock, a transaction-scoped
    /// advisory lock on a server), so a check made inside the transaction still holds at commit.
    virtual void begin() = 0;
    virtual long long changes() const = 0;
    virtual long long lastInsertRowId() = 0;
    virtual bool tableExists(const std::string& table) = 0;
    /// The factory's tables in the order they were created (the schema_version table included).
    virtual std::vector<std::string> tableNames() = 0;
    /// Lets foreign keys be checked at commit rather than per statement, for the rest of the
    /// current transaction (rows re-inserted in another order).
    virtual void deferForeignKeys() = 0;
    /// Who is connected: the login on a server, the local user of a file.
    virtual std::string userName() = 0;
};

} // namespace pmc::store
