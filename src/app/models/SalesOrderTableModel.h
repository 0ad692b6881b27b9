#pragma once

#include <QAbstractTableModel>

#include <utility>
#include <vector>

namespace pmc::app {

class Document;

/// Sales order lines as a table (one row per line, order columns repeated), as planners keep
/// them in Excel. The row → (order, line) map is rebuilt only on reset, so data() stays O(1).
class SalesOrderTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Line, Customer, Priority, Item, ItemName, Quantity, Due, ColumnCount };

    explicit SalesOrderTableModel(Document& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();

    Document& m_document;
    std::vector<std::pair<std::size_t, std::size_t>> m_rows;
    std::vector<int> m_itemIndex; // per row, index into factory().items (or -1)
};

} // namespace pmc::app
