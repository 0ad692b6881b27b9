#pragma once

// Internal to pmc_store: how one spreadsheet column maps to one field of a row, so that every
// table is a list of columns read, written and compared by the same code.

#include "core/Date.h"
#include "store/MasterTables.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace pmc::store::tables {

/// A parsed cell: text (codes, names), a number (quantities, whole numbers, and enumerations
/// by their value) or a date (empty for a blank optional date).
using CellValue = std::variant<std::string, double, std::optional<core::Date>>;

enum class CellType { Code, Text, WholeNumber, Number, Rate, Date, OptionalDate, Choice };
enum class Bound { Any, NonNegative, Positive };

/// One value of an enumeration column: its interchange key and the Chinese words planners
/// write for it; the first word is the one exported.
struct ChoiceWord {
    int value;
    const char* key;
    std::vector<const char*> chinese;
};

struct CellRule {
    CellType type = CellType::Text;
    Bound bound = Bound::Any;
    const std::vector<ChoiceWord>* choices = nullptr;
};

/// The outcome of reading one non-empty, trimmed cell: a value, or the reason it was refused
/// (e.g. `must be a whole number >= 0, not "abc"`).
struct CellParse {
    std::optional<CellValue> value;
    std::string error;
};

CellParse parseCell(const CellRule& rule, std::string_view text);
std::string formatCell(const CellRule& rule, const CellValue& value, HeaderLanguage language);
CellKind cellKind(const CellRule& rule);

/// Headers, table and enumeration names compare after this: trimmed, ASCII lower case,
/// full-width brackets as ASCII, without spaces and `_`.
std::string normalizedName(std::string_view text);
std::string trimmed(std::string_view text);

template <typename Row>
struct Column {
    ColumnInfo info;
    CellRule rule;
    std::function<CellValue(const Row&)> get;
    std::function<void(Row&, const CellValue&)> set;
};

template <typename T>
CellValue toCell(const T& value)
{
    if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::optional<core::Date>>)
        return value;
    else if constexpr (std::is_same_v<T, core::Date>)
        return std::optional<core::Date>(value);
    else if constexpr (std::is_enum_v<T>)
        return static_cast<double>(static_cast<int>(value));
    else
        return static_cast<double>(value);
}

template <typename T>
void fromCell(const CellValue& cell, T& out)
{
    if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::optional<core::Date>>)
        out = std::get<T>(cell);
    else if constexpr (std::is_same_v<T, core::Date>)
        out = std::get<std::optional<core::Date>>(cell).value_or(core::Date());
    else if constexpr (std::is_enum_v<T>)
        out = static_cast<T>(static_cast<int>(std::get<double>(cell)));
    else
        out = static_cast<T>(std::get<double>(cell));
}

/// A column over the field `access(row)` returns a reference to (a generic lambda, so the
/// same accessor serves reading a const row and filling a new one).
template <typename Row, typename Access>
Column<Row> column(ColumnInfo info, CellRule rule, Access access)
{
    return {std::move(info), rule, [access](const Row& row) { return toCell(access(row)); },
            [access](Row& row, const CellValue& value) { fromCell(value, access(row)); }};
}

template <typename Row, typename T>
Column<Row> column(ColumnInfo info, CellRule rule, T Row::*member)
{
    return column<Row>(std::move(info), rule, [member](auto& row) -> auto& { return row.*member; });
}

} // namespace pmc::store::tables
