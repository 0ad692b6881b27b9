#include "app/commands/RecordCompletionsCommand.h"

#include "app/Document.h"

namespace pmc::app {

RecordCompletionsCommand::RecordCompletionsCommand(Document& document, std::vector<core::CompletionReport> reports,
                                                   std::vector<long long> ids, const QString& text)
    : QUndoCommand(text), m_document(document), m_reports(std::move(reports)), m_ids(std::move(ids))
{
}

void RecordCompletionsCommand::undo()
{
    // A refused take-back (a later report depends on these) leaves them; the stack drops the step.
    if (m_document.removeCompletions(m_ids))
        m_recorded = false;
    else
        setObsolete(true);
}

void RecordCompletionsCommand::redo()
{
    if (m_recorded)
        return;
    if (!m_document.storeCompletions(m_reports, m_ids))
        setObsolete(true);
    else
        m_recorded = true;
}

} // namespace pmc::app
