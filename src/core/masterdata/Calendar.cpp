#include "core/masterdata/Calendar.h"

namespace pmc::core {

void Calendar::setWorkdays(const std::vector<int>& isoWeekdays)
{
    m_weekdayMask = 0;
    for (int d : isoWeekdays)
        if (d >= 1 && d <= 7)
            m_weekdayMask |= 1u << (d - 1);
}

std::vector<int> Calendar::workdays() const
{
    std::vector<int> days;
    for (int d = 1; d <= 7; ++d)
        if (m_weekdayMask & (1u << (d - 1)))
            days.push_back(d);
    return days;
}

bool Calendar::isWorkday(Date date) const
{
    if (m_extraWorkdays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return (m_weekdayMask & (1u << (date.isoWeekday() - 1))) != 0;
}

Date Calendar::subtractWorkdays(Date due, int count) const
{
    if (count <= 0)
        return due;
    if (m_weekdayMask == 0) {
        // Only make-up days are worked: step back through them; with too few of them the
        // lead time cannot be honoured on the calendar, so count calendar days instead.
        auto it = m_extraWorkdays.lower_bound(due);
        for (int i = 0; i < count; ++i) {
            if (it == m_extraWorkdays.begin())
                return due - count;
            --it;
        }
        return *it;
    }
    Date day = due;
    for (int found = 0; found < count;) {
        day = day - 1;
        if (isWorkday(day))
            ++found;
    }
    return day;
}

int Calendar::shiftMinutes(Date date) const
{
    if (!isWorkday(date))
        return 0;
    int total = 0;
    for (const Shift& s : m_shifts)
        total += s.endMinute - s.startMinute;
    return total;
}

} // namespace pmc::core
