#include "core/Date.h"

#include <gtest/gtest.h>

using pmc::core::Date;

TEST(Date, parsesAndFormatsIsoDates)
{
    const auto d = Date::parse("2026-11-25");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->toString(), "2026-11-25");
    EXPECT_EQ(d->year(), 2026);
    EXPECT_EQ(d->month(), 11);
    EXPECT_EQ(d->day(), 25);
}

TEST(Date, rejectsImpossibleDates)
{
    for (const char* text : {"2026-13-01", "2026-02-29", "2026-11-31", "2026-1-01", "26-11-25", "2026/11/25", "", "abcd-ef-gh"})
        EXPECT_FALSE(Date::parse(text)) << text;
    EXPECT_TRUE(Date::parse("2028-02-29"));
}

TEST(Date, knowsIsoWeekdays)
{
    EXPECT_EQ(Date::parse("2026-11-25")->isoWeekday(), 3); // Wednesday
    EXPECT_EQ(Date::parse("2026-11-29")->isoWeekday(), 7); // Sunday
    EXPECT_EQ(Date::parse("1969-12-31")->isoWeekday(), 3);
}

TEST(Date, arithmeticCrossesMonthsAndYears)
{
    EXPECT_EQ((*Date::parse("2026-12-30") + 3).toString(), "2027-01-02");
    EXPECT_EQ(*Date::parse("2027-03-01") - *Date::parse("2027-02-01"), 28);
}

TEST(Date, parsesClockTimes)
{
    EXPECT_EQ(pmc::core::parseClockMinutes("13:30"), 13 * 60 + 30);
    EXPECT_EQ(pmc::core::parseClockMinutes("24:00"), 24 * 60);
    EXPECT_FALSE(pmc::core::parseClockMinutes("24:30"));
    EXPECT_FALSE(pmc::core::parseClockMinutes("8:00"));
    EXPECT_EQ(pmc::core::formatClockMinutes(8 * 60 + 5), "08:05");
}
