#include "app/WhatIfScenario.h"

#include "app/BackgroundJob.h"
#include "app/Document.h"
#include "core/FactoryModel.h"
#include "core/diagnostics/FactoryValidator.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/mrp/MrpPlan.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/ScheduleComparison.h"

#include <algorithm>
#include <optional>
#include <set>

namespace pmc::app {

struct WhatIfScenario::Result {
    core::ScheduleResult live;
    core::ScheduleResult whatIf;
    core::MrpResult whatIfMrp;
    core::ScheduleComparison comparison;
};

namespace {

// A row changed again joins its earlier change, so that adopting stores one change per row and
// a row changed back drops out of the changes.
template <typename Row>
void accumulate(std::vector<core::RowChange<Row>>& into, const std::vector<core::RowChange<Row>>& more)
{
    for (const core::RowChange<Row>& change : more) {
        const auto earlier = std::find_if(into.rbegin(), into.rend(), [&](const core::RowChange<Row>& c) {
            return change.before && c.after == change.before;
        });
        if (earlier == into.rend()) {
            into.push_back(change);
            continue;
        }
        earlier->after = change.after;
        if (earlier->before == earlier->after)
            into.erase(std::next(earlier).base());
    }
}

template <typename Section>
void accumulate(core::WholeChange<Section>& into, const core::WholeChange<Section>& more)
{
    if (!more)
        return;
    if (into)
        into->second = more->second;
    else
        into = more;
    if (into->first == into->second)
        into.reset();
}

void accumulate(core::MasterDataEdit& into, const core::MasterDataEdit& more)
{
    accumulate(into.suppliers, more.suppliers);
    accumulate(into.items, more.items);
    accumulate(into.boms, more.boms);
    accumulate(into.workCenters, more.workCenters);
    accumulate(into.routings, more.routings);
    accumulate(into.inventory, more.inventory);
    accumulate(into.workOrders, more.workOrders);
    accumulate(into.salesOrders, more.salesOrders);
    accumulate(into.purchaseOrders, more.purchaseOrders);
    accumulate(into.firmPlannedOrders, more.firmPlannedOrders);
    accumulate(into.purchaseRequisitions, more.purchaseRequisitions);
    accumulate(into.calendar, more.calendar);
    accumulate(into.changeovers, more.changeovers);
    accumulate(into.operationPins, more.operationPins);
    accumulate(into.settings, more.settings);
    accumulate(into.reviewPolicy, more.reviewPolicy);
}

// MRP as Document::startMrp runs it from scratch, its item count as progress from `from` to `to`.
core::MrpResult planMaterials(const core::FactoryModel& model, BackgroundJob& job, int from, int to)
{
    const std::size_t items = std::max<std::size_t>(1, model.items.size());
    std::size_t visited = 0;
    const core::MrpPlan plan(model, {}, [&] {
        job.report(from + static_cast<int>((to - from) * ++visited / items));
        return job.isCancelled();
    });
    return plan.result();
}

core::ScheduleResult schedule(const core::FactoryModel& model, const core::MrpResult& mrp, core::ScheduleOptions options,
                              BackgroundJob& job, int from, int to)
{
    const double seconds = options.seconds;
    options.cancelled = [&job] { return job.isCancelled(); };
    options.progress = [&job, seconds, from, to](const core::ScheduleProgress& p) {
        if (seconds > 0)
            job.report(from + static_cast<int>((to - from) * std::min(1.0, p.elapsedSeconds / seconds)));
    };
    return core::FiniteScheduler(model).run(mrp, options);
}

} // namespace

WhatIfScenario::WhatIfScenario(Document& document, QObject* parent)
    : QObject(parent), m_document(document), m_copy(std::make_unique<core::FactoryModel>(document.factory())),
      m_changes(std::make_unique<core::MasterDataEdit>()), m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::progress, this, &WhatIfScenario::progress);
}

WhatIfScenario::~WhatIfScenario() = default;

bool WhatIfScenario::hasChanges() const
{
    return !m_changes->empty();
}

QStringList WhatIfScenario::change(const core::MasterDataEdit& edit)
{
    try {
        core::applyEdit(*m_copy, edit);
    } catch (const std::invalid_argument& e) {
        return {QString::fromUtf8(e.what())};
    }
    accumulate(*m_changes, edit);
    emit changed();
    return {};
}

QStringList WhatIfScenario::setParallelUnits(const std::string& workCenter, int units)
{
    const auto& centers = m_copy->workCenters;
    const auto found = std::find_if(centers.begin(), centers.end(), [&](const auto& wc) { return wc.code == workCenter; });
    if (found == centers.end())
        return {tr("There is no work center %1.").arg(QString::fromStdString(workCenter))};
    core::WorkCenter after = *found;
    after.parallelUnits = units;
    core::MasterDataEdit edit;
    edit.workCenters.push_back({*found, after});
    return change(edit);
}

QStringList WhatIfScenario::addExtraWorkday(core::Date date)
{
    return changeCalendar([&](core::Calendar& calendar) {
        std::set<core::Date> days = calendar.extraWorkdays();
        days.insert(date);
        calendar.setExtraWorkdays(std::move(days));
    });
}

QStringList WhatIfScenario::addOvertime(const core::Overtime& overtime)
{
    return changeCalendar([&](core::Calendar& calendar) {
        std::vector<core::Overtime> rows = calendar.overtime();
        rows.push_back(overtime);
        calendar.setOvertime(std::move(rows));
    });
}

QStringList WhatIfScenario::changeCalendar(const std::function<void(core::Calendar&)>& change)
{
    core::Calendar after = m_copy->calendar;
    change(after);
    core::MasterDataEdit edit;
    edit.calendar.emplace(m_copy->calendar, std::move(after));
    return this->change(edit);
}

void WhatIfScenario::setOptions(const core::ScheduleOptions& options)
{
    m_options = options;
}

QStringList WhatIfScenario::run()
{
    if (isRunning())
        return {};
    QStringList refused;
    const core::ValidationResult validation = core::validateFactory(*m_copy);
    for (const core::ValidationIssue& issue : validation.issues())
        refused << QString::fromStdString(issue.toString());
    if (!refused.isEmpty())
        return refused;
    auto whatIfModel = std::make_shared<const core::FactoryModel>(*m_copy);
    auto liveModel = std::make_shared<const core::FactoryModel>(m_document.factory());
    auto liveSchedule = m_document.hasSchedule() && !m_replanLive ? std::optional(m_document.schedule()) : std::nullopt;
    auto liveMrp = m_document.hasMrpResult() ? std::optional(m_document.mrpResult()) : std::nullopt;
    auto result = std::make_shared<Result>();
    BackgroundJob& job = *m_job;
    m_job->start(
        [&job, whatIfModel, liveModel, liveSchedule, liveMrp, result, options = m_options] {
            // Without a live schedule the live factory is planned here too, so that there are
            // two sides to compare; the what-if then takes the first 60 % of the progress.
            const int whatIfEnd = liveSchedule ? 100 : 60;
            result->whatIfMrp = planMaterials(*whatIfModel, job, 0, 20);
            result->whatIf = schedule(*whatIfModel, result->whatIfMrp, options, job, 20, whatIfEnd);
            if (liveSchedule)
                result->live = *liveSchedule;
            else
                result->live = schedule(*liveModel, liveMrp ? *liveMrp : planMaterials(*liveModel, job, 60, 70), options,
                                        job, 70, 100);
            result->comparison = core::compareSchedules({*liveModel, result->live}, {*whatIfModel, result->whatIf});
        },
        [this, result](const QString& error, bool cancelled) {
            if (cancelled)
                return emit this->cancelled();
            if (!error.isEmpty())
                return emit failed(error);
            m_result = result;
            emit finished();
        });
    return {};
}

bool WhatIfScenario::isRunning() const
{
    return m_job->isRunning();
}

void WhatIfScenario::cancel()
{
    m_job->cancel();
}

void WhatIfScenario::wait()
{
    m_job->wait();
}

const core::ScheduleComparison& WhatIfScenario::comparison() const
{
    return m_result->comparison;
}

const core::ScheduleResult& WhatIfScenario::liveSchedule() const
{
    return m_result->live;
}

const core::ScheduleResult& WhatIfScenario::whatIfSchedule() const
{
    return m_result->whatIf;
}

const core::MrpResult& WhatIfScenario::whatIfMrp() const
{
    return m_result->whatIfMrp;
}

QStringList WhatIfScenario::adopt(const QString& text)
{
    if (isRunning())
        return {tr("The what-if plan is still being calculated.")};
    if (m_document.isMrpRunning() || m_document.isScheduleRunning())
        return {tr("The live plan is being recalculated; adopt when it has finished.")};
    const QStringList refused = m_document.edit(*m_changes, text.isEmpty() ? tr("Adopt what-if changes") : text);
    if (!refused.isEmpty())
        return refused;
    m_document.replan(m_options);
    startOver();
    return {};
}

void WhatIfScenario::discard()
{
    m_job->cancel();
    m_job->wait();
    startOver();
}

void WhatIfScenario::startOver()
{
    *m_copy = m_document.factory();
    *m_changes = core::MasterDataEdit{};
    m_result.reset();
    emit changed();
}

} // namespace pmc::app
