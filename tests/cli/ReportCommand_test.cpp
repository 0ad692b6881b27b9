#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>

namespace {

using pmc::test::CliResult;

const char* kScenario = R"({
  "format": "pmc-scenario/1",
  "settings": { "today": "2026-11-25" },
  "workcenters": [ { "code": "CUT", "name": "下料", "workshop": "W", "parallel_units": 1, "efficiency": 1 },
                   { "code": "WELD", "name": "焊接", "workshop": "W", "parallel_units": 1, "efficiency": 1 } ],
  "items": [ { "code": "FRAME", "type": "finished", "source": "make" } ],
  "routings": [ { "item": "FRAME", "operations": [
      { "seq": 10, "workcenter": "CUT", "setup_minutes": 0, "run_minutes_per_unit": 1 },
      { "seq": 20, "workcenter": "WELD", "setup_minutes": 0, "run_minutes_per_unit": 1 } ] } ],
  "work_orders": [ { "number": "WO-0001", "item": "FRAME", "qty": 20, "due": "2026-11-20", "completed_qty": 0 } ],
  "sales_orders": [ { "number": "SO-1", "customer": "C", "priority": 1,
                      "lines": [ { "item": "FRAME", "qty": 20, "due": "2026-11-22" } ] } ]
})";

/// Runs the real pmc-cli binary on a database holding kScenario.
class ReportCommand : public pmc::test::CliTest {
protected:
    void SetUp() override { ASSERT_EQ(run("import " + m_dir.write("s.json", kScenario)).exitCode, 0); }
};

} // namespace

TEST_F(ReportCommand, lastOperationGoodReducesTheOpenQuantity)
{
    ASSERT_EQ(run("report --order WO-0001 --seq 10 --good 18 --scrap 2 --reason burr --date 2026-11-20").exitCode, 0);
    const CliResult r = run("report --order WO-0001 --seq 20 --good 15 --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["date"], "2026-11-25");
    EXPECT_EQ(doc["last_operation"], true);
    EXPECT_EQ(doc["completed_qty"], 15);
    EXPECT_EQ(doc["open_qty"], 5);
    EXPECT_EQ(doc["operation_open"], 3);
    const auto exported = nlohmann::json::parse(run("export").out);
    EXPECT_EQ(exported["work_orders"][0]["completed_qty"], 15);
}

TEST_F(ReportCommand, refusalExitsTwoNamesTheFieldAndWritesNothing)
{
    ASSERT_EQ(run("report --order WO-0001 --seq 10 --good 20").exitCode, 0);
    const std::string before = run("kpi --json").out;
    const CliResult over = run("report --order WO-0001 --seq 20 --good 30");
    EXPECT_EQ(over.exitCode, 2);
    EXPECT_NE(over.err.find("--good: 30 exceeds the 20 still open on WO-0001 op 20"), std::string::npos) << over.err;
    EXPECT_EQ(run("report --order WO-9 --seq 10 --good 1").exitCode, 2);
    EXPECT_EQ(run("report --order WO-0001 --seq 15 --good 1").exitCode, 2);
    EXPECT_EQ(run("report --order WO-0001 --seq 20 --good 1 --date 2026-13-01").exitCode, 2);
    EXPECT_EQ(run("report --order WO-0001 --seq 20").exitCode, 2);
    EXPECT_EQ(run("kpi --json").out, before);
}

TEST_F(ReportCommand, kpiJsonGivesFractionsWithCountsAndNullWithoutData)
{
    ASSERT_EQ(run("report --order WO-0001 --seq 10 --good 18 --scrap 2 --reason burr --date 2026-11-19").exitCode, 0);
    ASSERT_EQ(run("report --order WO-0001 --seq 20 --good 15 --date 2026-11-20").exitCode, 0);
    const CliResult r = run("kpi --from 2026-11-01 --to 2026-11-30 --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_DOUBLE_EQ(doc["plan_achievement"]["value"].get<double>(), 0.75);
    EXPECT_EQ(doc["plan_achievement"]["actual"], 15);
    EXPECT_EQ(doc["plan_achievement"]["planned"], 20);
    // SO-1 is due in November and nothing was shipped: a real 0, with the counts.
    EXPECT_EQ(doc["delivery_achievement"]["value"], 0.0);
    EXPECT_EQ(doc["delivery_achievement"]["ordered"], 20);
    EXPECT_EQ(doc["on_time_delivery"]["due"], 1);
    // No purchase order is due: no value, and a note says why.
    EXPECT_TRUE(doc["supplier_on_time"]["value"].is_null());
    EXPECT_TRUE(doc["supplier_on_time"].contains("note"));
    EXPECT_DOUBLE_EQ(doc["scrap_rate"]["value"].get<double>(), 2.0 / 35);
    EXPECT_EQ(run("kpi --from 2026-12-01 --to 2026-11-01").exitCode, 2);
    const auto defaults = nlohmann::json::parse(run("kpi --json").out);
    EXPECT_EQ(defaults["from"], "2026-11-19");
    EXPECT_EQ(defaults["to"], "2026-11-25");
}

TEST_F(ReportCommand, shipmentsMakeDeliveryAchievement)
{
    ASSERT_EQ(run("order ship SO-1 --line 1 --qty 15 --date 2026-11-21").exitCode, 0);
    const auto doc = nlohmann::json::parse(run("kpi --from 2026-11-01 --to 2026-11-30 --json").out);
    EXPECT_DOUBLE_EQ(doc["delivery_achievement"]["value"].get<double>(), 0.75);
    EXPECT_EQ(doc["delivery_achievement"]["delivered"], 15);
    EXPECT_EQ(doc["on_time_delivery"]["on_time"], 0);
    ASSERT_EQ(run("order ship SO-1 --line 1 --qty 5 --date 2026-11-22").exitCode, 0);
    const auto full = nlohmann::json::parse(run("kpi --from 2026-11-01 --to 2026-11-30 --json").out);
    EXPECT_EQ(full["delivery_achievement"]["value"], 1.0);
    EXPECT_EQ(full["on_time_delivery"]["value"], 1.0);
    ASSERT_EQ(full["months"].size(), 1u);
    EXPECT_EQ(full["months"][0]["month"], "2026-11");
    EXPECT_EQ(full["months"][0]["delivery_achievement"]["value"], 1.0);
}

TEST_F(ReportCommand, workerAndHoursFeedPieceRatePayAndEfficiency)
{
    ASSERT_EQ(run("report --order WO-0001 --seq 10 --good 20 --worker 张三 --hours 0.5 --date 2026-11-19").exitCode, 0);
    ASSERT_EQ(run("report --order WO-0001 --seq 20 --good 18 --scrap 2 --reason 焊穿 --worker 焊接一班 --hours 0.4 "
                  "--date 2026-11-20").exitCode,
              0);
    const CliResult negative = run("report --order WO-0001 --seq 20 --good 1 --hours -1");
    EXPECT_EQ(negative.exitCode, 2);
    EXPECT_NE(negative.err.find("--hours"), std::string::npos) << negative.err;
    const CliResult pay = run("pay --from 2026-11-01 --to 2026-11-30 --json");
    ASSERT_EQ(pay.exitCode, 0) << pay.err;
    const auto doc = nlohmann::json::parse(pay.out);
    ASSERT_EQ(doc["workers"].size(), 2u);
    EXPECT_EQ(doc["workers"][0]["worker"], "张三");
    EXPECT_EQ(doc["workers"][0]["good"], 20);
    // 20 units × 1 min = 20 standard minutes in 30 minutes worked.
    EXPECT_NEAR(doc["workers"][0]["efficiency"].get<double>(), 2.0 / 3, 1e-9);
    // No piece rate in the routing: the pay is 0 and the line says so.
    EXPECT_EQ(doc["workers"][0]["lines"][0]["piece_rate"], 0);
    EXPECT_EQ(doc["workers"][1]["worker"], "焊接一班");
    EXPECT_EQ(doc["workers"][1]["scrap"], 2);
    const std::string xlsx = m_dir.file("pay.xlsx");
    ASSERT_EQ(run("pay --xlsx " + xlsx).exitCode, 0);
}

TEST_F(ReportCommand, aTeamSheetIsRecordedWhollyOrNotAtAll)
{
    const std::string good = m_dir.write("day.csv", "工单号,工序号,日期,良品数,报废数,报废原因,作业员/班组,工时\n"
                                                     "WO-0001,10,2026-11-24,18,2,毛刺,下料一班,1.5\n"
                                                     "WO-0001,20,2026-11-24,15,,,焊接一班,1\n");
    const std::string bad = m_dir.write("bad.csv", "order,seq,good,worker\n"
                                                   "WO-0001,10,12,A\n"
                                                   "WO-0001,20,abc,B\n"
                                                   "WO-0001,20,99,B\n");
    const std::string before = run("export").out;
    const CliResult refused = run("report import " + bad);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("bad.csv:C3: must be a number, not \"abc\""), std::string::npos) << refused.err;
    EXPECT_EQ(run("export").out, before);
    // Well-formed but the last row books more than the first passed on: nothing at all is kept.
    const std::string over = m_dir.write("over.csv", "order,seq,good\nWO-0001,10,12\nWO-0001,20,13\n");
    const CliResult overbooked = run("report import " + over);
    EXPECT_EQ(overbooked.exitCode, 2);
    EXPECT_NE(overbooked.err.find("over.csv:row 3 --good: 13 exceeds the 12 still open on WO-0001 op 20"), std::string::npos)
        << overbooked.err;
    EXPECT_EQ(run("export").out, before);

    const CliResult imported = run("report import " + good + " --json");
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(nlohmann::json::parse(imported.out)["recorded"], 2);
    EXPECT_EQ(nlohmann::json::parse(run("export").out)["work_orders"][0]["completed_qty"], 15);
    const std::string xlsx = m_dir.file("template.xlsx");
    ASSERT_EQ(run("report template --out " + xlsx).exitCode, 0);
}

TEST_F(ReportCommand, aSheetRecordedTwiceIsRefusedUnlessRepeatsAreAllowed)
{
    // Two workers may report the same within one sheet; only a repeat of a stored report is suspect.
    const std::string sheet = m_dir.write("day.csv", "order,seq,date,good,worker\n"
                                                     "WO-0001,10,2026-11-24,4,A\n"
                                                     "WO-0001,10,2026-11-24,4,A\n"
                                                     "WO-0001,20,2026-11-24,3,B\n");
    ASSERT_EQ(run("report import " + sheet).exitCode, 0);
    const std::string before = run("export").out;

    const CliResult again = run("report import " + sheet);
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.err.find("day.csv:row 2 --allow-repeat: the same as report 1 (WO-0001 op 10 on 2026-11-24), "
                             "recorded 20"),
              std::string::npos)
        << again.err;
    EXPECT_NE(again.err.find("day.csv:row 4 --allow-repeat: the same as report 3 (WO-0001 op 20"), std::string::npos)
        << again.err;
    EXPECT_NE(again.err.find("refused, nothing was changed"), std::string::npos) << again.err;
    EXPECT_EQ(run("export").out, before);

    // One field apart (the hours) is another report.
    const std::string other = m_dir.write("other.csv", "order,seq,date,good,worker,hours\nWO-0001,20,2026-11-24,3,B,1\n");
    ASSERT_EQ(run("report import " + other).exitCode, 0);
    const CliResult allowed = run("report import " + sheet + " --allow-repeat --json");
    ASSERT_EQ(allowed.exitCode, 0) << allowed.err;
    EXPECT_EQ(nlohmann::json::parse(allowed.out)["recorded"], 3);
    EXPECT_EQ(nlohmann::json::parse(run("export").out)["work_orders"][0]["completed_qty"], 9);
    EXPECT_EQ(run("report --order WO-0001 --seq 10 --good 1 --allow-repeat").exitCode, 2);
}

TEST_F(ReportCommand, abnormalHoursFeedTheMaterialIdleRate)
{
    ASSERT_EQ(run("report --order WO-0001 --seq 10 --good 20 --hours 4 --date 2026-11-19").exitCode, 0);
    const CliResult ok = run("abnormal --workcenter CUT --cause material --hours 1 --order WO-0001 --owner 采购 "
                             "--date 2026-11-19 --json");
    ASSERT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_EQ(run("abnormal --workcenter CUT --cause weather --hours 1").exitCode, 2);
    EXPECT_EQ(run("abnormal --workcenter DRILL --cause other --hours 1").exitCode, 2);
    EXPECT_EQ(run("abnormal --workcenter CUT --cause other --hours 0").exitCode, 2);
    const auto kpi = nlohmann::json::parse(run("kpi --from 2026-11-01 --to 2026-11-30 --json").out);
    EXPECT_DOUBLE_EQ(kpi["material_idle_rate"]["value"].get<double>(), 0.25);
    EXPECT_EQ(kpi["abnormal_hours"], 1);
    EXPECT_EQ(kpi["abnormal_causes"][0]["reason"], "material");
}

TEST_F(ReportCommand, kpiTargetsComeFromTheScenarioSettings)
{
    EXPECT_EQ(nlohmann::json::parse(run("kpi --json").out)["supplier_on_time"]["target"], 0.9);
    std::string scenario = kScenario;
    scenario.replace(scenario.find("\"today\""), 0, R"("kpi_targets": {"supplier_on_time": 0.95}, )");
    ASSERT_EQ(run("import " + m_dir.write("t.json", scenario)).exitCode, 0);
    const auto doc = nlohmann::json::parse(run("kpi --json").out);
    EXPECT_EQ(doc["supplier_on_time"]["target"], 0.95);
    EXPECT_EQ(doc["plan_achievement"]["target"], 1.0);
}
