#include "ui/masterdata/MultiEditDialog.h"

#include "core/FactoryModel.h"
#include "ui/masterdata/Choices.h"
#include "ui/masterdata/NumberFormat.h"
#include "ui/masterdata/WatchEdits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pmc::ui {

namespace {

QDoubleSpinBox* quantityBox(double value, QWidget* parent)
{
    QDoubleSpinBox* box = createDecimalBox(NumberFormat::quantity(), parent);
    box->setValue(value);
    return box;
}

} // namespace

MultiEditDialog::MultiEditDialog(const core::FactoryModel& factory, const core::Item& first, int count, QWidget* parent)
    : QDialog(parent), m_grid(new QGridLayout),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit %n item(s)", nullptr, count));
    auto* hint = new QLabel(tr("Tick the fields to set on the %n selected item(s); the other fields keep each item's "
                               "own value.", nullptr, count), this);
    hint->setWordWrap(true);

    auto* buyer = new QLineEdit(QString::fromStdString(first.buyer), this);
    addField(tr("Buyer"), buyer, [buyer](app::ItemChanges& c) { c.buyer = buyer->text().trimmed().toStdString(); });

    auto* supplier = new QComboBox(this);
    fillCombo(supplier, supplierChoices(factory));
    supplier->setCurrentIndex(supplier->findData(QString::fromStdString(first.supplier)));
    addField(tr("Supplier"), supplier,
             [supplier](app::ItemChanges& c) { c.supplier = supplier->currentData().toString().toStdString(); });

    QSpinBox* leadTime = createWholeNumberBox(NumberFormat::days(), this);
    leadTime->setValue(first.leadTimeDays);
    addField(tr("Lead time (days)"), leadTime, [leadTime](app::ItemChanges& c) { c.leadTimeDays = leadTime->value(); });

    QDoubleSpinBox* safety = quantityBox(first.safetyStock, this);
    addField(tr("Safety stock"), safety, [safety](app::ItemChanges& c) { c.safetyStock = safety->value(); });

    // The lot sizes only mean something with their rule, so the policy is set as a whole.
    auto* lot = new QWidget(this);
    auto* rule = new QComboBox(lot);
    fillCombo(rule, lotRuleChoices());
    rule->setCurrentIndex(rule->findData(static_cast<int>(first.lot.rule)));
    QDoubleSpinBox* size = quantityBox(first.lot.size, lot);
    QDoubleSpinBox* moq = quantityBox(first.lot.moq, lot);
    QDoubleSpinBox* multiple = quantityBox(first.lot.multiple, lot);
    auto* lotLayout = new QHBoxLayout(lot);
    lotLayout->setContentsMargins(0, 0, 0, 0);
    lotLayout->addWidget(rule);
    lotLayout->addWidget(new QLabel(tr("Lot size"), lot));
    lotLayout->addWidget(size);
    lotLayout->addWidget(new QLabel(tr("MOQ"), lot));
    lotLayout->addWidget(moq);
    lotLayout->addWidget(new QLabel(tr("Multiple"), lot));
    lotLayout->addWidget(multiple);
    addField(tr("Lot policy"), lot, [rule, size, moq, multiple](app::ItemChanges& c) {
        c.lot = core::LotPolicy{static_cast<core::LotRule>(rule->currentData().toInt()), size->value(), moq->value(),
                                multiple->value()};
    });

    QDoubleSpinBox* minStock = quantityBox(first.minStock, this);
    addField(tr("Min stock"), minStock, [minStock](app::ItemChanges& c) { c.minStock = minStock->value(); });
    QDoubleSpinBox* maxStock = quantityBox(first.maxStock, this);
    addField(tr("Max stock"), maxStock, [maxStock](app::ItemChanges& c) { c.maxStock = maxStock->value(); });

    QDoubleSpinBox* defect = createDecimalBox(NumberFormat::percentBelowWhole(), this);
    defect->setValue(first.defectRate * 100);
    addField(tr("Defect rate"), defect, [defect](app::ItemChanges& c) { c.defectRate = defect->value() / 100; });

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(m_grid);
    layout->addWidget(m_buttons);
    updateButtons();
}

void MultiEditDialog::addField(const QString& label, QWidget* editor, Setter set)
{
    auto* tick = new QCheckBox(label, this);
    const int row = static_cast<int>(m_fields.size());
    m_grid->addWidget(tick, row, 0);
    m_grid->addWidget(editor, row, 1);
    watchEdits(editor, tick, [tick] { tick->setChecked(true); });
    connect(tick, &QCheckBox::toggled, this, &MultiEditDialog::updateButtons);
    m_fields.emplace_back(tick, std::move(set));
}

void MultiEditDialog::updateButtons()
{
    bool any = false;
    for (const auto& field : m_fields)
        any = any || field.first->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
}

app::ItemChanges MultiEditDialog::changes() const
{
    app::ItemChanges result;
    for (const auto& [tick, set] : m_fields)
        if (tick->isChecked())
            set(result);
    return result;
}

} // namespace pmc::ui
