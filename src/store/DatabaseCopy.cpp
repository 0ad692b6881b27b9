#include "store/DatabaseCopy.h"

#include "store/Connection.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/PostgresConnection.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace pmc::store {

namespace {

long long rowCount(Database& db, const std::string& table)
{
    Statement count = db.prepare("SELECT count(*) FROM " + table);
    count.step();
    return count.integer(0);
}

std::vector<std::string> factoryTables(Database& db)
{
    std::vector<std::string> tables = db.tableNames();
    std::erase(tables, "schema_version"); // the target's own migrations wrote it
    return tables;
}

void refuseUnlessEmpty(Database& target, const std::vector<std::string>& tables)
{
    for (const std::string& table : tables)
        if (rowCount(target, table) > 0)
            throw StoreError(displayLocation(target.path()) + " already holds a factory (table " + table
                             + " has rows); copy into an empty database so nothing is mixed or lost");
}

long long copyTable(Database& source, Database& target, const std::string& table)
{
    Statement rows = source.prepare("SELECT * FROM " + table);
    std::optional<Statement> insert;
    std::vector<std::string> parameters;
    long long copied = 0;
    while (rows.step()) {
        if (!insert) {
            std::string columns;
            std::string values;
            for (int c = 0; c < rows.columnCount(); ++c) {
                parameters.push_back(":c" + std::to_string(c));
                columns += (c ? ", " : "") + rows.columnName(c);
                values += (c ? ", " : "") + parameters.back();
            }
            insert.emplace(target.prepare("INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")"));
        }
        for (int c = 0; c < rows.columnCount(); ++c) {
            const char* name = parameters[static_cast<std::size_t>(c)].c_str();
            switch (rows.type(c)) {
            case ValueType::Null: insert->bindNull(name); break;
            case ValueType::Integer: insert->bind(name, rows.integer(c)); break;
            case ValueType::Real: insert->bind(name, rows.real(c)); break;
            case ValueType::Text: insert->bind(name, rows.text(c)); break;
            }
        }
        insert->run();
        ++copied;
    }
    return copied;
}

/// A server numbers new rows from a sequence that knows nothing of the copied ids.
void continueRowNumbering(Database& target, const std::vector<std::string>& tables)
{
    if (!target.onServer())
        return;
    for (const std::string& table : tables) {
        Statement identity = target.prepare("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                            "current_schema() AND table_name = :table AND is_identity = 'YES'");
        identity.bind(":table", table);
        while (identity.step()) {
            const std::string column = identity.text(0);
            target.prepare("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), coalesce(max("
                           + column + "), 0) + 1, false) FROM " + table).run();
        }
    }
}

} // namespace

CopySummary copyFactoryDatabase(const std::string& from, const std::string& to)
{
    if (!isServerLocation(from) && !std::filesystem::exists(from))
        throw StoreError("no database file " + from);
    if (from == to)
        throw StoreError("the source and the target are the same database");
    Database source(from, Database::OpenMode::ReadWrite);
    Migrator(source).migrate();
    Database target(to);
    Migrator(target).migrate();

    const std::vector<std::string> tables = factoryTables(source);
    refuseUnlessEmpty(target, factoryTables(target));
    CopySummary summary;
    Transaction tx(target);
    target.deferForeignKeys();
    for (const std::string& table : tables) {
        summary.rows += copyTable(source, target, table);
        ++summary.tables;
    }
    continueRowNumbering(target, tables);
    for (const std::string& table : tables)
        if (rowCount(source, table) != rowCount(target, table))
            throw StoreError("copying table " + table + " to " + displayLocation(to)
                             + " did not give the same number of rows; nothing was copied");
    tx.commit();
    return summary;
}

} // namespace pmc::store
