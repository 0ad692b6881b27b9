#include "ui/orders/NewSalesOrderDialog.h"

#include "app/Document.h"
#include "app/models/QtDate.h"
#include "app/orders/SalesOrderActions.h"
#include "core/FactoryModel.h"
#include "ui/ItemField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pmc::ui {

namespace {

enum LineColumn { ItemColumn, QtyColumn, DueColumn };

} // namespace

NewSalesOrderDialog::NewSalesOrderDialog(app::Document& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_number(new QLineEdit(this)), m_customer(new QLineEdit(this)),
      m_priority(new QSpinBox(this)), m_custom(new QCheckBox(tr("Custom (non-standard) order"), this)),
      m_orderDate(new QDateEdit(this)), m_note(new QLineEdit(this)), m_lines(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("New sales order"));
    m_number->setText(app::SalesOrderActions(document).nextNumber());
    m_number->setToolTip(tr("From the numbering pattern; type another number to override it"));
    m_customer->setPlaceholderText(tr("Customer name"));
    m_priority->setRange(1, 9);
    m_priority->setValue(3);
    m_priority->setToolTip(tr("1 is the most urgent"));
    m_custom->setToolTip(tr("Custom orders may need more departments in the review (e.g. engineering)"));
    m_orderDate->setCalendarPopup(true);
    m_orderDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_orderDate->setDate(app::toQDate(document.factory().settings.today));

    auto* form = new QFormLayout;
    form->addRow(tr("Order no."), m_number);
    form->addRow(tr("Customer"), m_customer);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(QString(), m_custom);
    form->addRow(tr("Order date"), m_orderDate);
    form->addRow(tr("Note"), m_note);

    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Quantity"), tr("Requested date")});
    m_lines->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->setDefaultSectionSize(30);
    auto* add = new QPushButton(tr("Add line"), this);
    auto* remove = new QPushButton(tr("Remove line"), this);
    connect(add, &QPushButton::clicked, this, &NewSalesOrderDialog::addLine);
    connect(remove, &QPushButton::clicked, this, &NewSalesOrderDialog::removeLine);
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(add);
    lineButtons->addWidget(remove);
    lineButtons->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save as draft"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSalesOrderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewSalesOrderDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(buttons);
    addLine();
    resize(640, 460);
}

void NewSalesOrderDialog::addLine()
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_lines->setCellWidget(row, ItemColumn, new ItemField(m_document, m_lines));
    auto* qty = new QDoubleSpinBox(m_lines);
    qty->setDecimals(3);
    qty->setRange(0, 1e9);
    qty->setValue(1);
    m_lines->setCellWidget(row, QtyColumn, qty);
    auto* due = new QDateEdit(m_lines);
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setDate(app::toQDate(m_document.factory().settings.today + 14));
    m_lines->setCellWidget(row, DueColumn, due);
    m_lines->setCurrentCell(row, ItemColumn);
}

void NewSalesOrderDialog::removeLine()
{
    if (m_lines->rowCount() > 0)
        m_lines->removeRow(m_lines->currentRow() >= 0 ? m_lines->currentRow() : m_lines->rowCount() - 1);
}

void NewSalesOrderDialog::setLine(int row, const QString& item, double qty, const QDate& due)
{
    while (m_lines->rowCount() <= row)
        addLine();
    static_cast<ItemField*>(m_lines->cellWidget(row, ItemColumn))->setText(item);
    static_cast<QDoubleSpinBox*>(m_lines->cellWidget(row, QtyColumn))->setValue(qty);
    static_cast<QDateEdit*>(m_lines->cellWidget(row, DueColumn))->setDate(due);
}

core::SalesOrder NewSalesOrderDialog::order() const
{
    core::SalesOrder order;
    order.number = m_number->text().trimmed().toStdString();
    order.customer = m_customer->text().trimmed().toStdString();
    order.priority = m_priority->value();
    order.custom = m_custom->isChecked();
    order.orderDate = app::toCoreDate(m_orderDate->date());
    order.note = m_note->text().trimmed().toStdString();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        core::SalesOrderLine line;
        line.item = static_cast<ItemField*>(m_lines->cellWidget(row, ItemColumn))->code().toStdString();
        line.qty = static_cast<QDoubleSpinBox*>(m_lines->cellWidget(row, QtyColumn))->value();
        line.due = app::toCoreDate(static_cast<QDateEdit*>(m_lines->cellWidget(row, DueColumn))->date());
        order.lines.push_back(line);
    }
    return order;
}

void NewSalesOrderDialog::accept()
{
    const QStringList refused = app::SalesOrderActions(m_document).create(order(), &m_created);
    if (!refused.isEmpty()) {
        QMessageBox::warning(this, tr("Sales order not saved"), refused.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

} // namespace pmc::ui
