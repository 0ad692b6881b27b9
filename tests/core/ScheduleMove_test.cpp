// Moving steps on the Gantt chart: the checks made while dragging (OperationMoveCheck), the
// pins a move leaves (OperationPinning) and the repair that keeps everything else where it was
// unless the move pushes it (ScheduleOptions::previous).
#include "ScheduleTestShop.h"

#include "core/scheduling/OperationMove.h"
#include "core/scheduling/OperationPinning.h"

#include <gtest/gtest.h>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

using Kind = MoveProblem::Kind;

std::vector<Kind> kinds(const MoveVerdict& verdict)
{
    std::vector<Kind> found;
    for (const MoveProblem& p : verdict.problems)
        found.push_back(p.kind);
    return found;
}

// A move as the desktop makes it: pin the steps at their new place, then repair.
ScheduleResult moveAndRepair(ScheduleTestShop& shop, const ScheduleResult& before, std::span<const OperationMove> moves)
{
    OperationMoveCheck check(shop.model, shop.mrp, before);
    const MoveVerdict verdict = check.check(moves);
    EXPECT_TRUE(verdict.allowed());
    const OperationPinning pinning = OperationPinning::at(shop.model, shop.mrp, before.today, verdict.places);
    shop.model.operationPins = pinning.edit.operationPins->second;
    ScheduleOptions options;
    options.previous = before.operations;
    return shop.run(options);
}

// Three orders of one hour each on one machine, then a second step on B.
ScheduleTestShop lineOfThree()
{
    ScheduleTestShop shop;
    shop.workCenter("A", 2);
    shop.workCenter("B");
    shop.routing("P", {{10, "A", 0, 1}, {20, "B", 0, 1}});
    shop.wo("WO-1", "P", 60, 5);
    shop.wo("WO-2", "P", 60, 5);
    shop.wo("WO-3", "P", 60, 5);
    shop.model.operationPins = {{"WO-2", 10, 0, kScheduleToday, 9 * 60}, {"WO-3", 10, 0, kScheduleToday, 10 * 60}};
    return shop;
}

} // namespace

TEST(ScheduleRepair, anUnchangedScheduleComesBackAsItWas)
{
    for (unsigned seed = 1; seed <= 10; ++seed) {
        const ScheduleTestShop shop = randomShop(seed, {.pins = static_cast<int>(seed % 3)});
        const ScheduleResult built = shop.run({.rule = DispatchRule::CriticalRatio});
        ScheduleOptions options;
        options.previous = built.operations;
        const ScheduleResult repaired = shop.run(options);
        EXPECT_EQ(repaired.operations, built.operations) << "seed " << seed;
    }
}

TEST(ScheduleRepair, withChangeoversNothingStartsEarlierAndTheScheduleStaysFeasible)
{
    for (unsigned seed = 1; seed <= 10; ++seed) {
        const ScheduleTestShop shop = randomShop(seed, {.changeovers = true, .pins = 1});
        const ScheduleResult built = shop.run();
        ScheduleOptions options;
        options.previous = built.operations;
        const ScheduleResult repaired = shop.run(options);
        EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, repaired), std::vector<std::string>{}) << "seed " << seed;
        ASSERT_EQ(repaired.operations.size(), built.operations.size());
        for (std::size_t i = 0; i < built.operations.size(); ++i) {
            EXPECT_EQ(repaired.operations[i].unit, built.operations[i].unit);
            EXPECT_GE(repaired.operations[i].startMinute, built.operations[i].startMinute) << "seed " << seed;
        }
    }
}

TEST(ScheduleRepair, aStepMovedLaterPushesWhatFollowsOnItsUnitAndItsNextStep)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.workCenter("B");
    shop.routing("P", {{10, "A", 0, 1}, {20, "B", 0, 1}});
    shop.wo("WO-1", "P", 60, 5);
    shop.wo("WO-2", "P", 60, 6);
    shop.wo("WO-3", "P", 60, 7);
    const ScheduleResult before = shop.run();
    ASSERT_EQ(operationsOf(before, "WO-1")[0].startMinute, at(0, 8));
    ASSERT_EQ(operationsOf(before, "WO-3")[0].startMinute, at(0, 10));
    const OperationMove move{"WO-1", 10, 0, at(0, 10)};
    const ScheduleResult after = moveAndRepair(shop, before, std::span(&move, 1));
    EXPECT_TRUE(operationsOf(after, "WO-1")[0].fixed);
    EXPECT_EQ(operationsOf(after, "WO-1")[0].startMinute, at(0, 10));
    EXPECT_EQ(operationsOf(after, "WO-1")[1].startMinute, at(0, 11)); // its next step follows
    EXPECT_EQ(operationsOf(after, "WO-2")[0].startMinute, at(0, 9));  // untouched
    EXPECT_EQ(operationsOf(after, "WO-3")[0].startMinute, at(0, 11)); // pushed off the moved step
    EXPECT_EQ(operationsOf(after, "WO-2")[1].startMinute, operationsOf(before, "WO-2")[1].startMinute);
    EXPECT_TRUE(after.conflicts.empty());
    EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, after), std::vector<std::string>{});
}

TEST(ScheduleRepair, aStepMovedToAnotherUnitLeavesTheOthersOnTheirs)
{
    ScheduleTestShop shop = lineOfThree();
    shop.model.operationPins.clear();
    const ScheduleResult before = shop.run();
    // WO-1 and WO-2 start at 08:00 on units 0 and 1, WO-3 at 09:00 on unit 0.
    ASSERT_EQ(operationsOf(before, "WO-3")[0].unit, 0);
    const OperationMove move{"WO-3", 10, 1, at(0, 9)};
    const ScheduleResult after = moveAndRepair(shop, before, std::span(&move, 1));
    EXPECT_EQ(operationsOf(after, "WO-3")[0].unit, 1);
    EXPECT_EQ(operationsOf(after, "WO-3")[0].startMinute, at(0, 9));
    for (const char* order : {"WO-1", "WO-2"})
        EXPECT_EQ(operationsOf(after, order)[0].unit, operationsOf(before, order)[0].unit);
    EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, after), std::vector<std::string>{});
}

TEST(OperationMoveCheck, refusesWhatBreaksARuleAndSaysWhich)
{
    ScheduleTestShop shop = lineOfThree();
    const ScheduleResult schedule = shop.run();
    OperationMoveCheck check(shop.model, shop.mrp, schedule);
    // Step 20 of WO-1 cannot start before step 10 ends at 09:00.
    const OperationMove early{"WO-1", 20, 0, at(0, 8, 30)};
    MoveVerdict verdict = check.check(std::span(&early, 1));
    EXPECT_FALSE(verdict.allowed());
    ASSERT_EQ(kinds(verdict), std::vector<Kind>{Kind::BeforePredecessor});
    EXPECT_EQ(verdict.problems[0].other, "WO-1");
    EXPECT_EQ(verdict.problems[0].otherSeq, 10);
    EXPECT_EQ(verdict.problems[0].minute, at(0, 9));
    EXPECT_EQ(describe(verdict.problems[0], schedule.today), "WO-1 step 20 would start before WO-1 step 10 is done at 2026-11-25 09:00");
    // Unit 0 of A holds pinned WO-2 09:00-10:00 and WO-3 10:00-11:00.
    const OperationMove overPin{"WO-1", 10, 0, at(0, 9, 30)};
    verdict = check.check(std::span(&overPin, 1));
    EXPECT_EQ(kinds(verdict), (std::vector<Kind>{Kind::OverlapsPin, Kind::OverlapsPin}));
    const OperationMove noUnit{"WO-1", 10, 2, at(0, 8)};
    EXPECT_EQ(kinds(check.check(std::span(&noUnit, 1))), std::vector<Kind>{Kind::NoSuchUnit});
    const OperationMove yesterday{"WO-1", 10, 1, -60};
    EXPECT_EQ(kinds(check.check(std::span(&yesterday, 1))), std::vector<Kind>{Kind::BeforeToday});
    const OperationMove unknown{"WO-9", 10, 0, at(1, 8)};
    EXPECT_EQ(kinds(check.check(std::span(&unknown, 1))), std::vector<Kind>{Kind::NotScheduled});
}

TEST(OperationMoveCheck, aDropInABreakStartsAtTheNextWorkingMinuteAndLatenessIsOnlyAWarning)
{
    ScheduleTestShop shop = lineOfThree();
    const ScheduleResult schedule = shop.run();
    OperationMoveCheck check(shop.model, shop.mrp, schedule);
    const OperationMove lunch{"WO-1", 20, 0, at(1, 12, 15)};
    MoveVerdict verdict = check.check(std::span(&lunch, 1));
    EXPECT_TRUE(verdict.allowed());
    ASSERT_EQ(verdict.places.size(), 1u);
    EXPECT_EQ(verdict.places[0].startMinute, at(1, 13));
    EXPECT_EQ(verdict.places[0].endMinute, at(1, 14));
    EXPECT_TRUE(verdict.problems.empty());
    // Due on day 5: finishing on day 7 is allowed, with a word.
    const OperationMove late{"WO-1", 20, 0, at(7, 8)};
    verdict = check.check(std::span(&late, 1));
    EXPECT_TRUE(verdict.allowed());
    EXPECT_EQ(kinds(verdict), std::vector<Kind>{Kind::LateAfterDue});
}

TEST(OperationMoveCheck, stepsMovedTogetherAreCheckedAgainstEachOthersNewPlaces)
{
    ScheduleTestShop shop = lineOfThree();
    shop.model.operationPins.clear();
    const ScheduleResult schedule = shop.run();
    OperationMoveCheck check(shop.model, shop.mrp, schedule);
    // Both steps of WO-1 two days later: step 20 follows step 10's new place.
    const std::vector<OperationMove> both{{"WO-1", 10, 0, at(2, 8)}, {"WO-1", 20, 0, at(2, 9)}};
    EXPECT_TRUE(check.check(both).allowed());
    const std::vector<OperationMove> crossed{{"WO-1", 10, 0, at(2, 8)}, {"WO-1", 20, 0, at(2, 8, 30)}};
    EXPECT_EQ(kinds(check.check(crossed)), std::vector<Kind>{Kind::BeforePredecessor});
    const std::vector<OperationMove> stacked{{"WO-1", 10, 0, at(2, 8)}, {"WO-2", 10, 0, at(2, 8, 30)}};
    EXPECT_EQ(kinds(check.check(stacked)), std::vector<Kind>{Kind::OverlapsMovedStep});
}

TEST(OperationMoveCheck, aStepMayNotRunIntoItsPinnedNextStepNorStartBeforeItsMaterial)
{
    ScheduleTestShop shop = lineOfThree();
    shop.model.operationPins = {{"WO-1", 20, 0, kScheduleToday + 1, 8 * 60}};
    const ScheduleResult schedule = shop.run();
    OperationMoveCheck check(shop.model, shop.mrp, schedule);
    const OperationMove past{"WO-1", 10, 0, at(1, 8)};
    EXPECT_EQ(kinds(check.check(std::span(&past, 1))), std::vector<Kind>{Kind::PastPinnedSuccessor});

    ScheduleTestShop bought = lineOfThree();
    bought.model.operationPins.clear();
    bought.model.items = {{.code = "P", .source = ItemSource::Make}, {.code = "R", .source = ItemSource::Buy}};
    bought.planned("PLN-B", "R", 60, 3, ItemSource::Buy, {{"WO-1", 60}});
    const ScheduleResult waiting = bought.run();
    OperationMoveCheck material(bought.model, bought.mrp, waiting);
    const OperationMove early{"WO-1", 10, 1, at(0, 8)};
    const MoveVerdict verdict = material.check(std::span(&early, 1));
    ASSERT_EQ(kinds(verdict), std::vector<Kind>{Kind::BeforeMaterial});
    EXPECT_GE(verdict.problems[0].minute, at(3, 0));
}

TEST(OperationPinning, firmsThePlannedOrdersAmongTheStepsAndPinsThemUnderTheirNewNumber)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.routing("P", {{10, "A", 0, 1}});
    shop.model.items = {{.code = "P", .source = ItemSource::Make}};
    shop.planned("PLN-1", "P", 60, 9, ItemSource::Make);
    shop.mrp.plannedOrders.back().release = kScheduleToday + 6;
    shop.wo("WO-1", "P", 60, 5);
    const ScheduleResult schedule = shop.run();
    std::vector<ScheduledOperation> places = schedule.operations;
    for (ScheduledOperation& op : places)
        op.startMinute = at(2, 8);
    const OperationPinning pinning = OperationPinning::at(shop.model, shop.mrp, schedule.today, places);
    ASSERT_EQ(pinning.renamed.size(), 1u);
    const std::string& number = pinning.numberOf("PLN-1");
    EXPECT_EQ(number.rfind("FPO-", 0), 0u);
    EXPECT_EQ(pinning.numberOf("WO-1"), "WO-1");
    ASSERT_EQ(pinning.edit.firmPlannedOrders.size(), 1u);
    EXPECT_EQ(pinning.edit.firmPlannedOrders[0].after->release, kScheduleToday + 2); // moved back to its start
    ASSERT_EQ(pinning.consumed.size(), 1u);
    EXPECT_EQ(pinning.consumed[0].id, "PLN-1");
    const auto& pins = pinning.edit.operationPins->second;
    ASSERT_EQ(pins.size(), 2u);
    EXPECT_EQ(pinning.pinned, 2u);
    EXPECT_TRUE(std::any_of(pins.begin(), pins.end(), [&](const OperationPin& p) {
        return p.order == number && p.seq == 10 && p.date == kScheduleToday + 2 && p.startMinute == 8 * 60;
    }));
}
