#pragma once

#include "core/scheduling/ScheduleRequest.h"

#include <QCoreApplication>

class QComboBox;
class QDoubleSpinBox;
class QWidget;

namespace pmc::ui {

/// The scheduling choices as the Schedule page and the what-if dialog offer them: dispatching
/// rule, direction, objective order and improvement seconds. The widgets are children of the
/// parent given to the constructor, which owns them and lays them out; the rules backward
/// scheduling cannot take are greyed out while it is chosen.
class ScheduleOptionControls {
    Q_DECLARE_TR_FUNCTIONS(pmc::ui::ScheduleOptionControls)
public:
    explicit ScheduleOptionControls(QWidget* parent);

    core::ScheduleOptions options() const;
    void setOptions(const core::ScheduleOptions& options);
    /// The choices saved last (QSettings `schedule/…`), shared by the page and the dialog.
    void restoreChoices();
    void saveChoices() const;

    QDoubleSpinBox* seconds;
    QComboBox* rule;
    QComboBox* direction;
    QComboBox* objective;
};

} // namespace pmc::ui
