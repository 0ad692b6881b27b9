#pragma once

#include <string>
#include <vector>

namespace pmc::store {

class Database;

/// A numbered schema step from `schema/NNNN_name.sql`, embedded at build time.
struct Migration {
    int version = 0;
    std::string name;
    std::string sql;
};

/// Brings a database to the schema this binary was built with. Each pending migration runs in
/// its own transaction and is recorded in `schema_version`; an existing database is copied
/// to `<file>.v<N>.bak` before the first step, and a database newer than the binary is refused.
class Migrator {
public:
    explicit Migrator(Database& db);

    static const std::vector<Migration>& migrations();
    static int latestVersion();
    int currentVersion();
    /// Applies what is pending; returns the backup path taken ("" when none was needed).
    std::string migrate() { return migrateTo(latestVersion()); }
    /// Applies the migrations up to and including `version` (tests build old files with it).
    std::string migrateTo(int version);

private:
    /// One migration in its own transaction, recorded in schema_version.
    void apply(const Migration& m);

    Database& m_db;
};

} // namespace pmc::store
