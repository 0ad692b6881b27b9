#include "MrpTestFactory.h"

#include "core/promise/DeliveryPromise.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

/// Wednesday 2026-11-25, Monday–Friday 08:00–12:00 and 13:00–17:00, 3 days of material
/// buffer, a 60-day horizon and one work center A (总装线) with one unit.
struct PromiseFactory : MrpTestFactory {
    PromiseFactory()
    {
        model.settings.horizonDays = 60;
        model.calendar.setShifts({{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
        model.workCenters.push_back({"A", "总装线", "", 1, 1.0});
    }
    void routing(const std::string& item, double runMinutesPerUnit)
    {
        model.routings.push_back({item, {{10, "A", 0, runMinutesPerUnit}}});
    }
    PromiseResult promise(const std::string& item, double qty) const { return promiseDelivery(model, item, qty); }
};

} // namespace

TEST(DeliveryPromise, stockOnHandIsPromisedToday)
{
    PromiseFactory f;
    f.make("FG", 2);
    f.stock("FG", 50);
    f.sale("SO-1", "FG", 10, day(10));
    const PromiseResult r = f.promise("FG", 30);
    EXPECT_EQ(r.date, kToday);
    EXPECT_TRUE(r.feasibleInHorizon);
    EXPECT_EQ(r.limitedBy, std::vector<std::string>{"stock: available from stock, 50 on hand"});
}

TEST(DeliveryPromise, theRestBeyondStockWaitsForTheMakeLeadTime)
{
    PromiseFactory f;
    f.make("FG", 2);
    f.routing("FG", 1);
    f.stock("FG", 40);
    // 10 more made: released no earlier than today, due 2 working days later (Friday).
    const PromiseResult r = f.promise("FG", 50);
    EXPECT_EQ(r.date, day(2));
    EXPECT_EQ(r.limitedBy, (std::vector<std::string>{"material FG: production lead time 2 working days, earliest 2026-11-27",
                                                     "production FG: completes 2026-11-25 08:10 when due 2026-11-27",
                                                     "stock: 40 of 50 covered by stock and open orders"}));
}

TEST(DeliveryPromise, aBoughtItemTakesItsLeadTimeWithoutBuffer)
{
    PromiseFactory f;
    f.buy("RM", 10);
    const PromiseResult r = f.promise("RM", 5);
    EXPECT_EQ(r.date, day(10));
    EXPECT_EQ(r.limitedBy, std::vector<std::string>{"material RM: purchase lead time 10 days, earliest 2026-12-05"});
}

TEST(DeliveryPromise, aMadeItemWaitsForLeadTimeBufferAndProductionTime)
{
    PromiseFactory f;
    f.make("FG", 0);
    f.buy("C", 10);
    f.bom("FG", "C", 1);
    f.routing("FG", 60);
    // C is in house on Tuesday 12-08 (10 days + 3 days buffer); 10 h of work end Wednesday 10:00.
    const PromiseResult r = f.promise("FG", 10);
    EXPECT_EQ(r.date, day(14));
    EXPECT_EQ(r.limitedBy,
              (std::vector<std::string>{"material C: purchase lead time 10 days + 3 days buffer, earliest 2026-12-08",
                                        "production FG: completes 2026-12-09 10:00 when due 2026-12-08"}));
}

TEST(DeliveryPromise, aFullyBookedWorkCenterIsUsedOnlyAfterTheExistingOrders)
{
    PromiseFactory f;
    f.make("FG", 0);
    f.routing("FG", 60);
    // SO-1 books A for Wednesday and Thursday; by due date alone the promise would go first.
    f.sale("SO-1", "FG", 16, day(9));
    const PromiseResult r = f.promise("FG", 8);
    EXPECT_EQ(r.date, day(2));
    EXPECT_EQ(r.limitedBy,
              (std::vector<std::string>{
                  "capacity A (总装线): occupied until 2026-11-27 08:00, then FG there until 2026-11-27 17:00",
                  "production FG: completes 2026-11-27 17:00 when due 2026-11-26"}));
}

TEST(DeliveryPromise, existingOrdersAreNotMadeLater)
{
    PromiseFactory f;
    f.make("FG", 0);
    f.routing("FG", 60);
    // SO-1 fills A exactly until its due date; due the same day the promise would share its
    // order and make it a day late, so the promise comes the day after.
    f.sale("SO-1", "FG", 16, day(1));
    const PromiseResult r = f.promise("FG", 8);
    EXPECT_EQ(r.date, day(2));
    EXPECT_EQ(r.limitedBy, (std::vector<std::string>{"production FG: completes 2026-11-27 17:00 when due 2026-11-26",
                                                     "existing orders would be delayed: SO-1/1 (1 days late instead of 0)"}));
}

TEST(DeliveryPromise, stockKeptForAnExistingOrderIsNotPromisedAway)
{
    PromiseFactory f;
    f.make("FG", 10);
    f.stock("FG", 10);
    f.sale("SO-1", "FG", 10, day(12));
    // Taking SO-1's stock would need a replacement released before today, so the promise
    // waits for its own order: 10 working days from today end on Wednesday 12-09.
    const PromiseResult r = f.promise("FG", 10);
    EXPECT_EQ(r.date, day(14));
    ASSERT_FALSE(r.limitedBy.empty());
    EXPECT_EQ(r.limitedBy.front(), "material FG: production lead time 10 working days, earliest 2026-12-09");
}

TEST(DeliveryPromise, beyondTheHorizonReportsTheLastDayAsNotFeasible)
{
    PromiseFactory f;
    f.buy("RM", 100);
    const PromiseResult r = f.promise("RM", 1);
    EXPECT_FALSE(r.feasibleInHorizon);
    EXPECT_EQ(r.date, day(59));
    EXPECT_EQ(r.limitedBy, (std::vector<std::string>{
                               "horizon: not deliverable by 2027-01-23, the last day of the planning horizon",
                               "material RM: purchase lead time 100 days, earliest 2027-03-05"}));
}

TEST(DeliveryPromise, refusesUnknownItemsAndQuantitiesNotAboveZero)
{
    PromiseFactory f;
    f.make("FG", 0);
    EXPECT_THROW(f.promise("NOPE", 1), std::invalid_argument);
    EXPECT_THROW(f.promise("FG", 0), std::invalid_argument);
    EXPECT_THROW(f.promise("FG", -3), std::invalid_argument);
    EXPECT_THROW(f.promise("FG", std::nan("")), std::invalid_argument);
}

TEST(DeliveryPromise, canBeCancelled)
{
    PromiseFactory f;
    f.buy("RM", 10);
    PromiseOptions options;
    options.cancelled = [] { return true; };
    EXPECT_THROW(promiseDelivery(f.model, "RM", 1, options), Cancelled);
}

TEST(DeliveryPromise, anOpenPurchaseOrderIsNamedWithItsArrival)
{
    PromiseFactory f;
    f.make("FG", 0);
    f.buy("C", 10);
    f.bom("FG", "C", 1);
    f.routing("FG", 60);
    f.po("PO-0012", "C", 10, day(5));
    // MRP needs C 3 days (the buffer) before FG starts: PO-0012, due Monday 11-30, serves a
    // start on Thursday 12-03 at the earliest; a day earlier C would have to be bought today.
    const PromiseResult r = f.promise("FG", 10);
    EXPECT_EQ(r.date, day(8));
    ASSERT_FALSE(r.limitedBy.empty());
    EXPECT_EQ(r.limitedBy.front(),
              "material C: PO-0012 arrives 2026-11-30, purchase lead time 10 days + 3 days buffer, earliest 2026-12-08");
}
