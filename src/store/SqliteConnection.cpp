#include "store/SqliteConnection.h"

#include "store/LocalUser.h"
#include "store/SqliteError.h"
#include "store/StoreError.h"

#include <sqlite3.h>

namespace pmc::store {

namespace {

constexpr int kBusyTimeoutMs = 5000;

class SqliteQuery final : public Query {
public:
    SqliteQuery(sqlite3* db, std::string_view sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
            fail("cannot prepare \"" + std::string(sql.substr(0, 60)) + "\"");
    }
    ~SqliteQuery() override { sqlite3_finalize(m_stmt); }
    SqliteQuery(const SqliteQuery&) = delete;
    SqliteQuery& operator=(const SqliteQuery&) = delete;

    void bindText(const char* name, const std::string& value) override
    {
        check(sqlite3_bind_text(m_stmt, index(name), value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT), name);
    }
    void bindInteger(const char* name, long long value) override { check(sqlite3_bind_int64(m_stmt, index(name), value), name); }
    void bindReal(const char* name, double value) override { check(sqlite3_bind_double(m_stmt, index(name), value), name); }
    void bindNull(const char* name) override { check(sqlite3_bind_null(m_stmt, index(name)), name); }

    bool step() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE) {
            m_changes = sqlite3_changes(m_db);
            return false;
        }
        fail("SQL step failed");
    }
    void reset() override
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    long long changes() const override { return m_changes; }

    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    std::string text(int column) const override
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
    }
    long long integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const override { return sqlite3_column_double(m_stmt, column); }
    std::string columnName(int column) const override
    {
        const char* name = sqlite3_column_name(m_stmt, column);
        return name ? name : "";
    }
    int columnCount() const override { return sqlite3_column_count(m_stmt); }
    ValueType type(int column) const override
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_NULL: return ValueType::Null;
        case SQLITE_INTEGER: return ValueType::Integer;
        case SQLITE_FLOAT: return ValueType::Real;
        default: return ValueType::Text;
        }
    }

private:
    int index(const char* name) const
    {
        const int i = sqlite3_bind_parameter_index(m_stmt, name);
        if (i == 0)
            throw StoreError(std::string("no SQL parameter ") + name);
        return i;
    }
    void check(int rc, const char* name) const
    {
        if (rc != SQLITE_OK)
            fail(std::string("cannot bind ") + name);
    }
    [[noreturn]] void fail(const std::string& what) const
    {
        const StoreError error = sqliteError(what, m_db);
        sqlite3_reset(m_stmt);
        throw error;
    }

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    long long m_changes = 0;
};

} // namespace

SqliteConnection::SqliteConnection(const std::string& path, bool create)
    : m_path(path)
{
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const StoreError error = sqliteError("cannot open database " + path, m_db, rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    try {
        // Reading the schema here turns "file is not a database" into an error at open time.
        execute("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        prepare("SELECT count(*) FROM sqlite_master")->step();
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close(m_db);
}

void SqliteConnection::execute(std::string_view sql)
{
    char* error = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        sqlite3_free(error);
        throw sqliteError(m_path, m_db);
    }
}

std::unique_ptr<Query> SqliteConnection::prepare(std::string_view sql)
{
    return std::make_unique<SqliteQuery>(m_db, sql);
}

void SqliteConnection::begin()
{
    execute("BEGIN IMMEDIATE");
}

long long SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

long long SqliteConnection::lastInsertRowId()
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqliteConnection::tableExists(const std::string& table)
{
    auto query = prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name");
    query->bindText(":name", table);
    query->step();
    return query->integer(0) > 0;
}

std::vector<std::string> SqliteConnection::tableNames()
{
    std::vector<std::string> names;
    auto query = prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
    while (query->step())
        names.push_back(query->text(0));
    return names;
}

void SqliteConnection::deferForeignKeys()
{
    execute("PRAGMA defer_foreign_keys = ON");
}

std::string SqliteConnection::userName()
{
    return localUserName();
}

void SqliteConnection::backupTo(const std::string& targetPath)
{
    sqlite3* target = nullptr;
    if (sqlite3_open(targetPath.c_str(), &target) != SQLITE_OK) {
        sqlite3_close(target);
        throw StoreError("cannot create backup " + targetPath);
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    const std::string message = sqlite3_errmsg(target);
    sqlite3_close(target);
    if (rc != SQLITE_DONE)
        throw StoreError("backup to " + targetPath + " failed: " + message
                             + (sqliteAdvice(rc).empty() ? "" : " (" + sqliteAdvice(rc) + ")"), rc, rc);
}

} // namespace pmc::store
