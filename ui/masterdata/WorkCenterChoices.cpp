#include "ui/masterdata/WorkCenterChoices.h"

#include "core/FactoryModel.h"

namespace pmc::ui {

QList<Choice> workCenterChoices(const core::FactoryModel& factory)
{
    QList<Choice> choices;
    for (const core::WorkCenter& wc : factory.workCenters) {
        const QString code = QString::fromStdString(wc.code);
        choices.push_back({code, QStringLiteral("%1  %2").arg(code, QString::fromStdString(wc.name))});
    }
    return choices;
}

} // namespace pmc::ui
