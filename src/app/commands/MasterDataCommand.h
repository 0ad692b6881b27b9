#pragma once

#include "core/masterdata/MasterDataEdit.h"
#include "store/MrpRepository.h"

#include <QUndoCommand>

namespace pmc::app {

class Document;

/// One planner edit of master data on the undo stack. It is pushed after Document::edit has
/// applied and saved it, so the first redo() (QUndoStack::push calls it) does nothing.
/// `lastRun` names the planned orders of the last MRP run the edit turned into orders.
class MasterDataCommand : public QUndoCommand {
public:
    MasterDataCommand(Document& document, core::MasterDataEdit edit, const QString& text,
                      store::PlannedOrderChanges lastRun = {});

    void undo() override;
    void redo() override;

private:
    Document& m_document;
    core::MasterDataEdit m_edit;
    store::PlannedOrderChanges m_lastRun;
    bool m_applied = true;
};

} // namespace pmc::app
