#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pmc::store {

class Connection;
class Statement;

/// True for a PostgreSQL connection URL (`postgresql://user@host:port/dbname`), false for a
/// SQLite file path.
bool isServerLocation(std::string_view location);

/// One open factory database (RAII): a SQLite file, or a PostgreSQL server when `location` is a
/// `postgresql://` URL. The store writes SQLite's SQL; the server connection translates it.
/// Not thread-safe: one Database per thread.
class Database {
public:
    enum class OpenMode { ReadWriteCreate, ReadWrite };

    explicit Database(const std::string& location, OpenMode mode = OpenMode::ReadWriteCreate);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The file path or the server URL it was opened with.
    const std::string& path() const { return m_path; }
    bool onServer() const;
    /// Runs one or more statements without parameters (schema scripts, pragmas).
    void execute(std::string_view sql);
    Statement prepare(std::string_view sql);
    /// Deletes the one row of `table` whose `keyColumn` equals `key` (table and column are the
    /// caller's constants); throws StoreError saying `what` is not stored as expected when no
    /// row (or several) matched.
    void deleteOne(std::string_view table, std::string_view keyColumn, const std::string& key, const std::string& what);
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    long long changes() const;
    long long lastInsertRowId();
    bool tableExists(const std::string& table);
    std::vector<std::string> tableNames();
    /// Foreign keys are checked at commit for the rest of the current transaction.
    void deferForeignKeys();
    /// Who is making the changes: the server login, or the local user of a file.
    const std::string& userName();
    /// Copies a SQLite file into `targetPath` (online backup); StoreError on a server, whose
    /// backups are the server's own (pg_dump).
    void backupTo(const std::string& targetPath);
    Connection& connection() { return *m_connection; }

private:
    friend class Transaction;

    std::string m_path;
    std::unique_ptr<Connection> m_connection;
    std::string m_userName;
};

/// Begins a write transaction; rolls back in the destructor unless commit() was called.
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
