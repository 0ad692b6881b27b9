#include "core/kpi/DailyAchievement.h"
#include "core/kpi/ReasonPareto.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

Date nov(int day) { return Date::fromYmd(2026, 11, day); }

DailyPlanLine line(const std::string& workshop, const std::string& workCenter, const std::string& order, int seq, double qty)
{
    DailyPlanLine l;
    l.workshop = workshop;
    l.workCenter = workCenter;
    l.order = order;
    l.isWorkOrder = true;
    l.seq = seq;
    l.qty = qty;
    return l;
}

PlanRelease release(Date date, const std::string& workshop, const std::string& at, std::vector<DailyPlanLine> lines)
{
    PlanRelease r;
    r.date = date;
    r.workshop = workshop;
    r.releasedAt = at;
    r.plan.date = date;
    r.plan.lines = std::move(lines);
    return r;
}

KpiHistory history()
{
    KpiHistory h;
    h.releases.push_back(release(nov(18), "", "2026-11-17T13:00:00",
                                 {line("下料", "CUT", "WO-1", 10, 20), line("下料", "CUT", "WO-2", 10, 10),
                                  line("焊装", "WELD", "WO-1", 20, 15)}));
    h.reports = {{"WO-1", 10, nov(18), 18, 2, "burr"},
                 {"WO-2", 10, nov(18), 12, 0, ""},  // more than planned counts up to the plan
                 {"WO-1", 20, nov(19), 15, 0, ""}}; // the next day is not this day's plan
    h.abnormalHours = {{nov(18), "CUT", "", AbnormalCause::Equipment, 0.5, "", ""},
                       {nov(18), "CUT", "WO-1", AbnormalCause::Material, 1.5, "采购", ""}};
    return h;
}

} // namespace

TEST(DailyAchievement, plannedAgainstGoodReportedThatDayPerWorkCenter)
{
    const std::vector<DailyAchievement> rows = dailyAchievement(history(), {nov(18), nov(18)});
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].workCenter, "CUT");
    EXPECT_EQ(rows[0].planned, 30);
    EXPECT_EQ(rows[0].actual, 28);
    EXPECT_NEAR(*rows[0].rate(), 28.0 / 30, 1e-12);
    EXPECT_FALSE(rows[0].notReported());
    EXPECT_EQ(rows[0].abnormalHours, 2);
    EXPECT_EQ(rows[0].causes, (std::vector<AbnormalCause>{AbnormalCause::Material, AbnormalCause::Equipment}));
    EXPECT_EQ(rows[1].workCenter, "WELD");
    EXPECT_EQ(rows[1].planned, 15);
    EXPECT_EQ(rows[1].actual, 0);
    EXPECT_TRUE(rows[1].notReported());
}

TEST(DailyAchievement, aLaterReleaseOfOneWorkshopReplacesItsLines)
{
    KpiHistory h = history();
    h.releases.push_back(release(nov(18), "焊装", "2026-11-17T15:00:00", {line("焊装", "WELD", "WO-1", 20, 5)}));
    const std::vector<DailyAchievement> rows = dailyAchievement(h, {nov(18), nov(18)});
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].workCenter, "WELD");
    EXPECT_EQ(rows[1].planned, 5);
    // A day without a release has no row; an older workshop release under a newer plant-wide one counts for nothing.
    EXPECT_TRUE(dailyAchievement(h, {nov(19), nov(20)}).empty());
    h.releases.push_back(release(nov(18), "", "2026-11-17T16:00:00", {line("下料", "CUT", "WO-1", 10, 20)}));
    const std::vector<DailyAchievement> latest = dailyAchievement(h, {nov(18), nov(18)});
    ASSERT_EQ(latest.size(), 1u);
    EXPECT_EQ(latest[0].planned, 20);
}

TEST(ReasonPareto, largestReasonFirstWithRunningShare)
{
    const std::vector<CompletionReport> reports{{"WO-1", 10, nov(18), 10, 5, "burr"},
                                                {"WO-1", 20, nov(18), 10, 3, "crack"},
                                                {"WO-2", 10, nov(19), 10, 2, "burr"},
                                                {"WO-2", 10, nov(30), 10, 9, "crack"}};
    const std::vector<ParetoBar> bars = scrapPareto(reports, {nov(1), nov(29)});
    ASSERT_EQ(bars.size(), 2u);
    EXPECT_EQ(bars[0].reason, "burr");
    EXPECT_EQ(bars[0].amount, 7);
    EXPECT_DOUBLE_EQ(bars[0].cumulativeShare, 0.7);
    EXPECT_EQ(bars[1].reason, "crack");
    EXPECT_DOUBLE_EQ(bars[1].cumulativeShare, 1.0);
    const std::vector<ParetoBar> causes = abnormalHoursPareto(history().abnormalHours, {nov(1), nov(30)});
    ASSERT_EQ(causes.size(), 2u);
    EXPECT_EQ(causes[0].reason, "material");
    EXPECT_DOUBLE_EQ(causes[0].cumulativeShare, 0.75);
}
