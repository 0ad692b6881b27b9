#pragma once

#include "core/Date.h"
#include "core/mrp/MrpResult.h"

#include <optional>
#include <string>

namespace pmc::store {

class Database;

/// The stored result of the last MRP run (schema 0002): the scheduler and the desktop views
/// read it instead of re-planning. Each save replaces the previous run.
class MrpRepository {
public:
    explicit MrpRepository(Database& db) : m_db(db) {}

    /// Replaces the stored run; the caller provides the transaction.
    void replace(const core::MrpResult& result, core::Date today, const std::string& runAt);
    /// The last run, or nullopt when MRP never ran on this data.
    std::optional<core::MrpResult> load();
    /// When the last run was made (`YYYY-MM-DDTHH:MM:SS`), or "".
    std::string lastRunAt();

private:
    Database& m_db;
};

} // namespace pmc::store
