#include "ui/orders/ShipmentDialog.h"

#include "app/Document.h"
#include "app/models/NumberText.h"
#include "app/models/QtDate.h"
#include "app/orders/SalesOrderActions.h"
#include "core/FactoryModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>

namespace pmc::ui {

ShipmentDialog::ShipmentDialog(app::Document& document, const core::SalesOrder& order, QWidget* parent)
    : QDialog(parent), m_document(document), m_order(order), m_line(new QComboBox(this)),
      m_qty(new QDoubleSpinBox(this)), m_date(new QDateEdit(this)), m_delivery(new QLineEdit(this))
{
    setWindowTitle(tr("Ship %1").arg(QString::fromStdString(order.number)));
    for (std::size_t l = 0; l < order.lines.size(); ++l)
        if (order.lines[l].openQty() > 0)
            m_line->addItem(tr("Line %1: %2, %3 open")
                                .arg(l + 1)
                                .arg(QString::fromStdString(order.lines[l].item), app::formatNumber(order.lines[l].openQty())),
                            static_cast<int>(l + 1));
    m_qty->setDecimals(3);
    m_qty->setRange(0, 1e9);
    const QDate today = app::toQDate(document.factory().settings.today);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_delivery->setPlaceholderText(tr("Delivery note no. (optional)"));
    connect(m_line, &QComboBox::currentIndexChanged, this, &ShipmentDialog::showOpen);
    showOpen();

    auto* form = new QFormLayout(this);
    form->addRow(tr("Line"), m_line);
    form->addRow(tr("Quantity"), m_qty);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Delivery note"), m_delivery);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShipmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShipmentDialog::reject);
    form->addRow(buttons);
}

void ShipmentDialog::showOpen()
{
    const int line = m_line->currentData().toInt();
    if (line > 0)
        m_qty->setValue(m_order.lines[static_cast<std::size_t>(line - 1)].openQty());
}

void ShipmentDialog::setShipment(int line, double qty)
{
    m_line->setCurrentIndex(m_line->findData(line));
    m_qty->setValue(qty);
}

void ShipmentDialog::accept()
{
    const QStringList refused = app::SalesOrderActions(m_document).apply(
        core::salesorder::ship(m_order, m_line->currentData().toInt(), m_qty->value(), app::toCoreDate(m_date->date()),
                               m_delivery->text().trimmed().toStdString(), m_document.factory().settings.today),
        tr("Ship %1").arg(QString::fromStdString(m_order.number)));
    if (!refused.isEmpty()) {
        QMessageBox::warning(this, tr("Shipment not recorded"), refused.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

} // namespace pmc::ui
