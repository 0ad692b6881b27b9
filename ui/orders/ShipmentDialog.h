#pragma once

#include "core/orders/SalesOrder.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

/// Records a (partial) shipment of one line (出货): the line, the quantity (its open quantity by
/// default), the date (today or earlier) and the delivery note number.
class ShipmentDialog : public QDialog {
    Q_OBJECT
public:
    ShipmentDialog(app::Document& document, const core::SalesOrder& order, QWidget* parent = nullptr);

    void setShipment(int line, double qty);
    void accept() override;

private:
    void showOpen();

    app::Document& m_document;
    core::SalesOrder m_order;
    QComboBox* m_line;
    QDoubleSpinBox* m_qty;
    QDateEdit* m_date;
    QLineEdit* m_delivery;
};

} // namespace pmc::ui
