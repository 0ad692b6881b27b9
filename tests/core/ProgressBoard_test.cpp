#include "ScheduleTestShop.h"

#include "core/plan/ProgressBoard.h"

#include <gtest/gtest.h>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

/// Today Wednesday 2026-11-25, shifts 08:00–12:00 and 13:00–17:00; line A (two units) in
/// workshop W1, line B in W2; a schedule written by hand:
///   A#0  WO-1/10  10 pcs 08:00–12:00, WO-2/10 8 pcs 13:00–17:00 (WO-2 completes day 5, due day 3)
///   A#1  WO-3/20  6 pcs 08:00 → tomorrow 12:00: 480 of 720 minutes today = 4 pcs
///   B#0  WO-4/10  5 pcs 09:00–10:00, due yesterday
struct BoardShop : ScheduleTestShop {
    ScheduleResult schedule;
    std::vector<CompletionReport> reports;

    BoardShop()
    {
        schedule.today = kScheduleToday;
        model.workCenters = {{"A", "Line A", "W1", 2, 1.0}, {"B", "Line B", "W2", 1, 1.0}};
        model.items = {{"P", "Product", ItemType::Finished, "pcs", ItemSource::Make}};
        wo("WO-1", "P", 10, 3);
        wo("WO-2", "P", 8, 3);
        wo("WO-3", "P", 6, 3);
        wo("WO-4", "P", 5, -1);
        op("WO-1", 10, 10, "A", 0, at(0, 8), at(0, 12));
        op("WO-2", 10, 8, "A", 0, at(0, 13), at(0, 17));
        op("WO-3", 20, 6, "A", 1, at(0, 8), at(1, 12));
        op("WO-4", 10, 5, "B", 0, at(0, 9), at(0, 10));
        schedule.orders = {{"WO-1", "P", true, kScheduleToday + 3, at(0, 12)},
                           {"WO-2", "P", true, kScheduleToday + 3, at(5, 12)},
                           {"WO-3", "P", true, kScheduleToday + 3, at(1, 12)},
                           {"WO-4", "P", true, kScheduleToday - 1, at(0, 10)}};
        report("WO-1", 10, 0, 3, 1);
        report("WO-1", 10, -1, 2); // yesterday: not today's actual
        report("WO-2", 20, 0, 4); // another step than the planned one
        report("WO-3", 20, 0, 1);
        report("WO-4", 10, 0, 5);
    }
    void op(const std::string& order, int seq, double qty, const std::string& wc, int unit, int start, int end)
    {
        schedule.operations.push_back({order, "P", qty, seq, wc, unit, start, end});
    }
    void report(const std::string& order, int seq, int day, double good, double scrap = 0)
    {
        reports.push_back({order, seq, kScheduleToday + day, good, scrap, scrap > 0 ? "dent" : ""});
    }
    ProgressBoard board(int now, const BoardOptions& options = {}) const
    {
        return buildProgressBoard(model, mrp, schedule, reports, kScheduleToday, now, options);
    }
};

} // namespace

TEST(ProgressBoard, sumsTheUnitsPlanAndTheGoodQuantityReportedTodayOnItsSteps)
{
    const ProgressBoard board = BoardShop().board(at(0, 10));
    ASSERT_EQ(board.rows.size(), 3u);
    const BoardRow& a0 = board.rows[0];
    EXPECT_EQ(a0.workCenter, "A");
    EXPECT_EQ(a0.unit, 0);
    EXPECT_EQ(a0.lines, 2);
    EXPECT_EQ(a0.planQty, 18); // 10 + 8
    EXPECT_EQ(a0.actualQty, 3); // yesterday's 2 and seq 20's 4 do not count
    EXPECT_EQ(a0.scrapQty, 1);
    EXPECT_DOUBLE_EQ(*a0.achievement, 3.0 / 18);
    EXPECT_EQ(board.rows[1].unit, 1);
    EXPECT_EQ(board.rows[1].planQty, 4); // 6 × 480 / 720
    EXPECT_EQ(board.rows[1].actualQty, 1);
    EXPECT_EQ(board.rows[2].workCenter, "B");
    EXPECT_TRUE(board.rows[2].achieved);
    EXPECT_FALSE(a0.achieved);
}

TEST(ProgressBoard, duesTheShareOfEachLineWhoseWorkingTimeHasElapsed)
{
    const BoardShop shop;
    const ProgressBoard at10 = shop.board(at(0, 10));
    EXPECT_EQ(at10.rows[0].dueQty, 5); // WO-1: 10 × 120 / 240; WO-2 not started
    EXPECT_EQ(at10.rows[1].dueQty, 1); // WO-3: 4 × 120 / 480
    EXPECT_EQ(at10.rows[2].dueQty, 5); // WO-4 ended at 10:00
    // The lunch break is no working time: at 13:30 WO-2 has had 30 of 240 minutes.
    EXPECT_EQ(shop.board(at(0, 13, 30)).rows[0].dueQty, 11); // 10 + round(8 × 30 / 240)
    EXPECT_EQ(shop.board(at(0, 7)).rows[0].dueQty, 0);
    EXPECT_EQ(shop.board(at(0, 23)).rows[0].dueQty, 18);
}

TEST(ProgressBoard, behindWhenTheActualTrailsTheDuePartByMoreThanTheTolerance)
{
    const BoardShop shop;
    const ProgressBoard board = shop.board(at(0, 10));
    EXPECT_TRUE(board.rows[0].behind); // due 5, actual 3: 2 > max(5 % × 18, 1)
    EXPECT_FALSE(board.rows[1].behind); // due 1, actual 1
    EXPECT_FALSE(board.rows[2].behind);
    EXPECT_FALSE(shop.board(at(0, 9)).rows[0].behind); // due 2.5 → 3, actual 3
    EXPECT_FALSE(shop.board(at(0, 10), {.behindMinimum = 2}).rows[0].behind); // 2 is not more than 2
}

TEST(ProgressBoard, currentOrderIsTheRunningLineElseTheNextElseNone)
{
    const BoardShop shop;
    const ProgressBoard at10 = shop.board(at(0, 10));
    ASSERT_TRUE(at10.rows[0].current);
    EXPECT_EQ(at10.rows[0].current->order, "WO-1");
    EXPECT_TRUE(at10.rows[0].current->running);
    EXPECT_EQ(at10.rows[0].current->itemName, "Product");
    EXPECT_EQ(at10.rows[0].current->qty, 10);
    EXPECT_FALSE(at10.rows[2].current); // WO-4 ended at 10:00, nothing follows

    const ProgressBoard noon = shop.board(at(0, 12, 30));
    ASSERT_TRUE(noon.rows[0].current);
    EXPECT_EQ(noon.rows[0].current->order, "WO-2");
    EXPECT_FALSE(noon.rows[0].current->running);
    EXPECT_EQ(noon.rows[0].current->startMinute, at(0, 13));
    // WO-3 runs on through the lunch break and into tomorrow.
    EXPECT_TRUE(noon.rows[1].current->running);
    EXPECT_EQ(noon.rows[1].current->endMinute, at(0, 17));
}

TEST(ProgressBoard, lateLinesAreOverdueOrProjectedToEndAfterTheirDue)
{
    const ProgressBoard board = BoardShop().board(at(0, 10));
    ASSERT_EQ(board.rows[0].late.size(), 1u);
    EXPECT_EQ(board.rows[0].late[0].order, "WO-2");
    EXPECT_EQ(board.rows[0].late[0].due, kScheduleToday + 3);
    EXPECT_EQ(board.rows[0].late[0].projected, kScheduleToday + 5);
    EXPECT_TRUE(board.rows[1].late.empty());
    ASSERT_EQ(board.rows[2].late.size(), 1u);
    EXPECT_EQ(board.rows[2].late[0].order, "WO-4"); // due yesterday
    EXPECT_EQ(board.rows[2].late[0].projected, kScheduleToday);
}

TEST(ProgressBoard, totalsPerWorkshopAndOverall)
{
    const ProgressBoard board = BoardShop().board(at(0, 10));
    ASSERT_EQ(board.workshops.size(), 2u);
    const BoardWorkshop& w1 = board.workshops[0];
    EXPECT_EQ(w1.workshop, "W1");
    EXPECT_EQ(w1.firstRow, 0u);
    EXPECT_EQ(w1.totals.rows, 2);
    EXPECT_EQ(w1.totals.planQty, 22);
    EXPECT_EQ(w1.totals.actualQty, 4);
    EXPECT_EQ(w1.totals.dueQty, 6);
    EXPECT_EQ(w1.totals.behindRows, 1);
    EXPECT_EQ(w1.totals.lateLines, 1);
    EXPECT_EQ(board.workshops[1].firstRow, 2u);
    EXPECT_DOUBLE_EQ(*board.workshops[1].totals.achievement, 1.0);
    EXPECT_EQ(board.totals.planQty, 27);
    EXPECT_EQ(board.totals.actualQty, 9);
    EXPECT_DOUBLE_EQ(*board.totals.achievement, 1.0 / 3);
    EXPECT_EQ(board.totals.lateLines, 2);
    EXPECT_EQ(board.totals.rows, 3);
}

TEST(ProgressBoard, workshopFilterAndNoPlanMeanNoAchievement)
{
    const BoardShop shop;
    const ProgressBoard w2 = shop.board(at(0, 10), {.workshop = "W2"});
    ASSERT_EQ(w2.rows.size(), 1u);
    EXPECT_EQ(w2.workshop, "W2");
    EXPECT_EQ(w2.totals.planQty, 5);
    const ProgressBoard none = shop.board(at(0, 10), {.workshop = "W9"});
    EXPECT_TRUE(none.rows.empty());
    EXPECT_FALSE(none.totals.achievement);
}

TEST(ProgressBoard, factoryAtStartOfTheDayTakesBackTheLastStepsReportsFromThatDayOn)
{
    BoardShop shop;
    shop.routing("P", {{10, "A", 0, 1}, {20, "A", 0, 1}});
    shop.model.workOrders[2].completedQty = 7; // WO-3
    shop.reports = {{"WO-3", 20, kScheduleToday, 3}, {"WO-3", 20, kScheduleToday - 1, 2},
                    {"WO-3", 10, kScheduleToday, 5}, {"WO-3", 20, kScheduleToday + 1, 1}};
    const FactoryModel start = factoryAtStartOf(shop.model, shop.reports, kScheduleToday);
    EXPECT_EQ(start.workOrders[2].completedQty, 3); // 7 − 3 today − 1 tomorrow
    EXPECT_EQ(shop.model.workOrders[2].completedQty, 7);
    shop.reports.push_back({"WO-3", 20, kScheduleToday, 9});
    EXPECT_EQ(factoryAtStartOf(shop.model, shop.reports, kScheduleToday).workOrders[2].completedQty, 0);
}
