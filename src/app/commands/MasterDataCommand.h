#pragma once

#include "core/masterdata/MasterDataEdit.h"

#include <QUndoCommand>

namespace pmc::app {

class Document;

/// One planner edit of master data on the undo stack. It is pushed after Document::edit has
/// applied and saved it, so the first redo() (QUndoStack::push calls it) does nothing.
class MasterDataCommand : public QUndoCommand {
public:
    MasterDataCommand(Document& document, core::MasterDataEdit edit, const QString& text);

    void undo() override;
    void redo() override;

private:
    Document& m_document;
    core::MasterDataEdit m_edit;
    bool m_applied = true;
};

} // namespace pmc::app
