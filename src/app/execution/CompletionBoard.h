#pragma once

#include "core/Date.h"

#include <string>
#include <vector>

namespace pmc::app {

/// One line of the day's board the shop floor reports against: a step of a work order and how
/// much of it was to be made.
struct CompletionBoardLine {
    std::string order;
    int seq = 0;
    std::string workCenter;
    std::string item;
    double planned = 0;
};

/// The board of `date` (docs/execution.md "Desktop"): the work-order lines of its released
/// daily plan when there is one (`released` true), otherwise every step of an open work order
/// that can still report, by due date. Opens `databasePath` itself (any thread).
struct CompletionBoard {
    bool released = false;
    std::vector<CompletionBoardLine> lines;

    static CompletionBoard build(const std::string& databasePath, core::Date date);
};

} // namespace pmc::app
