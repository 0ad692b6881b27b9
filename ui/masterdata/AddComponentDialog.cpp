#include "ui/masterdata/AddComponentDialog.h"

#include "app/Document.h"
#include "app/models/ItemChoiceModel.h"
#include "app/models/QtDate.h"
#include "core/FactoryModel.h"
#include "core/masterdata/BomLine.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace pmc::ui {

namespace {

QLineEdit* itemLineEdit(app::Document& document, app::ItemChoiceModel::Scope scope, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    auto* completer = new QCompleter(new app::ItemChoiceModel(document, scope, edit), edit);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
    edit->setClearButtonEnabled(true);
    return edit;
}

/// An optional date: the check box says whether there is one.
QWidget* optionalDate(QCheckBox* enabled, QDateEdit* date, QDate initial, QWidget* parent)
{
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setDate(initial);
    date->setEnabled(false);
    QObject::connect(enabled, &QCheckBox::toggled, date, &QWidget::setEnabled);
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(enabled);
    layout->addWidget(date, 1);
    return row;
}

} // namespace

AddComponentDialog::AddComponentDialog(app::Document& document, const QString& parentItem, QWidget* parent)
    : RecordDialog(tr("Add component"), parent), m_document(document),
      m_parent(itemLineEdit(document, app::ItemChoiceModel::Scope::Make, this)),
      m_component(itemLineEdit(document, app::ItemChoiceModel::Scope::All, this)), m_qtyPer(new QDoubleSpinBox(this)),
      m_scrapRate(new QDoubleSpinBox(this)), m_hasValidFrom(new QCheckBox(this)), m_validFrom(new QDateEdit(this)),
      m_hasValidTo(new QCheckBox(this)), m_validTo(new QDateEdit(this))
{
    m_parent->setText(parentItem);
    m_component->setPlaceholderText(tr("Code or name"));
    m_qtyPer->setDecimals(4);
    m_qtyPer->setRange(0, 1e9);
    m_qtyPer->setValue(1);
    m_scrapRate->setDecimals(4);
    m_scrapRate->setRange(0, 10);
    m_scrapRate->setSingleStep(0.01);
    const QDate today = app::toQDate(document.factory().settings.today);

    addField(tr("Parent item"), m_parent);
    addField(tr("Component"), m_component);
    addField(tr("Qty per"), m_qtyPer);
    addField(tr("Scrap rate"), m_scrapRate);
    addField(tr("Valid from"), optionalDate(m_hasValidFrom, m_validFrom, today, this));
    addField(tr("Valid to (exclusive)"), optionalDate(m_hasValidTo, m_validTo, today, this));
    setCheck([this] { return check(); });
    resize(480, sizeHint().height());
    m_component->setFocus();
}

void AddComponentDialog::setComponent(const QString& code)
{
    m_component->setText(code);
}

core::BomLine AddComponentDialog::line() const
{
    core::BomLine line;
    line.parent = app::ItemChoiceModel::codeOfChoice(m_parent->text()).toStdString();
    line.component = app::ItemChoiceModel::codeOfChoice(m_component->text()).toStdString();
    line.qtyPer = m_qtyPer->value();
    line.scrapRate = m_scrapRate->value();
    if (m_hasValidFrom->isChecked())
        line.validFrom = app::toCoreDate(m_validFrom->date());
    if (m_hasValidTo->isChecked())
        line.validTo = app::toCoreDate(m_validTo->date());
    return line;
}

QString AddComponentDialog::check() const
{
    const core::BomLine row = line();
    const core::FactoryModel& factory = m_document.factory();
    if (factory.itemIndex(row.parent) < 0)
        return tr("Unknown parent item \"%1\"").arg(QString::fromStdString(row.parent));
    if (row.component.empty())
        return tr("Enter the component's code or name");
    if (factory.itemIndex(row.component) < 0)
        return tr("Unknown component \"%1\"").arg(QString::fromStdString(row.component));
    if (row.component == row.parent)
        return tr("An item cannot contain itself");
    return {};
}

} // namespace pmc::ui
