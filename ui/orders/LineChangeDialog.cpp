#include "ui/orders/LineChangeDialog.h"

#include "app/Document.h"
#include "app/models/ChangeImpactText.h"
#include "app/models/NumberText.h"
#include "app/models/QtDate.h"
#include "app/orders/SalesOrderActions.h"
#include "app/orders/SalesOrderText.h"
#include "core/FactoryModel.h"
#include "store/LocalUser.h"
#include "ui/ChangeImpactDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace pmc::ui {

namespace {

/// The notices are numbered after the order and the day, so a reprint reads the same.
app::NoticeHeading heading(const core::SalesOrder& order, core::Date today)
{
    return {QStringLiteral("%1-%2").arg(QString::fromStdString(order.number), QString::fromStdString(today.toString()).remove(QLatin1Char('-'))),
            today, QString::fromStdString(store::localUserName())};
}

} // namespace

LineChangeDialog::LineChangeDialog(app::Document& document, const core::SalesOrder& order, QWidget* parent)
    : QDialog(parent), m_document(document), m_order(order), m_line(new QComboBox(this)),
      m_qty(new QDoubleSpinBox(this)), m_due(new QDateEdit(this)), m_reason(new QComboBox(this))
{
    setWindowTitle(tr("Change %1").arg(QString::fromStdString(order.number)));
    for (std::size_t l = 0; l < order.lines.size(); ++l)
        m_line->addItem(tr("Line %1: %2 × %3, due %4")
                            .arg(l + 1)
                            .arg(QString::fromStdString(order.lines[l].item), app::formatNumber(order.lines[l].qty),
                                 QString::fromStdString(order.lines[l].due.toString())),
                        static_cast<int>(l + 1));
    m_line->addItem(tr("Cancel the whole order"), 0);
    m_qty->setDecimals(3);
    m_qty->setRange(0, 1e9);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (const core::ChangeReason r : {core::ChangeReason::CustomerChange, core::ChangeReason::RushInsertion,
                                       core::ChangeReason::MaterialLate, core::ChangeReason::EquipmentQuality,
                                       core::ChangeReason::EngineeringChange})
        m_reason->addItem(app::displayName(r), static_cast<int>(r));
    connect(m_line, &QComboBox::currentIndexChanged, this, &LineChangeDialog::showLine);
    showLine();

    auto* form = new QFormLayout(this);
    form->addRow(tr("Change"), m_line);
    form->addRow(tr("New quantity"), m_qty);
    form->addRow(tr("New requested date"), m_due);
    form->addRow(tr("Reason"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply change"));
    auto* preview = buttons->addButton(tr("Preview impact..."), QDialogButtonBox::ActionRole);
    connect(preview, &QPushButton::clicked, this, &LineChangeDialog::previewImpact);
    connect(buttons, &QDialogButtonBox::accepted, this, &LineChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LineChangeDialog::reject);
    form->addRow(buttons);
}

void LineChangeDialog::showLine()
{
    const int line = m_line->currentData().toInt();
    m_qty->setEnabled(line > 0);
    m_due->setEnabled(line > 0);
    if (line == 0)
        return;
    const core::SalesOrderLine& current = m_order.lines[static_cast<std::size_t>(line - 1)];
    m_qty->setValue(current.qty);
    m_due->setDate(app::toQDate(current.due));
}

void LineChangeDialog::setChange(int line, double qty, const QDate& due)
{
    m_line->setCurrentIndex(m_line->findData(line));
    m_qty->setValue(qty);
    m_due->setDate(due);
}

void LineChangeDialog::setCancelOrder(bool cancel)
{
    m_line->setCurrentIndex(m_line->findData(cancel ? 0 : 1));
}

core::OrderActionResult LineChangeDialog::changed() const
{
    const int line = m_line->currentData().toInt();
    if (line == 0)
        return core::salesorder::cancel(m_order);
    return core::salesorder::changeLine(m_order, line, m_qty->value(), app::toCoreDate(m_due->date()),
                                        m_document.factory().settings.today);
}

std::optional<core::ChangeImpact> LineChangeDialog::impact() const
{
    const core::OrderActionResult result = changed();
    if (!result.ok())
        return std::nullopt;
    const core::FactoryModel& before = m_document.factory();
    core::FactoryModel after = before;
    const auto it = std::find_if(after.salesOrders.begin(), after.salesOrders.end(),
                                 [&](const core::SalesOrder& o) { return o.number == m_order.number; });
    if (it == after.salesOrders.end())
        return std::nullopt;
    *it = result.after;
    core::ChangeImpactOptions options;
    options.reason = static_cast<core::ChangeReason>(m_reason->currentData().toInt());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::ChangeImpact impact = core::analyzeChange(before, after, options);
    QApplication::restoreOverrideCursor();
    return impact;
}

void LineChangeDialog::previewImpact()
{
    const core::OrderActionResult result = changed();
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Change refused"), app::orderProblemTexts(result.problems).join(QLatin1Char('\n')));
        return;
    }
    if (const auto planned = impact())
        ChangeImpactDialog::showImpact(*planned, m_document.factory(), heading(m_order, m_document.factory().settings.today), this);
}

void LineChangeDialog::accept()
{
    const core::OrderActionResult result = changed();
    const std::optional<core::ChangeImpact> planned = impact();
    const QStringList refused = app::SalesOrderActions(m_document).apply(
        result, m_line->currentData().toInt() == 0 ? tr("Cancel %1").arg(QString::fromStdString(m_order.number))
                                                   : tr("Change %1").arg(QString::fromStdString(m_order.number)));
    if (!refused.isEmpty()) {
        QMessageBox::warning(this, tr("Change refused"), refused.join(QLatin1Char('\n')));
        return;
    }
    if (planned && !planned->empty())
        ChangeImpactDialog::showImpact(*planned, m_document.factory(), heading(m_order, m_document.factory().settings.today),
                                       parentWidget());
    QDialog::accept();
}

} // namespace pmc::ui
