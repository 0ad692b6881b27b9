#pragma once

#include "app/models/SectionTableModel.h"

namespace pmc::app {

struct ItemChanges;

/// The item master as an editable table: one row per item, in the order of the factory model,
/// one column per Item field. data() is O(1) per cell, so views stay responsive with 100k
/// items. EditRole gives the raw value (enumerations as int, the defect rate in percent).
class ItemTableModel : public SectionTableModel<core::Item> {
    Q_OBJECT
public:
    enum Column {
        Code, Name, Type, Uom, Source, LeadTime, SafetyStock, LotRule, LotSize, Moq, Multiple, Supplier,
        MinStock, MaxStock, DefectRate, Buyer, Family, ColumnCount
    };

    explicit ItemTableModel(Document& document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Sets the same fields on several items as one undo step ("Edit 3 items").
    bool editItems(const std::vector<int>& rows, const ItemChanges& changes);

private:
    bool isEditable(int column) const override;
    bool setField(core::Item& item, int column, const QVariant& value) const override;
};

} // namespace pmc::app
