#pragma once

#include "ui/masterdata/Choices.h"

namespace pmc::ui {

/// Every work center as its code with "CODE  name" to read, for FieldDelegate combo boxes
/// (routing operations, overtime).
QList<Choice> workCenterChoices(const core::FactoryModel& factory);

} // namespace pmc::ui
