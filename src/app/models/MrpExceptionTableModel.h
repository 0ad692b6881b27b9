#pragma once

#include "app/models/DocumentTableModel.h"

namespace pmc::app {


/// The exception messages of the last MRP run, the planner's work list after each run.
class MrpExceptionTableModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Date, Kind, Item, Order, Message, ColumnCount };

    explicit MrpExceptionTableModel(Document& document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
};

} // namespace pmc::app
