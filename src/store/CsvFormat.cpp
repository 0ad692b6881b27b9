#include "store/Spreadsheet.h"
#include "store/SpreadsheetFormats.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace pmc::store {

namespace {

/// The most frequent of comma, semicolon and tab outside quotes in the first record; comma on a
/// tie or when the header is a single column. Excel writes semicolons in locales whose decimal
/// mark is a comma, and tabs for "Text (Tab delimited)".
char detectSeparator(const std::string& text)
{
    constexpr std::array<char, 3> kCandidates = {',', ';', '\t'};
    std::array<std::size_t, 3> counts{};
    bool inQuotes = false;
    for (char c : text) {
        if (c == '"')
            inQuotes = !inQuotes; // a doubled quote toggles twice, which is right
        else if (!inQuotes && (c == '\n' || c == '\r'))
            break;
        else if (!inQuotes)
            for (std::size_t i = 0; i < kCandidates.size(); ++i)
                counts[i] += c == kCandidates[i] ? 1 : 0;
    }
    const auto most = std::max_element(counts.begin(), counts.end());
    return *most == 0 ? ',' : kCandidates[static_cast<std::size_t>(most - counts.begin())];
}

bool needsQuotes(const std::string& field)
{
    return field.find_first_of(",\"\r\n") != std::string::npos;
}

} // namespace

std::vector<std::vector<std::string>> parseCsv(const std::string& text, const std::string& fileName)
{
    const char separator = detectSeparator(text);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quotedField = false;
    bool inQuotes = false;
    std::size_t line = 1;
    std::size_t quoteLine = 0;

    auto endField = [&] {
        row.push_back(std::move(field));
        field.clear();
        quotedField = false;
    };
    auto isLineBreak = [&](std::size_t i) { return text[i] == '\n' || text[i] == '\r'; };
    // CRLF, LF and the old Mac CR each end one line.
    auto skipLineBreak = [&](std::size_t& i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        ++line;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else if (isLineBreak(i)) {
                const std::size_t start = i;
                skipLineBreak(i);
                field.append(text, start, i - start + 1);
            } else {
                field += c;
            }
        } else if (c == '"' && field.empty() && !quotedField) {
            inQuotes = quotedField = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (isLineBreak(i)) {
            skipLineBreak(i);
            endField();
            rows.push_back(std::move(row));
            row.clear();
        } else {
            field += c;
        }
    }
    if (inQuotes)
        refuseSpreadsheet(fileName, std::to_string(quoteLine),
                          "unterminated quote: the field that starts with \" on this line is never closed");
    // The last record may lack its line break; a file that ends with one has nothing pending.
    if (!field.empty() || !row.empty() || quotedField) {
        endField();
        rows.push_back(std::move(row));
    }
    return rows;
}

void writeCsv(const std::string& path, const Sheet& sheet)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    out << "\xEF\xBB\xBF";
    const std::size_t headerWidth = sheet.rows.empty() ? 0 : sheet.rows.front().size();
    for (const auto& row : sheet.rows) {
        const std::size_t width = std::max(row.size(), headerWidth);
        for (std::size_t column = 0; column < width; ++column) {
            if (column > 0)
                out << ',';
            static const std::string kEmpty;
            const std::string& field = column < row.size() ? row[column] : kEmpty;
            if (!needsQuotes(field)) {
                out << field;
                continue;
            }
            out << '"';
            for (char c : field) {
                if (c == '"')
                    out << '"';
                out << c;
            }
            out << '"';
        }
        out << "\r\n";
    }
    out.flush();
    if (!out)
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
}

} // namespace pmc::store
