#pragma once

#include "app/models/SectionTableModel.h"

namespace pmc::app {

/// The suppliers as an editable table, one row per supplier in factory order.
/// A code still used by items or purchase orders cannot be changed or deleted (the
/// validator refuses it).
class SupplierTableModel : public SectionTableModel<core::Supplier> {
    Q_OBJECT
public:
    enum Column { Code, Name, Contact, Phone, ColumnCount };

    explicit SupplierTableModel(Document& document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isEditable(int column) const override;
    bool setField(core::Supplier& supplier, int column, const QVariant& value) const override;
};

} // namespace pmc::app
