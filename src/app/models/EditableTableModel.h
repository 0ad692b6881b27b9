#pragma once

#include "app/models/DocumentTableModel.h"

#include <QStringList>

#include <optional>

namespace pmc::core {
struct MasterDataEdit;
}

namespace pmc::app {

/// Base of the master-data tables the planner edits in place. setData() never touches the
/// factory: it asks the derived model for the one-cell edit and submits it through
/// Document::edit, so it is validated, saved and undoable; a refusal leaves the cell as it was
/// and is reported through editRefused(). Lives on the UI thread with its Document.
class EditableTableModel : public DocumentTableModel {
    Q_OBJECT
public:
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) final;

    /// Submits `edit` as one undoable step named `undoText`; false (after editRefused) when
    /// the document refused it. An empty edit is accepted and leaves no undo step.
    bool submit(const core::MasterDataEdit& edit, const QString& undoText);

signals:
    /// A planner's edit was refused; `message` names the edit and every reason.
    void editRefused(const QString& message);

protected:
    using DocumentTableModel::DocumentTableModel;

    virtual bool isEditable(int column) const = 0;
    /// The edit that puts `value` (as given by the EditRole) into one cell, or nothing when
    /// the value cannot be read or changes nothing.
    virtual std::optional<core::MasterDataEdit> cellEdit(int row, int column, const QVariant& value) const = 0;
};

/// Submits a planner's edit through Document::edit as one undo step named `undoText`.
/// Returns the message for editRefused() (the edit and the validator's reasons), or an
/// empty string when the edit was applied.
QString submitEdit(Document& document, const core::MasterDataEdit& edit, const QString& undoText);

} // namespace pmc::app
