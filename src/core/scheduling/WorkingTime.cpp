#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <stdexcept>

namespace pmc::core {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr int kDaysPerChunk = 366;
// A work center that has no working time in this many days has none at all.
constexpr int kMaxDays = 50 * 366;

int floorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

} // namespace

WorkingTime::WorkingTime(const Calendar& calendar, Date today, std::string workCenter)
    : m_calendar(calendar), m_today(today), m_workCenter(std::move(workCenter))
{
    for (const Overtime& o : m_calendar.overtime())
        if (o.workCenter == m_workCenter && o.date >= today)
            m_overtimeByDay[o.date - today].push_back({o.startMinute, o.endMinute});
}

void WorkingTime::appendDay(int day)
{
    std::vector<Shift> pieces;
    if (m_calendar.isWorkday(m_today + day))
        pieces = m_calendar.shifts();
    if (const auto it = m_overtimeByDay.find(day); it != m_overtimeByDay.end())
        pieces.insert(pieces.end(), it->second.begin(), it->second.end());
    std::sort(pieces.begin(), pieces.end(),
              [](const Shift& a, const Shift& b) { return a.startMinute < b.startMinute; });
    const int base = day * kMinutesPerDay;
    for (const Shift& s : pieces) {
        if (s.endMinute <= s.startMinute)
            continue;
        const MinuteSpan span{base + s.startMinute, base + s.endMinute};
        // Overtime may overlap a shift, and a shift ending at 24:00 continues into one that
        // starts at 00:00 the next day: both are one stretch of working time.
        if (!m_intervals.empty() && span.start <= m_intervals.back().end) {
            MinuteSpan& last = m_intervals.back();
            last.end = std::max(last.end, span.end);
            continue;
        }
        m_workedBefore.push_back(totalWorked());
        m_intervals.push_back(span);
    }
}

long long WorkingTime::totalWorked() const
{
    if (m_intervals.empty())
        return 0;
    return m_workedBefore.back() + (m_intervals.back().end - m_intervals.back().start);
}

void WorkingTime::generateUntilDay(int day)
{
    while (m_daysGenerated < day)
        appendDay(m_daysGenerated++);
}

void WorkingTime::generateMore()
{
    if (m_daysGenerated >= kMaxDays)
        throw std::runtime_error("work center " + m_workCenter + " has no working time left in the calendar within "
                                 + std::to_string(kMaxDays / 366) + " years");
    generateUntilDay(m_daysGenerated + kDaysPerChunk);
}

std::size_t WorkingTime::firstEndingAfter(int minute)
{
    generateUntilDay(floorDiv(minute, kMinutesPerDay) + 1);
    for (;;) {
        const auto it = std::upper_bound(m_intervals.begin(), m_intervals.end(), minute,
                                         [](int m, const MinuteSpan& s) { return m < s.end; });
        if (it != m_intervals.end())
            return static_cast<std::size_t>(it - m_intervals.begin());
        generateMore();
    }
}

MinuteSpan WorkingTime::place(int earliest, int duration)
{
    const std::size_t first = firstEndingAfter(earliest);
    const int start = std::max(earliest, m_intervals[first].start);
    if (duration <= 0)
        return {start, start};
    const long long target = m_workedBefore[first] + (start - m_intervals[first].start) + duration;
    while (totalWorked() < target)
        generateMore();
    // The interval in which the `target`-th working minute ends.
    const auto it = std::lower_bound(m_workedBefore.begin() + static_cast<std::ptrdiff_t>(first), m_workedBefore.end(),
                                     target);
    const std::size_t last = static_cast<std::size_t>(it - m_workedBefore.begin()) - 1;
    return {start, m_intervals[last].start + static_cast<int>(target - m_workedBefore[last])};
}

std::optional<MinuteSpan> WorkingTime::placeEndingBy(int latestEnd, int duration)
{
    if (latestEnd <= 0)
        return std::nullopt;
    generateUntilDay(floorDiv(latestEnd - 1, kMinutesPerDay) + 1);
    // The last interval that starts before `latestEnd`.
    const auto after = std::lower_bound(m_intervals.begin(), m_intervals.end(), latestEnd,
                                        [](const MinuteSpan& s, int m) { return s.start < m; });
    if (after == m_intervals.begin())
        return std::nullopt;
    const std::size_t last = static_cast<std::size_t>(after - m_intervals.begin()) - 1;
    const int end = std::min(latestEnd, m_intervals[last].end);
    const long long target = m_workedBefore[last] + (end - m_intervals[last].start) - std::max(0, duration);
    if (target < 0)
        return std::nullopt;
    if (duration <= 0)
        return MinuteSpan{end, end};
    // The interval in which the working minute after `target` worked minutes begins.
    const auto it = std::upper_bound(m_workedBefore.begin(), m_workedBefore.begin() + static_cast<std::ptrdiff_t>(last) + 1,
                                     target);
    const std::size_t first = static_cast<std::size_t>(it - m_workedBefore.begin()) - 1;
    return MinuteSpan{m_intervals[first].start + static_cast<int>(target - m_workedBefore[first]), end};
}

int WorkingTime::workingMinutesBetween(int from, int to)
{
    if (to <= from)
        return 0;
    generateUntilDay(floorDiv(to, kMinutesPerDay) + 1);
    const auto workedBefore = [this](int t) -> long long {
        const auto it = std::upper_bound(m_intervals.begin(), m_intervals.end(), t,
                                         [](int m, const MinuteSpan& s) { return m < s.end; });
        if (it == m_intervals.end())
            return totalWorked();
        const std::size_t i = static_cast<std::size_t>(it - m_intervals.begin());
        return m_workedBefore[i] + std::max(0, t - m_intervals[i].start);
    };
    return static_cast<int>(workedBefore(to) - workedBefore(from));
}

const std::vector<MinuteSpan>& WorkingTime::intervals(int untilMinute)
{
    generateUntilDay(floorDiv(untilMinute, kMinutesPerDay) + 1);
    return m_intervals;
}

Date dateOfMinute(Date today, int minute) { return today + floorDiv(minute, kMinutesPerDay); }

std::string formatScheduleMinute(Date today, int minute)
{
    const int minuteOfDay = minute - floorDiv(minute, kMinutesPerDay) * kMinutesPerDay;
    return dateOfMinute(today, minute).toString() + "T" + formatClockMinutes(minuteOfDay);
}

} // namespace pmc::core
