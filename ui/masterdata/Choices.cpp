#include "ui/masterdata/Choices.h"

#include "app/models/DomainText.h"
#include "core/FactoryModel.h"

#include <QComboBox>
#include <QCoreApplication>

namespace pmc::ui {

namespace {

template <typename Enum>
QList<Choice> enumChoices(Enum last)
{
    QList<Choice> choices;
    for (int value = 0; value <= static_cast<int>(last); ++value)
        choices.push_back({value, app::displayName(static_cast<Enum>(value))});
    return choices;
}

} // namespace

QList<Choice> itemTypeChoices()
{
    return enumChoices(core::ItemType::Packaging);
}

QList<Choice> itemSourceChoices()
{
    return enumChoices(core::ItemSource::Buy);
}

QList<Choice> lotRuleChoices()
{
    return enumChoices(core::LotRule::MinMultiple);
}

QList<Choice> supplierChoices(const core::FactoryModel& factory)
{
    QList<Choice> choices{{QString(), QCoreApplication::translate("pmc::ui::Choices", "(no supplier)")}};
    for (const core::Supplier& supplier : factory.suppliers) {
        const QString code = QString::fromStdString(supplier.code);
        choices.push_back({code, QStringLiteral("%1  %2").arg(code, QString::fromStdString(supplier.name))});
    }
    return choices;
}

void fillCombo(QComboBox* combo, const QList<Choice>& choices)
{
    combo->clear();
    for (const Choice& choice : choices)
        combo->addItem(choice.label, choice.value);
}

} // namespace pmc::ui
