#include "store/Database.h"

#include "store/PostgresConnection.h"
#include "store/SqliteConnection.h"
#include "store/Statement.h"
#include "store/StoreError.h"

namespace pmc::store {

bool isServerLocation(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

namespace {

std::unique_ptr<Connection> open(const std::string& location, Database::OpenMode mode)
{
    if (isServerLocation(location))
        return std::make_unique<PostgresConnection>(location);
    return std::make_unique<SqliteConnection>(location, mode == Database::OpenMode::ReadWriteCreate);
}

} // namespace

Database::Database(const std::string& location, OpenMode mode)
    : m_path(location), m_connection(open(location, mode))
{
}

Database::~Database() = default;

bool Database::onServer() const
{
    return m_connection->onServer();
}

void Database::execute(std::string_view sql)
{
    m_connection->execute(sql);
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_connection->prepare(sql));
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
    return m_connection->changes();
}

long long Database::lastInsertRowId()
{
    return m_connection->lastInsertRowId();
}

bool Database::tableExists(const std::string& table)
{
    return m_connection->tableExists(table);
}

std::vector<std::string> Database::tableNames()
{
    return m_connection->tableNames();
}

void Database::deferForeignKeys()
{
    m_connection->deferForeignKeys();
}

const std::string& Database::userName()
{
    if (m_userName.empty())
        m_userName = m_connection->userName();
    return m_userName;
}

void Database::backupTo(const std::string& targetPath)
{
    auto* file = dynamic_cast<SqliteConnection*>(m_connection.get());
    if (!file)
        throw StoreError("a server database is backed up by the server (pg_dump), not copied to " + targetPath);
    file->backupTo(targetPath);
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.m_connection->begin();
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
