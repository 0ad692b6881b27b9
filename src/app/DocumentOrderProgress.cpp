#include "app/DocumentOrderProgress.h"

#include "app/Document.h"
#include "app/models/QtDate.h"
#include "core/mrp/MrpEngine.h"
#include "core/scheduling/FiniteScheduler.h"
#include "store/Database.h"
#include "store/ExecutionRepository.h"

#include <QDateTime>

namespace pmc::app {

namespace {

std::vector<core::CompletionReport> reportsOf(const Document& document)
{
    if (!document.isOpen())
        return {};
    store::Database database(document.path().toStdString(), store::Database::OpenMode::ReadWrite);
    return store::ExecutionRepository(database).reports();
}

/// Minutes since the plan's today 00:00 of the wall clock, so that a step running now shows so.
int nowMinute(core::Date today)
{
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 days = toQDate(today).daysTo(now.date());
    return static_cast<int>(days * 24 * 60 + now.time().hour() * 60 + now.time().minute());
}

} // namespace

core::OrderProgress documentOrderProgress(const Document& document, const std::string& salesOrder)
{
    const core::FactoryModel& model = document.factory();
    const std::vector<core::CompletionReport> reports = reportsOf(document);
    const int now = nowMinute(model.settings.today);
    if (document.hasSchedule() && document.hasMrpResult())
        return core::orderProgress(model, document.mrpResult(), document.schedule(), reports, salesOrder, now);
    const core::MrpResult mrp = core::MrpEngine(model).run({}, {.keepRequirements = true});
    return core::orderProgress(model, mrp, core::FiniteScheduler(model).run(mrp), reports, salesOrder, now);
}

} // namespace pmc::app
