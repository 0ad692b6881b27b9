#include "store/Spreadsheet.h"
#include "store/SpreadsheetFormats.h"
#include "store/TextEncoding.h"

#include "core/Date.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>

namespace pmc::store {

namespace {

constexpr std::size_t kMaxRows = 1'048'576;
constexpr std::size_t kMaxColumns = 16'384;
constexpr double kMinColumnWidth = 8;
constexpr double kMaxColumnWidth = 60;

struct Formats {
    lxw_format* header;
    lxw_format* date;
};

std::optional<double> parseNumber(const std::string& text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/// Writes one sheet; refuses (through InputError naming `fileName`) what Excel cannot hold.
class SheetWriter {
public:
    SheetWriter(lxw_workbook* workbook, const Formats& formats, const std::string& fileName, const Sheet& sheet)
        : m_workbook(workbook), m_formats(formats), m_fileName(fileName), m_sheet(sheet) {}

    void write()
    {
        const char* name = m_sheet.name.empty() ? nullptr : m_sheet.name.c_str(); // null: Excel's "SheetN"
        if (name && invalidUtf8Offset(m_sheet.name) != std::string_view::npos)
            refuseSpreadsheet(m_fileName, "sheet " + m_sheet.name, "the sheet name is not valid UTF-8");
        if (const lxw_error error = name ? workbook_validate_sheet_name(m_workbook, name) : LXW_NO_ERROR)
            refuseSpreadsheet(m_fileName, "sheet " + m_sheet.name,
                              std::string("sheet name refused: ") + lxw_strerror(error));
        if (m_sheet.rows.size() > kMaxRows)
            refuseSpreadsheet(m_fileName, m_sheet.name,
                              std::to_string(m_sheet.rows.size()) + " rows; an Excel sheet holds at most 1,048,576");
        m_worksheet = workbook_add_worksheet(m_workbook, name);
        for (std::size_t row = 0; row < m_sheet.rows.size(); ++row) {
            const auto& cells = m_sheet.rows[row];
            if (cells.size() > kMaxColumns)
                refuseSpreadsheet(m_fileName, m_sheet.name + "!" + cellName(row, 0),
                                  std::to_string(cells.size()) + " columns; an Excel sheet holds at most 16,384");
            for (std::size_t column = 0; column < cells.size(); ++column)
                writeCell(row, column, cells[column]);
        }
        finishLayout();
    }

private:
    CellKind kindOf(std::size_t row, std::size_t column) const
    {
        if (row == 0 || column >= m_sheet.columnKinds.size())
            return CellKind::Text;
        return m_sheet.columnKinds[column];
    }

    void writeCell(std::size_t row, std::size_t column, const std::string& text)
    {
        if (text.empty())
            return;
        if (invalidUtf8Offset(text) != std::string_view::npos)
            refuseSpreadsheet(m_fileName, m_sheet.name + "!" + cellName(row, column), "the text is not valid UTF-8");
        const auto r = static_cast<lxw_row_t>(row);
        const auto c = static_cast<lxw_col_t>(column);
        lxw_error error = LXW_NO_ERROR;
        std::size_t width = displayWidth(text);
        const CellKind kind = kindOf(row, column);
        const auto number = kind == CellKind::Number ? parseNumber(text) : std::nullopt;
        const auto date = kind == CellKind::Date ? core::Date::parse(text) : std::nullopt;
        if (number) {
            error = worksheet_write_number(m_worksheet, r, c, *number, nullptr);
        } else if (date && date->year() >= 1900 && date->year() <= 9999) { // Excel's date range
            lxw_datetime value = {date->year(), date->month(), date->day(), 0, 0, 0};
            error = worksheet_write_datetime(m_worksheet, r, c, &value, m_formats.date);
        } else {
            error = worksheet_write_string(m_worksheet, r, c, text.c_str(), row == 0 ? m_formats.header : nullptr);
        }
        if (error != LXW_NO_ERROR)
            refuseSpreadsheet(m_fileName, m_sheet.name + "!" + cellName(row, column), lxw_strerror(error));
        if (column >= m_widths.size())
            m_widths.resize(column + 1);
        m_widths[column] = std::max(m_widths[column], width);
    }

    void finishLayout()
    {
        for (std::size_t column = 0; column < m_widths.size(); ++column) {
            const double width
                = std::clamp(static_cast<double>(m_widths[column]) + 2, kMinColumnWidth, kMaxColumnWidth);
            worksheet_set_column(m_worksheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column), width,
                                 nullptr);
        }
        if (!m_sheet.rows.empty())
            worksheet_freeze_panes(m_worksheet, 1, 0);
        // Codes such as "00123" are text on purpose; Excel's green "number stored as text" flags are noise.
        worksheet_ignore_errors(m_worksheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576");
    }

    lxw_workbook* m_workbook;
    const Formats& m_formats;
    const std::string& m_fileName;
    const Sheet& m_sheet;
    lxw_worksheet* m_worksheet = nullptr;
    std::vector<std::size_t> m_widths; // display width of the widest cell per column
};

} // namespace

void writeXlsx(const std::string& path, const Workbook& book)
{
    const std::string fileName = std::filesystem::path(path).filename().string();
    // libxlsxwriter creates the file only in workbook_close, so a refusal before it writes nothing.
    std::unique_ptr<lxw_workbook, decltype(&lxw_workbook_free)> workbook(workbook_new(path.c_str()),
                                                                        &lxw_workbook_free);
    if (!workbook)
        throw std::runtime_error("cannot write " + path + ": out of memory");
    Formats formats{workbook_add_format(workbook.get()), workbook_add_format(workbook.get())};
    format_set_bold(formats.header);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    for (const Sheet& sheet : book.sheets)
        SheetWriter(workbook.get(), formats, fileName, sheet).write();
    // workbook_close frees the workbook whatever it returns.
    if (const lxw_error error = workbook_close(workbook.release()))
        throw std::runtime_error("cannot write " + path + ": " + lxw_strerror(error));
}

} // namespace pmc::store
