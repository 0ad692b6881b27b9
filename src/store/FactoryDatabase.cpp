#include "store/FactoryDatabase.h"

#include "core/Log.h"
#include "core/mrp/MrpEngine.h"
#include "store/AuditTrail.h"
#include "store/EditConflict.h"
#include "store/EmbeddedFile.h"
#include "store/ExceptionReviewRepository.h"
#include "store/FactoryRepository.h"
#include "store/InputError.h"
#include "store/Migrator.h"
#include "store/MrpRepository.h"
#include "store/SalesOrderRows.h"
#include "store/ScenarioJson.h"
#include "store/StoreError.h"
#include "store/Timestamp.h"
#include "store/UserRoles.h"

#include <stdexcept>

namespace pmc::store {

FactoryDatabase::FactoryDatabase(const std::string& path)
    : m_db(std::make_unique<Database>(path))
{
    m_upgradeBackup = Migrator(*m_db).migrate();
}

core::FactoryModel FactoryDatabase::load()
{
    return FactoryRepository(*m_db).load();
}

ExecutionHistory FactoryDatabase::executionHistory()
{
    return ExecutionHistoryRows::readAll(*m_db);
}

bool FactoryDatabase::isEmpty()
{
    return FactoryRepository(*m_db).isEmpty();
}

std::vector<std::string> FactoryDatabase::importScenario(const std::string& jsonText, const std::string& sourceName)
{
    ScenarioReadResult read = readScenarioText(jsonText);
    if (!read.errors.ok())
        throw InputError(sourceName, read.errors);
    // Empty routings carry no information; dropping them keeps export → import → export stable.
    std::erase_if(read.model.routings, [](const core::Routing& r) { return r.operations.empty(); });
    Transaction tx(*m_db);
    UserRoles(*m_db).require(core::Action::Import);
    FactoryRepository(*m_db).replace(read.model);
    // Replacing the orders dropped their reports, receipts, promises and issues (ON DELETE
    // CASCADE); the scenario's rows take their place as history: the orders' and the stock's
    // quantities already include what they did.
    ExecutionHistoryRows history(*m_db);
    if (read.hasAbnormalHours)
        history.clearAbnormalHours();
    history.insert(read.history);
    AuditTrail(*m_db).record("import", "scenario", sourceName, "",
                             nlohmann::json{{"items", read.model.items.size()},
                                            {"sales_orders", read.model.salesOrders.size()},
                                            {"work_orders", read.model.workOrders.size()},
                                            {"purchase_orders", read.model.purchaseOrders.size()}}
                                 .dump());
    tx.commit();
    core::logger("store").info("imported {} into {}: {} items, {} sales orders", sourceName, path(),
                               read.model.items.size(), read.model.salesOrders.size());
    return read.warnings;
}

void FactoryDatabase::refuseConflicts(const core::FactoryModel& stored, const core::MasterDataEdit& edit)
{
    std::vector<EditConflict> conflicts = findEditConflicts(stored, edit);
    if (conflicts.empty())
        return;
    AuditTrail audit(*m_db);
    for (EditConflict& conflict : conflicts) {
        const std::vector<AuditEvent> saved = audit.events({{}, {}, conflict.section, conflict.key});
        if (!saved.empty())
            conflict.storedBy = saved.back().user + " at " + saved.back().at;
    }
    throw EditConflictError(std::move(conflicts));
}

core::ValidationResult FactoryDatabase::applyEdit(const core::MasterDataEdit& edit, const PlannedOrderChanges& lastRun)
{
    core::FactoryModel model = load();
    refuseConflicts(model, edit);
    core::ValidationResult issues;
    try {
        issues = core::applyValidatedEdit(model, edit);
    } catch (const std::invalid_argument& e) {
        throw StoreError(e.what());
    }
    if (issues.ok())
        storeEdit(edit, lastRun);
    return issues;
}

void FactoryDatabase::storeEdit(const core::MasterDataEdit& edit, const PlannedOrderChanges& lastRun)
{
    Transaction tx(*m_db);
    UserRoles(*m_db).requireEdit(edit);
    // Checked under the writer lock, so nobody can save in between the check and this save.
    refuseConflicts(FactoryRepository(*m_db).load(), edit);
    FactoryRepository(*m_db).apply(edit);
    MrpRepository(*m_db).apply(lastRun);
    AuditTrail(*m_db).recordEdit(edit);
    tx.commit();
}

core::MrpResult FactoryDatabase::runMrp(const std::function<bool()>& cancelled)
{
    const core::FactoryModel model = load();
    core::MrpResult result = core::MrpEngine(model).run(cancelled);
    saveMrpRun(result, model.settings.today);
    return result;
}

void FactoryDatabase::saveMrpRun(const core::MrpResult& result, core::Date today)
{
    Transaction tx(*m_db);
    UserRoles(*m_db).require(core::Action::PlanAndSchedule);
    MrpRepository(*m_db).replace(result, today, localTimestampNow());
    tx.commit();
}

std::vector<core::SalesOrderEvent> FactoryDatabase::salesOrderHistory(const std::string& order)
{
    return SalesOrderRows::history(*m_db, order);
}

std::string FactoryDatabase::lastMrpRunAt()
{
    return MrpRepository(*m_db).lastRunAt();
}

std::optional<core::MrpResult> FactoryDatabase::lastMrpRun()
{
    return MrpRepository(*m_db).load();
}

std::vector<core::ExceptionReview> FactoryDatabase::exceptionReviews()
{
    return ExceptionReviewRepository(*m_db).all();
}

void FactoryDatabase::storeExceptionReviews(const std::vector<core::ExceptionReviewChange>& changes)
{
    Transaction tx(*m_db);
    UserRoles(*m_db).require(core::Action::PlanAndSchedule);
    ExceptionReviewRepository reviews(*m_db);
    for (const core::ExceptionReviewChange& change : changes) {
        if (change.review)
            reviews.store(*change.review);
        else
            reviews.remove(change.key);
    }
    tx.commit();
}

bool FactoryDatabase::seedDemoIfEmpty()
{
    if (!isEmpty())
        return false;
    importScenario(demoScenarioJson(), "demo-factory.json");
    return true;
}

std::string demoScenarioJson()
{
    for (const auto& file : demoFiles())
        if (file.name == "demo-factory.json")
            return std::string(file.content);
    return {};
}

} // namespace pmc::store
