#pragma once

#include "core/orders/SalesOrder.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace pmc::app {
class BackgroundJob;
class Document;
}

namespace pmc::ui {

/// Confirming an order after its review (确认交期): the review's outcome, the date proposed from
/// the departments' dates, and capable-to-promise on the current plan (core::promiseSalesOrder,
/// on a worker thread) with what limits each line; the planner picks the promised date.
class ConfirmOrderDialog : public QDialog {
    Q_OBJECT
public:
    ConfirmOrderDialog(app::Document& document, const core::SalesOrder& order, QWidget* parent = nullptr);
    ~ConfirmOrderDialog() override;

    QDate promisedDate() const;
    void setPromisedDate(const QDate& date);
    /// Starts capable-to-promise; the answer fills the explanation and the date.
    void runPromise();
    void waitForPromise();
    QString explanation() const;

    void accept() override;

private:
    app::Document& m_document;
    core::SalesOrder m_order;
    QDateEdit* m_promised;
    QLabel* m_outcome;
    QTextBrowser* m_explanation;
    QPushButton* m_promiseButton;
    app::BackgroundJob* m_job;
};

} // namespace pmc::ui
