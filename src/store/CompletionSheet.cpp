#include "store/CompletionSheet.h"

#include "store/InputError.h"
#include "store/SpreadsheetFormats.h"
#include "store/TableColumn.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>

namespace pmc::store {

using tables::normalizedName;
using tables::trimmed;

const std::vector<CompletionSheetColumn> kCompletionSheetColumns{
    {"order", "工单号", true},      {"seq", "工序号", true},         {"date", "日期", false},
    {"good", "良品数", true},       {"scrap", "报废数", false},      {"reason", "报废原因", false},
    {"worker", "作业员/班组", false}, {"hours", "工时", false},
};

namespace {

std::optional<double> numberCell(const std::string& text)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::vector<core::CompletionReport> readCompletionSheet(const std::string& path, core::Date today,
                                                        std::vector<std::string>* rows)
{
    const Workbook book = readSpreadsheet(path);
    const std::string file = std::filesystem::path(path).filename().string();
    core::ValidationResult issues;
    if (book.sheets.empty() || book.sheets.front().rows.empty()) {
        issues.add(file, "the sheet is empty: the first row must name the columns (order, seq, good, …)");
        throw InputError(file, issues);
    }
    const Sheet& sheet = book.sheets.front();
    std::map<std::string, std::size_t> columnOf;
    const std::vector<std::string>& header = sheet.rows.front();
    for (std::size_t c = 0; c < header.size(); ++c) {
        const std::string name = normalizedName(header[c]);
        if (name.empty())
            continue;
        bool known = false;
        for (const CompletionSheetColumn& column : kCompletionSheetColumns) {
            if (name == normalizedName(column.key) || name == normalizedName(column.chinese)) {
                columnOf[column.key] = c;
                known = true;
            }
        }
        if (!known)
            issues.add(file + ":" + cellName(0, c), "unknown column \"" + trimmed(header[c]) + "\"");
    }
    for (const CompletionSheetColumn& column : kCompletionSheetColumns)
        if (column.required && !columnOf.contains(column.key))
            issues.add(file + ":1", std::string("missing column \"") + column.key + "\" (" + column.chinese + ")");
    if (!issues.ok())
        throw InputError(file, issues);

    std::vector<core::CompletionReport> reports;
    for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
        const std::vector<std::string>& row = sheet.rows[r];
        const auto cell = [&](const char* key) -> std::string {
            const auto c = columnOf.find(key);
            return c == columnOf.end() || c->second >= row.size() ? std::string() : trimmed(row[c->second]);
        };
        const auto where = [&](const char* key) {
            return file + ":" + cellName(r, columnOf.at(key));
        };
        bool empty = true;
        for (const auto& [key, c] : columnOf)
            empty = empty && (c >= row.size() || trimmed(row[c]).empty());
        if (empty)
            continue;
        core::CompletionReport report;
        report.workOrder = cell("order");
        if (report.workOrder.empty())
            issues.add(where("order"), "the work order is required");
        const auto number = [&](const char* key, bool whole) -> double {
            const std::string text = cell(key);
            if (text.empty())
                return 0;
            const std::optional<double> value = numberCell(text);
            if (!value || (whole && (*value != std::floor(*value) || std::abs(*value) > 1e9))) {
                issues.add(where(key), std::string(whole ? "must be a whole number" : "must be a number") + ", not \""
                                           + text + "\"");
                return 0;
            }
            return *value;
        };
        if (cell("seq").empty())
            issues.add(where("seq"), "the operation number is required");
        report.seq = static_cast<int>(number("seq", true));
        if (cell("good").empty())
            issues.add(where("good"), "the good quantity is required (0 when everything was scrapped)");
        report.goodQty = number("good", false);
        report.scrapQty = number("scrap", false);
        report.labourHours = number("hours", false);
        report.scrapReason = cell("reason");
        report.worker = cell("worker");
        report.date = today;
        if (const std::string text = cell("date"); !text.empty()) {
            if (const std::optional<core::Date> date = core::Date::parse(text))
                report.date = *date;
            else
                issues.add(where("date"), "must be a date (YYYY-MM-DD), not \"" + text + "\"");
        }
        reports.push_back(std::move(report));
        if (rows)
            rows->push_back(file + ":row " + std::to_string(r + 1));
    }
    if (!issues.ok())
        throw InputError(file, issues);
    return reports;
}

Sheet completionSheetTemplate(bool chinese)
{
    Sheet sheet;
    sheet.name = chinese ? "班组生产日报" : "Completion reports";
    std::vector<std::string> header;
    for (const CompletionSheetColumn& column : kCompletionSheetColumns) {
        header.emplace_back(chinese ? column.chinese : column.key);
        sheet.columnKinds.push_back(std::string(column.key) == "date" ? CellKind::Date
                                    : std::string(column.key) == "order" || std::string(column.key) == "reason"
                                            || std::string(column.key) == "worker"
                                        ? CellKind::Text
                                        : CellKind::Number);
    }
    sheet.rows.push_back(std::move(header));
    return sheet;
}

} // namespace pmc::store
