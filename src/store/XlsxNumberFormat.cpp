#include "store/XlsxNumberFormat.h"

#include "core/Date.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace pmc::store {

namespace {

/// Built-in ids that are dates: 14-17 and 22 everywhere, plus the CJK locales' dates such as
/// 31 = yyyy"年"m"月"d"日", which Chinese Excel writes without defining them. The time-only
/// built-ins (18-21, 32-35, 45-47, 55, 56) are left out, like time-only custom codes.
bool isBuiltInDate(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54)
        || id == 57 || id == 58;
}

/// Looks at the tokens of the first (positive numbers) section, skipping literals, escapes,
/// padding and [bracketed] colours, locales and elapsed-time markers. "m" alone is a month; next
/// to "h" or "s" it is minutes.
bool codeShowsDate(std::string_view code)
{
    bool day = false;
    bool month = false;
    bool time = false;
    for (std::size_t i = 0; i < code.size() && code[i] != ';'; ++i) {
        switch (std::tolower(static_cast<unsigned char>(code[i]))) {
        case '"':
            i = std::min(code.find('"', i + 1), code.size());
            break;
        case '[':
            i = std::min(code.find(']', i + 1), code.size());
            break;
        case '\\':
        case '_':
        case '*':
            ++i;
            break;
        case 'y':
        case 'd':
            day = true;
            break;
        case 'm':
            month = true;
            break;
        case 'h':
        case 's':
            time = true;
            break;
        default:
            break;
        }
    }
    return day || (month && !time);
}

} // namespace

bool isDateFormat(int numFmtId, std::string_view formatCode)
{
    return formatCode.empty() ? isBuiltInDate(numFmtId) : codeShowsDate(formatCode);
}

std::string formatNumber(double value)
{
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::string(text, end);
}

std::optional<std::string> serialToDate(double serial, bool date1904)
{
    constexpr double kLastSerial = 2958466; // 10000-01-01 in the 1900 system
    // Excel shows times rounded to the millisecond, so 0.99999999 of a day is already midnight.
    const double days = std::floor(serial + 0.5 / 86'400'000);
    if (!(days >= 0 && days < kLastSerial - (date1904 ? 1462 : 0)))
        return std::nullopt;
    const int whole = static_cast<int>(days);
    if (date1904)
        return (core::Date::fromYmd(1904, 1, 1) + whole).toString();
    if (whole == 60)
        return "1900-02-29";
    // Excel counts the phantom 1900-02-29, so serials after it are one day ahead of the calendar.
    return (core::Date::fromYmd(1899, 12, whole < 60 ? 31 : 30) + whole).toString();
}

} // namespace pmc::store
