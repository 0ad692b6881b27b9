#pragma once

#include <string>
#include <vector>

namespace pmc::store {

/// How writeXlsx stores a column's cells; reading always yields text.
enum class CellKind {
    Text,
    Number, ///< written as a number when the text parses as one, else as text
    Date, ///< "YYYY-MM-DD" text, written as a real date when it is one (years 1900-9999), else as text
};

/// One worksheet as UTF-8 text cells. `rows[i]` is the row Excel shows as i + 1, so a caller can
/// name rows in its messages; `rows[0]` is the header row. As read, every row is at least as
/// wide as the header (missing cells are ""), empty cells after a row's last value are dropped
/// beyond that, and trailing empty rows are dropped. Fields keep their spaces: the caller trims.
struct Sheet {
    std::string name; ///< worksheet name; for CSV the file name without its extension
    std::vector<std::vector<std::string>> rows;
    std::vector<CellKind> columnKinds; ///< for writing; a missing entry means Text
};

struct Workbook {
    std::vector<Sheet> sheets;
};

/// Reads a `.csv`, `.txt` (CSV, separator detected) or `.xlsx` file, by extension in any case.
/// XLSX: every worksheet in workbook order; numbers in shortest round-trip form ("2.4"),
/// date-formatted numbers as "YYYY-MM-DD", booleans as TRUE/FALSE, error cells as Excel shows them
/// ("#N/A"). CSV: RFC 4180 with comma, semicolon or tab (the most frequent in the header line);
/// a quote inside an unquoted field, or text after a closing quote, is kept as Excel keeps it.
/// Throws InputError naming the file (and line or cell) for a missing, unreadable or empty file,
/// an unknown extension, a bad text encoding, an unterminated quote, or an archive that is not an
/// .xlsx workbook, is damaged, or holds a part over 512 MB uncompressed (a likely zip bomb).
Workbook readSpreadsheet(const std::string& path);

/// CSV bytes as UTF-8 text without a byte order mark: the bytes themselves when they are valid
/// UTF-8, otherwise converted from GB18030 (a superset of GBK, what Chinese Excel writes).
/// Throws InputError naming `fileNameForErrors` and the line when neither decoding fits.
std::string detectAndDecodeText(const std::string& bytes, const std::string& fileNameForErrors);

/// Writes comma-separated UTF-8 with a byte order mark (so Excel shows Chinese right), CRLF line
/// ends and RFC 4180 quoting; rows shorter than the header are padded with empty fields.
/// Throws std::runtime_error naming the file when it cannot be written.
void writeCsv(const std::string& path, const Sheet& sheet);

/// Writes an .xlsx workbook: the header row bold and frozen, column widths from the content (CJK
/// characters count double), cells typed by `Sheet::columnKinds`, empty cells left blank.
/// Throws InputError (nothing written) for a sheet name Excel refuses, text that is not UTF-8 or
/// longer than 32,767 characters, or a sheet larger than Excel's grid; std::runtime_error naming
/// the file when it cannot be written.
void writeXlsx(const std::string& path, const Workbook& book);

} // namespace pmc::store
