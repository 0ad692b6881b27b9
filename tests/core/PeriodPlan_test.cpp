#include "ScheduleTestShop.h"

#include "core/plan/PeriodPlan.h"

#include <gtest/gtest.h>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

using Quantities = std::vector<double>;

/// The scheduler tests' shop (today Wednesday 2026-11-25, ISO week 48, Mon–Fri 08:00–12:00
/// and 13:00–17:00) with a schedule written by hand. Workshop W2 (work centers A and C) is
/// declared before W1 (B).
struct PeriodPlanShop : ScheduleTestShop {
    ScheduleResult schedule;

    PeriodPlanShop()
    {
        schedule.today = kScheduleToday;
        model.workCenters
            = { { "A", "Line A", "W2", 2, 1.0 }, { "B", "Line B", "W1", 1, 1.0 }, { "C", "Line C", "W2", 1, 1.0 } };
        model.items = { { "P", "Product", ItemType::Finished, "pcs", ItemSource::Make },
            { "K", "Coil", ItemType::Semi, "kg", ItemSource::Make } };
        model.salesOrders = { { "SO-1", "Acme", 1, { { "K", 3, kScheduleToday + 6 } } },
            { "SO-2", "Beta", 1, { { "K", 2, kScheduleToday + 3 } } } };

        // WO-1: step 10 on C on Wednesday (not its last step), step 20 on A Thursday 13:00 →
        // Monday 12:00: 240 + 480 + 240 working minutes. Cumulative shares of 10 pieces:
        // round(2.5) = 3 on Thursday, round(7.5) − 3 = 5 on Friday, 2 on Monday (next week).
        wo("WO-1", "P", 10, 8);
        op("WO-1", "P", 10, 10, "C", 0, at(0, 8), at(0, 12));
        op("WO-1", "P", 10, 20, "A", 0, at(1, 13), at(5, 12));
        // W1: 3 kg of K on Wednesday for SO-1, 2 kg on Friday for SO-2, 4 pieces of P Thursday.
        planned("PLN-1", "K", 3, 6, ItemSource::Make, { { "SO-1/1", 3 } });
        planned("PLN-2", "K", 2, 3, ItemSource::Make, { { "SO-2/1", 2 } });
        op("PLN-1", "K", 3, 10, "B", 0, at(0, 8), at(0, 17));
        op("PLN-2", "K", 2, 10, "B", 0, at(2, 8), at(2, 9));
        wo("WO-2", "P", 4, 2);
        op("WO-2", "P", 4, 10, "B", 0, at(1, 8), at(1, 9));
    }
    void op(const std::string& order, const std::string& item, double qty, int seq, const std::string& wc, int unit,
        int start, int end)
    {
        schedule.operations.push_back({ order, item, qty, seq, wc, unit, start, end });
    }
    PeriodPlan plan(PeriodKind kind, Date day, const std::string& workshop = {}) const
    {
        return buildPeriodPlan(model, mrp, schedule, { kind, day }, workshop);
    }
};

} // namespace

TEST(PeriodPlan, weekRunsMondayToSundayWithOneBucketPerDay)
{
    const PeriodPlanShop shop;
    const PeriodPlan plan = shop.plan(PeriodKind::Week, kScheduleToday + 4); // Sunday: same week
    EXPECT_EQ(plan.first, Date::fromYmd(2026, 11, 23));
    EXPECT_EQ(plan.last, Date::fromYmd(2026, 11, 29));
    ASSERT_EQ(plan.buckets.size(), 7u);
    EXPECT_EQ(plan.buckets[2], (PeriodBucket { kScheduleToday, kScheduleToday }));
    EXPECT_EQ(plan.planNumber, "WP-2026W48-ALL");
}

TEST(PeriodPlan, weeklyRowsAreTheLastStepsOutputPerWorkshopAndProduct)
{
    const PeriodPlanShop shop;
    const PeriodPlan plan = shop.plan(PeriodKind::Week, kScheduleToday);
    ASSERT_EQ(plan.rows.size(), 3u);
    // W2 first (master-data order), then W1 by item code.
    const PeriodPlanRow& p2 = plan.rows[0];
    EXPECT_EQ(p2.workshop, "W2");
    EXPECT_EQ(p2.item, "P");
    EXPECT_EQ(p2.qty, (Quantities { 0, 0, 0, 3, 5, 0, 0 })); // step 10 on Wednesday is not output
    EXPECT_EQ(p2.total, 8);
    EXPECT_EQ(p2.orders, (std::vector<std::string> { "WO-1" }));
    EXPECT_TRUE(p2.customerOrders.empty());
    EXPECT_EQ(p2.due, kScheduleToday + 8);

    const PeriodPlanRow& k1 = plan.rows[1];
    EXPECT_EQ(k1.workshop, "W1");
    EXPECT_EQ(k1.item, "K");
    EXPECT_EQ(k1.uom, "kg");
    EXPECT_EQ(k1.qty, (Quantities { 0, 0, 3, 0, 2, 0, 0 }));
    EXPECT_EQ(k1.total, 5);
    EXPECT_EQ(k1.orders, (std::vector<std::string> { "PLN-1", "PLN-2" }));
    EXPECT_EQ(k1.customerOrders, (std::vector<std::string> { "SO-1/1", "SO-2/1" }));
    EXPECT_EQ(k1.customers, (std::vector<std::string> { "Acme", "Beta" }));
    EXPECT_EQ(k1.due, kScheduleToday + 3); // SO-2's line is due first

    EXPECT_EQ(plan.rows[2].item, "P");
    EXPECT_EQ(plan.rows[2].qty, (Quantities { 0, 0, 0, 4, 0, 0, 0 }));
}

TEST(PeriodPlan, workshopTotalsAddTheOutputAndTheLoadOfEveryStep)
{
    const PeriodPlanShop shop;
    const PeriodPlan plan = shop.plan(PeriodKind::Week, kScheduleToday);
    ASSERT_EQ(plan.workshops.size(), 2u);
    const PeriodWorkshopTotal& w2 = plan.workshops[0];
    EXPECT_EQ(w2.workshop, "W2");
    EXPECT_EQ(w2.qty, (Quantities { 0, 0, 0, 3, 5, 0, 0 }));
    // Step 10 on C (Wednesday 240) counts as load although it makes no output.
    EXPECT_EQ(w2.workingMinutes, (std::vector<int> { 0, 0, 240, 240, 480, 0, 0 }));
    EXPECT_EQ(w2.totalWorkingMinutes, 960);
    EXPECT_EQ(w2.products, 1);
    EXPECT_EQ(w2.orders, 1);
    const PeriodWorkshopTotal& w1 = plan.workshops[1];
    EXPECT_EQ(w1.qty, (Quantities { 0, 0, 3, 4, 2, 0, 0 }));
    EXPECT_EQ(w1.total, 9);
    EXPECT_EQ(w1.workingMinutes, (std::vector<int> { 0, 0, 480, 60, 60, 0, 0 }));
    EXPECT_EQ(w1.products, 2);
    EXPECT_EQ(w1.orders, 3);
    EXPECT_EQ(plan.totals, (PeriodPlanTotals { 3, 4, 17, 1560 }));
}

TEST(PeriodPlan, nextWeekGetsTheRestOfAnOperationThatRunsOverTheWeekend)
{
    const PeriodPlanShop shop;
    const PeriodPlan next = shop.plan(PeriodKind::Week, kScheduleToday + 5);
    EXPECT_EQ(next.planNumber, "WP-2026W49-ALL");
    ASSERT_EQ(next.rows.size(), 1u);
    EXPECT_EQ(next.rows[0].qty, (Quantities { 2, 0, 0, 0, 0, 0, 0 }));
    EXPECT_EQ(next.workshops.at(0).workingMinutes.at(0), 240);
}

TEST(PeriodPlan, monthBucketsAreTheWeeksClippedToTheMonth)
{
    const PeriodPlanShop shop;
    // November 2026 starts on a Sunday and ends on a Monday: six columns.
    const PeriodPlan november = shop.plan(PeriodKind::Month, kScheduleToday);
    EXPECT_EQ(november.planNumber, "MP-202611-ALL");
    EXPECT_EQ(november.first, Date::fromYmd(2026, 11, 1));
    EXPECT_EQ(november.last, Date::fromYmd(2026, 11, 30));
    const std::vector<PeriodBucket> expected { { Date::fromYmd(2026, 11, 1), Date::fromYmd(2026, 11, 1) },
        { Date::fromYmd(2026, 11, 2), Date::fromYmd(2026, 11, 8) },
        { Date::fromYmd(2026, 11, 9), Date::fromYmd(2026, 11, 15) },
        { Date::fromYmd(2026, 11, 16), Date::fromYmd(2026, 11, 22) },
        { Date::fromYmd(2026, 11, 23), Date::fromYmd(2026, 11, 29) },
        { Date::fromYmd(2026, 11, 30), Date::fromYmd(2026, 11, 30) } };
    EXPECT_EQ(november.buckets, expected);
    ASSERT_EQ(november.rows.size(), 3u);
    EXPECT_EQ(november.rows[0].qty, (Quantities { 0, 0, 0, 0, 8, 2 }));
    EXPECT_EQ(november.rows[0].total, 10);
    EXPECT_EQ(november.workshops[0].totalWorkingMinutes, 240 + 960);

    const PeriodPlan december = shop.plan(PeriodKind::Month, Date::fromYmd(2026, 12, 31));
    EXPECT_EQ(december.planNumber, "MP-202612-ALL");
    ASSERT_EQ(december.buckets.size(), 5u); // Tue 1–Sun 6, 7–13, 14–20, 21–27, 28–31
    EXPECT_EQ(december.buckets.front(), (PeriodBucket { Date::fromYmd(2026, 12, 1), Date::fromYmd(2026, 12, 6) }));
    EXPECT_EQ(december.buckets.back(), (PeriodBucket { Date::fromYmd(2026, 12, 28), Date::fromYmd(2026, 12, 31) }));
    EXPECT_TRUE(december.rows.empty());
    EXPECT_TRUE(december.workshops.empty());
}

TEST(PeriodPlan, workshopFilterKeepsItsRowsAndLoadAndNamesThePlan)
{
    const PeriodPlanShop shop;
    const PeriodPlan plan = shop.plan(PeriodKind::Week, kScheduleToday, "W1");
    EXPECT_EQ(plan.planNumber, "WP-2026W48-W1");
    ASSERT_EQ(plan.rows.size(), 2u);
    EXPECT_EQ(plan.rows[0].workshop, "W1");
    ASSERT_EQ(plan.workshops.size(), 1u);
    EXPECT_EQ(plan.workshops[0].totalWorkingMinutes, 600);
    EXPECT_EQ(periodPlanNumber({ PeriodKind::Month, kScheduleToday }, "总装"), "MP-202611-总装");
}

TEST(PeriodPlan, isoWeeksBelongToTheYearOfTheirThursday)
{
    EXPECT_EQ(isoWeekOf(Date::fromYmd(2027, 1, 1)).year, 2026); // a Friday of 2026-W53
    EXPECT_EQ(isoWeekOf(Date::fromYmd(2027, 1, 1)).week, 53);
    EXPECT_EQ(isoWeekOf(Date::fromYmd(2024, 12, 30)).year, 2025); // a Monday of 2025-W01
    EXPECT_EQ(isoWeekOf(Date::fromYmd(2024, 12, 30)).week, 1);
    EXPECT_EQ(periodPlanNumber({ PeriodKind::Week, Date::fromYmd(2027, 1, 3) }, ""), "WP-2026W53-ALL");
}
