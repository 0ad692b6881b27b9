#include "app/commands/StoredRecordCommand.h"

namespace pmc::app {

StoredRecordCommand::StoredRecordCommand(const QString& text, Step record, Step takeBack)
    : QUndoCommand(text), m_record(std::move(record)), m_takeBack(std::move(takeBack))
{
}

void StoredRecordCommand::undo()
{
    if (m_recorded)
        run(m_takeBack, false);
}

void StoredRecordCommand::redo()
{
    if (!m_recorded)
        run(m_record, true);
}

void StoredRecordCommand::run(const Step& step, bool done)
{
    // After a Failed step the stack has moved on while the store has not: m_recorded still says
    // where the record is, so the next undo or redo does what is really left to do.
    switch (step()) {
    case Outcome::Done: m_recorded = done; break;
    case Outcome::Refused: setObsolete(true); break;
    case Outcome::Failed: break;
    }
}

} // namespace pmc::app
