#include "ScheduleTestShop.h"

#include "core/plan/DailyPlan.h"

#include <gtest/gtest.h>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

/// The scheduler tests' shop (today Wednesday 2026-11-25, Mon–Fri 08:00–12:00 and
/// 13:00–17:00) with a schedule written by hand, so that every expected share is computed
/// from the working time alone.
struct DailyPlanShop : ScheduleTestShop {
    ScheduleResult schedule;

    DailyPlanShop()
    {
        schedule.today = kScheduleToday;
        model.workCenters
            = { { "A", "Line A", "W2", 2, 1.0 }, { "B", "Line B", "W1", 1, 1.0 }, { "C", "Line C", "W2", 1, 1.0 } };
        model.items = { { "P", "Product", ItemType::Finished, "pcs", ItemSource::Make },
            { "K", "Coil", ItemType::Semi, "kg", ItemSource::Make },
            { "RM", "Raw", ItemType::Raw, "kg", ItemSource::Buy, 0 } };
    }
    void op(const std::string& order, const std::string& item, double qty, const std::string& wc, int unit, int start,
        int end, int seq = 10)
    {
        schedule.operations.push_back({ order, item, qty, seq, wc, unit, start, end });
    }
    DailyPlan plan(int day, const std::string& workshop = {}) const
    {
        return buildDailyPlan(model, mrp, schedule, kScheduleToday + day, workshop);
    }
};

} // namespace

TEST(DailyPlan, clipsAnOperationToTheDayAndSharesItsQuantityByWorkingMinutes)
{
    DailyPlanShop shop;
    shop.wo("WO-1", "P", 10, 3);
    shop.op("WO-1", "P", 10, "A", 0, at(0, 13), at(1, 12)); // 240 working minutes on each day
    const DailyPlan first = shop.plan(0);
    ASSERT_EQ(first.lines.size(), 1u);
    EXPECT_EQ(first.lines[0].startMinute, at(0, 13));
    EXPECT_EQ(first.lines[0].endMinute, at(0, 17));
    EXPECT_EQ(first.lines[0].qty, 5);
    EXPECT_EQ(first.lines[0].workingMinutes, 240);

    const DailyPlan second = shop.plan(1);
    ASSERT_EQ(second.lines.size(), 1u);
    EXPECT_EQ(second.lines[0].startMinute, at(1, 8));
    EXPECT_EQ(second.lines[0].endMinute, at(1, 12));
    EXPECT_EQ(second.lines[0].qty, 5);
    EXPECT_EQ(second.lines[0].orderQty, 10);
    EXPECT_EQ(second.lines[0].due, kScheduleToday + 3);
    EXPECT_TRUE(second.lines[0].customerOrders.empty());
    EXPECT_TRUE(shop.plan(2).lines.empty());
}

TEST(DailyPlan, pieceSharesAreWholeAndAddUpToTheOperationQuantity)
{
    DailyPlanShop shop;
    shop.wo("WO-1", "P", 7, 5);
    shop.op("WO-1", "P", 7, "A", 0, at(0, 8), at(2, 17)); // three days of 480 minutes
    // 7/3 = 2.33 → 2; 14/3 = 4.67 → 5, so day 1 makes 3; day 2 the remaining 2.
    EXPECT_EQ(shop.plan(0).lines.at(0).qty, 2);
    EXPECT_EQ(shop.plan(1).lines.at(0).qty, 3);
    EXPECT_EQ(shop.plan(2).lines.at(0).qty, 2);
    EXPECT_EQ(shop.plan(1).lines.at(0).startMinute, at(1, 8));
    EXPECT_EQ(shop.plan(1).lines.at(0).endMinute, at(1, 17));
}

TEST(DailyPlan, nonPieceQuantitiesKeepThreeDecimalsAndWeekendsHaveNoLines)
{
    DailyPlanShop shop;
    shop.wo("WO-1", "K", 10, 8);
    // Friday 13:00 → Monday 12:00: 240 minutes on Friday, none on the weekend, 240 on Monday.
    shop.op("WO-1", "K", 10, "A", 0, at(2, 13), at(5, 12));
    EXPECT_DOUBLE_EQ(shop.plan(2).lines.at(0).qty, 5.0);
    EXPECT_TRUE(shop.plan(3).lines.empty());
    EXPECT_TRUE(shop.plan(4).lines.empty());
    EXPECT_DOUBLE_EQ(shop.plan(5).lines.at(0).qty, 5.0);

    DailyPlanShop thirds;
    thirds.wo("WO-1", "K", 1, 8);
    thirds.op("WO-1", "K", 1, "A", 0, at(0, 8), at(2, 17));
    EXPECT_DOUBLE_EQ(thirds.plan(0).lines.at(0).qty, 0.333);
    EXPECT_DOUBLE_EQ(thirds.plan(1).lines.at(0).qty, 0.334);
}

TEST(DailyPlan, groupsByWorkshopThenWorkCenterInMasterDataOrderThenUnitAndStart)
{
    DailyPlanShop shop;
    for (const char* number : { "WO-1", "WO-2", "WO-3", "WO-4", "WO-5" })
        shop.wo(number, "P", 4, 5);
    shop.op("WO-1", "P", 4, "B", 0, at(1, 8), at(1, 9));
    shop.op("WO-2", "P", 4, "C", 0, at(1, 8), at(1, 9));
    shop.op("WO-3", "P", 4, "A", 1, at(1, 8), at(1, 9));
    shop.op("WO-4", "P", 4, "A", 0, at(1, 10), at(1, 11));
    shop.op("WO-5", "P", 4, "A", 0, at(1, 8), at(1, 9));
    const DailyPlan plan = shop.plan(1);
    std::vector<std::string> orders;
    for (const DailyPlanLine& line : plan.lines)
        orders.push_back(line.order);
    // W2 first (its work center A is declared first): A unit 0 by start, A unit 1, C; then W1.
    EXPECT_EQ(orders, (std::vector<std::string> { "WO-5", "WO-4", "WO-3", "WO-2", "WO-1" }));
    EXPECT_EQ(plan.lines[0].workshop, "W2");
    EXPECT_EQ(plan.lines[0].workCenterName, "Line A");
    EXPECT_EQ(plan.planNumber, "DP-20261126-ALL");
    EXPECT_EQ(plan.totals.lines, 5);
    EXPECT_EQ(plan.totals.orders, 5);
    EXPECT_EQ(plan.totals.workCenters, 3);
    EXPECT_EQ(plan.totals.qty, 20);
    EXPECT_EQ(plan.totals.workingMinutes, 5 * 60);
}

TEST(DailyPlan, workshopFilterKeepsOnlyItsWorkCentersAndNamesThePlan)
{
    DailyPlanShop shop;
    shop.wo("WO-1", "P", 4, 5);
    shop.wo("WO-2", "P", 4, 5);
    shop.op("WO-1", "P", 4, "B", 0, at(1, 8), at(1, 9));
    shop.op("WO-2", "P", 4, "C", 0, at(1, 8), at(1, 9));
    const DailyPlan plan = shop.plan(1, "W1");
    ASSERT_EQ(plan.lines.size(), 1u);
    EXPECT_EQ(plan.lines[0].order, "WO-1");
    EXPECT_EQ(plan.planNumber, "DP-20261126-W1");
    EXPECT_EQ(plan.workshop, "W1");
    EXPECT_TRUE(shop.plan(1, "W9").lines.empty());
}

TEST(DailyPlan, plannedOrdersServeTheSalesLinesTheirPeggingChainReaches)
{
    DailyPlanShop shop;
    shop.model.salesOrders
        = { { "SO-1", "Acme", 1, { { "P", 5, kScheduleToday + 6 }, { "P", 3, kScheduleToday + 4 } } } };
    shop.planned("PLN-1", "P", 8, 4, ItemSource::Make, { { "SO-1/2", 3 }, { "SO-1/1", 5 } });
    shop.planned("PLN-2", "K", 8, 3, ItemSource::Make, { { "PLN-1", 8 } });
    shop.op("PLN-2", "K", 8, "C", 0, at(1, 8), at(1, 9));
    const DailyPlanLine line = shop.plan(1).lines.at(0);
    EXPECT_EQ(line.customerOrders, (std::vector<std::string> { "SO-1/2", "SO-1/1" }));
    EXPECT_EQ(line.customers, (std::vector<std::string> { "Acme" }));
    EXPECT_EQ(line.due, kScheduleToday + 4); // the earliest served line
    EXPECT_FALSE(line.isWorkOrder);
    EXPECT_EQ(line.itemName, "Coil");
}

TEST(DailyPlan, shortWhenPeggedBoughtMaterialIsNotInHouseBufferDaysBeforeTheStart)
{
    DailyPlanShop shop;
    shop.model.settings.materialBufferDays = 1;
    shop.planned("PLN-1", "P", 4, 5, ItemSource::Make);
    shop.planned("PLN-2", "P", 4, 5, ItemSource::Make);
    shop.planned("PLN-3", "P", 4, 5, ItemSource::Make);
    shop.planned("PLN-4", "RM", 2, 1, ItemSource::Buy, { { "PLN-1", 2 } }); // in house day 2 00:00: late
    shop.planned("PLN-5", "RM", 2, 0, ItemSource::Buy, { { "PLN-2", 2 } }); // day 1 00:00: in time
    shop.planned("PLN-6", "RM", 2, 0, ItemSource::Buy, { { "PLN-3", 2 } }); // past due, see below
    shop.model.items[2].leadTimeDays = 0;
    shop.op("PLN-1", "P", 4, "A", 0, at(1, 8), at(1, 9));
    shop.op("PLN-2", "P", 4, "A", 1, at(1, 8), at(1, 9));
    shop.op("PLN-3", "P", 4, "C", 0, at(1, 8), at(1, 9));
    DailyPlan plan = shop.plan(1);
    ASSERT_EQ(plan.lines.size(), 3u);
    EXPECT_EQ(plan.lines[0].materialStatus, MaterialStatus::Short);
    EXPECT_EQ(plan.lines[0].shortItems, (std::vector<std::string> { "RM" }));
    EXPECT_EQ(plan.lines[1].materialStatus, MaterialStatus::Kitted);
    EXPECT_EQ(plan.lines[2].materialStatus, MaterialStatus::Kitted);
    EXPECT_EQ(plan.totals.shortLines, 1);

    // Released today with 2 days of purchase lead time, PLN-6 cannot arrive before day 2.
    shop.model.items[2].leadTimeDays = 2;
    plan = shop.plan(1);
    EXPECT_EQ(plan.lines[2].materialStatus, MaterialStatus::Short);
    EXPECT_STREQ(toString(plan.lines[2].materialStatus), "short");
}

TEST(DailyPlan, planNumberUsesTheWorkshopOrAll)
{
    EXPECT_EQ(dailyPlanNumber(Date::fromYmd(2026, 1, 5), ""), "DP-20260105-ALL");
    EXPECT_EQ(dailyPlanNumber(Date::fromYmd(2026, 1, 5), "总装车间"), "DP-20260105-总装车间");
}
