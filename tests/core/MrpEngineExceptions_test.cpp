#include "MrpTestFactory.h"

#include <gtest/gtest.h>

using namespace pmc::core;
using namespace pmc::core::test;

TEST(MrpEngine, purchaseOrderDueAfterItsNeedIsExpedited)
{
    MrpTestFactory f;
    f.buy("RM");
    f.po("PO-0001", "RM", 100, day(10));
    f.sale("SO-1", "RM", 50, day(6));
    const MrpResult r = f.run();
    ASSERT_EQ(r.exceptions.size(), 1u);
    const MrpException& e = r.exceptions[0];
    EXPECT_EQ(e.item, "RM");
    EXPECT_EQ(e.kind, MrpException::Kind::Expedite);
    EXPECT_EQ(e.date, day(6));
    EXPECT_EQ(e.order, "PO-0001");
    EXPECT_EQ(e.message, "PO-0001 due 2026-12-05, needed 2026-12-01: pull in 4 days");
}

TEST(MrpEngine, supplyInTimeIsNotReported)
{
    MrpTestFactory f;
    f.buy("RM");
    f.po("PO-1", "RM", 50, day(3));
    f.sale("SO-1", "RM", 50, day(6));
    EXPECT_TRUE(f.run().exceptions.empty());
}

TEST(MrpEngine, unneededSupplyIsExcess)
{
    MrpTestFactory f;
    f.buy("RM");
    f.po("PO-0001", "RM", 100, day(5));
    const MrpResult r = f.run();
    ASSERT_EQ(r.exceptions.size(), 1u);
    const MrpException& e = r.exceptions[0];
    EXPECT_EQ(e.kind, MrpException::Kind::Excess);
    EXPECT_EQ(e.date, day(5));
    EXPECT_EQ(e.order, "PO-0001");
    EXPECT_EQ(e.message, "PO-0001 due 2026-11-30: not needed within the horizon");
}

TEST(MrpEngine, supplyBeyondTheNeedIsExcess)
{
    MrpTestFactory f;
    f.buy("RM");
    f.po("PO-1", "RM", 100, day(2));
    f.po("PO-2", "RM", 100, day(3));
    f.sale("SO-1", "RM", 80, day(4));
    const MrpResult r = f.run();
    ASSERT_EQ(r.exceptions.size(), 1u);
    EXPECT_EQ(r.exceptions[0].order, "PO-2");
    EXPECT_EQ(r.exceptions[0].kind, MrpException::Kind::Excess);
    EXPECT_EQ(r.exceptions[0].date, day(3));
}

TEST(MrpEngine, suppliesDueTheSameDayAreTakenByNumber)
{
    MrpTestFactory f;
    f.buy("RM");
    f.po("PO-B", "RM", 10, day(3));
    f.po("PO-A", "RM", 10, day(3));
    f.sale("SO-1", "RM", 10, day(5));
    const MrpResult r = f.run();
    ASSERT_EQ(r.exceptions.size(), 1u);
    EXPECT_EQ(r.exceptions[0].order, "PO-B");
}

TEST(MrpEngine, stockBelowSafetyStockMakesFirstSupplyNeededToday)
{
    MrpTestFactory f;
    f.buy("RM", 0, 10);
    f.stock("RM", 5);
    f.po("PO-1", "RM", 20, day(3));
    const MrpResult r = f.run();
    ASSERT_EQ(r.exceptions.size(), 1u);
    EXPECT_EQ(r.exceptions[0].kind, MrpException::Kind::Expedite);
    EXPECT_EQ(r.exceptions[0].date, kToday);
    EXPECT_NE(r.exceptions[0].message.find("pull in 3 days"), std::string::npos);
}

TEST(MrpEngine, dependentDemandCanExpediteComponentSupply)
{
    MrpTestFactory f;
    f.make("A");
    f.buy("B");
    f.bom("A", "B", 1);
    f.po("PO-9", "B", 10, day(8));
    f.sale("SO-1", "A", 10, day(5));
    const MrpResult r = f.run();
    ASSERT_EQ(r.exceptions.size(), 1u);
    EXPECT_EQ(r.exceptions[0].item, "B");
    EXPECT_EQ(r.exceptions[0].date, day(2)); // A starts day(5), less 3 buffer days
    EXPECT_NE(r.exceptions[0].message.find("pull in 6 days"), std::string::npos);
}

TEST(MrpEngine, lateWorkOrderIsExpedited)
{
    MrpTestFactory f;
    f.make("A");
    f.wo("WO-3", "A", 10, day(9));
    f.sale("SO-1", "A", 10, day(4));
    const MrpResult r = f.run();
    ASSERT_EQ(r.exceptions.size(), 1u);
    EXPECT_EQ(r.exceptions[0].order, "WO-3");
    EXPECT_EQ(r.exceptions[0].kind, MrpException::Kind::Expedite);
    EXPECT_EQ(r.exceptions[0].date, day(4));
}

TEST(MrpEngine, overdueSupplyIsNeverExpedited)
{
    MrpTestFactory f;
    f.buy("RM");
    f.po("PO-1", "RM", 10, day(-4));
    f.sale("SO-1", "RM", 10, kToday);
    EXPECT_TRUE(f.run().exceptions.empty());
}

TEST(MrpEngine, overdueUnneededSupplyIsExcessToday)
{
    MrpTestFactory f;
    f.buy("RM");
    f.po("PO-1", "RM", 10, day(-4));
    const MrpResult r = f.run();
    ASSERT_EQ(r.exceptions.size(), 1u);
    EXPECT_EQ(r.exceptions[0].kind, MrpException::Kind::Excess);
    EXPECT_EQ(r.exceptions[0].date, kToday);
    EXPECT_EQ(r.exceptions[0].message, "PO-1 due 2026-11-21: not needed within the horizon");
}

TEST(MrpEngine, supplyOutsideTheHorizonIsNotReviewed)
{
    MrpTestFactory f;
    f.buy("RM");
    f.po("PO-1", "RM", 10, day(30));
    EXPECT_TRUE(f.run().exceptions.empty());
}

TEST(MrpEngine, sortedByItemDateThenKind)
{
    MrpTestFactory f;
    f.buy("RM", 10);
    f.buy("AA");
    f.sale("SO-1", "RM", 50, day(4));
    f.po("PO-1", "RM", 10, day(6));
    f.po("PO-2", "AA", 10, day(5));
    const MrpResult r = f.run();
    ASSERT_EQ(r.exceptions.size(), 3u);
    EXPECT_EQ(r.exceptions[0].item, "AA");
    EXPECT_EQ(r.exceptions[0].kind, MrpException::Kind::Excess);
    EXPECT_EQ(r.exceptions[1].kind, MrpException::Kind::PastDue);
    EXPECT_EQ(r.exceptions[1].date, day(4));
    EXPECT_EQ(r.exceptions[2].kind, MrpException::Kind::Expedite);
    EXPECT_EQ(r.exceptions[2].date, day(4));
}

TEST(MrpEngine, kindNamesMatchTheInterchangeFormat)
{
    EXPECT_STREQ(toString(MrpException::Kind::PastDue), "past_due");
    EXPECT_STREQ(toString(MrpException::Kind::Expedite), "expedite");
    EXPECT_STREQ(toString(MrpException::Kind::Excess), "excess");
}
