#include "MrpTestFactory.h"

#include <gtest/gtest.h>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

MrpTestFactory oneItem()
{
    MrpTestFactory f;
    f.buy("P", 0);
    f.sale("SO-1", "P", 10, day(5));
    return f;
}

} // namespace

TEST(MrpSalesOrderStatus, onlyCommittedOrdersAreDemand)
{
    for (const SalesOrderStatus status : {SalesOrderStatus::Draft, SalesOrderStatus::InReview,
                                          SalesOrderStatus::Shipped, SalesOrderStatus::Cancelled}) {
        MrpTestFactory f = oneItem();
        f.model.salesOrders[0].status = status;
        EXPECT_TRUE(f.run().plannedOrders.empty()) << toString(status);
    }
    for (const SalesOrderStatus status : {SalesOrderStatus::Confirmed, SalesOrderStatus::InProduction}) {
        MrpTestFactory f = oneItem();
        f.model.salesOrders[0].status = status;
        const MrpResult result = f.run();
        ASSERT_EQ(result.plannedOrders.size(), 1u) << toString(status);
        EXPECT_DOUBLE_EQ(result.plannedOrders[0].qty, 10);
    }
}

TEST(MrpSalesOrderStatus, shippedQuantityIsNoLongerNeededAndThePromisedDateCounts)
{
    MrpTestFactory f = oneItem();
    SalesOrder& order = f.model.salesOrders[0];
    order.status = SalesOrderStatus::PartiallyShipped;
    order.lines[0].shipments.push_back({"DN-1", day(0), 4});
    order.lines[0].promised = day(8);
    const MrpResult result = f.run();
    ASSERT_EQ(result.plannedOrders.size(), 1u);
    EXPECT_DOUBLE_EQ(result.plannedOrders[0].qty, 6);
    EXPECT_EQ(result.plannedOrders[0].due, day(8));
    ASSERT_EQ(result.plannedOrders[0].pegging.size(), 1u);
    EXPECT_EQ(result.plannedOrders[0].pegging[0].demand, "SO-1/1");
}
