#pragma once

#include <QString>

namespace pmc::ui {

class TablePage;

/// Shows only the rows of `table` containing `text`, typed into its filter box so the planner
/// sees why, and selects the row keyed (or numbered in its first column) `text`, else the first.
/// TODO(issue 6): becomes a TablePage method once TablePage is free to edit.
void setTableFilter(TablePage& table, const QString& text);

} // namespace pmc::ui
