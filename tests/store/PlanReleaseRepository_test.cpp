#include "core/mrp/MrpResult.h"
#include "core/scheduling/FiniteScheduler.h"
#include "store/DailyPlanRelease.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/PlanReleaseRepository.h"
#include "store/ScenarioJson.h"
#include "store/Statement.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace pmc::store;
using pmc::core::Date;

namespace {

// Wednesday 2026-11-25, one line CUT (08:00–12:00, 13:00–17:00). WO-1 takes 40 × 6 = 240
// minutes: 08:00–12:00 today, then WO-2 13:00–15:00.
const char* kScenario = R"({
  "format": "pmc-scenario/1",
  "settings": { "today": "2026-11-25", "horizon_days": 30, "material_buffer_days": 0 },
  "calendar": { "workdays": [1,2,3,4,5], "shifts": [ { "start": "08:00", "end": "12:00" },
                                                   { "start": "13:00", "end": "17:00" } ] },
  "workcenters": [ { "code": "CUT", "name": "下料", "workshop": "W1", "parallel_units": 1 } ],
  "items": [ { "code": "FG", "name": "Frame", "type": "finished", "source": "make", "lead_time_days": 1 } ],
  "routings": [ { "item": "FG", "operations": [ { "seq": 10, "workcenter": "CUT", "run_minutes_per_unit": 6 } ] } ],
  "work_orders": [ { "number": "WO-1", "item": "FG", "qty": 40, "due": "2026-11-27" },
                   { "number": "WO-2", "item": "FG", "qty": 20, "due": "2026-11-30" } ]
})";

const Date kToday = Date::fromYmd(2026, 11, 25);

class PlanReleaseTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        setenv("PMC_USER", "planner-li", 1);
        m_db.importScenario(kScenario, "s.json");
    }

    pmc::core::PlanRelease release(Date date, const std::string& note = {})
    {
        return releaseDailyPlan(m_db, run(), date, "", note);
    }
    pmc::core::MrpResult run()
    {
        if (!m_db.lastMrpRun())
            m_db.runMrp();
        return *m_db.lastMrpRun();
    }
    /// A rush work order due today: the earliest due date goes first unless the plan is frozen.
    void addRushOrder()
    {
        pmc::core::MasterDataEdit edit;
        edit.workOrders.push_back({std::nullopt, pmc::core::WorkOrder{"WO-9", "FG", 30, kToday}});
        ASSERT_TRUE(m_db.applyEdit(edit).ok());
    }
    const pmc::core::ScheduledOperation& step(const pmc::core::ScheduleResult& schedule, const std::string& order)
    {
        for (const pmc::core::ScheduledOperation& op : schedule.operations)
            if (op.order == order)
                return op;
        throw std::runtime_error(order + " is not scheduled");
    }

    pmc::test::TempDir m_dir;
    FactoryDatabase m_db{m_dir.database("f.db")};
};

} // namespace

TEST_F(PlanReleaseTest, migrationAddsTheReleaseTable)
{
    Statement version = m_db.database().prepare("SELECT name FROM schema_version WHERE version = 10");
    ASSERT_TRUE(version.step());
    EXPECT_EQ(version.text(0), "plan_release");
    EXPECT_TRUE(PlanReleaseRepository(m_db.database()).releases().empty());
}

TEST_F(PlanReleaseTest, aReleaseIsStoredWithItsPlanAndReadBackAfterReopening)
{
    const pmc::core::PlanRelease first = release(kToday, "首版");
    EXPECT_EQ(first.version, 1);
    // The local user of a file; the login on a server.
    EXPECT_EQ(first.releasedBy, pmc::test::testServer().empty() ? "planner-li" : "postgres");
    EXPECT_EQ(first.releasedAt.size(), 19u);
    EXPECT_EQ(first.pinnedSteps, 2); // WO-1 08:00–12:00 and WO-2 13:00–15:00 start today
    ASSERT_EQ(first.plan.lines.size(), 2u);
    EXPECT_EQ(first.plan.lines[0].order, "WO-1");
    EXPECT_EQ(first.plan.lines[0].startMinute, 8 * 60);
    EXPECT_EQ(first.plan.lines[0].endMinute, 12 * 60);
    EXPECT_EQ(first.plan.lines[1].order, "WO-2");
    EXPECT_EQ(first.plan.lines[1].startMinute, 13 * 60);
    EXPECT_EQ(first.plan.lines[1].endMinute, 15 * 60);

    const pmc::core::PlanRelease second = release(kToday);
    EXPECT_EQ(second.version, 2);
    EXPECT_EQ(second.pinnedSteps, 0); // frozen by the first release already
    release(kToday + 1);

    FactoryDatabase reopened(m_dir.database("f.db"));
    const std::vector<pmc::core::PlanRelease> today = PlanReleaseRepository(reopened.database()).releases(kToday);
    ASSERT_EQ(today.size(), 2u);
    EXPECT_EQ(today[0], first);
    EXPECT_EQ(today[1], second);
    EXPECT_EQ(PlanReleaseRepository(reopened.database()).releases().size(), 3u);
    EXPECT_EQ(PlanReleaseRepository(reopened.database()).nextVersion(kToday, ""), 3);
    EXPECT_EQ(PlanReleaseRepository(reopened.database()).nextVersion(kToday, "W1"), 1);
}

TEST_F(PlanReleaseTest, aRushOrderMovesTheUnreleasedPlan)
{
    // The control for the next test: without a release the rush order goes first.
    const pmc::core::MrpResult mrp = run();
    EXPECT_EQ(step(pmc::core::FiniteScheduler(m_db.load()).run(mrp), "WO-1").startMinute, 8 * 60);
    addRushOrder();
    const pmc::core::ScheduleResult after = pmc::core::FiniteScheduler(m_db.load()).run(mrp);
    EXPECT_EQ(step(after, "WO-9").startMinute, 8 * 60);
    EXPECT_GT(step(after, "WO-1").startMinute, 8 * 60);
}

TEST_F(PlanReleaseTest, theReleasedDayKeepsItsStepsWhenARushOrderComes)
{
    const pmc::core::PlanRelease released = release(kToday);
    const pmc::core::FactoryModel frozen = m_db.load();
    EXPECT_EQ(frozen.operationPins.size(), 2u);
    addRushOrder();
    const pmc::core::ScheduleResult after = pmc::core::FiniteScheduler(m_db.load()).run(*m_db.lastMrpRun());
    for (const pmc::core::DailyPlanLine& line : released.plan.lines) {
        const pmc::core::ScheduledOperation& op = step(after, line.order);
        EXPECT_EQ(op.startMinute, line.startMinute) << line.order;
        EXPECT_EQ(op.unit, line.unit) << line.order;
        EXPECT_TRUE(op.fixed) << line.order;
    }
    // The rush order waits for the frozen day: 15:00 today at the earliest.
    EXPECT_GE(step(after, "WO-9").startMinute, 15 * 60);
    // The plan now differs from the release only by the rush order in the free time after it.
    const pmc::core::DailyPlan now = currentDailyPlan(m_db, *m_db.lastMrpRun(), kToday, "");
    const std::vector<pmc::core::PlanLineChange> changes = pmc::core::diffPlans(released.plan, now);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].order, "WO-9");
    EXPECT_EQ(changes[0].kinds, std::vector{pmc::core::PlanChangeKind::Added});
    EXPECT_EQ(changes[0].after->startMinute, 15 * 60);
    EXPECT_EQ(changes[0].after->endMinute, 17 * 60);
}

TEST_F(PlanReleaseTest, theCutoffIsASettingRowAndAScenarioKey)
{
    EXPECT_EQ(m_db.load().settings.planReleaseCutoffMinute, 13 * 60 + 30);
    EXPECT_FALSE(writeScenario(m_db.load())["settings"].contains("plan_release_cutoff"));
    std::string scenario = kScenario;
    scenario.replace(scenario.find("\"horizon_days\""), 0, "\"plan_release_cutoff\": \"14:05\", ");
    m_db.importScenario(scenario, "cutoff.json");
    EXPECT_EQ(m_db.load().settings.planReleaseCutoffMinute, 14 * 60 + 5);
    Statement row = m_db.database().prepare("SELECT value FROM setting WHERE key = 'plan_release_cutoff'");
    ASSERT_TRUE(row.step());
    EXPECT_EQ(row.text(0), "14:05");
    EXPECT_EQ(writeScenario(m_db.load())["settings"]["plan_release_cutoff"], "14:05");
}

TEST_F(PlanReleaseTest, aBadCutoffIsRefusedNamingTheKey)
{
    std::string scenario = kScenario;
    scenario.replace(scenario.find("\"horizon_days\""), 0, "\"plan_release_cutoff\": \"24:00\", ");
    try {
        m_db.importScenario(scenario, "bad.json");
        FAIL() << "accepted";
    } catch (const InputError& e) {
        ASSERT_EQ(e.issues().issues().size(), 1u);
        EXPECT_NE(e.issues().issues()[0].toString().find("settings.plan_release_cutoff"), std::string::npos)
            << e.issues().issues()[0].toString();
    }
    EXPECT_EQ(m_db.load().settings.planReleaseCutoffMinute, 13 * 60 + 30);
}

TEST_F(PlanReleaseTest, thePaperIsASettingRowAndAScenarioKey)
{
    EXPECT_EQ(m_db.load().settings.printPaper, pmc::core::PrintPaper{});
    EXPECT_FALSE(writeScenario(m_db.load())["settings"].contains("print_paper"));
    std::string scenario = kScenario;
    scenario.replace(scenario.find("\"horizon_days\""), 0, "\"print_paper\": \"a3 Portrait\", ");
    m_db.importScenario(scenario, "paper.json");
    const pmc::core::PrintPaper a3{pmc::core::PrintPaper::Size::A3, true};
    EXPECT_EQ(m_db.load().settings.printPaper, a3);
    Statement row = m_db.database().prepare("SELECT value FROM setting WHERE key = 'print_paper'");
    ASSERT_TRUE(row.step());
    EXPECT_EQ(row.text(0), "A3 portrait");
    EXPECT_EQ(writeScenario(m_db.load())["settings"]["print_paper"], "A3 portrait");
}

TEST_F(PlanReleaseTest, aBadPaperIsRefusedNamingTheKey)
{
    std::string scenario = kScenario;
    scenario.replace(scenario.find("\"horizon_days\""), 0, "\"print_paper\": \"A4 sideways\", ");
    try {
        m_db.importScenario(scenario, "bad.json");
        FAIL() << "accepted";
    } catch (const InputError& e) {
        ASSERT_EQ(e.issues().issues().size(), 1u);
        EXPECT_NE(e.issues().issues()[0].toString().find("settings.print_paper"), std::string::npos)
            << e.issues().issues()[0].toString();
    }
    EXPECT_EQ(m_db.load().settings.printPaper, pmc::core::PrintPaper{});
}

TEST_F(PlanReleaseTest, kpiTargetsAreSettingRowsAndAScenarioKeyWrittenOnlyWhenChanged)
{
    EXPECT_EQ(m_db.load().settings.kpiTargets, pmc::core::KpiTargets{});
    EXPECT_FALSE(writeScenario(m_db.load())["settings"].contains("kpi_targets"));
    std::string scenario = kScenario;
    scenario.replace(scenario.find("\"horizon_days\""), 0,
                     R"("kpi_targets": {"supplier_on_time": 0.95, "labour_efficiency": 1.05}, )");
    m_db.importScenario(scenario, "targets.json");
    const pmc::core::KpiTargets targets = m_db.load().settings.kpiTargets;
    EXPECT_EQ(targets.supplierOnTime, 0.95);
    EXPECT_EQ(targets.labourEfficiency, 1.05);
    EXPECT_EQ(targets.planAchievement, 1.0); // not given: the seeds' figure
    Statement row = m_db.database().prepare("SELECT value FROM setting WHERE key = 'kpi_target.supplier_on_time'");
    ASSERT_TRUE(row.step());
    EXPECT_EQ(row.text(0), "0.95");
    const auto written = writeScenario(m_db.load())["settings"]["kpi_targets"];
    EXPECT_EQ(written.size(), 2u);
    EXPECT_EQ(written["supplier_on_time"], 0.95);
}

TEST_F(PlanReleaseTest, aKpiTargetOutOfRangeIsRefusedNamingTheKey)
{
    std::string scenario = kScenario;
    scenario.replace(scenario.find("\"horizon_days\""), 0, R"("kpi_targets": {"plan_achievement": 1.2}, )");
    try {
        m_db.importScenario(scenario, "bad.json");
        FAIL() << "accepted";
    } catch (const InputError& e) {
        ASSERT_EQ(e.issues().issues().size(), 1u);
        EXPECT_EQ(e.issues().issues()[0].toString(), "settings.kpi_targets.plan_achievement: must be a fraction from 0 to 1");
    }
    EXPECT_EQ(m_db.load().settings.kpiTargets, pmc::core::KpiTargets{});
}
