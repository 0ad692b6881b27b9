#pragma once

#include "core/FactoryModel.h"
#include "core/orders/ChangeImpact.h"

#include <QAbstractTableModel>

#include <unordered_map>

namespace pmc::app {

/// The rows of the production plan adjustment (生产计划调整单) of one order change: each
/// production order the change adds, drops or moves, old and new side by side. Keeps its own
/// copy of the impact; item names come from the factory at construction.
class PlanAdjustmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Change, Kind, Order, PreviousOrder, Item, Name, SalesLines, QtyBefore, QtyAfter, DueBefore, DueAfter,
        StartBefore, StartAfter, EndBefore, EndAfter, WorkCenters, ShipDates, ColumnCount
    };

    PlanAdjustmentModel(core::ChangeImpact impact, const core::FactoryModel& factory, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::PlanAdjustment& row, Column column) const;

    core::ChangeImpact m_impact;
    std::unordered_map<std::string, std::string> m_names;
};

} // namespace pmc::app
