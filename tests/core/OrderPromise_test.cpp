#include "MrpTestFactory.h"

#include "core/promise/OrderPromise.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

/// One work center A with one unit, 8 working hours a day Monday–Friday; FG takes 60 min a unit.
MrpTestFactory shop()
{
    MrpTestFactory f;
    f.model.settings.horizonDays = 60;
    f.model.calendar.setShifts({{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
    f.model.workCenters.push_back({"A", "总装线", "", 1, 1.0});
    f.make("FG", 0);
    f.model.routings.push_back({"FG", {{10, "A", 0, 60}}});
    return f;
}

} // namespace

TEST(OrderPromise, linesOfOneOrderDoNotPromiseTheSameHoursTwice)
{
    MrpTestFactory f = shop();
    SalesOrder order{"SO-9", "客户", 2, {{"FG", 8, day(1)}, {"FG", 8, day(1)}}};
    order.status = SalesOrderStatus::InReview;
    f.model.salesOrders.push_back(order);
    // Each line alone fits Wednesday; together the second waits for Thursday's hours.
    const OrderPromise promise = promiseSalesOrder(f.model, order);
    ASSERT_EQ(promise.lines.size(), 2u);
    EXPECT_EQ(promise.lines[0].promise.date, day(0));
    EXPECT_EQ(promise.lines[1].promise.date, day(1));
    EXPECT_EQ(promise.date, day(1));
    EXPECT_TRUE(promise.feasibleInHorizon);
}

TEST(OrderPromise, aConfirmedOrderIsPromisedAnewWithoutItsOwnDemand)
{
    MrpTestFactory f = shop();
    const SalesOrder order{"SO-9", "客户", 2, {{"FG", 8, day(0)}, {"FG", 4, day(5)}}};
    f.model.salesOrders.push_back(order);
    const OrderPromise promise = promiseSalesOrder(f.model, order);
    EXPECT_EQ(promise.lines[0].promise.date, day(0)) << "its own booking must not push it back";
    EXPECT_EQ(promise.date, day(1));
}

TEST(OrderPromise, shippedLinesAreLeftOutAndNothingOpenIsRefused)
{
    MrpTestFactory f = shop();
    SalesOrder order{"SO-9", "客户", 2, {{"FG", 8, day(0)}, {"FG", 4, day(5)}}};
    order.lines[0].shipments.push_back({"", kToday, 8});
    const OrderPromise promise = promiseSalesOrder(f.model, order);
    ASSERT_EQ(promise.lines.size(), 1u);
    EXPECT_EQ(promise.lines[0].line, 2);
    order.lines[1].shipments.push_back({"", kToday, 4});
    EXPECT_THROW(promiseSalesOrder(f.model, order), std::invalid_argument);
}
