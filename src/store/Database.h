#pragma once

#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace pmc::store {

class Statement;

/// One open SQLite connection (RAII). Opened with WAL journaling, foreign keys on and a busy
/// timeout, so a crash leaves the last committed state and a second reader does not fail at once.
/// Not thread-safe: one Database per thread.
class Database {
public:
    enum class OpenMode { ReadWriteCreate, ReadWrite };

    explicit Database(const std::string& path, OpenMode mode = OpenMode::ReadWriteCreate);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::string& path() const { return m_path; }
    /// Runs one or more statements without parameters (schema scripts, pragmas).
    void execute(std::string_view sql);
    Statement prepare(std::string_view sql);
    /// Deletes the one row of `table` whose `keyColumn` equals `key` (table and column are the
    /// caller's constants); throws StoreError saying `what` is not stored as expected when no
    /// row (or several) matched.
    void deleteOne(std::string_view table, std::string_view keyColumn, const std::string& key, const std::string& what);
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    long long changes() const;
    long long lastInsertRowId() const;
    sqlite3* handle() const { return m_db; }
    /// Copies the whole database into `targetPath` with SQLite's online backup API.
    void backupTo(const std::string& targetPath);

private:
    [[noreturn]] void fail(const std::string& what) const;

    std::string m_path;
    sqlite3* m_db = nullptr;
};

/// Begins a transaction; rolls back in the destructor unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace pmc::store
