#pragma once

#include "core/Date.h"

#include <set>
#include <string>
#include <vector>

namespace pmc::core {

/// A working interval of a day, minutes since midnight, end exclusive.
struct Shift {
    int startMinute = 0;
    int endMinute = 0;

    bool operator==(const Shift&) const = default;
};

/// Extra working time for one work center on one date.
struct Overtime {
    Date date;
    std::string workCenter;
    int startMinute = 0;
    int endMinute = 0;

    bool operator==(const Overtime&) const = default;
};

/// The factory calendar: weekly pattern, holidays, make-up days, shifts and overtime.
class Calendar {
public:
    /// ISO weekdays 1..7 that are worked.
    void setWorkdays(const std::vector<int>& isoWeekdays);
    std::vector<int> workdays() const;
    void setShifts(std::vector<Shift> shifts) { m_shifts = std::move(shifts); }
    const std::vector<Shift>& shifts() const { return m_shifts; }
    void setHolidays(std::set<Date> days) { m_holidays = std::move(days); }
    const std::set<Date>& holidays() const { return m_holidays; }
    void setExtraWorkdays(std::set<Date> days) { m_extraWorkdays = std::move(days); }
    const std::set<Date>& extraWorkdays() const { return m_extraWorkdays; }
    void setOvertime(std::vector<Overtime> overtime) { m_overtime = std::move(overtime); }
    const std::vector<Overtime>& overtime() const { return m_overtime; }

    /// A make-up day wins over a holiday listed for the same date (interchange.md §2).
    bool isWorkday(Date date) const;
    /// The latest working day r such that [r, due) holds exactly `count` working days;
    /// `due` itself when count is 0.
    Date subtractWorkdays(Date due, int count) const;
    /// Minutes of shift time on a working day (0 on other days), overtime excluded.
    int shiftMinutes(Date date) const;

    bool operator==(const Calendar&) const = default;

private:
    unsigned m_weekdayMask = 0; // bit (isoWeekday - 1)
    std::vector<Shift> m_shifts;
    std::set<Date> m_holidays;
    std::set<Date> m_extraWorkdays;
    std::vector<Overtime> m_overtime;
};

} // namespace pmc::core
