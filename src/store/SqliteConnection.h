#pragma once

#include "store/Connection.h"

struct sqlite3;

namespace pmc::store {

/// A SQLite file, opened with WAL journaling, foreign keys on and a busy timeout, so a crash
/// leaves the last committed state and a second reader does not fail at once.
class SqliteConnection final : public Connection {
public:
    SqliteConnection(const std::string& path, bool create);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    bool onServer() const override { return false; }
    void execute(std::string_view sql) override;
    std::unique_ptr<Query> prepare(std::string_view sql) override;
    void begin() override;
    long long changes() const override;
    long long lastInsertRowId() override;
    bool tableExists(const std::string& table) override;
    std::vector<std::string> tableNames() override;
    void deferForeignKeys() override;
    std::string userName() override;
    /// Copies the whole database into `targetPath` with SQLite's online backup API.
    void backupTo(const std::string& targetPath);

private:
    std::string m_path;
    sqlite3* m_db = nullptr;
};

} // namespace pmc::store
