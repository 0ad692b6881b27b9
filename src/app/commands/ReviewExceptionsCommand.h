#pragma once

#include "core/mrp/ExceptionReview.h"

#include <QUndoCommand>

#include <vector>

namespace pmc::app {

class Document;

/// Marking MRP exception messages done, or reopening them, as one step on the undo stack:
/// redo stores `after`, undo stores `before` (each key's previous review or none).
class ReviewExceptionsCommand : public QUndoCommand {
public:
    ReviewExceptionsCommand(Document& document, std::vector<core::ExceptionReviewChange> before,
                            std::vector<core::ExceptionReviewChange> after, const QString& text);

    void undo() override;
    void redo() override;

private:
    Document& m_document;
    std::vector<core::ExceptionReviewChange> m_before;
    std::vector<core::ExceptionReviewChange> m_after;
};

} // namespace pmc::app
