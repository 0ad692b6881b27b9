#include "store/SqliteError.h"

#include <sqlite3.h>

namespace pmc::store {

std::string sqliteAdvice(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "another program is writing to this database (another PMC Desk or pmc-cli); nothing was changed, "
               "try again when it has finished";
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return "the file is damaged or is not a PMC Desk database; open another file or restore a backup "
               "(a schema upgrade leaves one beside the file, *.bak)";
    case SQLITE_FULL:
        return "the disk is full; nothing was saved, free some space and try again";
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return "the file or its folder cannot be written (read-only, no permission, or the folder does not exist)";
    case SQLITE_IOERR:
        return "the disk reported an error reading or writing the file; nothing was saved";
    default:
        return {};
    }
}

StoreError sqliteError(const std::string& what, sqlite3* db, int rc)
{
    const int code = db ? sqlite3_errcode(db) : rc;
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    std::string message = what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    if (const std::string advice = sqliteAdvice(extended); !advice.empty())
        message += " (" + advice + ")";
    return StoreError(message, code, extended);
}

} // namespace pmc::store
