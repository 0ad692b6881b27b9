#include "app/execution/CompletionBoard.h"

#include "core/FactoryModel.h"
#include "core/kpi/DailyAchievement.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "store/PlanReleaseRepository.h"

#include <algorithm>

namespace pmc::app {

CompletionBoard CompletionBoard::build(const std::string& databasePath, core::Date date)
{
    store::FactoryDatabase database(databasePath);
    CompletionBoard board;
    const std::vector<core::PlanRelease> releases = store::PlanReleaseRepository(database.database()).releases(date);
    for (const core::DailyPlanLine& line : core::planLinesInForce(releases, date))
        if (line.isWorkOrder)
            board.lines.push_back({line.order, line.seq, line.workCenter, line.item, line.qty});
    if (!board.lines.empty()) {
        board.released = true;
        return board;
    }
    const core::FactoryModel model = database.load();
    const std::vector<core::CompletionReport> reports = store::ExecutionRepository(database.database()).reports();
    std::vector<const core::WorkOrder*> open;
    for (const core::WorkOrder& w : model.workOrders)
        if (w.openQty() > 0)
            open.push_back(&w);
    std::stable_sort(open.begin(), open.end(), [](const core::WorkOrder* a, const core::WorkOrder* b) { return a->due < b->due; });
    for (const core::WorkOrder* w : open)
        for (const core::Routing& r : model.routings)
            if (r.item == w->item)
                for (const core::Operation& op : r.operations)
                    if (const double left = core::openForOperation(model, *w, reports, op.seq); left > 0)
                        board.lines.push_back({w->number, op.seq, op.workCenter, w->item, left});
    return board;
}

} // namespace pmc::app
