#include "ScheduleTestShop.h"

#include "core/scheduling/ScheduleProblem.h"

#include <gtest/gtest.h>

#include <random>

using namespace pmc::core;
using namespace pmc::core::test;

TEST(FiniteScheduler, durationIsSetupPlusRunOverEfficiencyRoundedUp)
{
    EXPECT_EQ(operationMinutes(30, 20, 12, 1.0), 270);
    EXPECT_EQ(operationMinutes(30, 100, 3, 0.9), 364); // 363.33…
    EXPECT_EQ(operationMinutes(0, 10, 0.3, 1.0), 3);   // 3.0000000000000004 is float noise
    EXPECT_EQ(operationMinutes(0, 0, 5, 1.0), 0);
}

TEST(FiniteScheduler, operationsFollowTheWorkingTime)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.routing("P", {{10, "A", 60, 4}}); // 60 + 60 × 4 = 300 minutes
    shop.wo("WO-1", "P", 60, 5);
    const ScheduleResult r = shop.run();
    ASSERT_EQ(r.operations.size(), 1u);
    EXPECT_EQ(r.operations[0].startMinute, at(0, 8));
    EXPECT_EQ(r.operations[0].endMinute, at(0, 14));
    EXPECT_EQ(orderOf(r, "WO-1").completionMinute, at(0, 14));
    EXPECT_EQ(orderOf(r, "WO-1").lateDays, 0);
}

TEST(FiniteScheduler, openQuantityOnlyAndFinishedOrdersSkipped)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.routing("P", {{10, "A", 0, 10}});
    shop.wo("WO-1", "P", 50, 5, 44);
    shop.wo("WO-2", "P", 50, 5, 50);
    const ScheduleResult r = shop.run();
    ASSERT_EQ(r.orders.size(), 1u);
    ASSERT_EQ(r.operations.size(), 1u);
    EXPECT_EQ(r.operations[0].qty, 6);
    EXPECT_EQ(r.operations[0].endMinute, at(0, 9));
}

TEST(FiniteScheduler, parallelUnitsWorkInParallel)
{
    ScheduleTestShop shop;
    shop.workCenter("A", 2);
    shop.routing("P", {{10, "A", 0, 1}});
    shop.wo("WO-1", "P", 100, 5);
    shop.wo("WO-2", "P", 100, 5);
    shop.wo("WO-3", "P", 100, 5);
    const ScheduleResult r = shop.run();
    EXPECT_EQ(operationsOf(r, "WO-1")[0].unit, 0);
    EXPECT_EQ(operationsOf(r, "WO-2")[0].unit, 1);
    EXPECT_EQ(operationsOf(r, "WO-2")[0].startMinute, at(0, 8));
    EXPECT_EQ(operationsOf(r, "WO-3")[0].unit, 0);
    EXPECT_EQ(operationsOf(r, "WO-3")[0].startMinute, at(0, 9, 40));
}

TEST(FiniteScheduler, operationsOfAnOrderFollowOneAnother)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.workCenter("B", 3);
    shop.routing("P", {{20, "B", 30, 0}, {10, "A", 0, 2}}); // seq order, not list order
    shop.wo("WO-1", "P", 60, 5);
    const std::vector<ScheduledOperation> ops = operationsOf(shop.run(), "WO-1");
    ASSERT_EQ(ops.size(), 2u);
    EXPECT_EQ(ops[0].workCenter, "A");
    EXPECT_EQ(ops[0].endMinute, at(0, 10));
    EXPECT_EQ(ops[1].workCenter, "B");
    EXPECT_EQ(ops[1].startMinute, at(0, 10));
    EXPECT_EQ(ops[1].endMinute, at(0, 10, 30));
}

TEST(FiniteScheduler, laterOrderFillsAnIdleGapWhenItFitsWhole)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.workCenter("B");
    shop.routing("P", {{10, "A", 120, 0}, {20, "B", 60, 0}});
    shop.routing("Q", {{10, "B", 60, 0}});
    shop.routing("R", {{10, "B", 180, 0}});
    shop.wo("WO-1", "P", 1, 1); // B busy 10:00–11:00, idle before
    shop.wo("WO-2", "Q", 1, 2);
    shop.wo("WO-3", "R", 1, 3);
    const ScheduleResult r = shop.run();
    EXPECT_EQ(operationsOf(r, "WO-1")[1].startMinute, at(0, 10));
    EXPECT_EQ(operationsOf(r, "WO-2")[0].startMinute, at(0, 8));
    EXPECT_EQ(operationsOf(r, "WO-2")[0].endMinute, at(0, 9));
    EXPECT_EQ(operationsOf(r, "WO-3")[0].startMinute, at(0, 11)); // 09:00–10:00 is too short
    EXPECT_EQ(operationsOf(r, "WO-3")[0].endMinute, at(0, 15));
}

TEST(FiniteScheduler, parentWaitsForItsPeggedChildren)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.workCenter("B");
    shop.routing("P", {{10, "B", 60, 0}});
    shop.routing("C", {{10, "A", 600, 0}});
    shop.planned("PLN-00001", "P", 1, 3, ItemSource::Make, {{"SO-1/1", 1}});
    shop.planned("PLN-00002", "C", 1, 2, ItemSource::Make, {{"PLN-00001", 1}});
    shop.salesOrder("SO-1", 1, {{"P", 1, kScheduleToday + 3}});
    const ScheduleResult r = shop.run();
    EXPECT_EQ(orderOf(r, "PLN-00002").completionMinute, at(1, 10));
    EXPECT_EQ(operationsOf(r, "PLN-00001")[0].startMinute, at(1, 10));
    ASSERT_EQ(r.demands.size(), 1u);
    EXPECT_EQ(r.demands[0].demand, "SO-1/1");
    EXPECT_EQ(r.demands[0].completionMinute, at(1, 11));
    EXPECT_EQ(r.demands[0].lateDays, 0);
}

TEST(FiniteScheduler, workOrderWaitsForChildPeggedToItsNumber)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.routing("P", {{10, "A", 60, 0}});
    shop.routing("C", {{10, "A", 120, 0}});
    shop.wo("WO-9", "P", 1, 0);
    shop.planned("PLN-00001", "C", 1, 0, ItemSource::Make, {{"WO-9", 1}});
    const ScheduleResult r = shop.run();
    EXPECT_EQ(operationsOf(r, "WO-9")[0].startMinute, at(0, 10));
    EXPECT_EQ(orderOf(r, "WO-9").completionMinute, at(0, 11));
    EXPECT_EQ(orderOf(r, "WO-9").lateDays, 0);
}

TEST(FiniteScheduler, boughtMaterialArrivesBufferDaysBeforeTheStart)
{
    ScheduleTestShop shop;
    shop.model.settings.materialBufferDays = 2;
    shop.workCenter("A");
    shop.routing("P", {{10, "A", 60, 0}});
    shop.planned("PLN-00001", "P", 1, 10, ItemSource::Make);
    shop.planned("PLN-00002", "RM", 5, 1, ItemSource::Buy, {{"PLN-00001", 5}});
    const ScheduleResult r = shop.run();
    // Due Thursday + 2 days = Saturday 00:00, so Monday 08:00 is the first working minute.
    EXPECT_EQ(operationsOf(r, "PLN-00001")[0].startMinute, at(5, 8));
}

TEST(FiniteScheduler, orderWithoutRoutingCompletesWhenReady)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.routing("C", {{10, "A", 600, 0}});
    shop.planned("PLN-00001", "P", 1, 0, ItemSource::Make, {{"SO-1/1", 1}});
    shop.planned("PLN-00002", "C", 1, 0, ItemSource::Make, {{"PLN-00001", 1}});
    shop.salesOrder("SO-1", 3, {{"P", 1, kScheduleToday}, {"X", 1, kScheduleToday - 2}});
    const ScheduleResult r = shop.run();
    EXPECT_TRUE(operationsOf(r, "PLN-00001").empty());
    EXPECT_EQ(orderOf(r, "PLN-00001").completionMinute, at(1, 10));
    EXPECT_EQ(orderOf(r, "PLN-00001").lateDays, 1);
    ASSERT_EQ(r.demands.size(), 2u);
    EXPECT_EQ(r.demands[0].lateDays, 1);
    EXPECT_EQ(r.demands[1].completionMinute, 0); // nothing pegged: covered from stock
    EXPECT_EQ(r.demands[1].lateDays, 2);
}

TEST(FiniteScheduler, earliestDueIsDispatchedFirstThenPriority)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.routing("P", {{10, "A", 240, 0}});
    shop.planned("PLN-00001", "P", 1, 9, ItemSource::Make, {{"SO-1/1", 1}});
    shop.planned("PLN-00002", "P", 1, 8, ItemSource::Make, {{"SO-2/1", 1}});
    shop.planned("PLN-00003", "P", 1, 8, ItemSource::Make, {{"SO-3/1", 1}});
    shop.salesOrder("SO-1", 1, {{"P", 1, kScheduleToday + 9}});
    shop.salesOrder("SO-2", 4, {{"P", 1, kScheduleToday + 8}});
    shop.salesOrder("SO-3", 2, {{"P", 1, kScheduleToday + 8}});
    const ScheduleResult r = shop.run();
    EXPECT_EQ(operationsOf(r, "PLN-00003")[0].startMinute, at(0, 8));
    EXPECT_EQ(operationsOf(r, "PLN-00002")[0].startMinute, at(0, 13));
    EXPECT_EQ(operationsOf(r, "PLN-00001")[0].startMinute, at(1, 8));
}

TEST(FiniteScheduler, priorityAndWeightComeFromThePeggingChain)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.planned("PLN-00001", "P", 1, 9, ItemSource::Make, {{"SO-1/1", 1}});
    shop.planned("PLN-00002", "C", 1, 8, ItemSource::Make, {{"PLN-00001", 1}});
    shop.planned("PLN-00003", "C", 1, 8, ItemSource::Make, {{"safety_stock", 1}});
    shop.salesOrder("SO-1", 2, {{"P", 1, kScheduleToday + 9}});
    const ScheduleProblem problem = buildScheduleProblem(shop.model, shop.mrp);
    ASSERT_EQ(problem.jobs.size(), 3u);
    EXPECT_EQ(problem.jobs[1].priority, 2);
    EXPECT_EQ(problem.jobs[1].weight, 4);
    EXPECT_EQ(problem.jobs[2].weight, 1);
    EXPECT_EQ(dispatchOrder(problem), (std::vector<int>{1, 2, 0}));
}


TEST(FiniteScheduler, constructionOfRandomShopsIsFeasible)
{
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const ScheduleTestShop shop = randomShop(seed);
        const ScheduleResult r = shop.run();
        EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{}) << "seed " << seed;
        EXPECT_EQ(r.weightedTardiness, r.constructionWeightedTardiness);
    }
}

TEST(FiniteScheduler, improvedScheduleIsFeasibleAndNoWorse)
{
    for (unsigned seed = 1; seed <= 5; ++seed) {
        const ScheduleTestShop shop = randomShop(seed);
        const ScheduleResult r = shop.run({.seconds = 30, .seed = seed, .maxIterations = 400});
        EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{}) << "seed " << seed;
        EXPECT_EQ(r.iterations, 400);
        EXPECT_LE(std::pair(r.weightedTardiness, r.makespan),
                  std::pair(r.constructionWeightedTardiness, r.constructionMakespan));
    }
}

TEST(FiniteScheduler, sameSeedAndIterationsGiveTheSameSchedule)
{
    const ScheduleTestShop shop = randomShop(7);
    const ScheduleOptions options{.seconds = 30, .seed = 42, .maxIterations = 300};
    const ScheduleResult first = shop.run(options);
    EXPECT_EQ(shop.run(options), first);
    EXPECT_EQ(shop.run(), shop.run());
}

TEST(FiniteScheduler, cancelKeepsTheBestScheduleSoFar)
{
    const ScheduleTestShop shop = randomShop(3);
    int calls = 0;
    ScheduleOptions options{.seconds = 30};
    options.cancelled = [&] { return ++calls > 50; };
    const ScheduleResult r = shop.run(options);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.iterations, 50);
    EXPECT_EQ(scheduleViolations(shop.model, shop.mrp, r), std::vector<std::string>{});
}

TEST(FiniteScheduler, reportsProgressFromConstructionOn)
{
    const ScheduleTestShop shop = randomShop(4);
    std::vector<ScheduleProgress> reports;
    ScheduleOptions options{.seconds = 30, .maxIterations = 2500};
    options.progress = [&](const ScheduleProgress& p) { reports.push_back(p); };
    const ScheduleResult r = shop.run(options);
    ASSERT_GE(reports.size(), 3u);
    EXPECT_EQ(reports.front().iterations, 0);
    EXPECT_EQ(reports.front().bestWeightedTardiness, r.constructionWeightedTardiness);
    EXPECT_EQ(reports.back().bestWeightedTardiness, r.weightedTardiness);
}

TEST(FiniteScheduler, zeroSecondsMeansConstructionOnly)
{
    const ScheduleTestShop shop = randomShop(5);
    const ScheduleResult r = shop.run({.seconds = 0, .maxIterations = 100});
    EXPECT_EQ(r.iterations, 0);
    EXPECT_EQ(r, shop.run());
}

TEST(FiniteScheduler, queueInspectionAndMoveTimeDelayTheNextOperationAndTheCompletion)
{
    ScheduleTestShop shop;
    shop.workCenter("A");
    shop.workCenter("B");
    // 60 min on A, then 30 queue + 20 inspection + 10 move before B; 15 min move after B.
    shop.routing("P", {{10, "A", 0, 6, 30, 20, 10}, {20, "B", 0, 3, 0, 0, 15}});
    shop.wo("WO-1", "P", 10, 5);
    const ScheduleResult r = shop.run();
    const auto ops = operationsOf(r, "WO-1");
    ASSERT_EQ(ops.size(), 2u);
    EXPECT_EQ(ops[0].endMinute, at(0, 9));
    EXPECT_EQ(ops[1].startMinute, at(0, 10));
    EXPECT_EQ(ops[1].endMinute, at(0, 10, 30));
    EXPECT_EQ(orderOf(r, "WO-1").completionMinute, at(0, 10, 45));
}
