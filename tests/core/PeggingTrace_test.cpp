#include "core/mrp/PeggingTrace.h"
#include "MrpTestFactory.h"

#include <gtest/gtest.h>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

/// BIKE (make, 2 days) ← FRAME (make, 1 day) ← TUBE (buy, 5 days); one sales order for BIKE.
struct ThreeLevels : MrpTestFactory {
    ThreeLevels()
    {
        make("BIKE", 2);
        make("FRAME", 1);
        buy("TUBE", 5);
        bom("BIKE", "FRAME", 1);
        bom("FRAME", "TUBE", 3);
        model.salesOrders.push_back({"SO-7", "Acme Cycles", 1, {{"BIKE", 10, day(12)}}});
    }
};

} // namespace

TEST(PeggingTrace, followsAComponentsPlannedOrderUpToTheSalesLineAndCustomer)
{
    ThreeLevels factory;
    const MrpResult result = factory.run();
    const std::vector<PlannedOrder> tubes = ordersOf(result, "TUBE");
    ASSERT_EQ(tubes.size(), 1u);

    const PeggingTrace trace(factory.model, result);
    const PeggingNode chain = trace.traceOrder(tubes[0].id);

    // TUBE's order serves FRAME's (30 = 10 frames × 3 tubes), which serves BIKE's.
    const PeggingNode* node = &chain;
    for (const char* item : {"TUBE", "FRAME", "BIKE"}) {
        EXPECT_EQ(node->kind, PeggingNode::Kind::PlannedOrder) << item;
        EXPECT_EQ(node->item, item);
        ASSERT_EQ(node->pegs.size(), 1u) << item;
        if (node != &chain)
            EXPECT_DOUBLE_EQ(node->qty, std::string(item) == "FRAME" ? 30 : 10);
        node = &node->pegs[0];
    }
    const PeggingNode& line = *node;
    EXPECT_EQ(line.kind, PeggingNode::Kind::SalesLine);
    EXPECT_EQ(line.id, "SO-7/1");
    EXPECT_EQ(line.customer, "Acme Cycles");
    EXPECT_EQ(line.priority, 1);
    EXPECT_EQ(line.date, day(12));
    EXPECT_DOUBLE_EQ(line.qty, 10);

    const auto lines = salesLinesOf(chain);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0]->id, "SO-7/1");
}

TEST(PeggingTrace, endsAtWorkOrdersSafetyStockAndUnknownIds)
{
    MrpTestFactory factory;
    factory.make("BIKE", 2);
    factory.buy("BOLT", 0, 5);
    factory.bom("BIKE", "BOLT", 4);
    factory.wo("WO-1", "BIKE", 3, day(10));
    const MrpResult result = factory.run();
    const PeggingTrace trace(factory.model, result);

    const PeggingNode wo = trace.trace("WO-1", 12);
    EXPECT_EQ(wo.kind, PeggingNode::Kind::WorkOrder);
    EXPECT_EQ(wo.item, "BIKE");
    EXPECT_TRUE(wo.pegs.empty());
    EXPECT_EQ(trace.trace("safety_stock", 5).kind, PeggingNode::Kind::SafetyStock);
    EXPECT_EQ(trace.trace("PLN-99999", 1).kind, PeggingNode::Kind::Unknown);

    const std::vector<PlannedOrder> bolts = ordersOf(result, "BOLT");
    ASSERT_FALSE(bolts.empty());
    const PeggingNode chain = trace.traceOrder(bolts[0].id);
    ASSERT_FALSE(chain.pegs.empty());
    EXPECT_EQ(chain.pegs[0].kind, PeggingNode::Kind::SafetyStock);
    EXPECT_TRUE(salesLinesOf(chain).empty());
}

TEST(PeggingTrace, stopsAtTheNodeLimit)
{
    ThreeLevels factory;
    const MrpResult result = factory.run();
    const PeggingTrace trace(factory.model, result);
    const PeggingNode chain = trace.traceOrder(ordersOf(result, "TUBE")[0].id, 2);
    ASSERT_EQ(chain.pegs.size(), 1u);
    EXPECT_TRUE(chain.pegs[0].cut);
    EXPECT_TRUE(chain.pegs[0].pegs.empty());
}
