#include "app/commands/ReviewExceptionsCommand.h"

#include "app/Document.h"

namespace pmc::app {

ReviewExceptionsCommand::ReviewExceptionsCommand(Document& document, std::vector<core::ExceptionReviewChange> before,
                                                 std::vector<core::ExceptionReviewChange> after, const QString& text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

void ReviewExceptionsCommand::undo()
{
    // A failed store changes nothing; the stack then drops the command rather than claim it.
    if (!m_document.applyExceptionReviews(m_before))
        setObsolete(true);
}

void ReviewExceptionsCommand::redo()
{
    if (!m_document.applyExceptionReviews(m_after))
        setObsolete(true);
}

} // namespace pmc::app
