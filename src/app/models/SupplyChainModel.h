#pragma once

#include "core/orders/OrderProgress.h"

#include <QAbstractItemModel>

namespace pmc::app {

/// The orders working for one sales line as a tree: each supplying order (sub-assemblies
/// indented by their level), its routing steps below it with status, work center, unit and
/// scheduled times. Holds a copy of the line; UI thread.
class SupplyChainModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Order, ItemOrWorkCenter, Qty, Status, Start, End, Unit, ColumnCount };

    explicit SupplyChainModel(QObject* parent = nullptr);

    void setLine(const core::LineProgress& line, core::Date today);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant orderData(const core::SupplyOrder& order, int column, int role) const;
    QVariant stepData(const core::OperationProgress& step, int column, int role) const;

    std::vector<core::SupplyOrder> m_orders;
    core::Date m_today;
};

} // namespace pmc::app
