#pragma once

#include <QAbstractTableModel>

namespace pmc::app {

class Document;

/// The exception messages of the last MRP run, the planner's work list after each run.
class MrpExceptionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Kind, Item, Order, Message, ColumnCount };

    explicit MrpExceptionTableModel(Document& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Document& m_document;
};

} // namespace pmc::app
