#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace pmc::app {

class Document;

/// The order completion forecast (订单交期预测) of the last schedule: every work order and
/// planned make order with its due date, projected completion and days late.
class ScheduledOrderTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Order, Kind, Item, ItemName, Due, Completion, LateDays, ColumnCount };

    explicit ScheduledOrderTableModel(Document& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    Document& m_document;
    std::vector<QString> m_itemNames;
    std::vector<QString> m_completions;
};

} // namespace pmc::app
