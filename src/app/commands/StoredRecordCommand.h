#pragma once

#include <QUndoCommand>

#include <functional>

namespace pmc::app {

/// One record of the purchase follow-up or the shop floor (a receipt, an inspection result, a
/// promised date, abnormal hours, completion reports) as a step on the undo stack: undo takes it
/// back from the store, redo records it again. The first redo is the recording the Document
/// already did. A step the store refuses (the stock moved on since) is dropped; one that failed
/// for a passing reason (the database locked by another writer) stays as it was, to try again.
class StoredRecordCommand : public QUndoCommand {
public:
    enum class Outcome { Done, Refused, Failed };
    using Step = std::function<Outcome()>;

    StoredRecordCommand(const QString& text, Step record, Step takeBack);

    void undo() override;
    void redo() override;

private:
    /// Runs `step`; Done moves the record to `done`, Refused drops the command.
    void run(const Step& step, bool done);

    Step m_record;
    Step m_takeBack;
    bool m_recorded = true;
};

} // namespace pmc::app
