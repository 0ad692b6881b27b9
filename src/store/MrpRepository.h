#pragma once

#include "core/Date.h"
#include "core/mrp/MrpResult.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::store {

class Database;

/// Planned orders that leave the stored last run with an edit turning them into orders, or
/// come back with its undo. They belong to the run made at `runAt`; once another run replaced
/// it, they mean nothing to it and are left out.
struct PlannedOrderChanges {
    std::string runAt; ///< MrpRepository::lastRunAt() of the run they were taken from
    std::vector<core::PlannedOrder> removed; ///< found by id
    std::vector<core::PlannedOrder> restored;

    bool empty() const { return removed.empty() && restored.empty(); }
    /// What takes them back: removed and restored swapped.
    PlannedOrderChanges inverse() const { return {runAt, restored, removed}; }
};

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
    /// Removes and restores planned orders of the last run when it is the run `changes` names
    /// (nothing otherwise); the caller provides the transaction.
    void apply(const PlannedOrderChanges& changes);

private:
    void insertPlannedOrders(const std::vector<core::PlannedOrder>& orders, long long run);

    Database& m_db;
};

} // namespace pmc::store
