// Dispatching rules, backward scheduling, changeovers between product families, pinned
// operations and the choice of objectives of the finite scheduler.
#include "ScheduleTestShop.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

constexpr DispatchRule kAllRules[] = {DispatchRule::EarliestDueDate, DispatchRule::PriorityThenDueDate,
                                      DispatchRule::CriticalRatio,   DispatchRule::LeastSlack,
                                      DispatchRule::FirstInFirstOut, DispatchRule::SetupMinimizing};

std::vector<std::string> orderOnUnit(const ScheduleResult& r)
{
    std::vector<ScheduledOperation> ops = r.operations;
    std::sort(ops.begin(), ops.end(), [](const auto& a, const auto& b) { return a.startMinute < b.startMinute; });
    std::vector<std::string> orders;
    for (const ScheduledOperation& op : ops)
        orders.push_back(op.order);
    return orders;
}

// One machine, one step of 60 minutes per order.
ScheduleTestShop oneMachine()
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.routing("P", {{10, "A", 0, 1}});
    shop.routing("Q", {{10, "A", 0, 1}});
    return shop;
}

} // namespace

TEST(DispatchRules, namesRoundTrip)
{
    for (DispatchRule rule : kAllRules)
        EXPECT_EQ(parseDispatchRule(toString(rule)), rule);
    EXPECT_EQ(parseDispatchRule("EDD"), std::nullopt);
    EXPECT_EQ(parseScheduleDirection("backward"), ScheduleDirection::Backward);
    EXPECT_EQ(parseObjectiveOrder("changeovers"),
              (ObjectiveOrder{ScheduleObjective::Changeovers, ScheduleObjective::WeightedTardiness, ScheduleObjective::Makespan}));
    EXPECT_EQ(parseObjectiveOrder("makespan,tardiness,changeovers"),
              (ObjectiveOrder{ScheduleObjective::Makespan, ScheduleObjective::WeightedTardiness, ScheduleObjective::Changeovers}));
    EXPECT_EQ(parseObjectiveOrder("makespan,makespan"), std::nullopt);
    EXPECT_EQ(parseObjectiveOrder("speed"), std::nullopt);
}

TEST(DispatchRules, priorityRuleTakesTheMostUrgentCustomerFirst)
{
    ScheduleTestShop shop = oneMachine();
    shop.salesOrder("SO-1", 4, {{"P", 1, kScheduleToday + 2}});
    shop.salesOrder("SO-2", 1, {{"P", 1, kScheduleToday + 9}});
    shop.planned("PLN-1", "P", 60, 2, ItemSource::Make, {{"SO-1/1", 60}});
    shop.planned("PLN-2", "P", 60, 9, ItemSource::Make, {{"SO-2/1", 60}});
    EXPECT_EQ(orderOnUnit(shop.run()), (std::vector<std::string>{"PLN-1", "PLN-2"}));
    EXPECT_EQ(orderOnUnit(shop.run({.rule = DispatchRule::PriorityThenDueDate})),
              (std::vector<std::string>{"PLN-2", "PLN-1"}));
}

TEST(DispatchRules, fifoTakesWorkOrdersInTheirOrderThenPlannedOrdersByRelease)
{
    ScheduleTestShop shop = oneMachine();
    shop.planned("PLN-1", "P", 60, 3, ItemSource::Make);
    shop.mrp.plannedOrders.back().release = kScheduleToday + 2;
    shop.planned("PLN-2", "P", 60, 9, ItemSource::Make);
    shop.wo("WO-9", "P", 60, 9);
    shop.wo("WO-1", "P", 60, 1);
    EXPECT_EQ(orderOnUnit(shop.run({.rule = DispatchRule::FirstInFirstOut})),
              (std::vector<std::string>{"WO-9", "WO-1", "PLN-2", "PLN-1"}));
}

TEST(DispatchRules, criticalRatioAndSlackWeighWorkAgainstTimeLeft)
{
    ScheduleTestShop shop = oneMachine();
    // Both due tomorrow evening (16 working hours left): a 10-hour order has ratio 1.6 and
    // slack 6 h; a 2-hour order due today at night (8 h left) has ratio 4 and slack 6 h too,
    // a 1-hour order due the day after (24 h left) ratio 24 and slack 23 h.
    shop.wo("WO-LONG", "P", 600, 1);
    shop.wo("WO-SHORT", "P", 120, 0);
    shop.wo("WO-EASY", "Q", 60, 2);
    EXPECT_EQ(orderOnUnit(shop.run()), (std::vector<std::string>{"WO-SHORT", "WO-LONG", "WO-EASY"}));
    EXPECT_EQ(orderOnUnit(shop.run({.rule = DispatchRule::CriticalRatio})),
              (std::vector<std::string>{"WO-LONG", "WO-SHORT", "WO-EASY"}));
    // Equal slack: the earlier due date first.
    EXPECT_EQ(orderOnUnit(shop.run({.rule = DispatchRule::LeastSlack})),
              (std::vector<std::string>{"WO-SHORT", "WO-LONG", "WO-EASY"}));
    shop.model.workOrders[0].qty = 660; // slack 5 h now
    EXPECT_EQ(orderOnUnit(shop.run({.rule = DispatchRule::LeastSlack})),
              (std::vector<std::string>{"WO-LONG", "WO-SHORT", "WO-EASY"}));
}

TEST(DispatchRules, setupRuleKeepsAFamilyTogetherWithinItsWindow)
{
    ScheduleTestShop shop = oneMachine();
    shop.model.items = {{.code = "P", .family = "A"}, {.code = "Q", .family = "B"}};
    shop.model.changeovers = {{"A", "*", "*", 30}};
    shop.wo("WO-1", "P", 60, 1);
    shop.wo("WO-2", "Q", 60, 2);
    shop.wo("WO-3", "P", 60, 6);
    shop.wo("WO-4", "P", 60, 20);
    const ScheduleResult edd = shop.run();
    EXPECT_EQ(orderOnUnit(edd), (std::vector<std::string>{"WO-1", "WO-2", "WO-3", "WO-4"}));
    EXPECT_EQ(edd.changeoverMinutes, 60);
    const ScheduleResult setup = shop.run({.rule = DispatchRule::SetupMinimizing});
    // WO-3 is due 5 days after WO-2, inside the 7-day window; WO-4 is not.
    EXPECT_EQ(orderOnUnit(setup), (std::vector<std::string>{"WO-1", "WO-3", "WO-2", "WO-4"}));
    EXPECT_EQ(setup.changeoverMinutes, 60);
    const ScheduleResult wide = shop.run({.rule = DispatchRule::SetupMinimizing, .setupWindowDays = 30});
    EXPECT_EQ(orderOnUnit(wide), (std::vector<std::string>{"WO-1", "WO-3", "WO-4", "WO-2"}));
    EXPECT_EQ(wide.changeoverMinutes, 30);
    for (const ScheduleResult* r : {&edd, &setup, &wide})
        EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, *r), std::vector<std::string>{});
}

TEST(Changeovers, aDifferentFamilyWaitsForTheChangeoverOnTheSameUnit)
{
    ScheduleTestShop shop = oneMachine();
    shop.model.items = {{.code = "P", .family = "A"}, {.code = "Q", .family = "B"}};
    shop.model.changeovers = {{"A", "*", "*", 20}, {"A", "A", "B", 45}, {"A", "B", "*", 10}};
    shop.wo("WO-1", "P", 60, 1);
    shop.wo("WO-2", "Q", 60, 2);
    shop.wo("WO-3", "P", 60, 3);
    shop.wo("WO-4", "P", 60, 4);
    const ScheduleResult r = shop.run();
    const auto op = [&](const char* order) { return operationsOf(r, order).at(0); };
    EXPECT_EQ(op("WO-1").changeoverMinutes, 0); // nothing before it on the unit
    EXPECT_EQ(op("WO-2").changeoverMinutes, 45); // the exact pair A → B
    EXPECT_EQ(op("WO-2").startMinute, at(0, 9));
    EXPECT_EQ(op("WO-2").endMinute, at(0, 10, 45));
    EXPECT_EQ(op("WO-3").changeoverMinutes, 10); // B → anything
    EXPECT_EQ(op("WO-4").changeoverMinutes, 0);  // same family
    EXPECT_EQ(r.changeoverMinutes, 55);
    EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{});
}

TEST(Changeovers, aGapIsFilledOnlyWhenTheNextOperationKeepsItsChangeoverTime)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.workCenter("B");
    shop.model.items = {{.code = "X", .family = "X"}, {.code = "Y", .family = "Y"}, {.code = "Z", .family = "X"}};
    shop.model.changeovers = {{"A", "*", "*", 60}};
    // WO-1 makes a gap on A: 2 h on B, then 1 h on A from 10:00 (the first op on A, no changeover).
    shop.routing("X", {{10, "B", 0, 1}, {20, "A", 0, 0.5}});
    shop.routing("Y", {{10, "A", 0, 1}});
    shop.routing("Z", {{10, "A", 0, 1}});
    shop.wo("WO-1", "X", 120, 0);
    // 1.5 h of family Y: 08:00-09:30 would leave 30 of the 60 minutes changeover into WO-1's X.
    shop.wo("WO-2", "Y", 90, 1);
    shop.wo("WO-3", "Z", 60, 2); // 1 h of family X: fits 08:00-09:00 before WO-1 (same family)
    const ScheduleResult r = shop.run();
    EXPECT_EQ(operationsOf(r, "WO-1")[1].startMinute, at(0, 10));
    EXPECT_EQ(operationsOf(r, "WO-2")[0].startMinute, at(0, 11));
    EXPECT_EQ(operationsOf(r, "WO-2")[0].changeoverMinutes, 60);
    EXPECT_EQ(operationsOf(r, "WO-3")[0].startMinute, at(0, 8));
    EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{});
}

TEST(BackwardScheduling, finishesJustInTimeForTheDueDate)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.workCenter("B");
    shop.routing("P", {{10, "A", 0, 2}, {20, "B", 0, 1, 60}});
    shop.routing("C", {{10, "A", 0, 1}});
    shop.wo("WO-1", "P", 120, 5); // Monday
    shop.planned("PLN-1", "C", 60, 5, ItemSource::Make, {{"WO-1", 60}});
    const ScheduleResult forward = shop.run();
    EXPECT_EQ(operationsOf(forward, "PLN-1")[0].startMinute, at(0, 8));
    const ScheduleResult r = shop.run({.direction = ScheduleDirection::Backward});
    // B: 2 h ending by Monday 23:00 (24:00 less the 60 min queue after it), so at 17:00;
    // A: 4 h ending when B starts; the child ends when the parent starts.
    EXPECT_EQ(operationsOf(r, "WO-1")[1].startMinute, at(5, 15));
    EXPECT_EQ(operationsOf(r, "WO-1")[1].endMinute, at(5, 17));
    EXPECT_EQ(operationsOf(r, "WO-1")[0].startMinute, at(5, 10));
    EXPECT_EQ(operationsOf(r, "WO-1")[0].endMinute, at(5, 15));
    EXPECT_EQ(operationsOf(r, "PLN-1")[0].startMinute, at(5, 9));
    EXPECT_EQ(operationsOf(r, "PLN-1")[0].endMinute, at(5, 10));
    EXPECT_EQ(orderOf(r, "WO-1").completionMinute, at(5, 18));
    EXPECT_EQ(orderOf(r, "WO-1").lateDays, 0);
    EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{});
}

TEST(BackwardScheduling, whatDoesNotFitBeforeItsDueDateIsRepairedForward)
{
    ScheduleTestShop shop = oneMachine();
    shop.wo("WO-1", "P", 600, 0); // 10 h due today: cannot be just in time
    shop.wo("WO-2", "P", 120, 2);
    shop.model.settings.materialBufferDays = 1;
    shop.planned("PLN-RM", "RM", 5, 2, ItemSource::Buy, {{"WO-2", 5}}); // in house on day 3
    const ScheduleResult r = shop.run({.direction = ScheduleDirection::Backward});
    EXPECT_EQ(operationsOf(r, "WO-1")[0].startMinute, at(0, 8));
    EXPECT_EQ(orderOf(r, "WO-1").lateDays, 1);
    // Just in time would be Friday afternoon; the material is only in on Saturday, so Monday.
    EXPECT_EQ(operationsOf(r, "WO-2")[0].startMinute, at(5, 8));
    EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{});
}

TEST(BackwardScheduling, takesEddOrPriorityOnly)
{
    ScheduleTestShop shop = oneMachine();
    shop.wo("WO-1", "P", 60, 3);
    EXPECT_THROW(shop.run({.rule = DispatchRule::CriticalRatio, .direction = ScheduleDirection::Backward}),
                 std::invalid_argument);
    EXPECT_NO_THROW(shop.run({.rule = DispatchRule::PriorityThenDueDate, .direction = ScheduleDirection::Backward}));
}

TEST(PinnedOperations, stayWhereThePlannerPutThemAndTheRestGoesAround)
{
    ScheduleTestShop shop;
    shop.workCenter("A", 2);
    shop.routing("P", {{10, "A", 0, 1}});
    shop.wo("WO-1", "P", 120, 5);
    shop.wo("WO-2", "P", 120, 5);
    shop.wo("WO-3", "P", 120, 5);
    shop.model.operationPins = {{"WO-3", 10, 0, kScheduleToday, 8 * 60}, {"WO-2", 10, 1, kScheduleToday + 1, 13 * 60}};
    const ScheduleResult r = shop.run();
    const auto op = [&](const char* order) { return operationsOf(r, order).at(0); };
    EXPECT_TRUE(op("WO-3").fixed);
    EXPECT_EQ(op("WO-3").unit, 0);
    EXPECT_EQ(op("WO-3").startMinute, at(0, 8));
    EXPECT_EQ(op("WO-2").unit, 1);
    EXPECT_EQ(op("WO-2").startMinute, at(1, 13));
    EXPECT_FALSE(op("WO-1").fixed);
    EXPECT_EQ(op("WO-1").unit, 1);
    EXPECT_EQ(op("WO-1").startMinute, at(0, 8));
    EXPECT_TRUE(r.conflicts.empty());
    EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{});
}

TEST(PinnedOperations, aPinThatBreaksARuleIsKeptAndReported)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.workCenter("B");
    shop.routing("P", {{10, "A", 0, 1}, {20, "B", 0, 1}});
    shop.wo("WO-1", "P", 120, 5);
    shop.wo("WO-2", "P", 60, 1); // dispatched first: step 10 on A 08:00-09:00
    shop.model.operationPins = {{"WO-1", 20, 0, kScheduleToday, 9 * 60},  // before step 10 ends at 11:00
                                {"WO-2", 20, 0, kScheduleToday, 10 * 60}, // overlaps WO-1's step 20
                                {"WO-2", 10, 3, kScheduleToday, 8 * 60}}; // A has one unit only
    const ScheduleResult r = shop.run();
    ASSERT_EQ(r.conflicts.size(), 3u);
    EXPECT_EQ(r.conflicts[0].order, "WO-2");
    EXPECT_EQ(r.conflicts[0].seq, 10);
    EXPECT_NE(r.conflicts[0].message.find("has 1"), std::string::npos);
    EXPECT_EQ(r.conflicts[1].order, "WO-1");
    EXPECT_NE(r.conflicts[1].message.find("2026-11-25T11:00"), std::string::npos) << r.conflicts[1].message;
    EXPECT_EQ(r.conflicts[2].order, "WO-2");
    EXPECT_NE(r.conflicts[2].message.find("WO-1"), std::string::npos);
    EXPECT_EQ(operationsOf(r, "WO-1")[1].startMinute, at(0, 9));
    EXPECT_EQ(operationsOf(r, "WO-2")[0].unit, 0); // its pin was dropped
}

TEST(FirmPlannedOrders, startNoEarlierThanTheirRelease)
{
    ScheduleTestShop shop = oneMachine();
    shop.planned("FPO-1", "P", 60, 9, ItemSource::Make);
    shop.mrp.plannedOrders.back().firm = true;
    shop.mrp.plannedOrders.back().release = kScheduleToday + 6;
    shop.planned("PLN-1", "P", 60, 9, ItemSource::Make);
    shop.mrp.plannedOrders.back().release = kScheduleToday + 6;
    const ScheduleResult r = shop.run();
    EXPECT_EQ(operationsOf(r, "FPO-1")[0].startMinute, at(6, 8));
    EXPECT_EQ(operationsOf(r, "PLN-1")[0].startMinute, at(0, 8));
}

TEST(FiniteScheduler, everyRuleAndDirectionGivesFeasibleSchedulesWithChangeoversAndPins)
{
    for (unsigned seed = 1; seed <= 12; ++seed) {
        const ScheduleTestShop shop = randomShop(seed, {.changeovers = true, .pins = static_cast<int>(seed % 3)});
        for (DispatchRule rule : kAllRules) {
            const ScheduleResult r = shop.run({.rule = rule});
            EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{})
                << "seed " << seed << " rule " << toString(rule);
            EXPECT_EQ(r, shop.run({.rule = rule})) << "deterministic";
        }
        for (DispatchRule rule : {DispatchRule::EarliestDueDate, DispatchRule::PriorityThenDueDate}) {
            const ScheduleResult r = shop.run({.rule = rule, .direction = ScheduleDirection::Backward});
            EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{})
                << "seed " << seed << " backward " << toString(rule);
        }
    }
}

TEST(FiniteScheduler, improvementFollowsTheChosenObjectiveOrder)
{
    for (unsigned seed = 1; seed <= 4; ++seed) {
        const ScheduleTestShop shop = randomShop(seed, {.changeovers = true});
        const ObjectiveOrder order{ScheduleObjective::Changeovers, ScheduleObjective::Makespan,
                                   ScheduleObjective::WeightedTardiness};
        const ScheduleResult r = shop.run({.seconds = 30, .objectives = order, .seed = seed, .maxIterations = 300});
        EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{});
        EXPECT_LE(std::tuple(r.changeoverMinutes, r.makespan, r.weightedTardiness),
                  std::tuple(r.constructionChangeoverMinutes, r.constructionMakespan, r.constructionWeightedTardiness));
    }
}

TEST(MaterialReadiness, stockThenOpenPurchaseOrdersGoToTheOrdersThatNeedThemFirst)
{
    ScheduleTestShop shop = oneMachine();
    shop.model.items = {{.code = "P", .source = ItemSource::Make}, {.code = "RM", .source = ItemSource::Buy}};
    shop.model.boms = {{"P", "RM", 1, 0}};
    shop.model.inventory = {{"RM", 50}};
    shop.model.purchaseOrders = {{"PO-1", "RM", 100, kScheduleToday + 3}}; // in on Saturday
    shop.wo("WO-1", "P", 50, 5);
    shop.wo("WO-2", "P", 60, 6);
    shop.wo("WO-3", "P", 200, 8);
    ScheduleResult r = shop.run();
    EXPECT_EQ(operationsOf(r, "WO-1")[0].startMinute, at(0, 8)); // from stock
    EXPECT_EQ(operationsOf(r, "WO-2")[0].startMinute, at(5, 8)); // waits for PO-1: Monday
    EXPECT_FALSE(orderOf(r, "WO-2").materialShort);
    EXPECT_EQ(operationsOf(r, "WO-3")[0].startMinute, at(5, 9));
    EXPECT_TRUE(orderOf(r, "WO-3").materialShort); // 40 of 200 covered
    // MRP pegs a planned purchase to WO-3 for the rest; it is due on Tuesday.
    shop.planned("PLN-RM", "RM", 160, 6, ItemSource::Buy, {{"WO-3", 160}});
    r = shop.run();
    EXPECT_FALSE(orderOf(r, "WO-3").materialShort);
    EXPECT_EQ(operationsOf(r, "WO-3")[0].startMinute, at(6, 8));
    // Scrap counts: 50 × 1.1 = 55 > 50 in stock, so WO-1 waits for the purchase order too.
    shop.model.boms[0].scrapRate = 0.1;
    r = shop.run();
    EXPECT_EQ(operationsOf(r, "WO-1")[0].startMinute, at(5, 8));
}

TEST(MaterialReadiness, theBufferAndRequisitionsCount)
{
    ScheduleTestShop shop = oneMachine();
    shop.model.settings.materialBufferDays = 2;
    shop.model.items = {{.code = "P", .source = ItemSource::Make}, {.code = "RM", .source = ItemSource::Buy}};
    shop.model.boms = {{"P", "RM", 2, 0}};
    shop.model.purchaseRequisitions = {{"PR-1", "RM", 10, kScheduleToday + 5, kScheduleToday}};
    shop.wo("WO-1", "P", 5, 9);
    const ScheduleResult r = shop.run();
    EXPECT_EQ(operationsOf(r, "WO-1")[0].startMinute, at(7, 8)); // in Monday, ready two days later
    EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{});
}

TEST(MaterialReadiness, whatALotSizedPurchaseHoldsBeyondItsPeggingIsSupplyToo)
{
    ScheduleTestShop shop = oneMachine();
    shop.model.items = {{.code = "P", .source = ItemSource::Make}, {.code = "RM", .source = ItemSource::Buy}};
    shop.model.boms = {{"P", "RM", 1, 0}};
    shop.wo("WO-1", "P", 50, 9);
    shop.wo("WO-2", "P", 50, 9);
    // A lot of 200 due Friday, pegged to WO-1 with 50: the other 150 cover WO-2.
    shop.planned("PLN-RM", "RM", 200, 2, ItemSource::Buy, {{"WO-1", 50}});
    const ScheduleResult r = shop.run();
    EXPECT_EQ(operationsOf(r, "WO-2")[0].startMinute, at(2, 8, 50)); // Friday (no buffer), after WO-1
    EXPECT_FALSE(orderOf(r, "WO-2").materialShort);
}
