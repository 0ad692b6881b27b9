#include "MrpTestFactory.h"

#include <gtest/gtest.h>

// Dependent demand: BOM explosion of planned and open work orders, low-level-code order and
// the pegging order of a day's demands.

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

std::vector<Pegging> pegs(std::initializer_list<Pegging> list) { return list; }

} // namespace

TEST(MrpEngine, dependentDemandAppliesQtyPerAndScrap)
{
    MrpTestFactory f;
    f.make("A", 2);
    f.make("B", 0, 0, "kg");
    f.bom("A", "B", 2.4, 0.02);
    f.sale("SO-1", "A", 10, day(5));
    const auto orders = ordersOf(f.run(), "B");
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_NEAR(orders[0].qty, 24.48, 1e-9);
    EXPECT_EQ(orders[0].due, day(1)); // A's release
    ASSERT_EQ(orders[0].pegging.size(), 1u);
    EXPECT_EQ(orders[0].pegging[0].demand, "PLN-00001");
    EXPECT_NEAR(orders[0].pegging[0].qty, 24.48, 1e-9);
}

TEST(MrpEngine, boughtComponentIsDueMaterialBufferDaysBeforeParentStart)
{
    MrpTestFactory f;
    f.make("A", 2);
    f.buy("B");
    f.bom("A", "B", 1);
    f.sale("SO-1", "A", 1, day(12)); // Monday; A releases Thursday day(8)
    EXPECT_EQ(ordersOf(f.run(), "B").at(0).due, day(5));
}

TEST(MrpEngine, materialBufferBeforeTodayCountsOnToday)
{
    MrpTestFactory f;
    f.make("A");
    f.buy("B");
    f.bom("A", "B", 1);
    f.sale("SO-1", "A", 1, day(2));
    EXPECT_EQ(ordersOf(f.run(), "B").at(0).due, kToday);
}

TEST(MrpEngine, bomRowsValidOnParentReleaseDate)
{
    MrpTestFactory f;
    f.make("A");
    f.make("B");
    f.make("C");
    f.bom("A", "B", 1, 0, std::nullopt, day(5)); // valid_to is exclusive
    f.bom("A", "C", 1, 0, day(5), std::nullopt); // valid_from is inclusive
    f.sale("SO-1", "A", 1, day(5));
    const MrpResult r = f.run();
    EXPECT_TRUE(ordersOf(r, "B").empty());
    EXPECT_EQ(ordersOf(r, "C").size(), 1u);
}

TEST(MrpEngine, bomValidityUsesReleaseAfterClampingToToday)
{
    MrpTestFactory f;
    f.make("A", 5);
    f.make("B");
    f.make("C");
    f.bom("A", "B", 1, 0, kToday, std::nullopt);
    f.bom("A", "C", 1, 0, std::nullopt, kToday);
    f.sale("SO-1", "A", 1, day(2));
    const MrpResult r = f.run();
    EXPECT_EQ(ordersOf(r, "B").size(), 1u);
    EXPECT_TRUE(ordersOf(r, "C").empty());
}

TEST(MrpEngine, rowsOfOneComponentAreSummed)
{
    MrpTestFactory f;
    f.make("A");
    f.make("B");
    f.bom("A", "B", 1);
    f.bom("A", "B", 2);
    f.sale("SO-1", "A", 4, day(3));
    const auto orders = ordersOf(f.run(), "B");
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_EQ(orders[0].qty, 12);
    EXPECT_EQ(orders[0].pegging, pegs({{"PLN-00001", 12}}));
}

TEST(MrpEngine, openWorkOrderNeedsComponentsFromItsStart)
{
    MrpTestFactory f;
    f.make("A", 2);
    f.make("B");
    f.bom("A", "B", 1);
    f.wo("WO-7", "A", 10, day(5), 4);
    const auto orders = ordersOf(f.run(), "B");
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_EQ(orders[0].due, day(1));
    EXPECT_EQ(orders[0].qty, 6);
    EXPECT_EQ(orders[0].pegging, pegs({{"WO-7", 6}}));
}

TEST(MrpEngine, workOrderStartIsNotBeforeToday)
{
    MrpTestFactory f;
    f.make("A", 5);
    f.make("B");
    f.bom("A", "B", 1);
    f.wo("WO-1", "A", 3, day(1));
    EXPECT_EQ(ordersOf(f.run(), "B").at(0).due, kToday);
}

TEST(MrpEngine, workOrderDueAfterHorizonStillNeedsComponents)
{
    MrpTestFactory f;
    f.make("A", 5);
    f.make("B");
    f.bom("A", "B", 1);
    f.wo("WO-1", "A", 3, day(33)); // Monday after the horizon; starts Monday day(26)
    const MrpResult r = f.run();
    EXPECT_EQ(ordersOf(r, "B").at(0).due, day(26));
    EXPECT_TRUE(ordersOf(r, "A").empty());
}

TEST(MrpEngine, completedWorkOrderNeedsAndSuppliesNothing)
{
    MrpTestFactory f;
    f.make("A");
    f.make("B");
    f.bom("A", "B", 1);
    f.wo("WO-1", "A", 10, day(3), 10);
    const MrpResult r = f.run();
    EXPECT_TRUE(r.plannedOrders.empty());
    EXPECT_TRUE(r.exceptions.empty());
}

TEST(MrpEngine, itemsArePlannedInLowLevelCodeOrder)
{
    MrpTestFactory f;
    f.make("C"); // listed first but used by both A and B
    f.make("A");
    f.make("B");
    f.bom("A", "B", 1);
    f.bom("A", "C", 1);
    f.bom("B", "C", 1);
    f.sale("SO-1", "A", 1, day(10));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 3u);
    EXPECT_EQ(ordersOf(r, "A").at(0).id, "PLN-00001");
    EXPECT_EQ(ordersOf(r, "B").at(0).id, "PLN-00002");
    const PlannedOrder c = ordersOf(r, "C").at(0);
    EXPECT_EQ(c.id, "PLN-00003");
    EXPECT_EQ(c.qty, 2);
    EXPECT_EQ(c.pegging, pegs({{"PLN-00001", 1}, {"PLN-00002", 1}}));
}

TEST(MrpEngine, plannedOrdersSortByItemThenDueButNumberInItemsOrder)
{
    MrpTestFactory f;
    f.make("Z");
    f.make("Y");
    f.sale("SO-1", "Z", 1, day(4));
    f.sale("SO-2", "Y", 1, day(9));
    f.sale("SO-3", "Y", 1, day(2));
    const MrpResult r = f.run();
    ASSERT_EQ(r.plannedOrders.size(), 3u);
    EXPECT_EQ(r.plannedOrders[0].item, "Y");
    EXPECT_EQ(r.plannedOrders[0].due, day(2));
    EXPECT_EQ(r.plannedOrders[0].id, "PLN-00002");
    EXPECT_EQ(r.plannedOrders[1].due, day(9));
    EXPECT_EQ(r.plannedOrders[2].id, "PLN-00001");
}

TEST(MrpEngine, salesLinesPegBeforeDependentDemand)
{
    MrpTestFactory f;
    f.make("A");
    f.make("B");
    f.bom("A", "B", 1);
    f.stock("B", 5);
    f.sale("SO-A", "A", 6, day(3));
    f.sale("SO-B", "B", 4, day(3));
    const auto orders = ordersOf(f.run(), "B");
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_EQ(orders[0].qty, 5);
    EXPECT_EQ(orders[0].pegging, pegs({{"PLN-00001", 5}}));
}

TEST(MrpEngine, workOrderDemandPegsBeforePlannedOrderDemand)
{
    MrpTestFactory f;
    f.make("A");
    f.make("B");
    f.bom("A", "B", 1);
    f.stock("B", 2);
    f.wo("WO-1", "A", 3, day(4));
    f.sale("SO-1", "A", 10, day(4));
    const auto orders = ordersOf(f.run(), "B");
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_EQ(orders[0].qty, 8);
    EXPECT_EQ(orders[0].pegging, pegs({{"WO-1", 1}, {"PLN-00001", 7}}));
}
