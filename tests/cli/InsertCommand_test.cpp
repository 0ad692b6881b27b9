#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using pmc::test::CliResult;

/// Runs the real pmc-cli binary on a database in a fresh folder.
class InsertCommand : public pmc::test::CliTest {
protected:
    // Wednesday 2026-11-25. One press, 08:00–16:00; A, C and R take a day each on it. C
    // (priority 2) and A (priority 3) are both due Thursday: C runs Wednesday, A Thursday.
    void importPressShop()
    {
        const std::string scenario = R"({"format":"pmc-scenario/1",
          "settings":{"today":"2026-11-25","horizon_days":30,"material_buffer_days":0},
          "calendar":{"workdays":[1,2,3,4,5],"shifts":[{"start":"08:00","end":"16:00"}]},
          "items":[{"code":"A","type":"finished","source":"make"},{"code":"C","type":"finished","source":"make"},
                   {"code":"R","type":"finished","source":"make"}],
          "workcenters":[{"code":"PRESS","name":"冲压","parallel_units":1}],
          "routings":[{"item":"A","operations":[{"seq":10,"workcenter":"PRESS","run_minutes_per_unit":48}]},
                      {"item":"C","operations":[{"seq":10,"workcenter":"PRESS","run_minutes_per_unit":48}]},
                      {"item":"R","operations":[{"seq":10,"workcenter":"PRESS","run_minutes_per_unit":48}]}],
          "sales_orders":[{"number":"SO-A","customer":"Alpha","priority":3,"lines":[{"item":"A","qty":10,"due":"2026-11-26"}]},
                          {"number":"SO-C","customer":"Gamma","priority":2,"lines":[{"item":"C","qty":10,"due":"2026-11-26"}]}]})";
        ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    }
};

} // namespace

TEST_F(InsertCommand, jsonShowsTheOrderMadeLateAndStoresNothing)
{
    importPressShop();
    const std::string before = run("export").out;
    const CliResult r = run("insert --item R --qty 10 --due 2026-11-26 --customer \"Rush Co\" --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["order"], "SO-202611-0001");
    EXPECT_EQ(doc["rule"], "priority");
    ASSERT_EQ(doc["rush_lines"].size(), 1u);
    EXPECT_EQ(doc["rush_lines"][0]["demand"], "SO-202611-0001/1");
    EXPECT_EQ(doc["rush_lines"][0]["completion"], "2026-11-25");
    EXPECT_EQ(doc["rush_lines"][0]["scheduled_completion"], "2026-11-25T16:00");
    EXPECT_EQ(doc["rush_lines"][0]["reason"], "on_time");
    ASSERT_EQ(doc["displaced"].size(), 2u);
    EXPECT_EQ(doc["displaced"][0], nlohmann::json::parse(R"({"order":"SO-A/1","sales_order":"SO-A","customer":"Alpha",
        "priority":3,"item":"A","due":"2026-11-26","old_completion":"2026-11-26T16:00",
        "new_completion":"2026-11-27T16:00","old_days_late":0,"new_days_late":1,"newly_late":true})"));
    EXPECT_EQ(doc["displaced"][1]["order"], "SO-C/1");
    EXPECT_EQ(doc["displaced"][1]["newly_late"], false);
    EXPECT_EQ(doc["totals"]["newly_late"], 1);
    EXPECT_EQ(doc["totals"]["added_days_late"], 1);
    EXPECT_EQ(doc["totals"]["makespan_change_days"], 1.0);
    EXPECT_EQ(run("export").out, before);
}

TEST_F(InsertCommand, textNamesTheNewlyLateOrder)
{
    importPressShop();
    const CliResult r = run("insert --item R --qty 10 --due 2026-11-26");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("1 newly late"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("SO-A/1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("NEWLY LATE"), std::string::npos) << r.out;
}

TEST_F(InsertCommand, badInputExitsWithTwoNamingTheFieldAndChangesNothing)
{
    importPressShop();
    const std::string before = run("export").out;
    const struct {
        const char* arguments;
        const char* field;
    } cases[] = {
        {"insert --item NOPE --qty 10 --due 2026-11-26", "--item"},
        {"insert --item R --qty 0 --due 2026-11-26", "--qty"},
        {"insert --item R --qty -5 --due 2026-11-26", "--qty"},
        {"insert --item R --qty 10 --due 2026-11-24", "--due"},
        {"insert --item R --qty 10 --due tomorrow", "--due"},
        {"insert --item R --qty 10 --due 2026-11-26 --priority 0", "--priority"},
    };
    for (const auto& c : cases) {
        const CliResult r = run(c.arguments);
        EXPECT_EQ(r.exitCode, 2) << c.arguments;
        EXPECT_NE(r.err.find(c.field), std::string::npos) << c.arguments << ": " << r.err;
    }
    EXPECT_EQ(run("export").out, before);
}
