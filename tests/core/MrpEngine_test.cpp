#include "MrpTestFactory.h"

#include "core/mrp/MrpEngine.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

std::vector<Pegging> pegs(std::initializer_list<Pegging> list) { return list; }

} // namespace

TEST(MrpEngine, noDemandPlansNothing)
{
    MrpTestFactory f;
    f.buy("RM", 5);
    const MrpResult r = f.run();
    EXPECT_TRUE(r.plannedOrders.empty());
    EXPECT_TRUE(r.exceptions.empty());
}

TEST(MrpEngine, salesLineCreatesPlannedOrder)
{
    MrpTestFactory f;
    f.buy("RM", 5, 0, "kg");
    f.sale("SO-1", "RM", 12.5, day(10));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    const PlannedOrder& o = r.plannedOrders[0];
    EXPECT_EQ(o.id, "PLN-00001");
    EXPECT_EQ(o.item, "RM");
    EXPECT_EQ(o.qty, 12.5);
    EXPECT_EQ(o.due, day(10));
    EXPECT_EQ(o.release, day(5));
    EXPECT_EQ(o.source, ItemSource::Buy);
    EXPECT_EQ(o.pegging, pegs({{"SO-1/1", 12.5}}));
    EXPECT_TRUE(r.exceptions.empty());
}

TEST(MrpEngine, salesLinesAreNumberedFromOne)
{
    MrpTestFactory f;
    f.make("A");
    f.model.salesOrders.push_back({"SO-2026-0001", "c", 1, {{"A", 1, day(3)}, {"A", 2, day(5)}}});
    const auto orders = ordersOf(f.run(), "A");
    ASSERT_EQ(orders.size(), 2u);
    EXPECT_EQ(orders[0].pegging, pegs({{"SO-2026-0001/1", 1}}));
    EXPECT_EQ(orders[1].pegging, pegs({{"SO-2026-0001/2", 2}}));
}

TEST(MrpEngine, inventoryRowsAddUpToOnHand)
{
    MrpTestFactory f;
    f.buy("RM");
    f.stock("RM", 4);
    f.stock("RM", 6);
    f.sale("SO-1", "RM", 10, day(2));
    EXPECT_TRUE(f.run().plannedOrders.empty());
}

TEST(MrpEngine, onHandCoversPartOfDemand)
{
    MrpTestFactory f;
    f.buy("RM");
    f.stock("RM", 4);
    f.sale("SO-1", "RM", 10, day(2));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].qty, 6);
    EXPECT_EQ(r.plannedOrders[0].pegging, pegs({{"SO-1/1", 6}}));
}

TEST(MrpEngine, safetyStockIsRestoredOnDayZeroWithoutDemand)
{
    MrpTestFactory f;
    f.buy("RM", 0, 5);
    f.stock("RM", 2);
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].due, kToday);
    EXPECT_EQ(r.plannedOrders[0].qty, 3);
    EXPECT_EQ(r.plannedOrders[0].pegging, pegs({{"safety_stock", 3}}));
}

TEST(MrpEngine, safetyStockDeficitIsPeggedFirst)
{
    MrpTestFactory f;
    f.buy("RM", 0, 5);
    f.stock("RM", 2);
    f.sale("SO-1", "RM", 4, kToday);
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].qty, 7);
    EXPECT_EQ(r.plannedOrders[0].pegging, pegs({{"safety_stock", 3}, {"SO-1/1", 4}}));
}

TEST(MrpEngine, safetyStockIsNotFreeForDemand)
{
    MrpTestFactory f;
    f.buy("RM", 0, 5);
    f.stock("RM", 8);
    f.sale("SO-1", "RM", 6, day(2));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].due, day(2));
    EXPECT_EQ(r.plannedOrders[0].qty, 3);
    EXPECT_EQ(r.plannedOrders[0].pegging, pegs({{"SO-1/1", 3}}));
}

TEST(MrpEngine, lotExcessCoversLaterDemandWithoutPegging)
{
    MrpTestFactory f;
    f.buy("RM").lot = {LotRule::Fixed, 50, 0, 0};
    f.sale("SO-1", "RM", 10, day(1));
    f.sale("SO-2", "RM", 30, day(4));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].qty, 50);
    EXPECT_EQ(r.plannedOrders[0].pegging, pegs({{"SO-1/1", 10}}));
}

TEST(MrpEngine, onePlannedOrderPerItemAndDay)
{
    MrpTestFactory f;
    f.buy("RM");
    f.sale("SO-1", "RM", 3, day(2));
    f.sale("SO-2", "RM", 4, day(2));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].qty, 7);
    EXPECT_EQ(r.plannedOrders[0].pegging, pegs({{"SO-1/1", 3}, {"SO-2/1", 4}}));
}

TEST(MrpEngine, freeStockCoversEarlierDemandsOfTheDayFirst)
{
    MrpTestFactory f;
    f.buy("RM");
    f.stock("RM", 5);
    f.sale("SO-1", "RM", 3, day(2));
    f.sale("SO-2", "RM", 4, day(2));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].pegging, pegs({{"SO-2/1", 2}}));
}

TEST(MrpEngine, floatNoiseLeftOfADemandIsNotPegged)
{
    MrpTestFactory f;
    f.buy("RM", 0, 0, "kg");
    f.stock("RM", 0.3);
    f.sale("SO-1", "RM", 0.1 + 0.2, day(2)); // 0.30000000000000004
    f.sale("SO-2", "RM", 5, day(2));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    ASSERT_EQ(r.plannedOrders[0].pegging.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].pegging[0].demand, "SO-2/1");
    EXPECT_NEAR(r.plannedOrders[0].pegging[0].qty, 5, 1e-12);
}

TEST(MrpEngine, shortfallWithinToleranceIsNone)
{
    MrpTestFactory f;
    f.buy("RM", 0, 0, "kg");
    f.stock("RM", 1);
    f.sale("SO-1", "RM", 1.0000000000001, day(2));
    EXPECT_TRUE(f.run().plannedOrders.empty());
}

TEST(MrpEngine, demandBeforeTodayCountsOnToday)
{
    MrpTestFactory f;
    f.make("A");
    f.sale("SO-1", "A", 4, day(-5));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].due, kToday);
    EXPECT_EQ(r.plannedOrders[0].release, kToday);
    EXPECT_TRUE(r.exceptions.empty());
}

TEST(MrpEngine, demandFromHorizonEndOnIsIgnored)
{
    MrpTestFactory f;
    f.make("A");
    f.sale("SO-1", "A", 1, day(29));
    f.sale("SO-2", "A", 1, day(30));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].due, day(29));
}

TEST(MrpEngine, supplyBeforeTodayCountsOnToday)
{
    MrpTestFactory f;
    f.buy("RM");
    f.po("PO-1", "RM", 10, day(-3));
    f.sale("SO-1", "RM", 10, kToday);
    const MrpResult r = f.run();
    EXPECT_TRUE(r.plannedOrders.empty());
    EXPECT_TRUE(r.exceptions.empty());
}

TEST(MrpEngine, supplyFromHorizonEndOnIsIgnored)
{
    MrpTestFactory f;
    f.buy("RM");
    f.po("PO-1", "RM", 10, day(30));
    f.sale("SO-1", "RM", 10, day(5));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].qty, 10);
    EXPECT_TRUE(r.exceptions.empty());
}

TEST(MrpEngine, workOrderSuppliesItsOpenQuantity)
{
    MrpTestFactory f;
    f.make("A");
    f.wo("WO-1", "A", 10, day(2), 4);
    f.sale("SO-1", "A", 10, day(5));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].qty, 4);
}

TEST(MrpEngine, makeReleaseCountsBackWorkingDays)
{
    MrpTestFactory f;
    f.make("A", 2);
    f.sale("SO-1", "A", 1, day(5)); // Monday: Friday and Thursday are the two working days
    EXPECT_EQ(f.run().plannedOrders.at(0).release, day(1));
}

TEST(MrpEngine, makeReleaseWithZeroLeadTimeIsTheDueDay)
{
    MrpTestFactory f;
    f.make("A", 0);
    f.sale("SO-1", "A", 1, day(3)); // a Saturday
    EXPECT_EQ(f.run().plannedOrders.at(0).release, day(3));
}

TEST(MrpEngine, makeReleaseSkipsHolidaysAndUsesMakeUpDays)
{
    MrpTestFactory f;
    f.model.calendar.setHolidays({day(1)});      // Thursday off
    f.model.calendar.setExtraWorkdays({day(3)}); // Saturday worked
    f.make("A", 2);
    f.sale("SO-1", "A", 1, day(5));
    EXPECT_EQ(f.run().plannedOrders.at(0).release, day(2));
}

TEST(MrpEngine, buyReleaseCountsCalendarDays)
{
    MrpTestFactory f;
    f.buy("RM", 10);
    f.sale("SO-1", "RM", 1, day(20));
    EXPECT_EQ(f.run().plannedOrders.at(0).release, day(10));
}

TEST(MrpEngine, releaseBeforeTodayIsClampedAndReportedPastDue)
{
    MrpTestFactory f;
    f.buy("RM", 10);
    f.sale("SO-1", "RM", 1, day(4));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].release, kToday);
    ASSERT_EQ(r.exceptions.size(), 1u);
    const MrpException& e = r.exceptions[0];
    EXPECT_EQ(e.item, "RM");
    EXPECT_EQ(e.kind, MrpException::Kind::PastDue);
    EXPECT_EQ(e.date, day(4));
    EXPECT_EQ(e.order, "PLN-00001");
    EXPECT_NE(e.message.find("PLN-00001"), std::string::npos);
}

TEST(MrpEngine, releaseExactlyTodayIsNotPastDue)
{
    MrpTestFactory f;
    f.buy("RM", 4);
    f.sale("SO-1", "RM", 1, day(4));
    const MrpResult r = f.run();
    EXPECT_EQ(r.plannedOrders.at(0).release, kToday);
    EXPECT_TRUE(r.exceptions.empty());
}

TEST(MrpEngine, cancelCallbackStopsTheRun)
{
    MrpTestFactory f;
    f.make("A");
    f.sale("SO-1", "A", 1, day(2));
    EXPECT_THROW(MrpEngine(f.model).run([] { return true; }), Cancelled);
}

TEST(MrpEngine, cancelCallbackIsAskedOncePerItem)
{
    MrpTestFactory f;
    f.make("A");
    f.make("B");
    f.bom("A", "B", 1);
    int calls = 0;
    MrpEngine(f.model).run([&calls] { ++calls; return false; });
    EXPECT_EQ(calls, 2);
}

TEST(MrpEngine, bomCycleIsALogicError)
{
    MrpTestFactory f;
    f.make("A");
    f.make("B");
    f.bom("A", "B", 1);
    f.bom("B", "A", 1);
    EXPECT_THROW(f.run(), std::logic_error);
}

TEST(MrpEngine, rowsNamingUnknownItemsAreSkipped)
{
    MrpTestFactory f;
    f.make("A");
    f.stock("GHOST", 5);
    f.po("PO-1", "GHOST", 5, day(2));
    f.sale("SO-1", "GHOST", 3, day(2));
    f.bom("A", "GHOST", 1);
    f.sale("SO-2", "A", 1, day(2));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 1u);
    EXPECT_EQ(r.plannedOrders[0].item, "A");
}
