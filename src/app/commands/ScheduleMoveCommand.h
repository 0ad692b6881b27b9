#pragma once

#include "app/commands/MasterDataCommand.h"
#include "core/scheduling/ScheduleRequest.h"

namespace pmc::app {

/// Steps moved on the Gantt chart: the pins (and firmed planned orders) of the move, as a
/// master-data edit, together with the schedule before and after the repair, so that undo and
/// redo show the schedule that goes with the pins (the schedule itself is not stored).
class ScheduleMoveCommand : public MasterDataCommand {
public:
    ScheduleMoveCommand(Document& document, core::MasterDataEdit edit, const QString& text,
                        store::PlannedOrderChanges lastRun, core::ScheduleResult before, core::ScheduleResult after);

    void undo() override;
    void redo() override;

private:
    Document& m_document;
    core::ScheduleResult m_before;
    core::ScheduleResult m_after;
    bool m_shown = true; // the first redo (the push) finds the repaired schedule shown already
};

} // namespace pmc::app
