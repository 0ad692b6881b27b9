#include "app/DocumentProgressBoard.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "store/FactoryDatabase.h"
#include "store/ProgressBoardQuery.h"

namespace pmc::app {

ProgressBoardRequest progressBoardRequest(const Document& document, QTime now, const std::string& workshop)
{
    ProgressBoardRequest request;
    request.databasePath = document.path().toStdString();
    if (document.hasMrpResult())
        request.mrp = document.mrpResult();
    if (document.hasSchedule())
        request.schedule = document.schedule();
    request.today = document.factory().settings.today;
    // Board minutes count from the schedule's today, which lags when today moved since it ran.
    const int dayStart = request.schedule ? (request.today - request.schedule->today) * 24 * 60 : 0;
    request.nowMinute = dayStart + now.hour() * 60 + now.minute();
    request.options.workshop = workshop;
    return request;
}

core::ProgressBoard computeProgressBoard(const ProgressBoardRequest& request)
{
    store::FactoryDatabase database(request.databasePath);
    return store::queryProgressBoard(database, request.mrp ? &*request.mrp : nullptr,
        request.schedule ? &*request.schedule : nullptr, request.today, request.nowMinute, request.options);
}

} // namespace pmc::app
