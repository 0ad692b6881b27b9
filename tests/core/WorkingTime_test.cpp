#include "core/scheduling/WorkingTime.h"

#include <gtest/gtest.h>

using pmc::core::Calendar;
using pmc::core::Date;
using pmc::core::MinuteSpan;
using pmc::core::Overtime;
using pmc::core::WorkingTime;

namespace {

// Wednesday 2026-11-25; day 3 is Saturday, day 5 Monday.
const Date kToday = Date::fromYmd(2026, 11, 25);

int at(int day, int hour, int minute = 0) { return day * 24 * 60 + hour * 60 + minute; }

Calendar weekdays()
{
    Calendar calendar;
    calendar.setWorkdays({1, 2, 3, 4, 5});
    calendar.setShifts({{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
    return calendar;
}

} // namespace

TEST(WorkingTime, splitsOverLunch)
{
    WorkingTime time(weekdays(), kToday, "A");
    EXPECT_EQ(time.place(0, 300), (MinuteSpan{at(0, 8), at(0, 14)}));
}

TEST(WorkingTime, startsInTheNextShiftWhenEarliestFallsInABreak)
{
    WorkingTime time(weekdays(), kToday, "A");
    EXPECT_EQ(time.place(at(0, 12, 30), 30), (MinuteSpan{at(0, 13), at(0, 13, 30)}));
}

TEST(WorkingTime, endsAtTheShiftEndRatherThanAtTheNextStart)
{
    WorkingTime time(weekdays(), kToday, "A");
    EXPECT_EQ(time.place(at(0, 11), 60), (MinuteSpan{at(0, 11), at(0, 12)}));
}

TEST(WorkingTime, splitsOverNight)
{
    WorkingTime time(weekdays(), kToday, "A");
    EXPECT_EQ(time.place(at(0, 16), 120), (MinuteSpan{at(0, 16), at(1, 9)}));
}

TEST(WorkingTime, skipsTheWeekend)
{
    WorkingTime time(weekdays(), kToday, "A");
    EXPECT_EQ(time.place(at(2, 16), 120), (MinuteSpan{at(2, 16), at(5, 9)}));
    EXPECT_EQ(time.place(at(3, 10), 60), (MinuteSpan{at(5, 8), at(5, 9)}));
}

TEST(WorkingTime, skipsAHoliday)
{
    Calendar calendar = weekdays();
    calendar.setHolidays({kToday + 1});
    WorkingTime time(calendar, kToday, "A");
    EXPECT_EQ(time.place(at(0, 16), 120), (MinuteSpan{at(0, 16), at(2, 9)}));
}

TEST(WorkingTime, worksOnAMakeUpDay)
{
    Calendar calendar = weekdays();
    calendar.setExtraWorkdays({kToday + 3});
    WorkingTime time(calendar, kToday, "A");
    EXPECT_EQ(time.place(at(2, 16), 120), (MinuteSpan{at(2, 16), at(3, 9)}));
}

TEST(WorkingTime, overtimeExtendsOnlyItsWorkCenter)
{
    Calendar calendar = weekdays();
    calendar.setOvertime({Overtime{kToday, "A", 18 * 60, 20 * 60}});
    WorkingTime a(calendar, kToday, "A");
    WorkingTime b(calendar, kToday, "B");
    EXPECT_EQ(a.place(at(0, 16), 120), (MinuteSpan{at(0, 16), at(0, 19)}));
    EXPECT_EQ(b.place(at(0, 16), 120), (MinuteSpan{at(0, 16), at(1, 9)}));
}

TEST(WorkingTime, overtimeCountsOnANonWorkingDate)
{
    Calendar calendar = weekdays();
    calendar.setOvertime({Overtime{kToday + 4, "A", 9 * 60, 11 * 60}}); // Sunday
    WorkingTime time(calendar, kToday, "A");
    EXPECT_EQ(time.place(at(2, 16), 120), (MinuteSpan{at(2, 16), at(4, 10)}));
}

TEST(WorkingTime, overtimeOverlappingAShiftIsMerged)
{
    Calendar calendar = weekdays();
    calendar.setOvertime({Overtime{kToday, "A", 16 * 60, 19 * 60}});
    WorkingTime time(calendar, kToday, "A");
    EXPECT_EQ(time.place(at(0, 13), 360), (MinuteSpan{at(0, 13), at(0, 19)}));
    EXPECT_EQ(time.workingMinutesBetween(0, at(1, 0)), 240 + 360);
}

TEST(WorkingTime, roundTheClockShiftsJoinAcrossMidnight)
{
    Calendar calendar;
    calendar.setWorkdays({1, 2, 3, 4, 5, 6, 7});
    calendar.setShifts({{0, 24 * 60}});
    WorkingTime time(calendar, kToday, "A");
    EXPECT_EQ(time.place(at(0, 23), 120), (MinuteSpan{at(0, 23), at(1, 1)}));
    const std::vector<MinuteSpan>& intervals = time.intervals(at(3, 0));
    ASSERT_EQ(intervals.size(), 1u);
    EXPECT_EQ(intervals.front().start, 0);
    EXPECT_GE(intervals.front().end, at(4, 0));
}

TEST(WorkingTime, zeroDurationSitsAtTheFirstWorkingMinute)
{
    WorkingTime time(weekdays(), kToday, "A");
    EXPECT_EQ(time.place(at(0, 17, 30), 0), (MinuteSpan{at(1, 8), at(1, 8)}));
}

TEST(WorkingTime, reachesFarBeyondTheFirstYear)
{
    WorkingTime time(weekdays(), kToday, "A");
    const int weeks = 160; // just over three years
    const MinuteSpan span = time.place(0, weeks * 5 * 480);
    EXPECT_EQ(span.end, at(weeks * 7 - 1, 17)); // a Tuesday
    EXPECT_EQ(time.workingMinutesBetween(span.start, span.end), weeks * 5 * 480);
}

TEST(WorkingTime, throwsWhenAWorkCenterNeverWorks)
{
    Calendar calendar;
    calendar.setShifts({{8 * 60, 12 * 60}});
    WorkingTime time(calendar, kToday, "A");
    EXPECT_THROW(time.place(0, 10), std::runtime_error);
}

TEST(WorkingTime, formatsScheduleMinutesAsLocalTimestamps)
{
    EXPECT_EQ(pmc::core::formatScheduleMinute(kToday, at(6, 13, 5)), "2026-12-01T13:05");
    EXPECT_EQ(pmc::core::formatScheduleMinute(kToday, at(1, 0)), "2026-11-26T00:00");
    EXPECT_EQ(pmc::core::dateOfMinute(kToday, at(1, 0) - 1), kToday);
}

TEST(WorkingTime, placesBackwardFromTheLatestEnd)
{
    WorkingTime time(weekdays(), kToday, "A");
    // 300 minutes ending by Friday 24:00: from 13:00 Friday back over lunch to 11:00.
    EXPECT_EQ(time.placeEndingBy(at(2, 24), 300), (MinuteSpan{at(2, 11), at(2, 17)}));
    // Ending by a break ends where the shift did.
    EXPECT_EQ(time.placeEndingBy(at(2, 12, 40), 60), (MinuteSpan{at(2, 11), at(2, 12)}));
    // Over the weekend: ending by Monday 09:00 starts on Friday.
    EXPECT_EQ(time.placeEndingBy(at(5, 9), 120), (MinuteSpan{at(2, 16), at(5, 9)}));
    // A start exactly at a shift boundary begins with the later shift.
    EXPECT_EQ(time.placeEndingBy(at(0, 17), 240), (MinuteSpan{at(0, 13), at(0, 17)}));
    EXPECT_EQ(time.placeEndingBy(at(0, 9), 0), (MinuteSpan{at(0, 9), at(0, 9)}));
}

TEST(WorkingTime, placingBackwardBeforeTodayFails)
{
    WorkingTime time(weekdays(), kToday, "A");
    EXPECT_EQ(time.placeEndingBy(at(0, 10), 121), std::nullopt);
    EXPECT_EQ(time.placeEndingBy(at(0, 10), 120), (MinuteSpan{at(0, 8), at(0, 10)}));
    EXPECT_EQ(time.placeEndingBy(at(0, 7), 0), std::nullopt);
    EXPECT_EQ(time.placeEndingBy(0, 10), std::nullopt);
}

TEST(WorkingTime, backwardAndForwardPlacementAgree)
{
    Calendar calendar = weekdays();
    calendar.setHolidays({kToday + 6});
    calendar.setOvertime({{kToday + 3, "A", 9 * 60, 11 * 60}, {kToday + 1, "A", 17 * 60, 19 * 60}});
    WorkingTime time(calendar, kToday, "A");
    for (int end = at(0, 9); end < at(14, 0); end += 37)
        for (int duration : {1, 59, 240, 481, 1300}) {
            const auto back = time.placeEndingBy(end, duration);
            if (!back)
                continue;
            EXPECT_LE(back->end, end);
            EXPECT_EQ(time.place(back->start, duration), *back) << end << " " << duration;
            EXPECT_EQ(time.workingMinutesBetween(back->end, end), 0) << "ends at the last working minute";
        }
}
