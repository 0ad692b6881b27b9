#pragma once

#include "core/orders/ChangeImpact.h"
#include "core/orders/SalesOrderWorkflow.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

/// A customer's change of an order line (订单变更): new quantity and requested date, or the
/// cancellation of the whole order, with the reason. "Preview impact" plans the factory with and
/// without the change (core::analyzeChange) and shows the production plan adjustment and the
/// material delivery adjustment notice; "Apply" stores the change (undoable) and opens the
/// same notices for printing.
class LineChangeDialog : public QDialog {
    Q_OBJECT
public:
    LineChangeDialog(app::Document& document, const core::SalesOrder& order, QWidget* parent = nullptr);

    void setChange(int line, double qty, const QDate& due);
    /// Switches to cancelling the whole order.
    void setCancelOrder(bool cancel);
    /// The order as it would be after the change, or the refusal.
    core::OrderActionResult changed() const;
    /// Plans the change's impact (the factory before and after); nullopt when refused.
    std::optional<core::ChangeImpact> impact() const;
    void previewImpact();
    void accept() override;

private:
    void showLine();

    app::Document& m_document;
    core::SalesOrder m_order;
    QComboBox* m_line;
    QDoubleSpinBox* m_qty;
    QDateEdit* m_due;
    QComboBox* m_reason;
};

} // namespace pmc::ui
