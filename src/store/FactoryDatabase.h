#pragma once

#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/mrp/ExceptionReview.h"
#include "core/mrp/MrpResult.h"
#include "core/orders/SalesOrderHistory.h"
#include "store/Database.h"
#include "store/ExecutionHistoryRows.h"
#include "store/MrpRepository.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pmc::store {

/// One factory's database file, opened and migrated to the current schema.
/// Owns its connection; use from one thread.
class FactoryDatabase {
public:
    /// Opens (creating when missing) and migrates. Throws StoreError with a clear message for
    /// a file that is not a database, is locked, or has a newer schema.
    explicit FactoryDatabase(const std::string& path);

    Database& database() { return *m_db; }
    const std::string& path() const { return m_db->path(); }
    /// The backup taken before a schema upgrade at open, or "".
    const std::string& upgradeBackup() const { return m_upgradeBackup; }

    core::FactoryModel load();
    bool isEmpty();
    /// Validates and stores a scenario document in one transaction, replacing the planning
    /// data. Throws InputError (nothing written) when the document is refused; returns warnings.
    /// The scenario's history sections are stored as they are (ExecutionHistoryRows); without an
    /// `abnormal_hours` section the stored abnormal hours stay.
    std::vector<std::string> importScenario(const std::string& jsonText, const std::string& sourceName);
    /// Every stored completion report, abnormal hours record, receipt, promise and material issue,
    /// as `export` writes them.
    ExecutionHistory executionHistory();
    /// Validates `edit` against the stored data and stores it in one transaction, together with
    /// `lastRun` (the planned orders an edit made from MRP proposals turns into orders).
    /// Returns the issues when it is refused (nothing written). Throws StoreError when the
    /// stored rows no longer match the edit's `before` values.
    core::ValidationResult applyEdit(const core::MasterDataEdit& edit, const PlannedOrderChanges& lastRun = {});
    /// Stores an edit already validated against this database's data (the desktop app keeps the
    /// loaded model and validates there), with `lastRun`, in one transaction.
    void storeEdit(const core::MasterDataEdit& edit, const PlannedOrderChanges& lastRun = {});
    /// Runs regenerative MRP over the stored data and stores the result as the last run, in one
    /// transaction. `cancelled` is polled per item (core::Cancelled leaves the last run as it was).
    core::MrpResult runMrp(const std::function<bool()>& cancelled = {});
    /// Stores a result computed elsewhere (e.g. on a worker thread) as the last run.
    void saveMrpRun(const core::MrpResult& result, core::Date today);
    /// When the last MRP run was made (`YYYY-MM-DDTHH:MM:SS`), or "" when there is none.
    std::string lastMrpRunAt();
    /// The last stored MRP run, or nullopt.
    std::optional<core::MrpResult> lastMrpRun();
    /// The change history of a sales order, oldest first (SalesOrderRows::history).
    std::vector<core::SalesOrderEvent> salesOrderHistory(const std::string& order);
    /// The planner's marks on exception messages, kept across runs (ExceptionReviewRepository).
    std::vector<core::ExceptionReview> exceptionReviews();
    /// Stores marks and reopenings in one transaction.
    void storeExceptionReviews(const std::vector<core::ExceptionReviewChange>& changes);

    /// Loads the bundled demo factory when the database holds no items yet; true if it did.
    bool seedDemoIfEmpty();

private:
    /// Throws EditConflictError when `edit` was made against rows `stored` no longer holds.
    void refuseConflicts(const core::FactoryModel& stored, const core::MasterDataEdit& edit);

    std::unique_ptr<Database> m_db;
    std::string m_upgradeBackup;
};

/// The bundled demo factory scenario (resources/demo/demo-factory.json).
std::string demoScenarioJson();

/// The per-user database both `pmc` and `pmc-cli` open by default
/// (QStandardPaths::GenericDataLocation/pmc-desk/factory.db); its folder is created.
std::string defaultDatabasePath();

} // namespace pmc::store
