#include "ui/masterdata/ItemDialog.h"

#include "core/FactoryModel.h"
#include "ui/masterdata/Choices.h"
#include "ui/masterdata/NumberFormat.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace pmc::ui {

ItemDialog::ItemDialog(const core::FactoryModel& factory, QWidget* parent)
    : RecordDialog(tr("Add item"), parent), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_uom(new QLineEdit(QStringLiteral("pcs"), this)), m_source(new QComboBox(this)),
      m_leadTime(createWholeNumberBox(NumberFormat::days(), this)), m_supplier(new QComboBox(this))
{
    fillCombo(m_type, itemTypeChoices());
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(core::ItemType::Raw)));
    fillCombo(m_source, itemSourceChoices());
    m_source->setCurrentIndex(m_source->findData(static_cast<int>(core::ItemSource::Buy)));
    fillCombo(m_supplier, supplierChoices(factory));

    addField(tr("Item code"), m_code);
    addField(tr("Name"), m_name);
    addField(tr("Type"), m_type);
    addField(tr("UoM"), m_uom);
    addField(tr("Make/buy"), m_source);
    addField(tr("Lead time (days)"), m_leadTime);
    addField(tr("Supplier"), m_supplier);
    setCheck([this, &factory]() -> QString {
        const QString code = m_code->text().trimmed();
        if (code.isEmpty())
            return tr("Enter a code that no other item has.");
        if (factory.findItem(code.toStdString()))
            return tr("Item %1 already exists.").arg(code);
        if (m_uom->text().trimmed().isEmpty())
            return tr("Enter the unit of measure.");
        return {};
    });
}

core::Item ItemDialog::item() const
{
    core::Item item;
    item.code = m_code->text().trimmed().toStdString();
    item.name = m_name->text().trimmed().toStdString();
    item.type = static_cast<core::ItemType>(m_type->currentData().toInt());
    item.uom = m_uom->text().trimmed().toStdString();
    item.source = static_cast<core::ItemSource>(m_source->currentData().toInt());
    item.leadTimeDays = m_leadTime->value();
    item.supplier = m_supplier->currentData().toString().toStdString();
    return item;
}

} // namespace pmc::ui
