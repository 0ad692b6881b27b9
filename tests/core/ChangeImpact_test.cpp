#include "support/ChangeFactory.h"

#include <gtest/gtest.h>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

const MaterialAdjustment* materialRow(const ChangeImpact& impact, const std::string& number)
{
    for (const MaterialAdjustment& row : impact.materialAdjustments)
        if (row.number == number)
            return &row;
    return nullptr;
}

} // namespace

TEST(ChangeImpact, nothingChangedGivesAnEmptyImpact)
{
    ChangeFactory f;
    f.sale("SO-1", "FG", 10, day(12));
    f.po("PO-1", "RM", 10, day(4));
    const ChangeImpact impact = analyzeChange(f.model, f.model);
    EXPECT_TRUE(impact.empty());
    EXPECT_EQ(impact.today, kToday);
}

TEST(ChangeImpact, aLargerQuantityGrowsThePlannedOrderAndPullsInTheNextPurchase)
{
    ChangeFactory f;
    f.sale("SO-1", "FG", 10, day(12)); // Monday 2026-12-07
    f.sale("SO-2", "FG", 10, day(19)); // Monday 2026-12-14
    f.po("PO-1", "RM", 10, day(4));
    f.po("PO-2", "RM", 10, day(9));
    ChangeFactory changed = f;
    changed.line("SO-1").qty = 15;

    const ChangeImpact impact = analyzeChange(f.model, changed.model, {ChangeReason::CustomerChange});
    EXPECT_EQ(impact.reason, ChangeReason::CustomerChange);

    // SO-1's order of FG grows by 5 pieces. It starts as soon as its RM is in: before, PO-1
    // (due Sunday 11-29) + 3 days of buffer = Wednesday 12-02 08:00, 10 minutes on line A; now
    // the 5 more RM come from a new planned purchase due Monday 11-30, so Thursday 12-03
    // 08:00-08:15. SO-2's order is not touched.
    ASSERT_EQ(impact.planAdjustments.size(), 1u);
    const PlanAdjustment& fg = impact.planAdjustments[0];
    EXPECT_EQ(fg.kind, ProductionOrderKind::PlannedOrder);
    EXPECT_EQ(fg.item, "FG");
    ASSERT_TRUE(fg.before && fg.after);
    EXPECT_EQ(fg.before->qty, 10);
    EXPECT_EQ(fg.after->qty, 15);
    EXPECT_EQ(fg.before->startMinute, at(7, 8));
    EXPECT_EQ(fg.before->endMinute, at(7, 8, 10));
    EXPECT_EQ(fg.after->startMinute, at(8, 8));
    EXPECT_EQ(fg.after->endMinute, at(8, 8, 15));
    EXPECT_EQ(fg.after->units, (std::vector<OrderUnit>{{"A", 0}}));
    EXPECT_EQ(fg.salesLines, std::vector<std::string>{"SO-1/1"});

    // RM for SO-1 is needed on Monday 11-30 (the order's release, Thursday 12-03, 2 working
    // days before its due, less 3 days of buffer): PO-1
    // covers 10; the 5 more take PO-2, which was needed only for SO-2 (on 12-07, within the
    // tolerance of its due 12-04): pull it in to 11-30.
    ASSERT_EQ(impact.materialAdjustments.size(), 1u);
    const MaterialAdjustment& po2 = impact.materialAdjustments[0];
    EXPECT_EQ(po2.number, "PO-2");
    EXPECT_EQ(po2.item, "RM");
    EXPECT_EQ(po2.itemName, "Steel plate");
    EXPECT_EQ(po2.supplier, "S1");
    EXPECT_EQ(po2.before.date, day(12));
    EXPECT_EQ(po2.after.date, day(5));
    EXPECT_EQ(po2.after.qty, 10);
    EXPECT_EQ(po2.action, MaterialAction::PullIn);
    EXPECT_EQ(po2.proposedDue, day(5));
    EXPECT_EQ(po2.proposedQty, 10);

    // The sales line: 15 instead of 10, finished a day later (Thursday) and still on time.
    ASSERT_EQ(impact.salesLines.size(), 1u);
    const SalesLineChange& so1 = impact.salesLines[0];
    EXPECT_EQ(so1.line, "SO-1/1");
    ASSERT_TRUE(so1.before && so1.after);
    EXPECT_EQ(so1.before->openQty, 10);
    EXPECT_EQ(so1.after->openQty, 15);
    EXPECT_EQ(so1.before->completion, day(7));
    EXPECT_EQ(so1.after->completion, day(8));
    EXPECT_EQ(so1.after->lateDays, 0);
}

TEST(ChangeImpact, halvingAnOrderInProductionReducesOnePurchaseAndCancelsTheOther)
{
    // Scenario S6: SO-1 wants 40 FG on Monday 12-07; WO-1 (20 FG, 8 done) is on the line with
    // its 12 RM in stock; PO-1 (20 RM, due Sunday 11-29) and PO-2 (8 RM, due Monday 11-30) are
    // open for the planned order of the other 28. SO-1 is cut to 20.
    const ChangeImpact impact = halvedMidProduction();
    // RM is needed from Monday 11-30 on (the planned order's release Thursday 12-03 less 3
    // days): 28 before, now 8 (20 less WO-1's 12). Stock covers WO-1, so PO-1 gives 8 of its
    // 20 and PO-2 is not needed at all.
    ASSERT_EQ(impact.materialAdjustments.size(), 2u);
    const MaterialAdjustment* po1 = materialRow(impact, "PO-1");
    ASSERT_TRUE(po1);
    EXPECT_EQ(po1->before, (MaterialNeed{day(5), 20}));
    EXPECT_EQ(po1->after, (MaterialNeed{day(5), 8}));
    EXPECT_EQ(po1->action, MaterialAction::Reduce);
    EXPECT_EQ(po1->proposedQty, 8);
    EXPECT_EQ(po1->proposedDue, day(4));
    const MaterialAdjustment* po2 = materialRow(impact, "PO-2");
    ASSERT_TRUE(po2);
    EXPECT_EQ(po2->before, (MaterialNeed{day(5), 8}));
    EXPECT_EQ(po2->after, MaterialNeed{});
    EXPECT_EQ(po2->action, MaterialAction::Cancel);
    EXPECT_EQ(po2->proposedQty, 0);

    // The planned order of FG shrinks from 28 to 8; WO-1 stays as it is.
    ASSERT_EQ(impact.planAdjustments.size(), 1u);
    const PlanAdjustment& fg = impact.planAdjustments[0];
    EXPECT_EQ(fg.kind, ProductionOrderKind::PlannedOrder);
    EXPECT_EQ(fg.before->qty, 28);
    EXPECT_EQ(fg.after->qty, 8);
    EXPECT_EQ(fg.salesLines, std::vector<std::string>{"SO-1/1"});
    const SalesLineChange* line = impact.salesLine("SO-1/1");
    ASSERT_TRUE(line);
    EXPECT_EQ(line->before->openQty, 40);
    EXPECT_EQ(line->after->openQty, 20);
}

TEST(ChangeImpact, whatTheSupplierMayHaveMadeIsDeferredThreeMonthsInsteadOfCancelled)
{
    const ChangeFactory f = midProduction();
    ChangeFactory changed = f;
    changed.line("SO-1").qty = 20;
    ChangeImpactOptions options;
    options.deferInsteadOfCancel = true;

    const ChangeImpact impact = analyzeChange(f.model, changed.model, options);
    const MaterialAdjustment* po2 = materialRow(impact, "PO-2");
    ASSERT_TRUE(po2);
    EXPECT_EQ(po2->action, MaterialAction::PushOut);
    EXPECT_EQ(po2->proposedQty, 8);
    // 11-30 + 3 months: February has no 30th, so its last day.
    EXPECT_EQ(po2->proposedDue, Date::fromYmd(2027, 2, 28));
}

TEST(ChangeImpact, aCancelledOrderDropsItsPlannedOrderAndCancelsItsPurchase)
{
    ChangeFactory f;
    f.sale("SO-1", "FG", 10, day(12));
    f.po("PO-1", "RM", 10, day(4));
    ChangeFactory changed = f;
    changed.find("SO-1").status = SalesOrderStatus::Cancelled;

    const ChangeImpact impact = analyzeChange(f.model, changed.model);
    ASSERT_EQ(impact.planAdjustments.size(), 1u);
    const PlanAdjustment& dropped = impact.planAdjustments[0];
    EXPECT_EQ(dropped.order(), "PLN-00001");
    ASSERT_TRUE(dropped.before);
    EXPECT_FALSE(dropped.after);
    EXPECT_EQ(dropped.before->qty, 10);
    EXPECT_EQ(dropped.salesLines, std::vector<std::string>{"SO-1/1"});

    ASSERT_EQ(impact.materialAdjustments.size(), 1u);
    EXPECT_EQ(impact.materialAdjustments[0].number, "PO-1");
    EXPECT_EQ(impact.materialAdjustments[0].before, (MaterialNeed{day(5), 10}));
    EXPECT_EQ(impact.materialAdjustments[0].action, MaterialAction::Cancel);

    ASSERT_EQ(impact.salesLines.size(), 1u);
    EXPECT_TRUE(impact.salesLines[0].before);
    EXPECT_FALSE(impact.salesLines[0].after);
}

TEST(ChangeImpact, aLaterDateRenumbersNothingAndPushesThePurchaseOut)
{
    ChangeFactory f;
    f.sale("SO-1", "FG", 10, day(12));
    f.po("PO-1", "RM", 10, day(4));
    ChangeFactory changed = f;
    changed.line("SO-1").due = day(26); // Monday 12-21

    const ChangeImpact impact = analyzeChange(f.model, changed.model);
    // FG is now released Thursday 12-17, so RM is needed Monday 12-14: 15 days after PO-1's
    // due, beyond the 3 days' tolerance.
    ASSERT_EQ(impact.materialAdjustments.size(), 1u);
    const MaterialAdjustment& po1 = impact.materialAdjustments[0];
    EXPECT_EQ(po1.after, (MaterialNeed{day(19), 10}));
    EXPECT_EQ(po1.action, MaterialAction::PushOut);
    EXPECT_EQ(po1.proposedDue, day(19));
    EXPECT_EQ(po1.proposedQty, 10);

    // The same planned order, due two weeks later; its material is still in on Wednesday 12-02,
    // so it is still made then.
    ASSERT_EQ(impact.planAdjustments.size(), 1u);
    const PlanAdjustment& fg = impact.planAdjustments[0];
    EXPECT_EQ(fg.before->due, day(12));
    EXPECT_EQ(fg.after->due, day(26));
    EXPECT_EQ(fg.after->startMinute, at(7, 8));
    const SalesLineChange* line = impact.salesLine("SO-1/1");
    ASSERT_TRUE(line);
    EXPECT_EQ(line->before->committed, day(12));
    EXPECT_EQ(line->after->committed, day(26));
    EXPECT_EQ(line->after->completion, day(7));
}

TEST(ChangeImpact, aPushOutWithinTheToleranceKeepsThePurchase)
{
    ChangeFactory f;
    f.sale("SO-1", "FG", 10, day(12));
    f.po("PO-1", "RM", 10, day(5));
    ChangeFactory changed = f;
    changed.line("SO-1").due = day(13); // Tuesday 12-08: RM needed Tuesday 12-01, a day later
    const ChangeImpact impact = analyzeChange(f.model, changed.model);
    EXPECT_TRUE(impact.materialAdjustments.empty());
    ChangeImpactOptions strict;
    strict.pushOutToleranceDays = 0;
    const ChangeImpact strictImpact = analyzeChange(f.model, changed.model, strict);
    ASSERT_EQ(strictImpact.materialAdjustments.size(), 1u);
    EXPECT_EQ(strictImpact.materialAdjustments[0].action, MaterialAction::PushOut);
    EXPECT_EQ(strictImpact.materialAdjustments[0].proposedDue, day(6));
}

TEST(ChangeImpact, reasonsReadBackFromTheirNames)
{
    ChangeReason reason = ChangeReason::CustomerChange;
    EXPECT_TRUE(parseChangeReason("engineering_change", reason));
    EXPECT_EQ(reason, ChangeReason::EngineeringChange);
    EXPECT_STREQ(toString(ChangeReason::RushInsertion), "rush_insertion");
    EXPECT_FALSE(parseChangeReason("weather", reason));
}

TEST(ChangeImpact, aRushOrderRenumbersThePlannedOrdersAndIsMatchedByItsSalesLine)
{
    ChangeFactory f;
    f.stock("RM", 100);
    f.sale("SO-1", "FG", 10, day(12));
    ChangeFactory changed = f;
    changed.sale("SO-0", "FG", 10, day(10)); // Friday 12-04, before SO-1
    const ChangeImpact impact = analyzeChange(f.model, changed.model, {ChangeReason::RushInsertion});

    // SO-0's order takes the first number and line A from 08:00 today; SO-1's order, once
    // PLN-00001 and started at 08:00, is now PLN-00002 and starts when SO-0's is done.
    ASSERT_EQ(impact.planAdjustments.size(), 2u);
    const PlanAdjustment& rush = impact.planAdjustments[0];
    EXPECT_EQ(rush.order(), "PLN-00001");
    EXPECT_FALSE(rush.before);
    EXPECT_EQ(rush.after->startMinute, at(0, 8));
    EXPECT_EQ(rush.salesLines, std::vector<std::string>{"SO-0/1"});
    const PlanAdjustment& moved = impact.planAdjustments[1];
    EXPECT_EQ(moved.order(), "PLN-00002");
    ASSERT_TRUE(moved.before);
    EXPECT_EQ(moved.before->order, "PLN-00001");
    EXPECT_EQ(moved.before->startMinute, at(0, 8));
    EXPECT_EQ(moved.after->startMinute, at(0, 8, 10));
    EXPECT_EQ(moved.salesLines, std::vector<std::string>{"SO-1/1"});
    // SO-1 is still done today; only the new line is listed.
    ASSERT_EQ(impact.salesLines.size(), 1u);
    EXPECT_EQ(impact.salesLines[0].line, "SO-0/1");
    EXPECT_FALSE(impact.salesLines[0].before);
    EXPECT_TRUE(impact.materialAdjustments.empty());
}
