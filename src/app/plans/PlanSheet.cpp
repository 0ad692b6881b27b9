#include "app/plans/PlanSheet.h"

#include "app/TableExport.h"
#include "core/plan/KitCheck.h"
#include "core/plan/KittingList.h"
#include "core/plan/PeriodPlan.h"
#include "store/FactoryDatabase.h"
#include "store/PlanBasis.h"
#include "store/PlanReleaseRepository.h"

#include <stdexcept>

namespace pmc::app {

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

QString dateText(core::Date date)
{
    return QString::fromStdString(date.toString());
}

} // namespace

PlanSheet::PlanSheet(Printed printed)
    : m_printed(std::move(printed))
    , m_content(std::visit([](const auto& document) { return TableFormContent(document.content()); }, m_printed))
{
}

bool PlanSheet::print(QPagedPaintDevice& device) const
{
    return std::visit([&](const auto& document) { return document.print(device); }, m_printed);
}

bool PlanSheet::writePdf(const QString& fileName, QString* error) const
{
    return std::visit([&](const auto& document) { return document.writePdf(fileName, error); }, m_printed);
}

void PlanSheet::writeXlsx(const QString& fileName) const
{
    exportForm(fileName, m_content);
}

const core::PlanRelease& PlanSheet::releaseOf(const std::vector<core::PlanRelease>& releases,
                                              const PlanSheetRequest& request)
{
    const core::PlanRelease* latest = core::latestRelease(releases, request.date, request.scope);
    if (!latest)
        refuse(tr("The plan of %1 has not been released for this workshop yet.").arg(dateText(request.date)));
    if (!request.version)
        return *latest;
    for (const core::PlanRelease& release : releases)
        if (release.workshop == request.scope && release.version == *request.version)
            return release;
    refuse(tr("Version %1 of the plan of %2 does not exist.").arg(*request.version).arg(dateText(request.date)));
}

PlanSheet PlanSheet::build(const PlanSheetRequest& request)
{
    store::FactoryDatabase database(request.databasePath);
    const auto releases = [&] { return store::PlanReleaseRepository(database.database()).releases(request.date); };
    if (request.kind == PlanSheetKind::Daily && request.version) {
        const std::vector<core::PlanRelease> stored = releases();
        const core::PlanRelease& release = releaseOf(stored, request);
        return PlanSheet(DailyPlanDocument(release.plan, release.date));
    }
    std::optional<core::MrpResult> run = database.lastMrpRun();
    if (!run)
        refuse(tr("Run MRP first: every plan is derived from the last MRP run and its schedule."));
    const store::PlanBasis basis = store::planBasis(database, database.load(), std::move(*run));
    switch (request.kind) {
    case PlanSheetKind::Daily:
        return PlanSheet(DailyPlanDocument(store::dailyPlanOnItsDate(basis, request.date, request.scope), request.date));
    case PlanSheetKind::Weekly:
    case PlanSheetKind::Monthly: {
        const core::PlanPeriod period{
            request.kind == PlanSheetKind::Weekly ? core::PeriodKind::Week : core::PeriodKind::Month, request.date};
        return PlanSheet(PeriodPlanDocument(
            core::buildPeriodPlan(basis.model, basis.mrp, basis.schedule, period, request.scope)));
    }
    case PlanSheetKind::Kitting: {
        const core::KitCheck check = core::checkKits(basis.model, basis.mrp, basis.schedule, basis.issues);
        if (!request.order.empty()) {
            std::optional<core::KittingList> list
                = core::kittingListForOrder(basis.model, check, basis.issues, basis.schedule, request.order);
            if (!list)
                refuse(tr("%1 is no open work order or planned order of the schedule.")
                           .arg(QString::fromStdString(request.order)));
            return PlanSheet(KittingListDocument(*list));
        }
        const core::DailyPlan plan
            = core::buildDailyPlan(basis.model, basis.mrp, basis.schedule, request.date, {}, basis.issues);
        return PlanSheet(KittingListDocument(
            core::kittingListForDay(basis.model, check, basis.issues, basis.schedule, plan, request.scope)));
    }
    case PlanSheetKind::Changes: {
        const std::vector<core::PlanRelease> stored = releases();
        const core::PlanRelease& older = releaseOf(stored, request);
        const std::vector<core::PlanLineChange> changes = core::diffPlans(older.plan, store::dailyPlanOnItsDate(basis, request.date, request.scope));
        return PlanSheet(
            PlanChangeNotice(changes, changeHeading(older, std::nullopt, basis.model.settings.today)));
    }
    }
    refuse(QStringLiteral("unknown plan kind"));
}

std::vector<core::PlanRelease> planReleases(const std::string& databasePath, core::Date date)
{
    store::FactoryDatabase database(databasePath);
    return store::PlanReleaseRepository(database.database()).releases(date);
}

} // namespace pmc::app
