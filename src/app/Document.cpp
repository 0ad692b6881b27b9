#include "app/Document.h"

#include "app/commands/MasterDataCommand.h"
#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/Log.h"
#include "core/mrp/ExceptionReview.h"
#include "core/mrp/MrpPlan.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/shortage/ShortageList.h"
#include "store/AdventureWorksImport.h"
#include "store/AuditTrail.h"
#include "store/FactoryDatabase.h"
#include "store/UserRoles.h"
#include "store/ScenarioJson.h"
#include "store/StoreError.h"
#include "store/TableImport.h"
#include "store/Timestamp.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>

#include <algorithm>
#include <optional>
#include <utility>

namespace pmc::app {

Document::Document(QObject* parent)
    : QObject(parent), m_factory(std::make_unique<core::FactoryModel>()),
      m_mrpResult(std::make_unique<core::MrpResult>()),
      m_exceptionReviews(std::make_unique<std::map<core::ExceptionKey, core::ExceptionReview>>()),
      m_mrpJob(new BackgroundJob(this)),
      m_shortages(std::make_unique<std::vector<core::Shortage>>()),
      m_schedule(std::make_unique<core::ScheduleResult>()), m_scheduleJob(new BackgroundJob(this))
{
    connect(m_mrpJob, &BackgroundJob::progress, this, &Document::mrpProgress);
    connect(m_scheduleJob, &BackgroundJob::progress, this, &Document::scheduleProgress);
}

Document::~Document()
{
    stopBackgroundWork();
}

void Document::open(const QString& path, bool seedDemo)
{
    stopBackgroundWork();
    auto database = std::make_unique<store::FactoryDatabase>(path.toStdString());
    if (seedDemo && database->seedDemoIfEmpty())
        core::logger("app").info("created {} from the demo factory", database->path());
    m_database = std::move(database);
    m_undoStack.clear();
    reload();
}

void Document::refreshFromDatabase()
{
    if (!m_database)
        return;
    stopBackgroundWork();
    reload();
}

QString Document::userName() const
{
    return m_database ? QString::fromStdString(m_database->database().userName()) : QString();
}

QString Document::userRoles() const
{
    if (!m_database || !m_database->database().onServer())
        return {};
    return QString::fromStdString(store::UserRoles(m_database->database()).access().roles());
}

QString Document::path() const
{
    return m_database ? QString::fromStdString(m_database->path()) : QString();
}

QStringList Document::importScenario(const QString& fileName)
{
    stopBackgroundWork();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        throw store::StoreError(tr("Cannot read %1: %2").arg(fileName, file.errorString()).toStdString());
    const std::string text = file.readAll().toStdString();
    return afterReplace(m_database->importScenario(text, fileName.toStdString()));
}

QStringList Document::importAdventureWorks(const QString& directory)
{
    stopBackgroundWork();
    return afterReplace(store::importAdventureWorks(*m_database, directory.toStdString()).warnings);
}

QStringList Document::afterReplace(const std::vector<std::string>& warnings)
{
    // An import replaces everything the undo history refers to.
    m_undoStack.clear();
    reload();
    QStringList result;
    for (const std::string& w : warnings)
        result << QString::fromStdString(w);
    return result;
}

void Document::exportScenario(const QString& fileName) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw store::StoreError(tr("Cannot write %1: %2").arg(fileName, file.errorString()).toStdString());
    const std::string text = store::writeScenario(*m_factory, m_database->executionHistory()).dump(2) + "\n";
    file.write(text.data(), static_cast<qint64>(text.size()));
}

QStringList Document::edit(const core::MasterDataEdit& edit, const QString& text)
{
    return commitEdit(edit, text, store::PlannedOrderChanges{});
}

QStringList Document::commitEdit(const core::MasterDataEdit& edit, const QString& text,
                                 const store::PlannedOrderChanges& lastRun)
{
    if (!m_database || edit.empty())
        return {};
    QStringList refused = storeEdit(edit, lastRun);
    if (!refused.isEmpty())
        return refused;
    m_undoStack.push(new MasterDataCommand(*this, edit, text, lastRun));
    emit masterDataChanged();
    applyPlannedOrderChanges(lastRun);
    return refused;
}

QStringList Document::storeEdit(const core::MasterDataEdit& edit, const store::PlannedOrderChanges& lastRun)
{
    QStringList refused;
    const core::MasterDataBackup backup(*m_factory, edit);
    core::ValidationResult issues;
    try {
        issues = core::applyValidatedEdit(*m_factory, edit, backup);
    } catch (const std::invalid_argument& e) {
        return {QString::fromUtf8(e.what())};
    }
    for (const core::ValidationIssue& issue : issues.issues())
        refused << QString::fromStdString(issue.toString());
    if (!refused.isEmpty())
        return refused;
    try {
        m_database->storeEdit(edit, lastRun);
    } catch (const std::exception& e) {
        backup.restore(*m_factory);
        return {tr("Not saved: %1").arg(QString::fromUtf8(e.what()))};
    }
    return refused;
}

bool Document::applyEdit(const core::MasterDataEdit& edit)
{
    return applyEdit(edit, store::PlannedOrderChanges{});
}

bool Document::applyEdit(const core::MasterDataEdit& edit, const store::PlannedOrderChanges& lastRun)
{
    const core::MasterDataBackup backup(*m_factory, edit);
    try {
        core::applyEdit(*m_factory, edit);
    } catch (const std::exception& e) {
        emit editFailed(QString::fromUtf8(e.what()));
        return false;
    }
    try {
        m_database->storeEdit(edit, lastRun);
    } catch (const std::exception& e) {
        backup.restore(*m_factory);
        emit editFailed(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    emit masterDataChanged();
    applyPlannedOrderChanges(lastRun);
    return true;
}

void Document::reload()
{
    *m_factory = m_database->load();
    const auto lastRun = m_database->lastMrpRun();
    m_hasMrpResult = lastRun.has_value();
    *m_mrpResult = lastRun.value_or(core::MrpResult{});
    m_lastMrpRunAt = QString::fromStdString(m_database->lastMrpRunAt());
    m_mrpPlan.reset();
    m_mrpModel.reset();
    loadExceptionReviews();
    m_hasSchedule = false;
    m_lastScheduleRunAt.clear();
    *m_schedule = core::ScheduleResult{};
    m_shortages->clear();
    m_hasShortages = false;
    emit factoryReset();
}

bool Document::isMrpRunning() const
{
    return m_mrpJob->isRunning();
}

void Document::startMrp()
{
    if (!m_database)
        return;
    auto snapshot = std::make_shared<const core::FactoryModel>(*m_factory);
    auto result = std::make_shared<core::MrpResult>();
    auto shortages = std::make_shared<std::vector<core::Shortage>>();
    // The last plan goes to the worker, which re-plans only what changed since (net change)
    // when the factory's structure is the same; the views show no plan until it is back.
    auto plan = std::make_shared<std::unique_ptr<core::MrpPlan>>(std::move(m_mrpPlan));
    auto replanned = std::make_shared<std::optional<std::size_t>>();
    emit mrpStarted();
    m_mrpJob->start(
        [this, snapshot, previous = m_mrpModel, result, shortages, plan, replanned] {
            const std::size_t items = std::max<std::size_t>(1, snapshot->items.size());
            if (*plan && previous && (*plan)->canReplan(*snapshot)) {
                const std::vector<std::string> changed = core::itemsWithChangedPlanningInputs(*previous, *snapshot);
                *replanned = (*plan)->replan(*snapshot, changed);
            } else {
                plan->reset();
                std::size_t visited = 0;
                core::MrpOptions options;
                options.keepRequirements = true;
                // The engine asks once per item whether to stop, which doubles as a progress count.
                *plan = std::make_unique<core::MrpPlan>(*snapshot, options, [&] {
                    m_mrpJob->report(static_cast<int>(100 * ++visited / items));
                    return m_mrpJob->isCancelled();
                });
            }
            *result = (*plan)->result();
            *shortages = core::listShortages(*snapshot, *result);
            // Only the shortage list needs them, and they are the bulk of a large run.
            result->requirements = {};
        },
        [this, snapshot, result, shortages, plan, replanned](const QString& error, bool cancelled) {
            // A plan not kept goes before its snapshot, which it refers to.
            const auto dropPlan = qScopeGuard([plan] { plan->reset(); });
            // A schedule waiting for this run goes ahead only when the run succeeds.
            const std::optional<core::ScheduleOptions> scheduleOptions = std::exchange(m_scheduleAfterMrp, std::nullopt);
            if (cancelled)
                return emit mrpCancelled();
            if (!error.isEmpty()) {
                core::logger("app").error("MRP failed: {}", error.toStdString());
                return emit mrpFailed(error);
            }
            try {
                m_database->saveMrpRun(*result, m_factory->settings.today);
            } catch (const std::exception& e) {
                return emit mrpFailed(QString::fromUtf8(e.what()));
            }
            *m_mrpResult = std::move(*result);
            m_mrpPlan.reset();
            m_mrpModel = snapshot;
            m_mrpPlan = std::move(*plan);
            m_lastMrpReplanned = *replanned;
            *m_shortages = std::move(*shortages);
            m_hasShortages = true;
            m_hasMrpResult = true;
            m_lastMrpRunAt = QString::fromStdString(m_database->lastMrpRunAt());
            emit mrpFinished();
            if (scheduleOptions)
                startSchedule(*scheduleOptions);
        });
}

void Document::cancelMrp()
{
    m_mrpJob->cancel();
}

void Document::waitForMrp()
{
    m_mrpJob->wait();
}

bool Document::isScheduleRunning() const
{
    return m_scheduleJob->isRunning();
}

void Document::startSchedule(double seconds)
{
    core::ScheduleOptions options;
    options.seconds = seconds;
    startSchedule(options);
}

void Document::startSchedule(const core::ScheduleOptions& requested)
{
    if (!m_database)
        return;
    // Scheduling needs the planned make orders: run MRP first when it never ran on this data.
    if (!m_hasMrpResult) {
        m_scheduleAfterMrp = requested;
        startMrp();
        return;
    }
    m_lastScheduleOptions = requested;
    auto snapshot = std::make_shared<const core::FactoryModel>(*m_factory);
    auto mrp = std::make_shared<const core::MrpResult>(*m_mrpResult);
    auto result = std::make_shared<core::ScheduleResult>();
    m_scheduleJob->start(
        [this, snapshot, mrp, result, requested] {
            core::ScheduleOptions options = requested;
            const double seconds = options.seconds;
            options.cancelled = [this] { return m_scheduleJob->isCancelled(); };
            options.progress = [this, seconds](const core::ScheduleProgress& p) {
                if (seconds > 0)
                    m_scheduleJob->report(static_cast<int>(std::min(100.0, 100.0 * p.elapsedSeconds / seconds)));
            };
            *result = core::FiniteScheduler(*snapshot).run(*mrp, options);
        },
        [this, result](const QString& error, bool cancelled) {
            if (cancelled)
                return emit scheduleCancelled();
            if (!error.isEmpty())
                return emit scheduleFailed(error);
            *m_schedule = std::move(*result);
            m_hasSchedule = true;
            m_lastScheduleRunAt = QString::fromStdString(store::localTimestampNow());
            emit scheduleFinished();
        });
}

void Document::cancelSchedule()
{
    m_scheduleJob->cancel();
    if (m_scheduleAfterMrp)
        m_mrpJob->cancel();
}

void Document::waitForSchedule()
{
    m_scheduleJob->wait();
}

void Document::replan(const core::ScheduleOptions& options)
{
    if (!m_database || isMrpRunning() || isScheduleRunning())
        return;
    m_scheduleAfterMrp = options;
    startMrp();
}

void Document::stopBackgroundWork()
{
    m_mrpJob->cancel();
    m_scheduleJob->cancel();
    m_mrpJob->wait();
    m_scheduleJob->wait();
}

// Spreadsheet tables ------------------------------------------------------------------------

void Document::replaceOrders(const store::ImportChanges& changes)
{
    stopBackgroundWork();
    store::storeTableImport(m_database->database(), changes);
    // The undo history may refer to rows the orders now replace.
    m_undoStack.clear();
    reload();
}

std::vector<store::AuditEvent> Document::auditEvents(const store::AuditFilter& filter) const
{
    return m_database ? store::AuditTrail(m_database->database()).events(filter) : std::vector<store::AuditEvent>{};
}

std::vector<core::SalesOrderEvent> Document::salesOrderHistory(const std::string& order) const
{
    return m_database ? m_database->salesOrderHistory(order) : std::vector<core::SalesOrderEvent>{};
}

void Document::exportTables(const QString& fileName, bool chineseHeaders) const
{
    const auto language = chineseHeaders ? store::HeaderLanguage::Chinese : store::HeaderLanguage::English;
    store::writeXlsx(fileName.toStdString(), store::exportTables(*m_factory, language));
}

} // namespace pmc::app
