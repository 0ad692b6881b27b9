#include "ui/PurchaseRecordDialogs.h"

#include "app/models/DomainText.h"
#include "app/models/NumberText.h"
#include "app/models/QtDate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

namespace {

/// A form dialog with OK and Cancel under its rows.
struct Form {
    QDialog dialog;
    QFormLayout* rows;

    Form(QWidget* parent, const QString& title) : dialog(parent), rows(new QFormLayout)
    {
        dialog.setWindowTitle(title);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto* layout = new QVBoxLayout(&dialog);
        layout->addLayout(rows);
        layout->addWidget(buttons);
    }
    bool run() { return dialog.exec() == QDialog::Accepted; }
};

QDateEdit* dateEdit(QWidget* parent, core::Date date)
{
    auto* edit = new QDateEdit(app::toQDate(date), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QDoubleSpinBox* quantityEdit(QWidget* parent, double value, double maximum)
{
    auto* edit = new QDoubleSpinBox(parent);
    edit->setDecimals(3);
    edit->setRange(0, maximum);
    edit->setValue(value);
    return edit;
}

} // namespace

std::optional<core::PromisedDate> PurchaseRecordDialogs::askPromisedDate(QWidget* parent, const core::PurchaseFollowUpRow& order)
{
    Form form(parent, tr("Promised date of %1").arg(QString::fromStdString(order.number)));
    form.rows->addRow(tr("Due"), new QLabel(QString::fromStdString(order.due.toString()), &form.dialog));
    auto* date = dateEdit(&form.dialog, order.expected());
    auto* note = new QLineEdit(&form.dialog);
    note->setPlaceholderText(tr("who confirmed it, how"));
    form.rows->addRow(tr("Supplier promises"), date);
    form.rows->addRow(tr("Note"), note);
    if (!form.run())
        return std::nullopt;
    return core::PromisedDate{order.number, app::toCoreDate(date->date()), note->text().trimmed().toStdString(), {}};
}

std::optional<core::PurchaseReceipt> PurchaseRecordDialogs::askReceipt(QWidget* parent, const core::PurchaseFollowUpRow& order, core::Date today)
{
    Form form(parent, tr("Receive on %1").arg(QString::fromStdString(order.number)));
    form.rows->addRow(tr("Item"), new QLabel(QString::fromStdString(order.item), &form.dialog));
    form.rows->addRow(tr("Open"), new QLabel(app::formatNumber(order.openQty), &form.dialog));
    auto* date = dateEdit(&form.dialog, today);
    date->setMaximumDate(app::toQDate(today));
    auto* qty = quantityEdit(&form.dialog, order.openQty, order.openQty);
    auto* note = new QLineEdit(&form.dialog);
    note->setPlaceholderText(tr("delivery note number"));
    form.rows->addRow(tr("Received on"), date);
    form.rows->addRow(tr("Quantity"), qty);
    form.rows->addRow(tr("Note"), note);
    if (!form.run())
        return std::nullopt;
    core::PurchaseReceipt receipt;
    receipt.purchaseOrder = order.number;
    receipt.date = app::toCoreDate(date->date());
    receipt.qty = qty->value();
    receipt.note = note->text().trimmed().toStdString();
    return receipt;
}

std::optional<core::InspectionResult> PurchaseRecordDialogs::askInspection(QWidget* parent, const core::PurchaseReceipt& receipt, core::Date today)
{
    Form form(parent, tr("Inspect receipt %1 (%2)").arg(receipt.id).arg(QString::fromStdString(receipt.purchaseOrder)));
    form.rows->addRow(tr("Received"), new QLabel(app::formatNumber(receipt.qty), &form.dialog));
    auto* accepted = quantityEdit(&form.dialog, receipt.qty, receipt.qty);
    auto* rejected = quantityEdit(&form.dialog, 0, receipt.qty);
    // The two always add up to the lot: typing one sets the other.
    QObject::connect(accepted, &QDoubleSpinBox::valueChanged, rejected, [=](double v) { rejected->setValue(receipt.qty - v); });
    QObject::connect(rejected, &QDoubleSpinBox::valueChanged, accepted, [=](double v) { accepted->setValue(receipt.qty - v); });
    auto* disposition = new QComboBox(&form.dialog);
    for (core::Disposition d : {core::Disposition::None, core::Disposition::Concession, core::Disposition::Sort,
                                core::Disposition::Rework, core::Disposition::Return})
        disposition->addItem(d == core::Disposition::None ? tr("Passed") : app::displayName(d), static_cast<int>(d));
    auto* date = dateEdit(&form.dialog, today);
    date->setMinimumDate(app::toQDate(receipt.date));
    date->setMaximumDate(app::toQDate(today));
    auto* note = new QLineEdit(&form.dialog);
    note->setPlaceholderText(tr("defect found, inspection report number"));
    form.rows->addRow(tr("Accepted"), accepted);
    form.rows->addRow(tr("Rejected"), rejected);
    form.rows->addRow(tr("Disposition"), disposition);
    form.rows->addRow(tr("Inspected on"), date);
    form.rows->addRow(tr("Note"), note);
    if (!form.run())
        return std::nullopt;
    core::InspectionResult result;
    result.acceptedQty = accepted->value();
    // The lot may carry more decimals than the boxes show: the rejected part is the rest of it.
    result.rejectedQty = std::max(0.0, receipt.qty - result.acceptedQty);
    result.disposition = static_cast<core::Disposition>(disposition->currentData().toInt());
    result.date = app::toCoreDate(date->date());
    result.note = note->text().trimmed().toStdString();
    return result;
}

} // namespace pmc::ui
