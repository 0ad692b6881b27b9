#include "MrpTestFactory.h"

#include "core/mrp/MrpPlan.h"

#include <gtest/gtest.h>

// Hand-computed cases for what the planner adds to MRP (docs/mrp.md): firm planned orders,
// purchase requisitions, and the time-phased record of the requirements grid.

using namespace pmc::core;
using namespace pmc::core::test;

TEST(MrpPlannerOrders, aFirmOrderCoversTheDemandAndNeedsItsComponentsFromItsRelease)
{
    MrpTestFactory f;
    f.make("A", 2);
    f.buy("B");
    f.bom("A", "B", 2);
    f.sale("SO", "A", 10, day(6));
    // Firm 12 due day 6 (Tuesday 12-01), released by the planner on day 1 (Thursday).
    f.model.firmPlannedOrders.push_back({"FPO-00001", "A", 12, day(6), day(1)});
    const MrpResult result = f.run();

    const auto a = ordersOf(result, "A");
    ASSERT_EQ(a.size(), 1u); // the firm order alone: no proposal on top of it
    EXPECT_EQ(a[0].id, "FPO-00001");
    EXPECT_TRUE(a[0].firm);
    EXPECT_EQ(a[0].qty, 12);
    EXPECT_EQ(a[0].release, day(1));
    EXPECT_TRUE(a[0].pegging.empty());
    // B: 24 needed on the firm release minus the 3-day material buffer, i.e. today.
    const auto b = ordersOf(result, "B");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].qty, 24);
    EXPECT_EQ(b[0].due, day(0));
    ASSERT_EQ(b[0].pegging.size(), 1u);
    EXPECT_EQ(b[0].pegging[0].demand, "FPO-00001");
}

TEST(MrpPlannerOrders, aFirmOrderReleasedBeforeTodayIsPastDueAndNeedsItsComponentsToday)
{
    MrpTestFactory f;
    f.make("A");
    f.make("C");
    f.bom("A", "C", 1);
    f.sale("SO", "A", 5, day(2));
    f.model.firmPlannedOrders.push_back({"FPO-7", "A", 5, day(2), day(-3)});
    const MrpResult result = f.run();
    ASSERT_EQ(result.exceptions.size(), 1u);
    EXPECT_EQ(result.exceptions[0].kind, MrpException::Kind::PastDue);
    EXPECT_EQ(result.exceptions[0].order, "FPO-7");
    EXPECT_EQ(result.exceptions[0].date, day(2));
    EXPECT_EQ(result.exceptions[0].message, "FPO-7 due 2026-11-27: release 2026-11-22 is before today 2026-11-25");
    const auto a = ordersOf(result, "A");
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].release, day(0));
    const auto c = ordersOf(result, "C");
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c[0].due, day(0));
    EXPECT_EQ(c[0].qty, 5);
}

TEST(MrpPlannerOrders, aFirmOrderComesBeforeAPlannedOrderDueTheSameDay)
{
    MrpTestFactory f;
    f.make("A");
    f.sale("SO", "A", 10, day(4));
    f.model.firmPlannedOrders.push_back({"Z-1", "A", 4, day(4), day(4)});
    const auto a = ordersOf(f.run(), "A");
    ASSERT_EQ(a.size(), 2u);
    EXPECT_EQ(a[0].id, "Z-1");
    EXPECT_EQ(a[1].id, "PLN-00001");
    EXPECT_EQ(a[1].qty, 6);
}

TEST(MrpPlannerOrders, aRequisitionIsSupplyLikeAPurchaseOrder)
{
    MrpTestFactory f;
    f.buy("R", 5);
    f.sale("SO", "R", 20, day(3));
    f.sale("SO2", "R", 15, day(10));
    // PR-1 covers the first demand but arrives 4 days after it is needed.
    f.model.purchaseRequisitions.push_back({"PR-1", "R", 30, day(7), day(2), ""});
    const MrpResult result = f.run();
    const auto r = ordersOf(result, "R");
    // Day 3: 20 short (the requisition comes later) → planned 20; day 10: 30 − 15 left.
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].qty, 20);
    EXPECT_EQ(r[0].due, day(3));
    ASSERT_EQ(result.exceptions.size(), 2u);
    EXPECT_EQ(result.exceptions[0].kind, MrpException::Kind::PastDue); // release day −2
    EXPECT_EQ(result.exceptions[1].kind, MrpException::Kind::Expedite);
    EXPECT_EQ(result.exceptions[1].order, "PR-1");
    EXPECT_EQ(result.exceptions[1].date, day(3));
}

TEST(MrpPlannerOrders, timePhasedRecordByDayAndWeek)
{
    MrpTestFactory f;
    Item& x = f.buy("X", 0, 5);
    x.lot = {LotRule::Fixed, 10, 0, 0};
    f.stock("X", 8);
    f.sale("S1", "X", 6, day(1));
    f.po("P1", "X", 4, day(2));
    f.sale("S2", "X", 9, day(8));
    const MrpPlan plan(f.model);
    const TimePhasedRecord days = plan.timePhased("X", 1);
    EXPECT_EQ(days.onHand, 8);
    EXPECT_EQ(days.safetyStock, 5);
    ASSERT_EQ(days.buckets.size(), 30u);
    // Day 0: 8. Day 1: 8 − 6 = 2 < 5 → need 3, fixed lot 10 → 12. Day 2: +4 → 16.
    // Day 8: 16 − 9 = 7.
    const auto& d = days.buckets;
    EXPECT_EQ(d[0].projectedAvailable, 8);
    EXPECT_EQ(d[1].grossRequirements, 6);
    EXPECT_EQ(d[1].netRequirements, 3);
    EXPECT_EQ(d[1].plannedReceipts, 10);
    EXPECT_EQ(d[1].plannedReleases, 10);
    EXPECT_EQ(d[1].projectedAvailable, 12);
    EXPECT_EQ(d[2].scheduledReceipts, 4);
    EXPECT_EQ(d[2].projectedAvailable, 16);
    EXPECT_EQ(d[5].projectedAvailable, 16); // no event: carried over
    EXPECT_EQ(d[8].grossRequirements, 9);
    EXPECT_EQ(d[8].netRequirements, 0);
    EXPECT_EQ(d[8].projectedAvailable, 7);
    EXPECT_EQ(d[29].projectedAvailable, 7);

    const TimePhasedRecord weeks = plan.timePhased("X", 7);
    ASSERT_EQ(weeks.buckets.size(), 5u); // 4 weeks and 2 days
    EXPECT_EQ(weeks.buckets[0].first, day(0));
    EXPECT_EQ(weeks.buckets[0].grossRequirements, 6);
    EXPECT_EQ(weeks.buckets[0].scheduledReceipts, 4);
    EXPECT_EQ(weeks.buckets[0].plannedReceipts, 10);
    EXPECT_EQ(weeks.buckets[0].projectedAvailable, 16);
    EXPECT_EQ(weeks.buckets[1].grossRequirements, 9);
    EXPECT_EQ(weeks.buckets[1].projectedAvailable, 7);
    EXPECT_EQ(weeks.buckets[4].days, 2);

    const auto receipts = plan.scheduledReceipts("X");
    ASSERT_EQ(receipts.size(), 1u);
    EXPECT_EQ(receipts[0].number, "P1");
    EXPECT_EQ(receipts[0].kind, ScheduledReceipt::Kind::PurchaseOrder);
    const auto needs = plan.requirements("X");
    ASSERT_EQ(needs.size(), 2u);
    EXPECT_EQ(needs[0].demand, "S1/1");
    EXPECT_TRUE(plan.timePhased("NOPE").buckets.empty());
}
