#pragma once

#include "app/Document.h"
#include "app/models/EditableTableModel.h"
#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"

#include <vector>

namespace pmc::app {

/// An editable table over one master-data section of the factory (items, suppliers, stock):
/// row N is element N of that vector, read in place so data() stays O(1) and nothing per row
/// is cached. Cell edits, adds, deletes and changes of several rows all become one
/// MasterDataEdit of that section, so each is a single undo step.
template <typename Row>
class SectionTableModel : public EditableTableModel {
public:
    using Rows = std::vector<Row> core::FactoryModel::*;
    using Changes = std::vector<core::RowChange<Row>> core::MasterDataEdit::*;

    const Row& row(int index) const { return (m_document.factory().*m_rows)[static_cast<std::size_t>(index)]; }

    bool addRow(const Row& added, const QString& undoText)
    {
        core::MasterDataEdit edit;
        (edit.*m_changes).push_back({std::nullopt, added});
        return submit(edit, undoText);
    }

    bool deleteRows(const std::vector<int>& indexes, const QString& undoText)
    {
        core::MasterDataEdit edit;
        for (int index : indexes)
            (edit.*m_changes).push_back({row(index), std::nullopt});
        return submit(edit, undoText);
    }

    /// Applies `change` (a callable taking Row&) to each row; rows it leaves as they were are
    /// not part of the edit.
    template <typename Change>
    bool changeRows(const std::vector<int>& indexes, Change change, const QString& undoText)
    {
        core::MasterDataEdit edit;
        for (int index : indexes) {
            Row after = row(index);
            change(after);
            if (!(after == row(index)))
                (edit.*m_changes).push_back({row(index), std::move(after)});
        }
        return submit(edit, undoText);
    }

protected:
    SectionTableModel(Document& document, int columns, Rows rows, Changes changes, QObject* parent)
        : EditableTableModel(document, columns, parent), m_rows(rows), m_changes(changes)
    {
        resetOn(&Document::factoryReset);
        refreshOn(&Document::masterDataChanged);
    }

    /// Writes `value` (EditRole form) into `target`'s field of `column`; false when unreadable.
    virtual bool setField(Row& target, int column, const QVariant& value) const = 0;

    int rows() const override { return static_cast<int>((m_document.factory().*m_rows).size()); }

    std::optional<core::MasterDataEdit> cellEdit(int index, int column, const QVariant& value) const override
    {
        Row after = row(index);
        if (!setField(after, column, value) || after == row(index))
            return std::nullopt;
        core::MasterDataEdit edit;
        (edit.*m_changes).push_back({row(index), std::move(after)});
        return edit;
    }

private:
    Rows m_rows;
    Changes m_changes;
};

} // namespace pmc::app
