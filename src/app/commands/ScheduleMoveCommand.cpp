#include "app/commands/ScheduleMoveCommand.h"

#include "app/Document.h"

namespace pmc::app {

ScheduleMoveCommand::ScheduleMoveCommand(Document& document, core::MasterDataEdit edit, const QString& text,
                                         store::PlannedOrderChanges lastRun, core::ScheduleResult before,
                                         core::ScheduleResult after)
    : MasterDataCommand(document, std::move(edit), text, std::move(lastRun)), m_document(document),
      m_before(std::move(before)), m_after(std::move(after))
{
}

void ScheduleMoveCommand::undo()
{
    MasterDataCommand::undo();
    if (!isObsolete()) {
        m_document.showSchedule(m_before);
        m_shown = false;
    }
}

void ScheduleMoveCommand::redo()
{
    MasterDataCommand::redo();
    if (!isObsolete() && !m_shown) {
        m_document.showSchedule(m_after);
        m_shown = true;
    }
}

} // namespace pmc::app
