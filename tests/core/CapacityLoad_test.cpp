#include "ScheduleTestShop.h"

#include "core/scheduling/CapacityLoad.h"

#include <gtest/gtest.h>

namespace pmc::core::test {

namespace {

/// ScheduleTestShop (Wednesday 2026-11-25, Mon–Fri 08–12 and 13–17 = 8 h a day) with a
/// work center W of 2 units at efficiency 0.8: 8 h × 2 × 0.8 = 12.8 h available a working day.
struct CapacityLoadShop : ScheduleTestShop {
    CapacityLoadShop() { workCenter("W", 2, 0.8); }

    ScheduleResult schedule(std::vector<ScheduledOperation> operations) const
    {
        ScheduleResult result;
        result.today = kScheduleToday;
        result.operations = std::move(operations);
        return result;
    }
    CapacityLoad load(const ScheduleResult& result, int dayOffset = 0, int buckets = 1, int bucketDays = 1,
                      const std::string& only = "") const
    {
        return scheduledCapacityLoad(model, result, {kScheduleToday + dayOffset, buckets, bucketDays, only});
    }
};

ScheduledOperation op(const std::string& workCenter, int unit, int start, int end)
{
    return {"WO-1", "FG", 1, 10, workCenter, unit, start, end};
}

} // namespace

TEST(CapacityLoad, availableHoursAreShiftsTimesUnitsTimesEfficiency)
{
    CapacityLoadShop shop;
    const CapacityLoad load = shop.load(shop.schedule({}));
    ASSERT_EQ(load.buckets.size(), 1u);
    const CapacityLoadBucket& b = load.buckets[0];
    EXPECT_EQ(b.workCenter, "W");
    EXPECT_EQ(b.start, kScheduleToday);
    EXPECT_EQ(b.days, 1);
    EXPECT_DOUBLE_EQ(b.availableHours, 12.8);
    EXPECT_DOUBLE_EQ(b.loadHours, 0);
    ASSERT_TRUE(b.utilisation.has_value());
    EXPECT_DOUBLE_EQ(*b.utilisation, 0);
    EXPECT_FALSE(b.overloaded);
}

TEST(CapacityLoad, holidayHasNothingAvailableAndNoUtilisation)
{
    CapacityLoadShop shop;
    shop.model.calendar.setHolidays({kScheduleToday});
    const CapacityLoadBucket b = shop.load(shop.schedule({})).buckets.at(0);
    EXPECT_DOUBLE_EQ(b.availableHours, 0);
    EXPECT_FALSE(b.utilisation.has_value());
    EXPECT_FALSE(b.overloaded);
}

TEST(CapacityLoad, weekendIsEmptyUnlessMadeUp)
{
    CapacityLoadShop shop;
    EXPECT_DOUBLE_EQ(shop.load(shop.schedule({}), 3).buckets.at(0).availableHours, 0); // Saturday
    shop.model.calendar.setExtraWorkdays({kScheduleToday + 3});
    EXPECT_DOUBLE_EQ(shop.load(shop.schedule({}), 3).buckets.at(0).availableHours, 12.8);
}

TEST(CapacityLoad, overtimeOfTheWorkCenterAdds)
{
    CapacityLoadShop shop;
    shop.workCenter("OTHER");
    shop.model.calendar.setOvertime({{kScheduleToday, "W", 17 * 60, 19 * 60}, {kScheduleToday + 3, "W", 8 * 60, 10 * 60}});
    const CapacityLoad weekday = shop.load(shop.schedule({}));
    ASSERT_EQ(weekday.buckets.size(), 2u);
    EXPECT_DOUBLE_EQ(weekday.buckets[0].availableHours, 10 * 2 * 0.8); // 16 h
    EXPECT_EQ(weekday.buckets[1].workCenter, "OTHER");
    EXPECT_DOUBLE_EQ(weekday.buckets[1].availableHours, 8);
    // On a Saturday only the overtime: 2 h × 2 × 0.8.
    EXPECT_DOUBLE_EQ(shop.load(shop.schedule({}), 3, 1, 1, "W").buckets.at(0).availableHours, 3.2);
}

TEST(CapacityLoad, operationOverNightCountsOnlyWorkingMinutesPerDay)
{
    CapacityLoadShop shop;
    shop.workCenter("N");
    // 16:00 today to 09:00 tomorrow: 1 h today, 1 h tomorrow; the night counts nothing.
    const CapacityLoad load = shop.load(shop.schedule({op("N", 0, at(0, 16), at(1, 9))}), 0, 3, 1, "N");
    ASSERT_EQ(load.buckets.size(), 3u);
    EXPECT_DOUBLE_EQ(load.buckets[0].loadHours, 1);
    EXPECT_DOUBLE_EQ(load.buckets[1].loadHours, 1);
    EXPECT_DOUBLE_EQ(load.buckets[2].loadHours, 0);
    EXPECT_DOUBLE_EQ(*load.buckets[0].utilisation, 1.0 / 8);
}

TEST(CapacityLoad, loadAboveAvailableIsFlagged)
{
    CapacityLoadShop shop;
    shop.workCenter("ONE");
    // A hand-made (or hand-moved) schedule putting two full days on a one-unit work center.
    const CapacityLoad load = shop.load(
        shop.schedule({op("ONE", 0, at(0, 8), at(0, 17)), op("ONE", 1, at(0, 8), at(0, 17)), op("ONE", 0, at(1, 8), at(1, 17))}),
        0, 2, 1, "ONE");
    ASSERT_EQ(load.buckets.size(), 2u);
    EXPECT_DOUBLE_EQ(load.buckets[0].loadHours, 16);
    EXPECT_DOUBLE_EQ(*load.buckets[0].utilisation, 2);
    EXPECT_TRUE(load.buckets[0].overloaded);
    EXPECT_DOUBLE_EQ(load.buckets[1].loadHours, 8); // exactly full is not overloaded
    EXPECT_FALSE(load.buckets[1].overloaded);
}

TEST(CapacityLoad, loadIsInStandardHoursSoAFullWorkCenterIsNotOverloaded)
{
    CapacityLoadShop shop;
    // Both units of W busy all day: 16 h on the units × 0.8 = 12.8 standard hours = available.
    const CapacityLoadBucket b =
        shop.load(shop.schedule({op("W", 0, at(0, 8), at(0, 17)), op("W", 1, at(0, 8), at(0, 17))})).buckets.at(0);
    EXPECT_DOUBLE_EQ(b.loadHours, 12.8);
    EXPECT_DOUBLE_EQ(*b.utilisation, 1);
    EXPECT_FALSE(b.overloaded);
}

TEST(CapacityLoad, weekBucketsSumTheirDays)
{
    CapacityLoadShop shop;
    shop.workCenter("A");
    shop.model.calendar.setOvertime({{kScheduleToday + 4, "A", 8 * 60, 12 * 60}});
    shop.routing("FG", {{10, "A", 30, 30}, {20, "W", 0, 45}});
    shop.wo("WO-1", "FG", 10, 5);
    shop.planned("PLN-1", "FG", 20, 12, ItemSource::Make);
    const ScheduleResult result = shop.run();
    ASSERT_FALSE(result.operations.empty());
    const CapacityLoad weeks = shop.load(result, 0, 3, 7);
    const CapacityLoad days = shop.load(result, 0, 21, 1);
    ASSERT_EQ(weeks.buckets.size(), 2u * 3);
    ASSERT_EQ(days.buckets.size(), 2u * 21);
    double total = 0;
    for (std::size_t w = 0; w < weeks.buckets.size(); ++w) {
        const std::size_t firstDay = (w / 3) * 21 + (w % 3) * 7;
        double load = 0;
        double available = 0;
        for (std::size_t d = firstDay; d < firstDay + 7; ++d) {
            load += days.buckets[d].loadHours;
            available += days.buckets[d].availableHours;
        }
        EXPECT_EQ(weeks.buckets[w].days, 7);
        EXPECT_EQ(weeks.buckets[w].start, kScheduleToday + static_cast<int>(w % 3) * 7);
        EXPECT_NEAR(weeks.buckets[w].loadHours, load, 1e-9) << w;
        EXPECT_NEAR(weeks.buckets[w].availableHours, available, 1e-9) << w;
        total += load;
    }
    // A: 30 + 10 × 30 and 30 + 20 × 30 min; W: ⌈450 / 0.8⌉ = 563 and 900 / 0.8 = 1125 occupied
    // minutes × 0.8; everything ends inside the three weeks.
    EXPECT_NEAR(total, (330 + 630) / 60.0 + (563 + 1125) * 0.8 / 60.0, 1e-9);
}

TEST(CapacityLoad, rangeMayStartBeforeTheScheduleToday)
{
    CapacityLoadShop shop;
    const CapacityLoad load = shop.load(shop.schedule({op("W", 0, at(0, 8), at(0, 10))}), -2, 3);
    ASSERT_EQ(load.buckets.size(), 3u);
    EXPECT_EQ(load.buckets[0].start, kScheduleToday - 2); // Monday
    EXPECT_DOUBLE_EQ(load.buckets[0].availableHours, 12.8);
    EXPECT_DOUBLE_EQ(load.buckets[0].loadHours, 0);
    EXPECT_DOUBLE_EQ(load.buckets[2].loadHours, 2 * 0.8);
}

TEST(CapacityLoad, plannedLoadPutsEachOrderOnItsStartDay)
{
    CapacityLoadShop shop;
    shop.workCenter("A");
    Item fg;
    fg.code = "FG";
    fg.source = ItemSource::Make;
    fg.leadTimeDays = 2;
    shop.model.items.push_back(fg);
    shop.routing("FG", {{10, "A", 30, 6}});
    // Due Monday (day 5), 2 working days of lead time: starts Thursday (day 1); 30 + 60 min.
    shop.wo("WO-1", "FG", 10, 5);
    // Released today: 30 + 30 min; a buy order and a past release (clamped to today) too.
    shop.planned("PLN-1", "FG", 5, 1, ItemSource::Make);
    shop.planned("PLN-2", "RM", 5, 1, ItemSource::Buy);
    shop.mrp.plannedOrders.back().release = kScheduleToday - 3;
    shop.planned("PLN-3", "FG", 5, 2, ItemSource::Make);
    shop.mrp.plannedOrders.back().release = kScheduleToday - 3;
    const CapacityLoad load = plannedCapacityLoad(shop.model, shop.mrp, {kScheduleToday, 3, 1, "A"});
    ASSERT_EQ(load.buckets.size(), 3u);
    EXPECT_DOUBLE_EQ(load.buckets[0].loadHours, 2);
    EXPECT_DOUBLE_EQ(load.buckets[1].loadHours, 1.5);
    EXPECT_DOUBLE_EQ(load.buckets[2].loadHours, 0);
    const CapacityLoad week = plannedCapacityLoad(shop.model, shop.mrp, {kScheduleToday, 1, 7, "A"});
    EXPECT_DOUBLE_EQ(week.buckets.at(0).loadHours, 3.5);
}

TEST(CapacityLoad, refusesBadRanges)
{
    CapacityLoadShop shop;
    EXPECT_THROW(shop.load(shop.schedule({}), 0, -1), std::invalid_argument);
    EXPECT_THROW(shop.load(shop.schedule({}), 0, 1, 0), std::invalid_argument);
}

} // namespace pmc::core::test
