#include "ui/orders/DepartmentReviewDialog.h"

#include "app/models/QtDate.h"
#include "app/orders/SalesOrderText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace pmc::ui {

DepartmentReviewDialog::DepartmentReviewDialog(const core::SalesOrder& order, core::Department department,
                                               core::Date today, QWidget* parent)
    : QDialog(parent), m_department(new QComboBox(this)), m_verdict(new QComboBox(this)),
      m_hasDate(new QCheckBox(this)), m_canMeet(new QDateEdit(this)), m_comment(new QPlainTextEdit(this)),
      m_reviewer(new QLineEdit(this))
{
    setWindowTitle(tr("Review of %1").arg(QString::fromStdString(order.number)));
    for (const core::Department d : core::kDepartments)
        m_department->addItem(app::displayName(d), static_cast<int>(d));
    m_department->setCurrentIndex(static_cast<int>(department));
    for (const core::ReviewVerdict v :
         {core::ReviewVerdict::Accept, core::ReviewVerdict::AcceptWithConditions, core::ReviewVerdict::Reject})
        m_verdict->addItem(app::displayName(v), static_cast<int>(v));
    m_canMeet->setCalendarPopup(true);
    m_canMeet->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_canMeet->setMinimumDate(app::toQDate(today));
    m_canMeet->setEnabled(false);
    m_hasDate->setToolTip(tr("The date this department can meet: drawings ready, material in, capacity free"));
    connect(m_hasDate, &QCheckBox::toggled, m_canMeet, &QDateEdit::setEnabled);
    m_comment->setPlaceholderText(tr("Conditions, reasons, what is needed"));
    m_comment->setMaximumHeight(90);
    m_reviewer->setPlaceholderText(tr("Your name (empty: the computer's user)"));

    auto* date = new QHBoxLayout;
    date->addWidget(m_hasDate);
    date->addWidget(m_canMeet, 1);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Department"), m_department);
    form->addRow(tr("Verdict"), m_verdict);
    form->addRow(tr("Can meet"), date);
    form->addRow(tr("Comment"), m_comment);
    form->addRow(tr("Reviewer"), m_reviewer);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    const core::Date dueFirst = order.lines.empty() ? today : order.lines.front().due;
    m_canMeet->setDate(app::toQDate(std::max(today, dueFirst)));
    connect(m_department, &QComboBox::currentIndexChanged, this, [this, order] { showEarlier(order); });
    showEarlier(order);
}

void DepartmentReviewDialog::showEarlier(const core::SalesOrder& order)
{
    const core::DepartmentReview* earlier = order.review(static_cast<core::Department>(m_department->currentData().toInt()));
    if (!earlier)
        return;
    m_verdict->setCurrentIndex(m_verdict->findData(static_cast<int>(earlier->verdict)));
    m_hasDate->setChecked(earlier->canMeet.has_value());
    if (earlier->canMeet)
        m_canMeet->setDate(app::toQDate(*earlier->canMeet));
    m_comment->setPlainText(QString::fromStdString(earlier->comment));
    m_reviewer->setText(QString::fromStdString(earlier->reviewer));
}

void DepartmentReviewDialog::setVerdict(core::ReviewVerdict verdict)
{
    m_verdict->setCurrentIndex(m_verdict->findData(static_cast<int>(verdict)));
}

void DepartmentReviewDialog::setCanMeet(const QDate& date)
{
    m_hasDate->setChecked(true);
    m_canMeet->setDate(date);
}

core::DepartmentReview DepartmentReviewDialog::review() const
{
    core::DepartmentReview review;
    review.department = static_cast<core::Department>(m_department->currentData().toInt());
    review.verdict = static_cast<core::ReviewVerdict>(m_verdict->currentData().toInt());
    if (m_hasDate->isChecked())
        review.canMeet = app::toCoreDate(m_canMeet->date());
    review.comment = m_comment->toPlainText().trimmed().toStdString();
    review.reviewer = m_reviewer->text().trimmed().toStdString();
    return review;
}

} // namespace pmc::ui
