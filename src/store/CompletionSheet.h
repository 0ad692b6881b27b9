#pragma once

#include "core/Date.h"
#include "core/execution/CompletionReport.h"
#include "store/Spreadsheet.h"

#include <string>
#include <vector>

namespace pmc::store {

/// The columns of a team's completion report sheet (班组生产日报), English key and Chinese header;
/// a sheet may use either, in any order. order, seq and good are required.
struct CompletionSheetColumn {
    const char* key;
    const char* chinese;
    bool required;
};
extern const std::vector<CompletionSheetColumn> kCompletionSheetColumns;

/// The reports of the first worksheet of `path` (.xlsx or .csv), one per non-empty row; a row
/// without a date is dated `today`. Throws InputError naming `FILE:ROW:COLUMN` and the reason for
/// every bad cell (unknown header, missing required column, a value that is not a number, date or
/// whole number), so nothing is recorded from a sheet with a mistake in it.
/// `rows`, when given, receives each report's place in the sheet (`FILE:row N`) for messages.
std::vector<core::CompletionReport> readCompletionSheet(const std::string& path, core::Date today,
                                                        std::vector<std::string>* rows = nullptr);

/// An empty sheet with the headers in the interface language, for the team leaders to fill in.
Sheet completionSheetTemplate(bool chinese);

} // namespace pmc::store
