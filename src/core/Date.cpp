#include "core/Date.h"

#include <charconv>
#include <cstdio>

namespace pmc::core {

namespace {

// Howard Hinnant's civil-date algorithms: exact for the proleptic Gregorian calendar.
int daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Civil {
    int year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(int z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2 ? 1 : 0), m, d};
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned daysInMonth(int y, unsigned m)
{
    static constexpr unsigned table[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : table[m - 1];
}

std::optional<int> parseDigits(std::string_view text)
{
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

Date Date::fromYmd(int year, int month, int day)
{
    return fromDays(daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

std::optional<Date> Date::parse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto y = parseDigits(text.substr(0, 4));
    const auto m = parseDigits(text.substr(5, 2));
    const auto d = parseDigits(text.substr(8, 2));
    if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1
        || static_cast<unsigned>(*d) > daysInMonth(*y, static_cast<unsigned>(*m)))
        return std::nullopt;
    return fromYmd(*y, *m, *d);
}

int Date::isoWeekday() const
{
    // 1970-01-01 was a Thursday (ISO 4).
    const int w = ((m_days % 7) + 7 + 3) % 7;
    return w + 1;
}

int Date::year() const { return civilFromDays(m_days).year; }
int Date::month() const { return static_cast<int>(civilFromDays(m_days).month); }
int Date::day() const { return static_cast<int>(civilFromDays(m_days).day); }

std::string Date::toString() const
{
    const Civil c = civilFromDays(m_days);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", c.year, c.month, c.day);
    return buffer;
}

std::optional<int> parseClockMinutes(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    const auto h = parseDigits(text.substr(0, 2));
    const auto m = parseDigits(text.substr(3, 2));
    if (!h || !m || *m > 59 || *h > 24 || (*h == 24 && *m != 0))
        return std::nullopt;
    return *h * 60 + *m;
}

std::string formatClockMinutes(int minutes)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", minutes / 60, minutes % 60);
    return buffer;
}

} // namespace pmc::core
