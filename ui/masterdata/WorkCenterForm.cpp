#include "ui/masterdata/WorkCenterForm.h"

#include "ui/masterdata/NumberFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace pmc::ui {

WorkCenterForm::WorkCenterForm(QWidget* parent)
    : QWidget(parent), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)), m_workshop(new QComboBox(this)),
      m_line(new QLineEdit(this)), m_units(createWholeNumberBox({1, 9999, 0, {}}, this)),
      m_efficiency(createDecimalBox({1, 500, 2, QStringLiteral("%")}, this))
{
    m_workshop->setEditable(true);
    m_workshop->setInsertPolicy(QComboBox::NoInsert);
    m_line->setPlaceholderText(tr("none: directly under the workshop"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Workshop"), m_workshop);
    form->addRow(tr("Line"), m_line);
    form->addRow(tr("Parallel units"), m_units);
    form->addRow(tr("Efficiency"), m_efficiency);
}

void WorkCenterForm::setWorkCenter(const core::WorkCenter& workCenter, const QStringList& workshops)
{
    m_loaded = workCenter;
    m_code->setText(QString::fromStdString(workCenter.code));
    m_name->setText(QString::fromStdString(workCenter.name));
    m_workshop->clear();
    m_workshop->addItems(workshops);
    m_workshop->setCurrentText(QString::fromStdString(workCenter.workshop));
    m_line->setText(QString::fromStdString(workCenter.line));
    m_units->setValue(workCenter.parallelUnits);
    m_efficiency->setValue(workCenter.efficiency * 100);
}

core::WorkCenter WorkCenterForm::workCenter() const
{
    core::WorkCenter result;
    result.code = m_code->text().trimmed().toStdString();
    result.name = m_name->text().trimmed().toStdString();
    result.workshop = m_workshop->currentText().trimmed().toStdString();
    result.line = m_line->text().trimmed().toStdString();
    result.parallelUnits = m_units->value();
    const double percent = m_efficiency->value();
    result.efficiency = stillShows(m_loaded.efficiency * 100, percent, m_efficiency->decimals()) ? m_loaded.efficiency
                                                                                                 : percent / 100;
    return result;
}

} // namespace pmc::ui
