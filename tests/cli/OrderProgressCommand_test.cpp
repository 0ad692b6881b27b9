#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using pmc::test::CliResult;

/// Runs the real pmc-cli binary on a database in a fresh folder.
class OrderProgressCommand : public pmc::test::CliTest {
protected:
    void importPressShop()
    {
        // Wednesday; SO-A (priority 2, 16 h) and SO-B (priority 3, 14 h) share one press, both due
        // Friday: SO-A goes first, so SO-B ends Monday 15:00. SO-B is made by work order WO-B.
        const std::string scenario = R"({"format":"pmc-scenario/1",
          "settings":{"today":"2026-11-25","horizon_days":60,"material_buffer_days":1},
          "calendar":{"workdays":[1,2,3,4,5],"shifts":[{"start":"08:00","end":"12:00"},{"start":"13:00","end":"17:00"}]},
          "items":[{"code":"FG-A","type":"finished","source":"make","lead_time_days":0},
                   {"code":"FG-B","type":"finished","source":"make","lead_time_days":0}],
          "workcenters":[{"code":"PRESS","name":"冲压","parallel_units":1}],
          "routings":[{"item":"FG-A","operations":[{"seq":10,"workcenter":"PRESS","run_minutes_per_unit":96}]},
                      {"item":"FG-B","operations":[{"seq":10,"workcenter":"PRESS","run_minutes_per_unit":84}]}],
          "work_orders":[{"number":"WO-B","item":"FG-B","qty":10,"due":"2026-11-27"}],
          "sales_orders":[{"number":"SO-A","customer":"甲","priority":2,"lines":[{"item":"FG-A","qty":10,"due":"2026-11-27"}]},
                          {"number":"SO-B","customer":"乙","priority":3,"lines":[{"item":"FG-B","qty":10,"due":"2026-11-27"}]}]})";
        ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    }
};

} // namespace

TEST_F(OrderProgressCommand, jsonNamesTheWorkOrderItsStepsAndTheBusyPress)
{
    importPressShop();
    const CliResult r = run("progress --order SO-B --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["order"], "SO-B");
    EXPECT_EQ(doc["customer"], "乙");
    EXPECT_EQ(doc["status"], "confirmed");
    EXPECT_EQ(doc["planned"], true);
    const nlohmann::json& line = doc["lines"][0];
    EXPECT_EQ(line["line"], "SO-B/1");
    EXPECT_EQ(line["committed"], "2026-11-27");
    EXPECT_EQ(line["projected"], "2026-11-30T15:00");
    EXPECT_EQ(line["days_late"], 3);
    ASSERT_EQ(line["orders"].size(), 1u);
    EXPECT_EQ(line["orders"][0]["order"], "WO-B");
    EXPECT_EQ(line["orders"][0]["kind"], "work_order");
    EXPECT_EQ(line["orders"][0]["operations"][0],
              nlohmann::json::parse(R"({"seq":10,"work_center":"PRESS","status":"waiting","reported_qty":0,
                                        "unit":0,"start":"2026-11-27T08:00","end":"2026-11-30T15:00"})"));
    ASSERT_EQ(line["delay_causes"].size(), 1u);
    EXPECT_EQ(line["delay_causes"][0]["kind"], "capacity");
    EXPECT_EQ(line["delay_causes"][0]["work_center"], "PRESS");
    EXPECT_EQ(line["delay_causes"][0]["busy_with"], nlohmann::json::parse(R"(["PLN-00001"])"));
    ASSERT_EQ(line["fixes"].size(), 2u);
    EXPECT_EQ(line["fixes"][0], nlohmann::json::parse(R"({"kind":"overtime","work_center":"PRESS","hours_per_day":2,
                                                          "from":"2026-11-25","to":"2026-11-27"})"));
    EXPECT_EQ(line["fixes"][1]["kind"], "raise_priority");
}

TEST_F(OrderProgressCommand, partlyReportedStepIsInProgressAndTextSaysSo)
{
    importPressShop();
    ASSERT_EQ(run("report --order WO-B --seq 10 --good 4 --date 2026-11-25").exitCode, 0);
    const CliResult r = run("progress --order SO-B");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("SO-B  乙  confirmed  priority 3"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("10 PRESS in_progress"), std::string::npos) << r.out;
}

TEST_F(OrderProgressCommand, unknownOrderExitsWithTwo)
{
    importPressShop();
    const CliResult r = run("progress --order SO-X");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("unknown sales order \"SO-X\""), std::string::npos) << r.err;
}
