#pragma once

#include "core/execution/CompletionReport.h"

#include <QUndoCommand>

#include <vector>

namespace pmc::app {

class Document;

/// Completion reports recorded together (a day's board typed in, a team's sheet imported) as
/// one step on the undo stack: undo takes the reports back with the finished quantity they
/// booked, redo records them again. The first redo is the recording the Document already did.
class RecordCompletionsCommand : public QUndoCommand {
public:
    RecordCompletionsCommand(Document& document, std::vector<core::CompletionReport> reports,
                             std::vector<long long> ids, const QString& text);

    void undo() override;
    void redo() override;

private:
    Document& m_document;
    std::vector<core::CompletionReport> m_reports;
    std::vector<long long> m_ids; ///< the stored rows while recorded
    bool m_recorded = true;
};

} // namespace pmc::app
