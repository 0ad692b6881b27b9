#include "ui/FilterChoices.h"

#include "core/FactoryModel.h"
#include "ui/masterdata/Choices.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>

namespace pmc::ui {

QStringList workshopNames(const core::FactoryModel& model)
{
    QStringList names;
    for (const core::WorkCenter& center : model.workCenters) {
        const QString workshop = QString::fromStdString(center.workshop);
        if (!workshop.isEmpty() && !names.contains(workshop))
            names << workshop;
    }
    return names;
}

void refillFilterCombo(QComboBox* box, const QString& all, const QStringList& values)
{
    const QString chosen = box->currentData().toString();
    QList<Choice> choices{{QString(), all}};
    for (const QString& value : values)
        choices.push_back({value, value});
    const QSignalBlocker blocker(box);
    fillCombo(box, choices);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace pmc::ui
