#include "ui/FilterChoices.h"

#include "ui/masterdata/Choices.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>

namespace pmc::ui {

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
