#pragma once

// Internal to pmc_store: the format code behind Spreadsheet.h and what it shares.

#include "store/Spreadsheet.h"

#include <string>
#include <vector>

namespace pmc::store {

/// Throws InputError with one issue at `fileName:place` (just `fileName` when place is empty).
[[noreturn]] void refuseSpreadsheet(const std::string& fileName, const std::string& place, const std::string& reason);

/// Excel's name of a zero-based cell position: "C7" for row 6, column 2.
std::string cellName(std::size_t row, std::size_t column);

/// Parses decoded CSV text into raw records; `fileName` names the file in refusals.
std::vector<std::vector<std::string>> parseCsv(const std::string& text, const std::string& fileName);

/// Reads every worksheet of the .xlsx at `path` as raw cells; `fileName` names it in refusals.
Workbook readXlsx(const std::string& path, const std::string& fileName);

} // namespace pmc::store
