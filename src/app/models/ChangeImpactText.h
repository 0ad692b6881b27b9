#pragma once

#include "core/orders/ChangeImpact.h"

#include <QString>

namespace pmc::app {

/// Translated names and cell texts of an order change's impact, shared by its tables, its
/// dialog and the two printed notices.
QString displayName(core::ChangeReason reason);
QString displayName(core::ProductionOrderKind kind);
QString displayName(core::MaterialAction action);
/// `MM-DD hh:mm` of a schedule minute (minutes since `today` 00:00): a notice spans weeks.
QString shortScheduleTime(core::Date today, int minute);
/// "SO-1/1 12-03 → 12-05 (late 0 → 2 d)"; "new" or "no longer demand" for a line in one plan only.
QString salesLineEffect(const core::SalesLineChange& change);
/// "old → new" when they differ, else the value alone.
QString changeText(const QString& before, const QString& after);

} // namespace pmc::app
