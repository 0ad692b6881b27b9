#include "ui/masterdata/Choices.h"

#include "app/models/DomainText.h"
#include "core/FactoryModel.h"

#include <QComboBox>
#include <QCoreApplication>

#include <vector>

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

/// Appends each record's code with "CODE  name" to read, in factory order.
template <typename Record>
void appendCodeChoices(QList<Choice>& choices, const std::vector<Record>& records)
{
    for (const Record& record : records) {
        const QString code = QString::fromStdString(record.code);
        choices.push_back({code, QStringLiteral("%1  %2").arg(code, QString::fromStdString(record.name))});
    }
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
    appendCodeChoices(choices, factory.suppliers);
    return choices;
}

QList<Choice> workCenterChoices(const core::FactoryModel& factory)
{
    QList<Choice> choices;
    appendCodeChoices(choices, factory.workCenters);
    return choices;
}

void fillCombo(QComboBox* combo, const QList<Choice>& choices)
{
    combo->clear();
    for (const Choice& choice : choices)
        combo->addItem(choice.label, choice.value);
}

} // namespace pmc::ui
