#pragma once

#include "core/scheduling/OperationMove.h"

#include <QString>

namespace pmc::app {

/// The planner's sentence for a rule a Gantt move breaks (or its lateness warning), with
/// times as `MM-dd HH:mm` of the schedule whose today is `today`.
QString moveProblemText(const core::MoveProblem& problem, core::Date today);

} // namespace pmc::app
