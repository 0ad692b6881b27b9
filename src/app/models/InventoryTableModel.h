#pragma once

#include "app/models/ItemPositions.h"
#include "app/models/SectionTableModel.h"

namespace pmc::app {

/// Stock as an editable table: one row per inventory record, with the item's name beside its
/// code and what planning may use (InventoryRecord::plannable). Only the quantities are
/// edited here; a row for another item is added or deleted as a whole.
class InventoryTableModel : public SectionTableModel<core::InventoryRecord> {
    Q_OBJECT
public:
    enum Column { Item, ItemName, OnHand, OnInspection, Allocated, Plannable, ColumnCount };

    explicit InventoryTableModel(Document& document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isEditable(int column) const override;
    bool setField(core::InventoryRecord& record, int column, const QVariant& value) const override;

    ItemPositions m_items;
};

} // namespace pmc::app
