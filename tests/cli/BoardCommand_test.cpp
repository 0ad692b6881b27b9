#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using pmc::test::CliResult;

/// One line A on Wednesday 2026-11-25 (08:00–12:00, 13:00–17:00), FG at 12 minutes a piece.
/// Yesterday 3 of WO-1 were reported done, so this morning WO-1 had 17 open: by earliest due,
/// WO-2 (10 pcs, due yesterday) runs 08:00–10:00, then WO-1 (17 pcs, 204 min) 10:00–14:24.
class BoardCommand : public pmc::test::CliTest {
protected:
    void SetUp() override
    {
        const std::string scenario = R"({"format":"pmc-scenario/1",
          "settings":{"today":"2026-11-25","horizon_days":30,"material_buffer_days":0},
          "calendar":{"workdays":[1,2,3,4,5],"shifts":[{"start":"08:00","end":"12:00"},{"start":"13:00","end":"17:00"}]},
          "items":[{"code":"FG","name":"Finished","type":"finished","source":"make"}],
          "workcenters":[{"code":"A","name":"Line A","workshop":"总装","parallel_units":1}],
          "routings":[{"item":"FG","operations":[{"seq":10,"workcenter":"A","run_minutes_per_unit":12}]}],
          "work_orders":[{"number":"WO-1","item":"FG","qty":20,"due":"2026-11-26"},
                         {"number":"WO-2","item":"FG","qty":10,"due":"2026-11-24"}]})";
        ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
        // Reported today on the last step: WO-2's completed quantity becomes 6.
        ASSERT_EQ(run("report --order WO-2 --seq 10 --good 6 --scrap 1 --reason dent --date 2026-11-25").exitCode, 0);
        ASSERT_EQ(run("report --order WO-1 --seq 10 --good 3 --date 2026-11-24").exitCode, 0);
    }
    nlohmann::json board(const std::string& options)
    {
        const CliResult r = run("board --date 2026-11-25 " + options + " --json");
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return nlohmann::json::parse(r.out);
    }
};

} // namespace

TEST_F(BoardCommand, jsonGivesPlanActualDueAndTheRunningOrder)
{
    const nlohmann::json json = board("--now 09:00");
    EXPECT_EQ(json["date"], "2026-11-25");
    EXPECT_EQ(json["now"], "09:00");
    EXPECT_TRUE(json["workshop"].is_null());
    ASSERT_EQ(json["rows"].size(), 1u) << json.dump(2);
    const nlohmann::json& row = json["rows"][0];
    EXPECT_EQ(row["workshop"], "总装");
    EXPECT_EQ(row["workcenter"], "A");
    EXPECT_EQ(row["workcenter_name"], "Line A");
    EXPECT_EQ(row["unit"], 0);
    EXPECT_EQ(row["lines"], 2);
    // The day's plan as it stood this morning: today's report does not shrink WO-2's 10.
    EXPECT_EQ(row["plan"], 27);
    EXPECT_EQ(row["actual"], 6); // yesterday's 3 on WO-1 do not count
    EXPECT_EQ(row["scrap"], 1);
    EXPECT_EQ(row["due_by_now"], 5); // half of WO-2's two hours
    EXPECT_EQ(row["achievement_pct"], 22.2); // 6 / 27
    EXPECT_EQ(row["behind"], false);
    EXPECT_EQ(row["achieved"], false);
    EXPECT_EQ(row["current"]["order"], "WO-2");
    EXPECT_EQ(row["current"]["item_name"], "Finished");
    EXPECT_EQ(row["current"]["start"], "08:00");
    EXPECT_EQ(row["current"]["end"], "10:00");
    EXPECT_EQ(row["current"]["running"], true);
    ASSERT_EQ(row["late"].size(), 1u);
    EXPECT_EQ(row["late"][0]["order"], "WO-2");
    EXPECT_EQ(row["late"][0]["due"], "2026-11-24");
    EXPECT_EQ(json["workshops"][0]["workshop"], "总装");
    EXPECT_EQ(json["workshops"][0]["plan"], 27);
    EXPECT_EQ(json["totals"]["actual"], 6);
    EXPECT_EQ(json["totals"]["late"], 1);
}

TEST_F(BoardCommand, behindOnceTheDuePartOutrunsTheActual)
{
    const nlohmann::json row = board("--now 11:00")["rows"][0];
    EXPECT_EQ(row["due_by_now"], 15); // WO-2's 10 + 17 × 60 / 204 of WO-1
    EXPECT_EQ(row["behind"], true);
    EXPECT_EQ(row["current"]["order"], "WO-1");
    EXPECT_EQ(board("--now 24:00")["rows"][0]["current"], nullptr);
    EXPECT_EQ(board("--now 24:00")["totals"]["behind"], 1);
}

TEST_F(BoardCommand, textNamesTheLinesAndFlags)
{
    const CliResult r = run("board --date 2026-11-25 --now 11:00");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("progress board 2026-11-25 11:00"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("WO-1/10"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("behind, 1 late"), std::string::npos) << r.out;
}

TEST_F(BoardCommand, badInputExitsWithTwo)
{
    for (const char* arguments : {"board --now 09:00", "board --date 2026-13-01", "board --date 2026-11-25 --now 25:00",
                                  "board --date 2026-11-25 --now 9:00", "board --date 2026-11-25 --now 12:60",
                                  "board --date 2026-11-25 --workshop 涂装", "board --date 2026-11-25 extra"}) {
        const CliResult r = run(arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments;
        EXPECT_FALSE(r.err.empty()) << arguments;
    }
}
