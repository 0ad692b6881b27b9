#include "ui/AbnormalHoursDialog.h"

#include "app/Document.h"
#include "app/models/DomainText.h"
#include "app/models/NumberText.h"
#include "app/models/QtDate.h"
#include "core/FactoryModel.h"
#include "ui/StatusLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pmc::ui {

AbnormalHoursDialog::AbnormalHoursDialog(app::Document& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_date(new QDateEdit(this)), m_workCenter(new QComboBox(this)),
      m_workOrder(new QComboBox(this)), m_cause(new QComboBox(this)), m_hours(new QDoubleSpinBox(this)),
      m_owner(new QLineEdit(this)), m_note(new QLineEdit(this)), m_day(new QTableWidget(this)),
      m_status(new StatusLabel(this))
{
    setWindowTitle(tr("Record abnormal hours"));
    const core::FactoryModel& factory = document.factory();
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(app::toQDate(factory.settings.today));
    m_date->setDate(app::toQDate(factory.settings.today));
    for (const core::WorkCenter& wc : factory.workCenters)
        m_workCenter->addItem(QStringLiteral("%1 %2").arg(QString::fromStdString(wc.code), QString::fromStdString(wc.name)),
                              QString::fromStdString(wc.code));
    // An order is optional: hours lost by the whole work center name none.
    m_workOrder->setEditable(true);
    m_workOrder->addItem(QString());
    for (const core::WorkOrder& order : factory.workOrders)
        m_workOrder->addItem(QString::fromStdString(order.number));
    for (core::AbnormalCause cause : core::kAbnormalCauses)
        m_cause->addItem(app::displayName(cause), static_cast<int>(cause));
    m_hours->setRange(0, 10000);
    m_hours->setDecimals(2);
    m_hours->setSuffix(tr(" h"));
    m_owner->setPlaceholderText(tr("department or person responsible, e.g. Purchasing"));

    auto* form = new QFormLayout;
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Work center"), m_workCenter);
    form->addRow(tr("Work order"), m_workOrder);
    form->addRow(tr("Cause"), m_cause);
    form->addRow(tr("Labour hours lost"), m_hours);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Note"), m_note);

    m_day->setColumnCount(6);
    m_day->setHorizontalHeaderLabels({tr("Work center"), tr("Work order"), tr("Cause"), tr("Hours"), tr("Owner"), tr("Note")});
    m_day->verticalHeader()->hide();
    m_day->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_day->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* record = buttons->addButton(tr("Record"), QDialogButtonBox::ActionRole);
    record->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    record->setToolTip(tr("Record and clear the form for the next one (%1)")
                           .arg(record->shortcut().toString(QKeySequence::NativeText)));
    record->setDefault(true);
    connect(record, &QPushButton::clicked, this, &AbnormalHoursDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &AbnormalHoursDialog::loadDay);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_day, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 520);
    loadDay();
}

QString AbnormalHoursDialog::status() const
{
    return m_status->text();
}

core::AbnormalHours AbnormalHoursDialog::typedRecord() const
{
    core::AbnormalHours r;
    r.date = app::toCoreDate(m_date->date());
    r.workCenter = m_workCenter->currentData().toString().toStdString();
    r.workOrder = m_workOrder->currentText().trimmed().toStdString();
    r.cause = static_cast<core::AbnormalCause>(m_cause->currentData().toInt());
    r.hours = m_hours->value();
    r.owner = m_owner->text().trimmed().toStdString();
    r.note = m_note->text().trimmed().toStdString();
    return r;
}

bool AbnormalHoursDialog::record()
{
    const core::AbnormalHours r = typedRecord();
    const QStringList refusals = m_document.recordAbnormalHours(r);
    if (!refusals.isEmpty()) {
        m_status->say(refusals.join(QLatin1Char('\n')), true);
        return false;
    }
    m_status->say(tr("Recorded %1 h of %2 on %3.")
                      .arg(app::formatNumber(r.hours, 2), app::displayName(r.cause), QString::fromStdString(r.workCenter)));
    m_hours->setValue(0);
    m_note->clear();
    m_hours->setFocus();
    loadDay();
    return true;
}

void AbnormalHoursDialog::loadDay()
{
    const std::vector<core::AbnormalHours> day = m_document.abnormalHoursOn(app::toCoreDate(m_date->date()));
    m_day->setRowCount(static_cast<int>(day.size()));
    for (int row = 0; row < m_day->rowCount(); ++row) {
        const core::AbnormalHours& r = day[static_cast<std::size_t>(row)];
        const QStringList cells{QString::fromStdString(r.workCenter), QString::fromStdString(r.workOrder),
                                app::displayName(r.cause), app::formatNumber(r.hours, 2),
                                QString::fromStdString(r.owner), QString::fromStdString(r.note)};
        for (int column = 0; column < cells.size(); ++column)
            m_day->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_day->resizeColumnsToContents();
}

} // namespace pmc::ui
