#pragma once

#include <QUndoCommand>

#include <functional>

namespace pmc::app {

/// One record of the purchase follow-up or the shop floor (a receipt, an inspection result, a
/// promised date, abnormal hours) as a step on the undo stack: undo takes it back from the
/// store, redo records it again. The first redo is the recording the Document already did.
/// Each function returns false when the store refused, which drops the step.
class StoredRecordCommand : public QUndoCommand {
public:
    StoredRecordCommand(const QString& text, std::function<bool()> record, std::function<bool()> takeBack);

    void undo() override;
    void redo() override;

private:
    std::function<bool()> m_record;
    std::function<bool()> m_takeBack;
    bool m_recorded = true;
};

} // namespace pmc::app
