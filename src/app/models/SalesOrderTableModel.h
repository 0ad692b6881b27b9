#pragma once

#include "app/models/DocumentTableModel.h"

#include <utility>
#include <vector>

namespace pmc::app {


/// Sales order lines as a table (one row per line, order columns repeated), as planners keep
/// them in Excel, with each order's status and each line's shipped quantity and promised date.
/// The row → (order, line) map is rebuilt only when orders change, so data() stays O(1).
class SalesOrderTableModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Number, Line, Customer, Status, Priority, Item, ItemName, Quantity, Shipped, Due, Promised, ColumnCount };

    explicit SalesOrderTableModel(Document& document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of a line (`NUMBER/LINE`), or -1.
    int rowOf(const QString& lineId) const;

private:
    int rows() const override;
    /// After an edit: cells change in place while the line count stays, else a reset.
    void refreshLines();
    void rebuild() override;

    std::vector<std::pair<std::size_t, std::size_t>> m_rows;
    std::vector<int> m_itemIndex; // per row, index into factory().items (or -1)
};

} // namespace pmc::app
