#include "support/TempDir.h"

#include "core/mrp/MrpEngine.h"
#include "core/plan/DailyPlan.h"
#include "core/plan/PeriodPlan.h"
#include "core/scheduling/FiniteScheduler.h"
#include "store/PeriodPlanJson.h"
#include "store/ScenarioJson.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <utility>

using namespace pmc;

namespace {

/// The demo factory scenario as the scenario reader loads it, its MRP run and the scheduler's
/// construction over it: what `pmc-cli plan` derives its plans from.
struct DemoFactory {
    core::FactoryModel model;
    core::MrpResult mrp;
    core::ScheduleResult schedule;
    std::unordered_map<std::string, int> lastSeq;

    DemoFactory()
    {
        store::ScenarioReadResult read
            = store::readScenarioText(test::readTextFile(std::string(PMC_SOURCE_DIR) + "/resources/demo/demo-factory.json"));
        EXPECT_TRUE(read.errors.ok());
        model = std::move(read.model);
        mrp = core::MrpEngine(model).run();
        schedule = core::FiniteScheduler(model).run(mrp);
        for (const core::ScheduledOperation& op : schedule.operations)
            lastSeq[op.order] = std::max(lastSeq[op.order], op.seq);
    }
};

using Key = std::pair<std::string, std::string>; // workshop, item

/// Per (workshop, item) and bucket: the daily plans' quantities of the orders' last steps over
/// the days of `plan`; per workshop and bucket their working minutes (every step).
struct DailySums {
    std::map<Key, std::vector<double>> qty;
    std::map<std::string, std::vector<int>> minutes;
};

DailySums sumDailyPlans(const DemoFactory& demo, const core::PeriodPlan& plan)
{
    DailySums sums;
    const std::size_t buckets = plan.buckets.size();
    for (std::size_t b = 0; b < buckets; ++b) {
        for (core::Date day = plan.buckets[b].first; day <= plan.buckets[b].last; ++day) {
            for (const core::DailyPlanLine& line : core::buildDailyPlan(demo.model, demo.mrp, demo.schedule, day).lines) {
                std::vector<int>& minutes = sums.minutes[line.workshop];
                minutes.resize(buckets, 0);
                minutes[b] += line.workingMinutes;
                if (line.seq != demo.lastSeq.at(line.order))
                    continue;
                std::vector<double>& qty = sums.qty[{ line.workshop, line.item }];
                qty.resize(buckets, 0);
                qty[b] += line.qty;
            }
        }
    }
    return sums;
}

void expectEqualsTheDailyPlans(const DemoFactory& demo, const core::PeriodPlan& plan)
{
    const DailySums daily = sumDailyPlans(demo, plan);
    std::map<Key, std::vector<double>> planned;
    for (const core::PeriodPlanRow& row : plan.rows)
        planned[{ row.workshop, row.item }] = row.qty;
    ASSERT_EQ(planned.size(), daily.qty.size()) << plan.planNumber;
    for (const auto& [key, qty] : daily.qty) {
        ASSERT_TRUE(planned.count(key)) << key.first << " " << key.second;
        for (std::size_t b = 0; b < qty.size(); ++b)
            EXPECT_NEAR(planned[key][b], qty[b], 1e-9) << plan.planNumber << " " << key.second << " bucket " << b;
    }
    std::map<std::string, std::vector<int>> load;
    for (const core::PeriodWorkshopTotal& total : plan.workshops)
        load[total.workshop] = total.workingMinutes;
    for (const auto& [workshop, minutes] : daily.minutes) {
        if (std::any_of(minutes.begin(), minutes.end(), [](int m) { return m > 0; })) {
            EXPECT_EQ(load[workshop], minutes) << plan.planNumber << " " << workshop;
        }
    }
}

} // namespace

TEST(PeriodPlanDemo, weeklyDaysAreTheDailyPlansLastStepsOverTheWeek)
{
    const DemoFactory demo;
    int rows = 0;
    for (int week = 0; week < 4; ++week) {
        const core::PeriodPlan plan
            = core::buildPeriodPlan(demo.model, demo.mrp, demo.schedule, { core::PeriodKind::Week, demo.schedule.today + 7 * week });
        rows += static_cast<int>(plan.rows.size());
        expectEqualsTheDailyPlans(demo, plan);
    }
    EXPECT_GT(rows, 3); // the demo keeps its lines busy for weeks
}

TEST(PeriodPlanDemo, monthlyWeeksAreTheDailyPlansLastStepsOverTheirDays)
{
    const DemoFactory demo;
    for (int month = 0; month < 2; ++month) {
        const core::PeriodPlan plan = core::buildPeriodPlan(
            demo.model, demo.mrp, demo.schedule, { core::PeriodKind::Month, demo.schedule.today + 31 * month });
        expectEqualsTheDailyPlans(demo, plan);
    }
}

TEST(PeriodPlanJson, namesEveryBucketRowAndWorkshopTotal)
{
    const DemoFactory demo;
    const core::PeriodPlan plan
        = core::buildPeriodPlan(demo.model, demo.mrp, demo.schedule, { core::PeriodKind::Week, demo.schedule.today });
    ASSERT_FALSE(plan.rows.empty());
    const nlohmann::ordered_json json = store::periodPlanToJson(plan);
    EXPECT_EQ(json["period"], "week");
    EXPECT_EQ(json["from"], "2026-11-23");
    EXPECT_EQ(json["to"], "2026-11-29");
    EXPECT_EQ(json["plan_number"], "WP-2026W48-ALL");
    EXPECT_TRUE(json["workshop"].is_null());
    ASSERT_EQ(json["buckets"].size(), 7u);
    EXPECT_EQ(json["buckets"][2]["from"], "2026-11-25");
    ASSERT_EQ(json["rows"].size(), plan.rows.size());
    const nlohmann::ordered_json& row = json["rows"][0];
    EXPECT_EQ(row["item"], plan.rows[0].item);
    EXPECT_EQ(row["qty"].size(), 7u);
    EXPECT_EQ(row["orders"], plan.rows[0].orders.size());
    EXPECT_EQ(row["order_numbers"].size(), plan.rows[0].orders.size());
    EXPECT_DOUBLE_EQ(row["total"].get<double>(), plan.rows[0].total);
    EXPECT_EQ(row["due"], plan.rows[0].due.toString());
    ASSERT_EQ(json["workshops"].size(), plan.workshops.size());
    EXPECT_EQ(json["workshops"][0]["working_minutes"].size(), 7u);
    EXPECT_EQ(json["totals"]["products"], plan.rows.size());
    EXPECT_EQ(json["totals"]["working_minutes"], plan.totals.workingMinutes);
}
