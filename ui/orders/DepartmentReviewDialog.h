#pragma once

#include "core/orders/SalesOrder.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace pmc::ui {

/// One department's verdict in an order review (订单评审): accept, accept with conditions or
/// reject, the date it can meet, a comment and who answers.
class DepartmentReviewDialog : public QDialog {
    Q_OBJECT
public:
    /// Opens on `department`, filled from its earlier verdict when there is one.
    DepartmentReviewDialog(const core::SalesOrder& order, core::Department department, core::Date today,
                           QWidget* parent = nullptr);

    core::DepartmentReview review() const;
    void setVerdict(core::ReviewVerdict verdict);
    void setCanMeet(const QDate& date);

private:
    void showEarlier(const core::SalesOrder& order);

    QComboBox* m_department;
    QComboBox* m_verdict;
    QCheckBox* m_hasDate;
    QDateEdit* m_canMeet;
    QPlainTextEdit* m_comment;
    QLineEdit* m_reviewer;
};

} // namespace pmc::ui
