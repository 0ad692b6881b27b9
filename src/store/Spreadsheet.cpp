#include "store/Spreadsheet.h"

#include "store/InputError.h"
#include "store/SpreadsheetFormats.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace pmc::store {

namespace {

enum class Format { Csv, Xlsx };

Format formatOf(const std::filesystem::path& file, const std::string& fileName)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".csv" || extension == ".txt")
        return Format::Csv;
    if (extension == ".xlsx")
        return Format::Xlsx;
    const std::string type = extension.empty() ? "a file without extension" : "file type \"" + extension + "\"";
    refuseSpreadsheet(fileName, "", "unsupported " + type + "; save it from Excel as .xlsx or .csv");
}

/// Refuses what cannot be a spreadsheet before any format-specific reading starts.
void checkReadable(const std::filesystem::path& file, const std::string& fileName)
{
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (!std::filesystem::exists(status))
        refuseSpreadsheet(fileName, "", "the file does not exist (" + file.string() + ")");
    if (!std::filesystem::is_regular_file(status))
        refuseSpreadsheet(fileName, "", "not a file (" + file.string() + ")");
    if (std::filesystem::file_size(file, error) == 0 && !error)
        refuseSpreadsheet(fileName, "", "the file is empty");
}

std::string readBytes(const std::filesystem::path& file, const std::string& fileName)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    if (!in || !(bytes << in.rdbuf()))
        refuseSpreadsheet(fileName, "", std::string("cannot read the file: ") + std::strerror(errno));
    return bytes.str();
}

/// Applies the row shape promised in Sheet's comment, the same for CSV and XLSX.
void normalizeRows(std::vector<std::vector<std::string>>& rows)
{
    for (auto& row : rows) {
        while (!row.empty() && row.back().empty())
            row.pop_back();
    }
    while (!rows.empty() && rows.back().empty())
        rows.pop_back();
    if (rows.empty())
        return;
    const std::size_t headerWidth = rows.front().size();
    for (auto& row : rows)
        row.resize(std::max(row.size(), headerWidth));
}

} // namespace

void refuseSpreadsheet(const std::string& fileName, const std::string& place, const std::string& reason)
{
    core::ValidationResult issues;
    issues.add(place.empty() ? fileName : fileName + ":" + place, reason);
    throw InputError(fileName, std::move(issues));
}

std::string cellName(std::size_t row, std::size_t column)
{
    std::string letters;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters + std::to_string(row + 1);
}

Workbook readSpreadsheet(const std::string& path)
{
    const std::filesystem::path file(path);
    const std::string fileName = file.filename().string();
    const Format format = formatOf(file, fileName);
    checkReadable(file, fileName);

    Workbook book;
    if (format == Format::Xlsx) {
        book = readXlsx(path, fileName);
    } else {
        const std::string text = detectAndDecodeText(readBytes(file, fileName), fileName);
        book.sheets.push_back({file.stem().string(), parseCsv(text, fileName), {}});
    }
    for (Sheet& sheet : book.sheets)
        normalizeRows(sheet.rows);
    if (format == Format::Csv && book.sheets.front().rows.empty())
        refuseSpreadsheet(fileName, "", "the file is empty (no header row)");
    return book;
}

} // namespace pmc::store
