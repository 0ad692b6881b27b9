#include "store/CsvTable.h"

#include "store/InputError.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

namespace pmc::store {

namespace {

[[noreturn]] void refuse(const std::string& where, const std::string& reason)
{
    core::ValidationResult issues;
    issues.add(where, reason);
    throw InputError(where.substr(0, where.find(':')), issues);
}

} // namespace

CsvTable CsvTable::read(const std::string& directory, const std::string& fileName)
{
    CsvTable table;
    table.m_fileName = fileName;
    std::ifstream in(directory + "/" + fileName, std::ios::binary);
    if (!in)
        refuse(fileName, "cannot read the file (expected in " + directory + ")");
    std::ostringstream text;
    text << in.rdbuf();
    table.parse(text.str());
    return table;
}

void CsvTable::parse(const std::string& text)
{
    std::vector<std::string> record;
    std::string fieldText;
    std::size_t line = 1;
    std::size_t recordLine = 1;
    bool quoted = false;
    bool inQuotes = false;
    std::size_t i = 0;

    auto endField = [&] {
        record.push_back(std::move(fieldText));
        fieldText.clear();
        quoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (m_header.empty()) {
            m_header = std::move(record);
        } else if (record.size() != m_header.size()) {
            refuse(m_fileName + ":" + std::to_string(recordLine) + ":" + std::to_string(record.size()),
                   "expected " + std::to_string(m_header.size()) + " fields, found " + std::to_string(record.size()));
        } else {
            std::move(record.begin(), record.end(), std::back_inserter(m_fields));
            m_rowLines.push_back(recordLine);
        }
        record.clear();
        recordLine = line;
    };

    while (i < text.size()) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                fieldText += '"';
                i += 2;
                continue;
            }
            if (c == '"')
                inQuotes = false;
            else
                fieldText += c;
            if (c == '\n')
                ++line;
            ++i;
            continue;
        }
        if (c == '"' && fieldText.empty() && !quoted) {
            inQuotes = quoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
            i += c == '\r' ? 1 : 0;
            ++line;
            endRecord();
        } else if (quoted) {
            refuse(m_fileName + ":" + std::to_string(recordLine) + ":" + std::to_string(record.size() + 1),
                   "text after a closing quote");
        } else {
            fieldText += c;
        }
        ++i;
    }
    if (inQuotes)
        refuse(m_fileName + ":" + std::to_string(recordLine) + ":" + std::to_string(record.size() + 1),
               "unterminated quoted field");
    // The last row may lack its line break; a file that ends with one has nothing pending.
    if (!fieldText.empty() || !record.empty() || quoted)
        endRecord();
    if (m_header.empty())
        refuse(m_fileName, "the file is empty (expected a header row)");
}

std::size_t CsvTable::column(const std::string& name) const
{
    const auto found = std::find(m_header.begin(), m_header.end(), name);
    if (found == m_header.end())
        refuse(m_fileName + ":1", "missing column \"" + name + "\"");
    return static_cast<std::size_t>(found - m_header.begin());
}

std::string CsvTable::text(std::size_t row, std::size_t column) const
{
    const std::string& value = field(row, column);
    const auto first = value.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return value.substr(first, value.find_last_not_of(' ') - first + 1);
}

std::string CsvTable::where(std::size_t row, std::size_t column) const
{
    return m_fileName + ":" + std::to_string(m_rowLines[row]) + ":" + std::to_string(column + 1);
}

std::optional<double> CsvTable::optionalNumber(std::size_t row, std::size_t column,
                                               core::ValidationResult& issues) const
{
    const std::string& value = field(row, column);
    if (value.empty())
        return std::nullopt;
    double parsed = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (error != std::errc() || end != value.data() + value.size()) {
        issues.add(where(row, column), m_header[column] + ": expected a number, found \"" + value + "\"");
        return 0.0;
    }
    return parsed;
}

double CsvTable::number(std::size_t row, std::size_t column, core::ValidationResult& issues) const
{
    const auto value = optionalNumber(row, column, issues);
    if (!value)
        issues.add(where(row, column), m_header[column] + ": must not be empty");
    return value.value_or(0.0);
}

int CsvTable::integer(std::size_t row, std::size_t column, core::ValidationResult& issues) const
{
    const std::string& value = field(row, column);
    int parsed = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (value.empty() || error != std::errc() || end != value.data() + value.size())
        issues.add(where(row, column), m_header[column] + ": expected an integer, found \"" + value + "\"");
    return parsed;
}

bool CsvTable::flag(std::size_t row, std::size_t column, core::ValidationResult& issues) const
{
    const std::string& value = field(row, column);
    if (value != "0" && value != "1")
        issues.add(where(row, column), m_header[column] + ": expected 0 or 1, found \"" + value + "\"");
    return value == "1";
}

std::optional<core::Date> CsvTable::optionalDate(std::size_t row, std::size_t column,
                                                 core::ValidationResult& issues) const
{
    const std::string& value = field(row, column);
    if (value.empty())
        return std::nullopt;
    std::optional<core::Date> parsed;
    if (value.size() == 10 || (value.size() > 10 && value[10] == ' '))
        parsed = core::Date::parse(std::string_view(value).substr(0, 10));
    if (!parsed) {
        issues.add(where(row, column), m_header[column] + ": expected YYYY-MM-DD hh:mm:ss, found \"" + value + "\"");
        return core::Date();
    }
    return parsed;
}

core::Date CsvTable::date(std::size_t row, std::size_t column, core::ValidationResult& issues) const
{
    const auto value = optionalDate(row, column, issues);
    if (!value)
        issues.add(where(row, column), m_header[column] + ": must not be empty");
    return value.value_or(core::Date());
}

} // namespace pmc::store
