#include "store/SpreadsheetFormats.h"
#include "store/TableColumn.h"
#include "store/TableHandler.h"

#include <algorithm>

namespace pmc::store::tables {

namespace {

std::string columnLetter(std::size_t column)
{
    std::string name = cellName(0, column);
    name.pop_back(); // the row number "1"
    return name;
}

bool columnHasData(const Sheet& sheet, std::size_t column)
{
    return std::any_of(sheet.rows.begin() + 1, sheet.rows.end(), [column](const std::vector<std::string>& row) {
        return column < row.size() && !trimmed(row[column]).empty();
    });
}

} // namespace

bool isBlankRow(const std::vector<std::string>& cells)
{
    return std::all_of(cells.begin(), cells.end(), [](const std::string& cell) { return trimmed(cell).empty(); });
}

std::string displayKey(std::string_view key)
{
    std::string text(key);
    while (!text.empty() && text.back() == '\x1f')
        text.pop_back();
    std::string result;
    for (char c : text)
        result += c == '\x1f' ? std::string(" / ") : std::string(1, c);
    return result;
}

std::string cellPath(const TableInfo& table, const ParsedTable& parsed, int sheetRow, const std::string& columnKey)
{
    std::string header = columnKey;
    if (const auto found = parsed.headers.find(columnKey); found != parsed.headers.end())
        header = found->second;
    else if (const ColumnInfo* column = table.column(columnKey))
        header = column->header(parsed.language);
    return parsed.source + ":" + std::to_string(sheetRow) + (header.empty() ? "" : ":" + header);
}

std::optional<std::vector<int>> matchHeader(const TableInfo& table, const Sheet& sheet, ParsedTable& out)
{
    if (sheet.rows.empty()) {
        out.issues.add(out.source, "the sheet is empty: no header row");
        return std::nullopt;
    }
    const std::vector<std::string>& header = sheet.rows.front();
    std::vector<int> columnOf(table.columns.size(), -1);
    int chinese = 0;
    int english = 0;
    for (std::size_t j = 0; j < header.size(); ++j) {
        const std::string text = trimmed(header[j]);
        if (text.empty()) {
            if (columnHasData(sheet, j))
                out.warnings.push_back(out.source + ":1: column " + columnLetter(j) + " has no header; ignored");
            continue;
        }
        const std::string name = normalizedName(text);
        const auto matches = [&name](const ColumnInfo& c) {
            return name == normalizedName(c.key) || name == normalizedName(c.english)
                || name == normalizedName(c.chinese);
        };
        const auto found = std::find_if(table.columns.begin(), table.columns.end(), matches);
        if (found == table.columns.end()) {
            out.warnings.push_back(out.source + ":1:" + text + ": unknown column ignored");
            continue;
        }
        const std::size_t c = static_cast<std::size_t>(found - table.columns.begin());
        if (columnOf[c] >= 0) {
            const std::size_t first = static_cast<std::size_t>(columnOf[c]);
            out.issues.add(out.source + ":1:" + text, "the same column as \"" + trimmed(header[first]) + "\" (column "
                                                          + columnLetter(first) + ")");
            continue;
        }
        columnOf[c] = static_cast<int>(j);
        out.headers[found->key] = text;
        (name == normalizedName(found->chinese) ? chinese : english) += 1;
    }
    out.language = chinese > english ? HeaderLanguage::Chinese : HeaderLanguage::English;
    bool complete = true;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const ColumnInfo& column = table.columns[c];
        if (columnOf[c] >= 0 || !column.required)
            continue;
        const HeaderLanguage other
            = out.language == HeaderLanguage::Chinese ? HeaderLanguage::English : HeaderLanguage::Chinese;
        out.issues.add(out.source + ":1", "required column \"" + column.header(out.language)
                                              + "\" is missing (also accepted: \"" + column.header(other) + "\" or \""
                                              + column.key + "\")");
        complete = false;
    }
    if (!complete)
        return std::nullopt;
    return columnOf;
}

} // namespace pmc::store::tables
