#pragma once

#include "core/Date.h"
#include "core/masterdata/Calendar.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// A stretch of time in absolute minutes since the schedule's today 00:00, end exclusive.
struct MinuteSpan {
    int start = 0;
    int end = 0;

    bool operator==(const MinuteSpan&) const = default;
};

/// The working time of one work center: the calendar's shifts on working days plus the work
/// center's overtime on its dates (overtime counts even on a non-working date), merged into
/// disjoint intervals in absolute minutes since `today` 00:00.
///
/// Intervals are generated lazily, a year at a time, as far as a placement needs them, so a
/// heavily loaded factory never "falls off" the end; a work center without any working time
/// in the next 50 years makes placement throw std::runtime_error. Value type; not safe to use
/// from several threads at once because placement may extend the cache.
class WorkingTime {
public:
    WorkingTime(const Calendar& calendar, Date today, std::string workCenter);

    /// Where an operation of `duration` working minutes goes when it may start at `earliest`:
    /// it starts at the first working minute ≥ `earliest` and ends once `duration` working
    /// minutes have elapsed, split across shifts and days (the unit stays occupied across the
    /// gaps). A zero duration starts and ends at that first working minute.
    MinuteSpan place(int earliest, int duration);
    /// The latest placement of `duration` working minutes that ends at or before `latestEnd`:
    /// it ends at the last working minute ≤ `latestEnd` and starts `duration` working minutes
    /// earlier; nullopt when there is not that much working time between today 00:00 and
    /// `latestEnd`.
    std::optional<MinuteSpan> placeEndingBy(int latestEnd, int duration);
    /// Working minutes inside [from, to).
    int workingMinutesBetween(int from, int to);
    /// The merged working intervals generated so far (at least up to `untilMinute`).
    const std::vector<MinuteSpan>& intervals(int untilMinute);

private:
    /// Generates whole days until day `day` (exclusive) is covered.
    void generateUntilDay(int day);
    /// Generates one more year; throws when the generous cap is reached.
    void generateMore();
    void appendDay(int day);
    /// Index of the first interval whose end lies after `minute` (generating as needed).
    std::size_t firstEndingAfter(int minute);
    long long totalWorked() const;

    Calendar m_calendar;
    Date m_today;
    std::string m_workCenter;
    std::map<int, std::vector<Shift>> m_overtimeByDay; ///< day index since today
    std::vector<MinuteSpan> m_intervals;
    std::vector<long long> m_workedBefore; ///< working minutes in all earlier intervals
    int m_daysGenerated = 0;
};

/// The calendar date a schedule minute falls on (minute 0 = `today` 00:00).
Date dateOfMinute(Date today, int minute);
/// `YYYY-MM-DDTHH:MM` of a schedule minute in local factory time.
std::string formatScheduleMinute(Date today, int minute);

} // namespace pmc::core
