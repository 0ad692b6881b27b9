#include "core/scheduling/ScheduleComparison.h"

#include "ScheduleTestShop.h"

#include <gtest/gtest.h>

using namespace pmc::core;
using pmc::core::test::at;
using pmc::core::test::kScheduleToday;

namespace {

// Monday–Friday 08–12 and 13–17: 8 working hours a day; today is a Wednesday.
FactoryModel shop(int pressUnits)
{
    FactoryModel model;
    model.settings.today = kScheduleToday;
    model.calendar.setWorkdays({1, 2, 3, 4, 5});
    model.calendar.setShifts({{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
    model.workCenters.push_back({"PRESS", "Press", "", pressUnits, 1.0});
    model.workCenters.push_back({"PAINT", "Paint", "", 1, 1.0});
    return model;
}

OrderCompletion order(const std::string& number, int dueDay, int completionMinute, int lateDays, bool short_ = false)
{
    return {number, "ITEM-" + number, true, kScheduleToday + dueDay, completionMinute, lateDays, short_};
}

ScheduledOperation operation(const std::string& order, const std::string& workCenter, int start, int end, int changeover = 0)
{
    return {order, "ITEM-" + order, 1, 10, workCenter, 0, start, end, changeover, false};
}

struct ScheduleComparisonTest : ::testing::Test {
    FactoryModel liveModel = shop(1);
    FactoryModel whatIfModel = shop(2);
    ScheduleResult live;
    ScheduleResult whatIf;

    void SetUp() override
    {
        live.today = kScheduleToday;
        whatIf.today = kScheduleToday;
        // Live: the press works both orders one after the other, all of Wednesday and Thursday.
        live.operations = {operation("WO-1", "PRESS", at(0, 8), at(0, 17), 60), operation("WO-2", "PRESS", at(1, 8), at(1, 17))};
        live.orders = {order("WO-1", 0, at(0, 17), 0), order("WO-2", 0, at(1, 17), 1), order("WO-3", 5, at(1, 10), 0, true)};
        live.demands = {{"SO-1/1", kScheduleToday, at(1, 17), 1}, {"SO-1/2", kScheduleToday + 5, at(0, 17), 0}};
        live.weightedTardiness = 900;
        live.makespan = at(1, 17);
        live.changeoverMinutes = 60;
        // What-if: a second press unit runs both on Wednesday.
        whatIf.operations = {operation("WO-1", "PRESS", at(0, 8), at(0, 17)), operation("WO-2", "PRESS", at(0, 8), at(0, 17))};
        whatIf.operations[1].unit = 1;
        whatIf.orders = {order("WO-1", 0, at(0, 17), 0), order("WO-2", 0, at(0, 17), 0), order("WO-3", 5, at(1, 10), 0, true),
                         order("PL-9", 0, at(2, 9), 2)};
        whatIf.demands = {{"SO-1/1", kScheduleToday, at(0, 17), 0}, {"SO-1/2", kScheduleToday + 5, at(0, 17), 0}};
        whatIf.weightedTardiness = 0;
        whatIf.makespan = at(0, 17);
    }
    ScheduleComparison compare() const { return compareSchedules({liveModel, live}, {whatIfModel, whatIf}); }
};

} // namespace

TEST_F(ScheduleComparisonTest, measuresHaveBothValuesTheDifferenceAndWhichIsBetter)
{
    const ScheduleComparison c = compare();
    ASSERT_EQ(c.measures.size(), 8u);
    const MeasureComparison& late = c.measure(ScheduleMeasure::LateOrders);
    EXPECT_EQ(late.live, 1);
    EXPECT_EQ(late.whatIf, 1); // WO-2 is on time, but the new PL-9 is late
    EXPECT_FALSE(late.isBetter());
    EXPECT_FALSE(late.isWorse());
    const MeasureComparison& lines = c.measure(ScheduleMeasure::LateSalesLines);
    EXPECT_EQ(lines.live, 1);
    EXPECT_EQ(lines.whatIf, 0);
    EXPECT_TRUE(lines.isBetter());
    EXPECT_EQ(lines.difference(), -1);
    EXPECT_EQ(c.measure(ScheduleMeasure::TotalDaysLate).live, 1);
    EXPECT_EQ(c.measure(ScheduleMeasure::TotalDaysLate).whatIf, 2);
    EXPECT_TRUE(c.measure(ScheduleMeasure::TotalDaysLate).isWorse());
    EXPECT_EQ(c.measure(ScheduleMeasure::WeightedTardiness).difference(), -900);
    EXPECT_DOUBLE_EQ(c.measure(ScheduleMeasure::MakespanDays).live, (24 * 60 + 17 * 60) / 1440.0);
    EXPECT_DOUBLE_EQ(c.measure(ScheduleMeasure::MakespanDays).whatIf, 17 * 60 / 1440.0);
    EXPECT_DOUBLE_EQ(c.measure(ScheduleMeasure::ChangeoverHours).live, 1.0);
    EXPECT_TRUE(c.measure(ScheduleMeasure::ChangeoverHours).isBetter());
    EXPECT_EQ(c.measure(ScheduleMeasure::MaterialShortOrders).live, 1);
    EXPECT_EQ(c.measure(ScheduleMeasure::MaterialShortOrders).whatIf, 1);
}

TEST_F(ScheduleComparisonTest, utilisationOfTheBusiestWorkCenterIsOverTheCommonHorizon)
{
    const ScheduleComparison c = compare();
    // Up to Thursday 17:00: two days of 8 h. Live: 16 h on one unit = 100 %; what-if: the
    // same 16 h on two units = 50 %.
    EXPECT_EQ(c.horizonDays, 2);
    EXPECT_EQ(c.liveBusiestWorkCenter, "PRESS");
    EXPECT_EQ(c.whatIfBusiestWorkCenter, "PRESS");
    EXPECT_NEAR(c.measure(ScheduleMeasure::BusiestUtilisation).live, 100.0, 1e-9);
    EXPECT_NEAR(c.measure(ScheduleMeasure::BusiestUtilisation).whatIf, 50.0, 1e-9);
    EXPECT_TRUE(c.measure(ScheduleMeasure::BusiestUtilisation).isBetter());
}

TEST_F(ScheduleComparisonTest, ordersLateInEitherPlanOrMovedAreListedMostLateFirst)
{
    const ScheduleComparison c = compare();
    // WO-1 did not move and is on time in both; WO-3 did not move either.
    ASSERT_EQ(c.orders.size(), 2u);
    const OrderComparison& added = c.orders[0];
    EXPECT_EQ(added.order, "PL-9");
    EXPECT_FALSE(added.liveCompletionMinute);
    EXPECT_EQ(added.whatIfCompletionMinute, at(2, 9));
    EXPECT_EQ(added.whatIfLateDays, 2);
    EXPECT_FALSE(added.changeDays);
    const OrderComparison& earlier = c.orders[1];
    EXPECT_EQ(earlier.order, "WO-2");
    EXPECT_EQ(earlier.item, "ITEM-WO-2");
    EXPECT_EQ(earlier.due, kScheduleToday);
    EXPECT_EQ(earlier.liveCompletionMinute, at(1, 17));
    EXPECT_EQ(earlier.whatIfCompletionMinute, at(0, 17));
    EXPECT_EQ(earlier.liveLateDays, 1);
    EXPECT_EQ(earlier.whatIfLateDays, 0);
    EXPECT_EQ(earlier.changeDays, -1);
}

TEST_F(ScheduleComparisonTest, anOrderFinishingOnAnotherDayIsListedEvenWhenOnTime)
{
    whatIf.orders[2].completionMinute = at(3, 9); // WO-3 moves from Thursday to Friday, still due later
    const ScheduleComparison c = compare();
    const auto moved = std::find_if(c.orders.begin(), c.orders.end(), [](const OrderComparison& o) { return o.order == "WO-3"; });
    ASSERT_NE(moved, c.orders.end());
    EXPECT_EQ(moved->changeDays, 2);
    EXPECT_EQ(moved->whatIfLateDays, 0);
    EXPECT_EQ(c.orders.back().order, "WO-3");
}

TEST_F(ScheduleComparisonTest, identicalPlansAreNeitherBetterNorWorse)
{
    const ScheduleComparison c = compareSchedules({liveModel, live}, {liveModel, live});
    for (const MeasureComparison& m : c.measures) {
        EXPECT_EQ(m.difference(), 0);
        EXPECT_FALSE(m.isBetter());
        EXPECT_FALSE(m.isWorse());
    }
    ASSERT_EQ(c.orders.size(), 1u); // only the late WO-2
    EXPECT_EQ(c.orders[0].changeDays, 0);
}

TEST_F(ScheduleComparisonTest, emptySchedulesCompareAsZero)
{
    const ScheduleComparison c = compareSchedules({liveModel, ScheduleResult{kScheduleToday}}, {liveModel, ScheduleResult{kScheduleToday}});
    EXPECT_EQ(c.measure(ScheduleMeasure::BusiestUtilisation).live, 0);
    EXPECT_TRUE(c.liveBusiestWorkCenter.empty());
    EXPECT_TRUE(c.orders.empty());
}

TEST_F(ScheduleComparisonTest, plansOfDifferentDaysAreRefused)
{
    whatIf.today = kScheduleToday + 1;
    EXPECT_THROW(compare(), std::invalid_argument);
}
