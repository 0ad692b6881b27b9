#pragma once

#include "app/models/DocumentTableModel.h"

#include <vector>

namespace pmc::app {


/// The planned orders of the last MRP run (物料需求计划 proposals): what to make or buy, how
/// many, when to release and when it is due, and which demands it covers.
class PlannedOrderTableModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Id, Item, ItemName, Source, Quantity, Release, Due, Pegging, ColumnCount };

    explicit PlannedOrderTableModel(Document& document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    void rebuild() override;

    std::vector<QString> m_itemNames; // per row, resolved once per run
    std::vector<QString> m_pegging;   // per row, "SO-1/1 30, PLN-00002 12"
};

} // namespace pmc::app
