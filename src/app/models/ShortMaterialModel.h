#pragma once

#include "core/orders/OrderProgress.h"

#include <QAbstractTableModel>

namespace pmc::app {

/// The bought materials still short for one sales line (欠料), with the open purchase orders of
/// each and the dates the suppliers promised. Holds a copy of the list; UI thread.
class ShortMaterialModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Item, ShortQty, NeedDate, PurchaseOrders, ColumnCount };

    explicit ShortMaterialModel(QObject* parent = nullptr);

    void setMaterials(std::vector<core::ShortMaterial> materials);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::ShortMaterial> m_materials;
};

} // namespace pmc::app
