#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace pmc::app {

/// Base of the read-only tables over rows computed elsewhere (on a worker, from the database):
/// the rows are replaced as a whole, and cell() answers from row N in place.
template <typename Row>
class RowsTableModel : public QAbstractTableModel {
public:
    void setRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const std::vector<Row>& rows() const { return m_rows; }
    const Row& row(int index) const { return m_rows[static_cast<std::size_t>(index)]; }

    int rowCount(const QModelIndex& parent = {}) const final
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const final { return parent.isValid() ? 0 : m_headers.size(); }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final
    {
        return index.isValid() ? cell(row(index.row()), index.column(), role) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
            return m_headers[section];
        return QAbstractTableModel::headerData(section, orientation, role);
    }

protected:
    RowsTableModel(QStringList headers, QObject* parent) : QAbstractTableModel(parent), m_headers(std::move(headers)) {}
    virtual QVariant cell(const Row& row, int column, int role) const = 0;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace pmc::app
