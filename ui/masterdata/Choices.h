#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class QComboBox;

namespace pmc::core {
struct FactoryModel;
}

namespace pmc::ui {

/// One entry of a combo box editor: the model's EditRole value and the text the planner reads.
struct Choice {
    QVariant value;
    QString label;
};

/// The values of item enumerations as their int EditRole value with translated names.
QList<Choice> itemTypeChoices();
QList<Choice> itemSourceChoices();
QList<Choice> lotRuleChoices();
/// "No supplier" (an empty code) followed by every supplier code with its name.
QList<Choice> supplierChoices(const core::FactoryModel& factory);
/// Every work center as its code with "CODE  name" to read (routing operations, overtime).
QList<Choice> workCenterChoices(const core::FactoryModel& factory);

void fillCombo(QComboBox* combo, const QList<Choice>& choices);

} // namespace pmc::ui
