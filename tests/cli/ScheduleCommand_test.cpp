#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <map>

namespace {

using pmc::test::CliResult;

/// Runs the real pmc-cli binary on a database in a fresh folder.
class ScheduleCommand : public pmc::test::CliTest {
protected:
    nlohmann::json schedule(const std::string& options = "")
    {
        const CliResult r = run("schedule " + options + " --json");
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return nlohmann::json::parse(r.out);
    }
    void importSmallShop()
    {
        // Wednesday; FG ← SUB ← RM (bought, one day of material buffer); A has one unit, B two.
        // MRP plans PLN-00001 FG (SO-1/1), PLN-00002 SUB (WO-1), PLN-00003 SUB (PLN-00001) and
        // RM PLN-00004 due 11-25 (PLN-00002), PLN-00005 due 11-26 (PLN-00003).
        const std::string scenario = R"({"format":"pmc-scenario/1",
          "settings":{"today":"2026-11-25","horizon_days":30,"material_buffer_days":1},
          "calendar":{"workdays":[1,2,3,4,5],"shifts":[{"start":"08:00","end":"12:00"},{"start":"13:00","end":"17:00"}]},
          "items":[{"code":"FG","type":"finished","source":"make","lead_time_days":1},
                   {"code":"SUB","type":"semi","source":"make","lead_time_days":1},
                   {"code":"RM","type":"raw","source":"buy","uom":"kg","lead_time_days":2},
                   {"code":"STOCKED","type":"finished","source":"make"}],
          "boms":[{"parent":"FG","component":"SUB","qty_per":1},{"parent":"SUB","component":"RM","qty_per":0.5}],
          "workcenters":[{"code":"A","parallel_units":1},{"code":"B","parallel_units":2}],
          "routings":[{"item":"FG","operations":[{"seq":10,"workcenter":"B","setup_minutes":30,"run_minutes_per_unit":6}]},
                      {"item":"SUB","operations":[{"seq":10,"workcenter":"A","run_minutes_per_unit":12}]}],
          "inventory":[{"item":"STOCKED","on_hand":10}],
          "work_orders":[{"number":"WO-1","item":"FG","qty":5,"due":"2026-11-26"}],
          "sales_orders":[{"number":"SO-1","priority":1,"lines":[{"item":"FG","qty":10,"due":"2026-12-01"},
                                                                 {"item":"STOCKED","qty":4,"due":"2026-11-24"}]}]})";
        ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    }
};

nlohmann::json operation(const nlohmann::json& doc, const std::string& order)
{
    for (const auto& op : doc["operations"])
        if (op["order"] == order)
            return op;
    return {};
}

} // namespace

TEST_F(ScheduleCommand, jsonHasTheContractShape)
{
    importSmallShop();
    const nlohmann::json doc = schedule();
    ASSERT_TRUE(doc.is_object());
    EXPECT_EQ(doc.size(), 3u);
    const std::map<std::string, std::vector<std::string>> keys{
        {"operations", {"order", "item", "qty", "seq", "workcenter", "unit", "start", "end"}},
        {"orders", {"order", "due", "completion", "late_days"}},
        {"demands", {"demand", "due", "completion", "late_days"}}};
    for (const auto& [section, fields] : keys) {
        ASSERT_TRUE(doc[section].is_array()) << section;
        ASSERT_FALSE(doc[section].empty()) << section;
        for (const auto& row : doc[section]) {
            EXPECT_EQ(row.size(), fields.size()) << row.dump();
            for (const std::string& field : fields)
                EXPECT_TRUE(row.contains(field)) << section << " lacks " << field;
        }
    }
    EXPECT_TRUE(doc["operations"][0]["qty"].is_number_integer());
    EXPECT_TRUE(doc["operations"][0]["unit"].is_number_integer());
}

TEST_F(ScheduleCommand, smallShopHasHandComputedTimes)
{
    importSmallShop();
    const nlohmann::json doc = schedule();
    // SUB for WO-1 waits for RM (due 11-25 + 1 day buffer), then WO-1 waits for it on B.
    EXPECT_EQ(operation(doc, "PLN-00002"),
              nlohmann::json::parse(R"({"order":"PLN-00002","item":"SUB","qty":5,"seq":10,"workcenter":"A","unit":0,
                                        "start":"2026-11-26T08:00","end":"2026-11-26T09:00"})"));
    EXPECT_EQ(operation(doc, "WO-1"),
              nlohmann::json::parse(R"({"order":"WO-1","item":"FG","qty":5,"seq":10,"workcenter":"B","unit":0,
                                        "start":"2026-11-26T09:00","end":"2026-11-26T10:00"})"));
    EXPECT_EQ(operation(doc, "PLN-00003")["start"], "2026-11-27T08:00");
    EXPECT_EQ(operation(doc, "PLN-00001")["start"], "2026-11-27T09:00");
    EXPECT_EQ(operation(doc, "PLN-00001")["end"], "2026-11-27T10:00");
    EXPECT_EQ(doc["orders"], nlohmann::json::parse(R"([
        {"order":"WO-1","due":"2026-11-26","completion":"2026-11-26T10:00","late_days":0},
        {"order":"PLN-00001","due":"2026-12-01","completion":"2026-11-27T10:00","late_days":0},
        {"order":"PLN-00002","due":"2026-11-25","completion":"2026-11-26T09:00","late_days":1},
        {"order":"PLN-00003","due":"2026-11-30","completion":"2026-11-27T09:00","late_days":0}])"));
    EXPECT_EQ(doc["demands"], nlohmann::json::parse(R"([
        {"demand":"SO-1/1","due":"2026-12-01","completion":"2026-11-27T10:00","late_days":0},
        {"demand":"SO-1/2","due":"2026-11-24","completion":"2026-11-25T00:00","late_days":1}])"));
}

TEST_F(ScheduleCommand, optimizerKeepsTheScheduleFeasibleAndDeterministicAtZeroSeconds)
{
    importSmallShop();
    const nlohmann::json construction = schedule();
    EXPECT_EQ(schedule("--seconds 0"), construction);
    const nlohmann::json improved = schedule("--seconds 0.2 --seed 7");
    EXPECT_EQ(improved["orders"].size(), construction["orders"].size());
    EXPECT_EQ(improved["operations"].size(), construction["operations"].size());
}

TEST_F(ScheduleCommand, readableTableWithoutJson)
{
    importSmallShop();
    const CliResult r = run("schedule");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("4 operations, 4 orders (1 late), 2 sales order lines (1 late)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("2026-11-26T08:00"), std::string::npos);
}

TEST_F(ScheduleCommand, badOptionsAreBadInput)
{
    importSmallShop();
    EXPECT_EQ(run("schedule --seconds -1 --json").exitCode, 2);
    EXPECT_EQ(run("schedule --seconds soon").exitCode, 2);
    EXPECT_EQ(run("schedule --seed 1.5").exitCode, 2);
    EXPECT_EQ(run("schedule --frobnicate 1").exitCode, 2);
    EXPECT_EQ(run("schedule --rule sjf").exitCode, 2);
    EXPECT_EQ(run("schedule --direction sideways").exitCode, 2);
    EXPECT_EQ(run("schedule --direction backward --rule cr").exitCode, 2);
    EXPECT_EQ(run("schedule --objective cost").exitCode, 2);
    EXPECT_EQ(run("schedule --setup-window -1").exitCode, 2);
    EXPECT_EQ(run("schedule now").exitCode, 2);
}

TEST_F(ScheduleCommand, rulesAndBackwardKeepTheContractShape)
{
    importSmallShop();
    for (const char* options : {"--rule priority", "--rule cr", "--rule slack", "--rule fifo", "--rule setup",
                                "--direction backward", "--direction backward --rule priority",
                                "--objective makespan,tardiness --seconds 0.1"}) {
        const nlohmann::json doc = schedule(options);
        EXPECT_EQ(doc.size(), 3u) << options;
        EXPECT_EQ(doc["operations"].size(), 4u) << options;
    }
    // Just in time: FG for SO-1/1 (due Tuesday 12-01) ends on its due date, not on Friday.
    const nlohmann::json backward = schedule("--direction backward");
    EXPECT_EQ(operation(backward, "PLN-00001")["end"], "2026-12-01T17:00");
    EXPECT_EQ(operation(backward, "WO-1")["start"], "2026-11-26T16:00"); // due 11-26: the last hour of its shift
}

TEST_F(ScheduleCommand, pinnedStepsStayAndAreMarked)
{
    importSmallShop();
    CliResult r = run("schedule pin WO-1 10 --unit 1 --start 2026-11-30T13:00");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "pinned WO-1 step 10 to unit 1 at 2026-11-30T13:00\n");
    nlohmann::json doc = schedule();
    EXPECT_EQ(operation(doc, "WO-1"),
              nlohmann::json::parse(R"({"order":"WO-1","item":"FG","qty":5,"seq":10,"workcenter":"B","unit":1,
                                        "start":"2026-11-30T13:00","end":"2026-11-30T14:00","fixed":true})"));
    EXPECT_FALSE(doc.contains("conflicts"));
    // The pin is part of the data: exported, and gone with unpin.
    EXPECT_NE(run("export").out.find("\"pinned_operations\""), std::string::npos);
    r = run("schedule unpin WO-1");
    EXPECT_EQ(r.out, "unpinned 1 step\n");
    EXPECT_FALSE(operation(schedule(), "WO-1").contains("fixed"));
    // Without a time, a step is pinned where the schedule has it now.
    ASSERT_EQ(run("schedule pin WO-1 10").exitCode, 0);
    EXPECT_EQ(operation(schedule(), "WO-1")["start"], "2026-11-26T09:00");
    EXPECT_EQ(run("schedule unpin --all").out, "unpinned 1 step\n");
}

TEST_F(ScheduleCommand, freezingPinsTheReleasedPeriodAndFirmsItsPlannedOrders)
{
    importSmallShop();
    const nlohmann::json before = schedule();
    CliResult r = run("schedule freeze --until 2026-11-27");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "froze 2 steps starting before 2026-11-27 (1 planned orders firmed)\n");
    const nlohmann::json after = schedule();
    EXPECT_FALSE(after.contains("conflicts")) << after["conflicts"].dump();
    nlohmann::json wo = operation(after, "WO-1");
    EXPECT_EQ(wo["fixed"], true);
    EXPECT_EQ(wo["start"], operation(before, "WO-1")["start"]);
    // PLN-00002 is now the firm planned order FPO-00001, pinned where it was.
    nlohmann::json firm = operation(after, "FPO-00001");
    EXPECT_EQ(firm["fixed"], true);
    EXPECT_EQ(firm["start"], operation(before, "PLN-00002")["start"]);
    EXPECT_EQ(firm["end"], operation(before, "PLN-00002")["end"]);
    EXPECT_FALSE(operation(after, "PLN-00001").contains("fixed")); // starts on 11-27: not frozen
    EXPECT_EQ(after["operations"].size(), before["operations"].size());
    EXPECT_EQ(run("schedule freeze").exitCode, 2);
}

TEST_F(ScheduleCommand, aPinBeforeItsMaterialIsKeptAndReported)
{
    importSmallShop();
    ASSERT_EQ(run("schedule pin WO-1 10 --unit 0 --start 2026-11-25T08:00").exitCode, 0);
    const nlohmann::json doc = schedule();
    ASSERT_TRUE(doc.contains("conflicts"));
    ASSERT_EQ(doc["conflicts"].size(), 1u);
    EXPECT_EQ(doc["conflicts"][0]["order"], "WO-1");
    EXPECT_EQ(operation(doc, "WO-1")["start"], "2026-11-25T08:00");
}

TEST_F(ScheduleCommand, badPinsChangeNothing)
{
    importSmallShop();
    CliResult r = run("schedule pin WO-9 10 --unit 0 --start 2026-11-30T08:00");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("unknown work order or firm planned order \"WO-9\""), std::string::npos) << r.err;
    r = run("schedule pin WO-1 20 --unit 0 --start 2026-11-30T08:00");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("has no step 20"), std::string::npos) << r.err;
    r = run("schedule pin WO-1 10 --unit 2 --start 2026-11-30T08:00");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("B has units 0 to 1"), std::string::npos) << r.err;
    EXPECT_EQ(run("schedule pin WO-1 10 --start 2026-11-30").exitCode, 2);
    EXPECT_EQ(run("schedule pin WO-1 ten").exitCode, 2);
    EXPECT_EQ(run("schedule unpin").exitCode, 2);
    EXPECT_EQ(run("export").out.find("pinned_operations"), std::string::npos);
}

TEST_F(ScheduleCommand, aWorkCenterWithoutWorkingTimeIsAClearFailureNotAHang)
{
    // Workdays Monday–Friday, but no shifts at all: nothing can ever be placed.
    const std::string scenario = R"({"format":"pmc-scenario/1",
      "settings":{"today":"2026-11-25","horizon_days":30,"material_buffer_days":0},
      "calendar":{"workdays":[1,2,3,4,5],"shifts":[]},
      "items":[{"code":"FG","type":"finished","source":"make"}],
      "workcenters":[{"code":"A","parallel_units":1}],
      "routings":[{"item":"FG","operations":[{"seq":10,"workcenter":"A","run_minutes_per_unit":6}]}],
      "work_orders":[{"number":"WO-1","item":"FG","qty":5,"due":"2026-11-26"}]})";
    ASSERT_EQ(run("import " + m_dir.write("none.json", scenario)).exitCode, 0);
    for (const char* options : {"", " --direction backward"}) {
        const CliResult r = run(std::string("schedule --json") + options);
        EXPECT_EQ(r.exitCode, 1) << options;
        EXPECT_NE(r.err.find("work center A has no working time left in the calendar"), std::string::npos) << r.err;
    }
}
