#pragma once

// Internal to pmc_store: how readXlsx turns stored numbers into cell text.

#include <optional>
#include <string>
#include <string_view>

namespace pmc::store {

/// Whether a cell style's number format shows a date (with or without a time of day), as opposed
/// to a plain number or only a time. `formatCode` is the workbook's own code for `numFmtId`, or
/// empty for one of Excel's built-in formats.
bool isDateFormat(int numFmtId, std::string_view formatCode);

/// The shortest text that reads back as the same double ("2.4", "12", "1e-07").
std::string formatNumber(double value);

/// "YYYY-MM-DD" of an Excel serial day number (the time of day dropped), or nullopt outside
/// 0 .. 9999-12-31. The 1900 system keeps Excel's phantom 1900-02-29 as serial 60.
std::optional<std::string> serialToDate(double serial, bool date1904);

} // namespace pmc::store
