#pragma once

#include "app/models/DocumentTableModel.h"

#include <utility>
#include <vector>

namespace pmc::app {


/// Sales order lines as a table (one row per line, order columns repeated), as planners keep
/// them in Excel. The row → (order, line) map is rebuilt only on reset, so data() stays O(1).
class SalesOrderTableModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Number, Line, Customer, Priority, Item, ItemName, Quantity, Due, ColumnCount };

    explicit SalesOrderTableModel(Document& document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    void rebuild() override;

    std::vector<std::pair<std::size_t, std::size_t>> m_rows;
    std::vector<int> m_itemIndex; // per row, index into factory().items (or -1)
};

} // namespace pmc::app
