#include "ui/ScheduleOptionControls.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSettings>
#include <QStandardItemModel>
#include <QStringList>

namespace pmc::ui {

namespace {

QString objectiveKey(const core::ObjectiveOrder& order)
{
    QStringList names;
    for (core::ScheduleObjective objective : order)
        names << QLatin1String(toString(objective));
    return names.join(QLatin1Char(','));
}

void select(QComboBox* box, const QVariant& data)
{
    const int at = box->findData(data);
    if (at >= 0)
        box->setCurrentIndex(at);
}

// Backward scheduling orders by due date or priority only: the other rules are greyed out.
void allowRulesOf(QComboBox* rule, const QComboBox* direction)
{
    const bool backward = direction->currentData().toInt() == static_cast<int>(core::ScheduleDirection::Backward);
    auto* items = qobject_cast<QStandardItemModel*>(rule->model());
    for (int row = 0; row < rule->count(); ++row) {
        const auto r = static_cast<core::DispatchRule>(rule->itemData(row).toInt());
        items->item(row)->setEnabled(!backward || r == core::DispatchRule::EarliestDueDate
                                     || r == core::DispatchRule::PriorityThenDueDate);
    }
    if (!items->item(rule->currentIndex())->isEnabled())
        rule->setCurrentIndex(0);
}

} // namespace

ScheduleOptionControls::ScheduleOptionControls(QWidget* parent)
    : seconds(new QDoubleSpinBox(parent)), rule(new QComboBox(parent)), direction(new QComboBox(parent)),
      objective(new QComboBox(parent))
{
    seconds->setRange(0, 600);
    seconds->setDecimals(0);
    seconds->setValue(5);
    seconds->setSuffix(tr(" s"));
    seconds->setToolTip(tr("Time the optimizer may spend improving the schedule after it is built"));
    using core::DispatchRule;
    rule->addItem(tr("Earliest due date"), static_cast<int>(DispatchRule::EarliestDueDate));
    rule->addItem(tr("Priority, then due date"), static_cast<int>(DispatchRule::PriorityThenDueDate));
    rule->addItem(tr("Critical ratio"), static_cast<int>(DispatchRule::CriticalRatio));
    rule->addItem(tr("Least slack"), static_cast<int>(DispatchRule::LeastSlack));
    rule->addItem(tr("First in, first out"), static_cast<int>(DispatchRule::FirstInFirstOut));
    rule->addItem(tr("Same model first (fewer changeovers)"), static_cast<int>(DispatchRule::SetupMinimizing));
    rule->setToolTip(tr("Which ready order the schedule places next"));
    direction->addItem(tr("Forward (as soon as possible)"), static_cast<int>(core::ScheduleDirection::Forward));
    direction->addItem(tr("Backward (just in time)"), static_cast<int>(core::ScheduleDirection::Backward));
    direction->setToolTip(tr("Backward places each order as late as its due date allows and repairs what does "
                             "not fit forward; it takes the due-date or priority rule"));
    using core::ScheduleObjective;
    objective->addItem(tr("Lateness, then makespan"), objectiveKey(core::kDefaultObjectiveOrder));
    objective->addItem(tr("Lateness, then changeovers"),
                       objectiveKey({ScheduleObjective::WeightedTardiness, ScheduleObjective::Changeovers,
                                     ScheduleObjective::Makespan}));
    objective->addItem(tr("Makespan first"), objectiveKey({ScheduleObjective::Makespan,
                                                           ScheduleObjective::WeightedTardiness,
                                                           ScheduleObjective::Changeovers}));
    objective->addItem(tr("Changeovers first"), objectiveKey({ScheduleObjective::Changeovers,
                                                              ScheduleObjective::WeightedTardiness,
                                                              ScheduleObjective::Makespan}));
    objective->setToolTip(tr("What the optimizer improves, most important first"));
    QObject::connect(direction, &QComboBox::currentIndexChanged, rule,
                     [rule = rule, direction = direction] { allowRulesOf(rule, direction); });
}

core::ScheduleOptions ScheduleOptionControls::options() const
{
    core::ScheduleOptions options;
    options.seconds = seconds->value();
    options.rule = static_cast<core::DispatchRule>(rule->currentData().toInt());
    options.direction = static_cast<core::ScheduleDirection>(direction->currentData().toInt());
    options.objectives = core::parseObjectiveOrder(objective->currentData().toString().toStdString())
                             .value_or(core::kDefaultObjectiveOrder);
    return options;
}

void ScheduleOptionControls::setOptions(const core::ScheduleOptions& options)
{
    seconds->setValue(options.seconds);
    select(direction, static_cast<int>(options.direction));
    select(rule, static_cast<int>(options.rule));
    select(objective, objectiveKey(options.objectives));
    allowRulesOf(rule, direction);
}

void ScheduleOptionControls::restoreChoices()
{
    QSettings settings;
    select(rule, settings.value(QStringLiteral("schedule/rule")));
    select(direction, settings.value(QStringLiteral("schedule/direction")));
    select(objective, settings.value(QStringLiteral("schedule/objective")));
    seconds->setValue(settings.value(QStringLiteral("schedule/seconds"), seconds->value()).toDouble());
    allowRulesOf(rule, direction);
}

void ScheduleOptionControls::saveChoices() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("schedule/rule"), rule->currentData());
    settings.setValue(QStringLiteral("schedule/direction"), direction->currentData());
    settings.setValue(QStringLiteral("schedule/objective"), objective->currentData());
    settings.setValue(QStringLiteral("schedule/seconds"), seconds->value());
}

} // namespace pmc::ui
