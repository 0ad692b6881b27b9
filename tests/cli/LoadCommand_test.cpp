#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>

namespace {

using pmc::test::CliResult;

/// Runs the real pmc-cli `load` on a database in a fresh folder.
class LoadCommand : public pmc::test::CliTest {
protected:
    nlohmann::json load(const std::string& options = "")
    {
        const CliResult r = run("load " + options + " --json");
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return nlohmann::json::parse(r.out);
    }
    void importDemo()
    {
        ASSERT_EQ(run("import " + std::string(PMC_SOURCE_DIR) + "/resources/demo/demo-factory.json").exitCode, 0);
    }
    void importSmallShop()
    {
        // The small shop of ScheduleCommand_test: A (1 unit) makes SUB 11-26 08–09 and 11-27
        // 08–09, B (2 units) makes FG 11-26 09–10 and 11-27 09–10; 8 h shifts, efficiency 1.
        const std::string scenario = R"({"format":"pmc-scenario/1",
          "settings":{"today":"2026-11-25","horizon_days":30,"material_buffer_days":1},
          "calendar":{"workdays":[1,2,3,4,5],"shifts":[{"start":"08:00","end":"12:00"},{"start":"13:00","end":"17:00"}],
                      "overtime":[{"date":"2026-11-28","workcenter":"B","start":"08:00","end":"10:00"}]},
          "items":[{"code":"FG","type":"finished","source":"make","lead_time_days":1},
                   {"code":"SUB","type":"semi","source":"make","lead_time_days":1},
                   {"code":"RM","type":"raw","source":"buy","uom":"kg","lead_time_days":2}],
          "boms":[{"parent":"FG","component":"SUB","qty_per":1},{"parent":"SUB","component":"RM","qty_per":0.5}],
          "workcenters":[{"code":"A","parallel_units":1},{"code":"B","parallel_units":2}],
          "routings":[{"item":"FG","operations":[{"seq":10,"workcenter":"B","setup_minutes":30,"run_minutes_per_unit":6}]},
                      {"item":"SUB","operations":[{"seq":10,"workcenter":"A","run_minutes_per_unit":12}]}],
          "work_orders":[{"number":"WO-1","item":"FG","qty":5,"due":"2026-11-26"}],
          "sales_orders":[{"number":"SO-1","priority":1,"lines":[{"item":"FG","qty":10,"due":"2026-12-01"}]}]})";
        ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    }
};

} // namespace

TEST_F(LoadCommand, smallShopHasHandComputedHours)
{
    importSmallShop();
    const nlohmann::json doc = load("--days 4");
    EXPECT_EQ(doc, nlohmann::json::parse(R"({"buckets":[
      {"workcenter":"A","start":"2026-11-25","days":1,"load_hours":0,"available_hours":8,"utilisation":0,"overloaded":false},
      {"workcenter":"A","start":"2026-11-26","days":1,"load_hours":1,"available_hours":8,"utilisation":0.125,"overloaded":false},
      {"workcenter":"A","start":"2026-11-27","days":1,"load_hours":1,"available_hours":8,"utilisation":0.125,"overloaded":false},
      {"workcenter":"A","start":"2026-11-28","days":1,"load_hours":0,"available_hours":0,"utilisation":null,"overloaded":false},
      {"workcenter":"B","start":"2026-11-25","days":1,"load_hours":0,"available_hours":16,"utilisation":0,"overloaded":false},
      {"workcenter":"B","start":"2026-11-26","days":1,"load_hours":1,"available_hours":16,"utilisation":0.0625,"overloaded":false},
      {"workcenter":"B","start":"2026-11-27","days":1,"load_hours":1,"available_hours":16,"utilisation":0.0625,"overloaded":false},
      {"workcenter":"B","start":"2026-11-28","days":1,"load_hours":0,"available_hours":4,"utilisation":0,"overloaded":false}]})"))
        << doc.dump(2);
}

TEST_F(LoadCommand, weeksAndWorkCenterFilter)
{
    importSmallShop();
    const nlohmann::json doc = load("--weeks 2 --workcenter B --from 2026-11-23");
    EXPECT_EQ(doc, nlohmann::json::parse(R"({"buckets":[
      {"workcenter":"B","start":"2026-11-23","days":7,"load_hours":2,"available_hours":84,"utilisation":0.02381,"overloaded":false},
      {"workcenter":"B","start":"2026-11-30","days":7,"load_hours":0,"available_hours":80,"utilisation":0,"overloaded":false}]})"))
        << doc.dump(2);
}

TEST_F(LoadCommand, infiniteLoadPutsOrdersOnTheirStartDays)
{
    importSmallShop();
    const nlohmann::json doc = load("--infinite --weeks 1");
    // Everything (1 h per order on A and on B) starts within this week.
    ASSERT_EQ(doc["buckets"].size(), 2u);
    EXPECT_EQ(doc["buckets"][0]["load_hours"], 2);
    EXPECT_EQ(doc["buckets"][1]["load_hours"], 2);
}

TEST_F(LoadCommand, demoFactoryWeeksSumDaysAndNeverOverloads)
{
    importDemo();
    const nlohmann::json days = load();
    const nlohmann::json weeks = load("--weeks 4");
    ASSERT_FALSE(days["buckets"].empty());
    ASSERT_EQ(days["buckets"].size(), weeks["buckets"].size() * 7);
    std::map<std::string, double> dayLoad;
    std::map<std::string, double> dayAvailable;
    for (const auto& b : days["buckets"]) {
        ASSERT_EQ(b.size(), 7u) << b.dump();
        const double load = b["load_hours"];
        const double available = b["available_hours"];
        EXPECT_EQ(b["overloaded"].get<bool>(), load > available + 1e-6) << b.dump();
        EXPECT_EQ(b["utilisation"].is_null(), available == 0) << b.dump();
        dayLoad[b["workcenter"]] += load;
        dayAvailable[b["workcenter"]] += available;
    }
    for (const auto& b : weeks["buckets"]) {
        EXPECT_EQ(b["days"], 7);
        dayLoad[b["workcenter"]] -= b["load_hours"].get<double>();
        dayAvailable[b["workcenter"]] -= b["available_hours"].get<double>();
    }
    for (const auto& [wc, rest] : dayLoad)
        EXPECT_NEAR(rest, 0, 1e-4) << wc;
    for (const auto& [wc, rest] : dayAvailable)
        EXPECT_NEAR(rest, 0, 1e-4) << wc;
    // The finite schedule never puts more on a work center than it has.
    for (const auto& b : days["buckets"])
        EXPECT_FALSE(b["overloaded"].get<bool>()) << b.dump();
    double total = 0;
    for (const auto& b : days["buckets"])
        total += b["load_hours"].get<double>();
    EXPECT_GT(total, 0); // the demo's orders are scheduled within four weeks
}

TEST_F(LoadCommand, readableTableMarksOverloads)
{
    importDemo();
    const CliResult r = run("load --infinite --weeks 2");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("avail h"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("overloaded bucket"), std::string::npos) << r.out;
    const nlohmann::json doc = load("--infinite --weeks 2");
    bool anyOverload = false;
    for (const auto& b : doc["buckets"])
        anyOverload = anyOverload || b["overloaded"].get<bool>();
    EXPECT_EQ(r.out.find("OVERLOAD +") != std::string::npos, anyOverload) << r.out;
}

TEST_F(LoadCommand, badOptionsAreBadInput)
{
    importSmallShop();
    EXPECT_EQ(run("load --days 0").exitCode, 2);
    EXPECT_EQ(run("load --days 1.5").exitCode, 2);
    EXPECT_EQ(run("load --days 3 --weeks 2").exitCode, 2);
    EXPECT_EQ(run("load --from 2026-13-01").exitCode, 2);
    const CliResult unknown = run("load --workcenter NOPE");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("A, B"), std::string::npos) << unknown.err;
    EXPECT_EQ(run("load extra").exitCode, 2);
}
