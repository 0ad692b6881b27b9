// Document: the planner's review of the MRP exception messages (done / reopened, with a note),
// kept in the database apart from the run so that it survives re-runs and restarts.
#include "app/Document.h"

#include "app/commands/ReviewExceptionsCommand.h"
#include "core/mrp/ExceptionReview.h"
#include "store/FactoryDatabase.h"
#include "store/Timestamp.h"

#include <set>

namespace pmc::app {

void Document::loadExceptionReviews()
{
    m_exceptionReviews->clear();
    for (core::ExceptionReview& review : m_database->exceptionReviews())
        m_exceptionReviews->emplace(review.key, std::move(review));
}

const core::ExceptionReview* Document::exceptionReview(const core::MrpException& exception) const
{
    const auto it = m_exceptionReviews->find(core::reviewKey(exception));
    return it == m_exceptionReviews->end() ? nullptr : &it->second;
}

bool Document::reviewExceptions(const std::vector<core::MrpException>& exceptions, bool done, const QString& note,
                                const QString& text)
{
    if (!m_database)
        return false;
    const std::string doneAt = store::localTimestampNow();
    std::vector<core::ExceptionReviewChange> before;
    std::vector<core::ExceptionReviewChange> after;
    std::set<core::ExceptionKey> seen;
    for (const core::MrpException& exception : exceptions) {
        const core::ExceptionKey key = core::reviewKey(exception);
        if (!seen.insert(key).second)
            continue;
        const auto it = m_exceptionReviews->find(key);
        std::optional<core::ExceptionReview> old;
        if (it != m_exceptionReviews->end())
            old = it->second;
        // Reopening an open message, or marking one done again with the same note, is no change.
        if (done ? old && old->note == note.toStdString() : !old)
            continue;
        std::optional<core::ExceptionReview> now;
        if (done)
            now = core::ExceptionReview{key, note.toStdString(), doneAt};
        before.push_back({key, old});
        after.push_back({key, now});
    }
    if (after.empty())
        return true;
    const int index = m_undoStack.index();
    m_undoStack.push(new ReviewExceptionsCommand(*this, std::move(before), std::move(after), text));
    // QUndoStack drops a command whose first redo made it obsolete.
    return m_undoStack.index() > index;
}

bool Document::applyExceptionReviews(const std::vector<core::ExceptionReviewChange>& changes)
{
    try {
        m_database->storeExceptionReviews(changes);
    } catch (const std::exception& e) {
        emit editFailed(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    for (const core::ExceptionReviewChange& change : changes) {
        if (change.review)
            (*m_exceptionReviews)[change.key] = *change.review;
        else
            m_exceptionReviews->erase(change.key);
    }
    emit exceptionReviewsChanged();
    return true;
}

} // namespace pmc::app
