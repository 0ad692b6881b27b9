#pragma once

#include "core/Date.h"
#include "core/diagnostics/ValidationResult.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::store {

/// One RFC 4180 CSV file with a header row, read whole and addressed by column name.
/// An empty unquoted field is NULL (the AdventureWorks convention, where "" never occurs).
/// Typed accessors report bad text as `FILE:ROW:COLUMN` issues (row 1 is the header, column
/// numbered from 1) so a caller can refuse the whole import with every reason at once.
class CsvTable {
public:
    /// Reads `directory/fileName`. Throws InputError for a missing file, an unterminated quote
    /// or a row whose field count differs from the header: nothing after such a row can be
    /// trusted, so the file is refused at once.
    static CsvTable read(const std::string& directory, const std::string& fileName);

    const std::string& fileName() const { return m_fileName; }
    std::size_t rowCount() const { return m_rowLines.size(); }
    /// The column's index; throws InputError naming the file when the header lacks it.
    std::size_t column(const std::string& name) const;

    bool isNull(std::size_t row, std::size_t column) const { return field(row, column).empty(); }
    /// The field with padding spaces removed (`nchar` codes such as `"EA "` keep them).
    std::string text(std::size_t row, std::size_t column) const;
    /// `FILE:ROW:COLUMN` of a field, for issues raised by the caller.
    std::string where(std::size_t row, std::size_t column) const;

    // The typed readers add an issue to `issues` and return 0 / an empty value on bad text.
    double number(std::size_t row, std::size_t column, core::ValidationResult& issues) const;
    std::optional<double> optionalNumber(std::size_t row, std::size_t column, core::ValidationResult& issues) const;
    int integer(std::size_t row, std::size_t column, core::ValidationResult& issues) const;
    bool flag(std::size_t row, std::size_t column, core::ValidationResult& issues) const;
    /// The date part of `YYYY-MM-DD hh:mm:ss[.fffffffff]` (planning dates are all midnight).
    core::Date date(std::size_t row, std::size_t column, core::ValidationResult& issues) const;
    std::optional<core::Date> optionalDate(std::size_t row, std::size_t column, core::ValidationResult& issues) const;

private:
    const std::string& field(std::size_t row, std::size_t column) const
    {
        return m_fields[row * m_header.size() + column];
    }
    void parse(const std::string& text);

    std::string m_fileName;
    std::vector<std::string> m_header;
    std::vector<std::string> m_fields; // row-major, m_header.size() per row
    std::vector<std::size_t> m_rowLines; // file line where each data row starts
};

} // namespace pmc::store
