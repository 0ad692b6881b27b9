#pragma once

#include "app/models/DocumentTableModel.h"

#include <vector>

namespace pmc::app {


/// The order completion forecast (订单交期预测) of the last schedule: every work order and
/// planned make order with its due date, projected completion and days late.
class ScheduledOrderTableModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Order, Kind, Item, ItemName, Due, Completion, LateDays, ColumnCount };

    explicit ScheduledOrderTableModel(Document& document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    void rebuild() override;

    std::vector<QString> m_itemNames;
    std::vector<QString> m_completions;
};

} // namespace pmc::app
