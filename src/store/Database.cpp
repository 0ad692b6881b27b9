#include "store/Database.h"

#include "store/SqliteError.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <sqlite3.h>

namespace pmc::store {

namespace {
constexpr int kBusyTimeoutMs = 5000;
}

Database::Database(const std::string& path, OpenMode mode)
    : m_path(path)
{
    const int flags = SQLITE_OPEN_READWRITE | (mode == OpenMode::ReadWriteCreate ? SQLITE_OPEN_CREATE : 0)
        | SQLITE_OPEN_NOMUTEX;
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
        prepare("SELECT count(*) FROM sqlite_master").step();
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database()
{
    sqlite3_close(m_db);
}

void Database::execute(std::string_view sql)
{
    char* error = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        sqlite3_free(error);
        throw sqliteError(m_path, m_db);
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_db, sql);
}

long long Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void Database::deleteOne(std::string_view table, std::string_view keyColumn, const std::string& key,
                         const std::string& what)
{
    Statement s = prepare("DELETE FROM " + std::string(table) + " WHERE " + std::string(keyColumn) + " = :key");
    s.bind(":key", key);
    s.runOnOneRow(what);
}

long long Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::backupTo(const std::string& targetPath)
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

void Database::fail(const std::string& what) const
{
    throw sqliteError(what, m_db);
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.execute("ROLLBACK");
        } catch (const StoreError&) {
            // The connection already rolled back (e.g. after SQLITE_FULL); nothing is left to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.execute("COMMIT");
    m_done = true;
}

} // namespace pmc::store
