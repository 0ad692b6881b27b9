#pragma once

#include "store/Connection.h"

#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace pmc::store {

/// The location without its password, for messages and window titles.
std::string displayLocation(const std::string& location);

/// Keeps a password typed into the login dialog for this process, so every connection to
/// `location` (the Document's own and its workers') logs in without it being written anywhere.
void rememberServerPassword(const std::string& location, const std::string& password);

/// A PostgreSQL database reached through libpq with a `postgresql://` URL (libpq's own forms:
/// `?options=-csearch_path%3Dname` picks a schema, ~/.pgpass and PGPASSWORD are honoured).
/// Statements are translated from the store's SQLite dialect and prepared once per connection.
class PostgresConnection final : public Connection {
public:
    explicit PostgresConnection(const std::string& location);
    ~PostgresConnection() override;
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    bool onServer() const override { return true; }
    void execute(std::string_view sql) override;
    std::unique_ptr<Query> prepare(std::string_view sql) override;
    void begin() override;
    long long changes() const override { return m_changes; }
    long long lastInsertRowId() override;
    bool tableExists(const std::string& table) override;
    std::vector<std::string> tableNames() override;
    void deferForeignKeys() override;
    std::string userName() override;

    /// Runs a translated statement with text parameters (nullptr = NULL) and parameter types
    /// (0 = inferred); the result belongs to the caller. Prepares it on first use.
    pg_result* run(const std::string& sql, const std::vector<unsigned>& types,
                   const std::vector<const char*>& values);
    /// Throws the StoreError for a failed result (and frees it), or notes the rows changed.
    void check(pg_result* result, const std::string& what);

private:
    std::string m_location;
    pg_conn* m_conn = nullptr;
    std::unordered_map<std::string, std::string> m_prepared; // sql + types → statement name
    long long m_changes = 0;
};

} // namespace pmc::store
