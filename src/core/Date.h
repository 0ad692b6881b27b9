#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace pmc::core {

/// A calendar date in the factory's local time, stored as days since 1970-01-01 so that
/// day arithmetic in the planning engines is plain integer arithmetic.
class Date {
public:
    constexpr Date() = default;
    static constexpr Date fromDays(int days) { Date d; d.m_days = days; return d; }
    static Date fromYmd(int year, int month, int day);
    /// Parses `YYYY-MM-DD`; nullopt when the text is not a real date.
    static std::optional<Date> parse(std::string_view text);

    constexpr int days() const { return m_days; }
    /// ISO weekday: 1 = Monday … 7 = Sunday.
    int isoWeekday() const;
    int year() const;
    int month() const;
    int day() const;
    std::string toString() const;

    constexpr Date operator+(int n) const { return fromDays(m_days + n); }
    constexpr Date operator-(int n) const { return fromDays(m_days - n); }
    constexpr int operator-(Date other) const { return m_days - other.m_days; }
    constexpr Date& operator++() { ++m_days; return *this; }
    constexpr auto operator<=>(const Date&) const = default;

private:
    int m_days = 0;
};

/// The days from `from` to `to`, both included (a report's period).
struct DateRange {
    Date from;
    Date to;

    constexpr bool contains(Date d) const { return from <= d && d <= to; }
    constexpr int days() const { return to - from + 1; }
    bool operator==(const DateRange&) const = default;
};

/// Minutes since midnight, parsed from `HH:MM` (`24:00` allowed as an end of day).
std::optional<int> parseClockMinutes(std::string_view text);
std::string formatClockMinutes(int minutes);

} // namespace pmc::core
