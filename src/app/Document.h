#pragma once

#include "app/BackgroundJob.h"
#include "app/commands/StoredRecordCommand.h"

#include "core/scheduling/ScheduleRequest.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pmc::core {
struct AbnormalHours;
struct CompletionReport;
struct InspectionResult;
struct PromisedDate;
struct PurchaseReceipt;
struct FactoryModel;
struct MasterDataEdit;
struct MrpResult;
struct ScheduleResult;
struct OperationMove;
struct Shortage;
class MrpPlan;
struct MrpException;
struct ExceptionKey;
struct ExceptionReview;
struct ExceptionReviewChange;
struct SalesOrderEvent;
}
namespace pmc::store {
class Database;
class FactoryDatabase;
struct AuditEvent;
struct AuditFilter;
}
namespace pmc::store {
struct ImportChanges;
struct PlannedOrderChanges;
}

namespace pmc::app {

/// The open factory: its database session, the in-memory FactoryModel the views show, and the
/// undo stack of the edits made to it. Lives on the UI thread; models read `factory()` only.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    /// Opens (creating and migrating) a database; with `seedDemo` an empty one gets the demo
    /// factory. Throws store::StoreError with a readable message when the file cannot be used.
    void open(const QString& path, bool seedDemo);
    /// Reads the factory again from the database: what colleagues saved on a shared server
    /// since it was opened. The undo history stays; undoing a step others changed since is
    /// refused with both versions shown.
    void refreshFromDatabase();
    /// Who is making the changes: the server login, or the local user of a file.
    QString userName() const;
    /// The roles of that user on a shared server ("planner, reviewer (quality)"); empty for a file.
    QString userRoles() const;
    bool isOpen() const { return m_database != nullptr; }
    QString path() const;
    const core::FactoryModel& factory() const { return *m_factory; }
    QUndoStack* undoStack() { return &m_undoStack; }

    /// Replaces the planning data with a scenario file; throws store::InputError (nothing
    /// changed) when the file is refused. Returns the warnings about ignored keys.
    QStringList importScenario(const QString& fileName);
    /// Replaces the planning data with the AdventureWorks CSV folder (docs/adventureworks.md);
    /// throws store::InputError (nothing changed) naming file, row and column when refused.
    QStringList importAdventureWorks(const QString& directory);
    /// Writes the planning data as a scenario document.
    void exportScenario(const QString& fileName) const;

    /// Validates and applies a master-data edit (saved in one transaction) as one undoable step
    /// named `text`. Returns why it was refused (nothing changed), or an empty list.
    QStringList edit(const core::MasterDataEdit& edit, const QString& text);
    /// Applies an edit already validated (an undo or redo of one), in memory and in the
    /// database; on a database failure the memory is restored and editFailed() says why.
    bool applyEdit(const core::MasterDataEdit& edit);
    /// The same with the planned orders of the last run the edit takes or gives back (an undo
    /// or redo of firmPlannedOrders or releasePlannedOrders), stored in the same transaction.
    bool applyEdit(const core::MasterDataEdit& edit, const store::PlannedOrderChanges& lastRun);

    /// Firms planned orders of the last MRP run (their ids) as firm planned orders `FPO-…`, as
    /// one undoable step; firm planned orders among `ids` stay as they are. Returns why it was
    /// refused (unknown ids, validation; nothing changed) or an empty list; `created`, when
    /// given, receives the new numbers.
    QStringList firmPlannedOrders(const QStringList& ids, QStringList* created = nullptr);
    /// Releases planned orders of the last run (ids) and firm planned orders (numbers) as work
    /// orders (made items) and purchase requisitions (bought items), as one undoable step; the
    /// converted proposals leave the last run until an undo brings them back.
    QStringList releasePlannedOrders(const QStringList& ids, QStringList* created = nullptr);

    /// The last MRP run (empty when MRP has not run on this data).
    const core::MrpResult& mrpResult() const { return *m_mrpResult; }
    bool hasMrpResult() const { return m_hasMrpResult; }
    QString lastMrpRunAt() const { return m_lastMrpRunAt; }
    /// Starts MRP on a snapshot of the factory in a worker thread; progress, completion and
    /// failure come back as signals on this thread, where the result is stored and shown.
    void startMrp();
    bool isMrpRunning() const;
    /// Asks a running MRP to stop; it ends with mrpCancelled() and the last run stays.
    void cancelMrp();
    /// Waits for a running worker (tests, shutdown).
    void waitForMrp();
    /// The plan of the last MRP run made in this session, which answers the time-phased
    /// questions (物料需求计划表, drill-down); nullptr after opening, as a stored run keeps only
    /// its planned orders and exceptions. It refers to mrpModel(), the snapshot it planned.
    const core::MrpPlan* mrpPlan() const { return m_mrpPlan.get(); }
    /// Items the last run re-planned when it was a net change; nullopt after a regenerative run.
    std::optional<std::size_t> lastMrpReplanned() const { return m_lastMrpReplanned; }
    const core::FactoryModel* mrpModel() const { return m_mrpModel.get(); }

    /// The planner's review of a message of the last run, or nullptr while it is open.
    const core::ExceptionReview* exceptionReview(const core::MrpException& exception) const;
    /// Marks the messages done with `note`, or reopens them (`done` false), saved at once as
    /// one undoable step named `text`. Returns false (and emits editFailed) when not saved.
    bool reviewExceptions(const std::vector<core::MrpException>& exceptions, bool done, const QString& note,
                          const QString& text);
    /// Stores review changes already decided (a review command's redo or undo); on a database
    /// failure nothing changes, editFailed() says why and this returns false.
    bool applyExceptionReviews(const std::vector<core::ExceptionReviewChange>& changes);

    /// The shortage list (欠料表) of the last MRP run made in this session.
    const std::vector<core::Shortage>& shortages() const { return *m_shortages; }
    /// False until MRP ran in this session: stored runs do not keep what the list needs.
    bool hasShortages() const { return m_hasShortages; }

    /// The last finite-capacity schedule (empty before the first run in this session).
    const core::ScheduleResult& schedule() const { return *m_schedule; }
    bool hasSchedule() const { return m_hasSchedule; }
    /// When the last schedule of this session finished (`YYYY-MM-DDTHH:MM:SS`), or empty.
    QString lastScheduleRunAt() const { return m_lastScheduleRunAt; }
    /// Schedules open work orders and the planned make orders of the last MRP run (MRP runs
    /// first when there is none) in a worker, with the rule, direction, objectives and
    /// improvement time of `options` (its callbacks are the Document's own).
    void startSchedule(const core::ScheduleOptions& options);
    /// The default construction plus `seconds` of improvement search.
    void startSchedule(double seconds);
    bool isScheduleRunning() const;
    void cancelSchedule();
    void waitForSchedule();
    /// Runs MRP on the factory as it is now and then the schedule with `options` (a what-if
    /// adopted, docs/scheduling.md); does nothing while either is running.
    void replan(const core::ScheduleOptions& options);

    /// Pins a step where the schedule has it (unit and start), as one undoable edit; a planned
    /// order cannot be pinned (firm it first). Returns why it was refused, or an empty list.
    QStringList pinOperation(const core::ScheduledOperation& operation, core::Date today);
    /// Takes a pin off, as one undoable edit (nothing when the step is not pinned).
    QStringList unpinOperation(const std::string& order, int seq);
    bool isPinned(const std::string& order, int seq) const;
    /// Moves steps of the schedule (a Gantt drag): checks the moves (core::OperationMoveCheck),
    /// pins the steps at their new places, firming the planned orders among them, and repairs
    /// the schedule around them (the rest keeps its place unless pushed), as ONE undoable step
    /// whose undo also brings the schedule back. Returns why it was refused (nothing changed),
    /// or an empty list.
    QStringList moveOperations(const std::vector<core::OperationMove>& moves);
    /// Freezes the released period (冻结期): pins every step of the schedule that starts before
    /// `fence` 00:00 where it is, firming the planned orders among them, as one undoable step
    /// (pmc-cli schedule freeze does the same on a fresh schedule). Returns why not, or empty.
    QStringList freezeUntil(core::Date fence);
    /// Shows `schedule` as the current one (the undo or redo of a move).
    void showSchedule(const core::ScheduleResult& schedule);
    /// The rule, direction and objectives of the last schedule run (callbacks not kept).
    const core::ScheduleOptions& lastScheduleOptions() const { return m_lastScheduleOptions; }

    // Shop-floor returns (docs/execution.md) ---------------------------------------------------
    /// Records completion reports together (all or none, core::checkCompletionReport on each in
    /// turn) as one undoable step named `text`; the finished quantity they book shows in the work
    /// orders at once. Returns why they were refused (`LABEL --good: …`, labels[k] naming report
    /// k, `row N` without), or an empty list.
    /// With `refuseRepeats`, a report equal field for field to a stored one is refused (the
    /// same sheet imported twice).
    QStringList recordCompletions(const std::vector<core::CompletionReport>& reports, const QString& text,
                                  const std::vector<std::string>& labels = {}, bool refuseRepeats = false);
    /// Records hours a work center lost (异常工时) as one undoable step; returns why refused.
    QStringList recordAbnormalHours(const core::AbnormalHours& record);
    /// The abnormal hours recorded for `date` (empty when no database is open).
    std::vector<core::AbnormalHours> abnormalHoursOn(core::Date date) const;

    // Purchase follow-up (docs/purchasing.md), each one undoable step ----------------------
    /// Records a delivery on a purchase order: its lot waits on inspection and the order's
    /// open quantity drops. Returns why it was refused (nothing changed), or an empty list.
    QStringList receivePurchase(const core::PurchaseReceipt& receipt);
    /// Records the incoming inspection (IQC) of receipt `id`: the accepted part goes on hand,
    /// the rejected part is open on the order again.
    QStringList inspectReceipt(long long id, const core::InspectionResult& result);
    /// Records the date the supplier now promises for a purchase order (history kept).
    QStringList recordPromise(const core::PromisedDate& promise);

    /// The audit trail's events matching `filter`, oldest first (empty when no database is open).
    std::vector<store::AuditEvent> auditEvents(const store::AuditFilter& filter) const;

    /// The change history of a sales order, oldest first (empty when no database is open).
    std::vector<core::SalesOrderEvent> salesOrderHistory(const std::string& order) const;

    // Spreadsheet tables (File > Import table / Export tables) ------------------------------
    /// Stores a checked table import that changes orders (store::planTableImport), with its
    /// master-data rows, in one transaction. Orders are not undoable, so like importScenario
    /// this clears the undo stack and emits factoryReset. Master-data-only imports go through
    /// edit() instead. Throws store::StoreError (nothing written) when the stored rows no
    /// longer match the changes.
    void replaceOrders(const store::ImportChanges& changes);
    /// Writes every table as one .xlsx workbook, headers and enumerations in Chinese or English.
    void exportTables(const QString& fileName, bool chineseHeaders) const;

signals:
    /// The whole factory was replaced (open, import): views reset.
    void factoryReset();
    /// Master data changed in place (an edit, its undo or redo): views refresh, keeping their
    /// selection and scroll position when their row count did not change.
    void masterDataChanged();
    void editFailed(const QString& reason);
    /// A run begins: until it finishes, mrpPlan() is null (the worker has it).
    void mrpStarted();
    void mrpProgress(int percent);
    void mrpFinished();
    void mrpCancelled();
    void mrpFailed(const QString& reason);
    /// Planned orders left the last run (firmed or released) or came back (undo).
    void plannedOrdersChanged();
    /// Records kept beside the factory changed: receipts, inspections, promised dates or
    /// abnormal hours were recorded or taken back.
    void recordsChanged();
    /// Exception messages were marked done or reopened (or the reviews were reloaded).
    void exceptionReviewsChanged();
    void scheduleProgress(int percent);
    void scheduleFinished();
    void scheduleCancelled();
    void scheduleFailed(const QString& reason);

private:
    void reload();
    /// Takes into the factory what the store booked behind it: finished quantities of work
    /// orders, received quantities of purchase orders and stock (completions, receipts).
    void takeStoredQuantities();
    /// Runs `record` in the store as one undoable step named `text`, `takeBack` being its
    /// undo; returns why the store refused it (InputError issues), or an empty list.
    using StoredRecord = std::function<void(store::Database&)>;
    QStringList recordStep(const QString& text, const StoredRecord& record, const StoredRecord& takeBack);
    /// Runs a record's redo or undo; editFailed says why it was refused or failed.
    StoredRecordCommand::Outcome applyRecord(const StoredRecord& change);
    QStringList commitEdit(const core::MasterDataEdit& edit, const QString& text,
                           const store::PlannedOrderChanges& lastRun);
    /// Pins steps at `places` (firming planned orders) and repairs the schedule around them,
    /// as one undoable step named `text` (moves and freezes).
    QStringList pinAndRepair(const std::vector<core::ScheduledOperation>& places, const QString& text);
    /// Validates, applies and saves an edit without putting it on the undo stack.
    QStringList storeEdit(const core::MasterDataEdit& edit, const store::PlannedOrderChanges& lastRun);
    QStringList convertPlannedOrders(const QStringList& ids, bool release, QStringList* created);
    void applyPlannedOrderChanges(const store::PlannedOrderChanges& changes);
    QStringList afterReplace(const std::vector<std::string>& warnings);
    void stopBackgroundWork();
    void loadExceptionReviews();

    std::unique_ptr<store::FactoryDatabase> m_database;
    // Held by pointer so this moc-processed header stays free of the core headers.
    std::unique_ptr<core::FactoryModel> m_factory;
    std::unique_ptr<core::MrpResult> m_mrpResult;
    bool m_hasMrpResult = false;
    // The snapshot first, so that the plan referring to it is destroyed before it.
    std::shared_ptr<const core::FactoryModel> m_mrpModel;
    std::unique_ptr<core::MrpPlan> m_mrpPlan;
    std::optional<std::size_t> m_lastMrpReplanned;
    std::unique_ptr<std::map<core::ExceptionKey, core::ExceptionReview>> m_exceptionReviews;
    QString m_lastMrpRunAt;
    BackgroundJob* m_mrpJob;
    std::unique_ptr<std::vector<core::Shortage>> m_shortages;
    bool m_hasShortages = false;
    std::unique_ptr<core::ScheduleResult> m_schedule;
    bool m_hasSchedule = false;
    QString m_lastScheduleRunAt;
    BackgroundJob* m_scheduleJob;
    core::ScheduleOptions m_lastScheduleOptions;
    /// Set while MRP runs first for a requested schedule: its improvement time.
    std::optional<core::ScheduleOptions> m_scheduleAfterMrp;
    QUndoStack m_undoStack;
};

} // namespace pmc::app
