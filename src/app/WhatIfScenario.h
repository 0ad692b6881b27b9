#pragma once

#include "core/scheduling/ScheduleRequest.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <string>

namespace pmc::core {
struct FactoryModel;
struct MasterDataEdit;
struct MrpResult;
struct Overtime;
class Calendar;
struct ScheduleComparison;
class Date;
}

namespace pmc::app {

class BackgroundJob;
class Document;

/// A what-if plan (docs/scheduling.md, "What-if"): a copy of the live factory the planner
/// changes (parallel units, extra working days, overtime, any master-data edit) and plans
/// with MRP and the finite scheduler, compared with the live plan; adopting applies the
/// changes to the Document as one undoable step and replans it, discarding starts again from
/// the live factory. Lives on the UI thread; run() works on snapshots in a worker of its own,
/// so the live Document stays untouched until adopt().
class WhatIfScenario : public QObject {
    Q_OBJECT
public:
    explicit WhatIfScenario(Document& document, QObject* parent = nullptr);
    ~WhatIfScenario() override;

    /// The copy with the changes made so far.
    const core::FactoryModel& factory() const { return *m_copy; }
    /// Every change made to the copy, as one edit of the live factory.
    const core::MasterDataEdit& changes() const { return *m_changes; }
    bool hasChanges() const;

    /// Applies `edit` to the copy and adds it to the changes. Returns why it was refused (its
    /// rows are not in the copy; nothing changed) or an empty list. Whether the changed
    /// factory is valid is checked by run() and adopt(), so a change can be undone by another.
    QStringList change(const core::MasterDataEdit& edit);
    QStringList setParallelUnits(const std::string& workCenter, int units);
    /// Makes `date` a working day (a make-up day) for the whole factory.
    QStringList addExtraWorkday(core::Date date);
    QStringList addOvertime(const core::Overtime& overtime);

    const core::ScheduleOptions& options() const { return m_options; }
    void setOptions(const core::ScheduleOptions& options);
    /// Plans the live factory again with these options for the comparison instead of taking
    /// the Document's schedule, which may have been made with another rule: then the
    /// comparison shows the changes only (a rush order planned by priority, say).
    void setReplanLive(bool replan) { m_replanLive = replan; }

    /// Validates the copy and starts MRP and the schedule on it in the worker (the live
    /// factory is scheduled too when the Document has no schedule yet). Returns the
    /// validator's refusal (nothing started) or an empty list; nothing when already running.
    QStringList run();
    bool isRunning() const;
    /// Stops MRP (the run ends with cancelled()) or the improvement (it keeps the best).
    void cancel();
    /// Blocks until a run has ended and its outcome is applied (tests, closing).
    void wait();

    /// The last run finished: comparison() and the schedules are set.
    bool hasResult() const { return m_result != nullptr; }
    const core::ScheduleComparison& comparison() const;
    const core::ScheduleResult& liveSchedule() const;
    const core::ScheduleResult& whatIfSchedule() const;
    /// The MRP run the what-if schedule was made from.
    const core::MrpResult& whatIfMrp() const;

    /// Applies the changes to the Document as one undoable step and replans it with the same
    /// options; the scenario then starts again from the new live factory. Returns why the
    /// Document refused the changes (nothing changed) or an empty list. `text` names the undo
    /// step ("Adopt what-if changes" when empty).
    QStringList adopt(const QString& text = {});
    /// Drops the copy, its changes and the results: the scenario starts again from the live
    /// factory as it is now.
    void discard();

signals:
    /// The copy or its changes changed (change, adopt, discard).
    void changed();
    void progress(int percent);
    void finished();
    void cancelled();
    void failed(const QString& reason);

private:
    struct Result;

    void startOver();
    /// A change of the copy's calendar made by `change`, as one change of the scenario.
    QStringList changeCalendar(const std::function<void(core::Calendar&)>& change);

    Document& m_document;
    std::unique_ptr<core::FactoryModel> m_copy;
    std::unique_ptr<core::MasterDataEdit> m_changes;
    core::ScheduleOptions m_options;
    bool m_replanLive = false;
    std::shared_ptr<const Result> m_result;
    BackgroundJob* m_job;
};

} // namespace pmc::app
