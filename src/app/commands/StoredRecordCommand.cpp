#include "app/commands/StoredRecordCommand.h"

namespace pmc::app {

StoredRecordCommand::StoredRecordCommand(const QString& text, std::function<bool()> record,
                                         std::function<bool()> takeBack)
    : QUndoCommand(text), m_record(std::move(record)), m_takeBack(std::move(takeBack))
{
}

void StoredRecordCommand::undo()
{
    // Refused (the stock moved on since, say): the record stays and the stack drops the step.
    if (m_takeBack())
        m_recorded = false;
    else
        setObsolete(true);
}

void StoredRecordCommand::redo()
{
    if (m_recorded)
        return;
    if (m_record())
        m_recorded = true;
    else
        setObsolete(true);
}

} // namespace pmc::app
