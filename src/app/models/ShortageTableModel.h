#pragma once

#include "app/models/DocumentTableModel.h"

#include <vector>

namespace pmc::app {


/// The 欠料表 the material controller chases purchasing with: per bought material the
/// uncovered quantity, the day it is first missing, the orders it blocks and the late POs.
class ShortageTableModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Item, ItemName, Supplier, ShortQty, Uom, NeedDate, BlockedOrders, LatePurchaseOrders, ColumnCount };

    explicit ShortageTableModel(Document& document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    void rebuild() override;

    struct RowText {
        QString name;
        QString supplier;
        QString uom;
        QString orders;
        QString purchaseOrders;
    };
    std::vector<RowText> m_text; // per row, resolved once per MRP run
};

} // namespace pmc::app
