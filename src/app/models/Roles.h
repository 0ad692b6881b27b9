#pragma once

#include <Qt>

namespace pmc::app {

/// Custom item-data roles shared by every model, from one fixed base.
enum Roles {
    /// The row's stable key (item code, order number) as a QString.
    KeyRole = Qt::UserRole + 1,
    /// The raw value for sorting (numbers and dates sort as such, not as text).
    SortRole,
    /// True on ItemChoiceModel rows whose item has no routing (whether or not the marker is shown).
    MissingRoutingRole,
    /// ProgressBoardModel: true on a workshop's caption row.
    BoardCaptionRole,
    /// ProgressBoardModel: the achievement (actual ÷ plan) as a double; invalid without a plan.
    AchievementRole,
};

} // namespace pmc::app
