#pragma once

#include "core/orders/SalesOrder.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

/// Entering a customer order (订单录入): number (the next one from the numbering pattern),
/// customer, priority, standard or custom, order date, note, and its lines (item, quantity,
/// requested date). Accepting stores it as a draft through app::SalesOrderActions; a refusal
/// (unknown item, quantity not above 0, date before today) is shown and nothing is stored.
class NewSalesOrderDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewSalesOrderDialog(app::Document& document, QWidget* parent = nullptr);

    /// The order as entered (status and reviews are the workflow's business).
    core::SalesOrder order() const;
    /// Fills the line `row` (tests, and copying a line).
    void setLine(int row, const QString& item, double qty, const QDate& due);
    void addLine();
    /// The number the stored order got, after accept().
    QString createdNumber() const { return m_created; }

    void accept() override;

private:
    void removeLine();

    app::Document& m_document;
    QLineEdit* m_number;
    QLineEdit* m_customer;
    QSpinBox* m_priority;
    QCheckBox* m_custom;
    QDateEdit* m_orderDate;
    QLineEdit* m_note;
    QTableWidget* m_lines;
    QString m_created;
};

} // namespace pmc::ui
