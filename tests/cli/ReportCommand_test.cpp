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
    EXPECT_TRUE(doc["delivery_achievement"]["value"].is_null());
    EXPECT_EQ(doc["delivery_achievement"]["ordered"], 0);
    EXPECT_TRUE(doc["delivery_achievement"].contains("note"));
    EXPECT_TRUE(doc["on_time_delivery"]["value"].is_null());
    EXPECT_TRUE(doc["supplier_on_time"]["value"].is_null());
    EXPECT_DOUBLE_EQ(doc["scrap_rate"]["value"].get<double>(), 2.0 / 35);
    EXPECT_EQ(run("kpi --from 2026-12-01 --to 2026-11-01").exitCode, 2);
    const auto defaults = nlohmann::json::parse(run("kpi --json").out);
    EXPECT_EQ(defaults["from"], "2026-11-19");
    EXPECT_EQ(defaults["to"], "2026-11-25");
}
