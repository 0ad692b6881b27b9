#include "app/commands/MasterDataCommand.h"

#include "app/Document.h"

namespace pmc::app {

MasterDataCommand::MasterDataCommand(Document& document, core::MasterDataEdit edit, const QString& text,
                                     store::PlannedOrderChanges lastRun)
    : QUndoCommand(text), m_document(document), m_edit(std::move(edit)), m_lastRun(std::move(lastRun))
{
}

void MasterDataCommand::undo()
{
    // A failed store leaves the data as it was; the command is then obsolete, so the stack
    // never claims an undo that did not happen.
    if (m_applied && !m_document.applyEdit(m_edit.inverse(), m_lastRun.inverse()))
        setObsolete(true);
    else
        m_applied = false;
}

void MasterDataCommand::redo()
{
    if (m_applied)
        return;
    if (m_document.applyEdit(m_edit, m_lastRun))
        m_applied = true;
    else
        setObsolete(true);
}

} // namespace pmc::app
