#include "core/masterdata/Calendar.h"

#include <gtest/gtest.h>

using pmc::core::Calendar;
using pmc::core::Date;

namespace {

Date date(const char* text) { return *Date::parse(text); }

Calendar sixDayWeek()
{
    Calendar c;
    c.setWorkdays({1, 2, 3, 4, 5, 6});
    c.setHolidays({date("2026-10-01"), date("2026-10-02")});
    c.setExtraWorkdays({date("2026-10-11")});
    return c;
}

} // namespace

TEST(Calendar, holidaysRemoveAndMakeUpDaysAddWorkdays)
{
    const Calendar c = sixDayWeek();
    EXPECT_TRUE(c.isWorkday(date("2026-09-30")));
    EXPECT_FALSE(c.isWorkday(date("2026-10-01")));
    EXPECT_FALSE(c.isWorkday(date("2026-10-04"))); // Sunday
    EXPECT_TRUE(c.isWorkday(date("2026-10-11")));  // Sunday, make-up day
}

TEST(Calendar, aDateInBothListsIsWorked)
{
    Calendar c = sixDayWeek();
    c.setExtraWorkdays({date("2026-10-01")});
    EXPECT_TRUE(c.isWorkday(date("2026-10-01")));
}

TEST(Calendar, subtractWorkdaysCountsOnlyWorkingDaysBeforeDue)
{
    const Calendar c = sixDayWeek();
    // [r, due) must hold exactly n working days; due itself does not count.
    EXPECT_EQ(c.subtractWorkdays(date("2026-11-30"), 1).toString(), "2026-11-28"); // Mon -> Sat
    EXPECT_EQ(c.subtractWorkdays(date("2026-10-05"), 3).toString(), "2026-09-29"); // over Sun and two holidays
    EXPECT_EQ(c.subtractWorkdays(date("2026-10-12"), 1).toString(), "2026-10-11"); // the make-up Sunday
}

TEST(Calendar, zeroLeadTimeKeepsTheDueDateEvenOnAHoliday)
{
    const Calendar c = sixDayWeek();
    EXPECT_EQ(c.subtractWorkdays(date("2026-10-01"), 0).toString(), "2026-10-01");
}

TEST(Calendar, shiftMinutesOnWorkdaysOnly)
{
    Calendar c = sixDayWeek();
    c.setShifts({{8 * 60, 12 * 60}, {13 * 60 + 30, 17 * 60 + 30}});
    EXPECT_EQ(c.shiftMinutes(date("2026-11-25")), 480);
    EXPECT_EQ(c.shiftMinutes(date("2026-11-29")), 0);
}
