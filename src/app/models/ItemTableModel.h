#pragma once

#include "app/models/DocumentTableModel.h"

namespace pmc::app {


/// The item master as a table: one row per item, in the order of the factory model.
/// data() is O(1) per cell, so views stay responsive with 100k items.
class ItemTableModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Type, Uom, Source, LeadTime, SafetyStock, LotRule, Supplier, ColumnCount };

    explicit ItemTableModel(Document& document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
};

} // namespace pmc::app
