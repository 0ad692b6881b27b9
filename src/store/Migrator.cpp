#include "store/Migrator.h"

#include "store/Database.h"
#include "store/EmbeddedFile.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Timestamp.h"

#include "core/Log.h"

#include <algorithm>
#include <filesystem>

namespace pmc::store {

namespace {

std::vector<Migration> loadMigrations()
{
    std::vector<Migration> result;
    for (const auto& file : schemaFiles()) {
        // File names are NNNN_name.sql; the number is the version.
        const std::string name(file.name);
        result.push_back({std::stoi(name.substr(0, 4)), name.substr(5, name.size() - 9), std::string(file.content)});
    }
    std::sort(result.begin(), result.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (std::size_t i = 0; i < result.size(); ++i)
        if (result[i].version != static_cast<int>(i) + 1)
            throw StoreError("schema migrations are not numbered 1..N: " + result[i].name);
    return result;
}

} // namespace

Migrator::Migrator(Database& db)
    : m_db(db)
{
}

const std::vector<Migration>& Migrator::migrations()
{
    static const std::vector<Migration> all = loadMigrations();
    return all;
}

int Migrator::latestVersion()
{
    return static_cast<int>(migrations().size());
}

int Migrator::currentVersion()
{
    if (!m_db.tableExists("schema_version"))
        return 0;
    Statement version = m_db.prepare("SELECT coalesce(max(version), 0) FROM schema_version");
    version.step();
    return static_cast<int>(version.integer(0));
}

std::string Migrator::migrateTo(int target)
{
    const int current = currentVersion();
    const int latest = latestVersion();
    if (current > latest)
        throw StoreError(m_db.path() + " has schema version " + std::to_string(current)
                         + ", newer than this program understands (" + std::to_string(latest)
                         + "); please update PMC Desk");
    if (current >= target)
        return {};
    std::string backup;
    // A server's backups are its administrator's (pg_dump); a file is copied beside itself.
    if (current > 0 && m_db.path() != ":memory:" && !m_db.onServer()) {
        backup = m_db.path() + ".v" + std::to_string(current) + ".bak";
        std::filesystem::remove(backup);
        m_db.backupTo(backup);
        core::logger("store").info("backed up {} to {} before the schema upgrade", m_db.path(), backup);
    }
    for (const Migration& m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        try {
            apply(m);
        } catch (const StoreError& e) {
            throw StoreError("upgrading the database from schema version " + std::to_string(m.version - 1) + " to "
                                 + std::to_string(m.version) + " failed, nothing of it was kept (on a server, the "
                                 "database's owner upgrades it by opening it once): " + e.what(),
                             e.code(), e.extendedCode());
        }
    }
    return backup;
}

void Migrator::apply(const Migration& m)
{
    Transaction tx(m_db);
    m_db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    m_db.execute(m.sql);
    m_db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (:version, :name, :at)")
        .bind(":version", m.version)
        .bind(":name", m.name)
        .bind(":at", localTimestampNow())
        .run();
    tx.commit();
}

} // namespace pmc::store
