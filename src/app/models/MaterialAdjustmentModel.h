#pragma once

#include "core/orders/ChangeImpact.h"

#include <QAbstractTableModel>

#include <vector>

namespace pmc::app {

/// The rows of the material delivery adjustment notice (物料交货期调整通知单) of one order
/// change: each open purchase order or requisition whose need moves, with the action and the
/// quantity and date to ask the supplier for. Keeps its own copy of the rows.
class MaterialAdjustmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number, Kind, Supplier, Item, Name, Qty, Due, NeedBefore, NeedAfter, Action, ProposedQty, ProposedDue,
        ColumnCount
    };

    explicit MaterialAdjustmentModel(std::vector<core::MaterialAdjustment> rows, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::MaterialAdjustment& row, Column column) const;

    std::vector<core::MaterialAdjustment> m_rows;
};

} // namespace pmc::app
