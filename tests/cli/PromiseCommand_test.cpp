#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>

namespace {

using pmc::test::CliResult;

/// Runs the real pmc-cli binary on a database in a fresh folder.
class PromiseCommand : public pmc::test::CliTest {
protected:
    void importSmallShop()
    {
        // Wednesday; FG (made on A, 60 min a unit) needs C, bought in 10 days, 3 days of buffer.
        const std::string scenario = R"({"format":"pmc-scenario/1",
          "settings":{"today":"2026-11-25","horizon_days":60,"material_buffer_days":3},
          "calendar":{"workdays":[1,2,3,4,5],"shifts":[{"start":"08:00","end":"12:00"},{"start":"13:00","end":"17:00"}]},
          "items":[{"code":"FG","type":"finished","source":"make","lead_time_days":0},
                   {"code":"C","type":"raw","source":"buy","lead_time_days":10}],
          "boms":[{"parent":"FG","component":"C","qty_per":1}],
          "workcenters":[{"code":"A","name":"总装线","parallel_units":1}],
          "routings":[{"item":"FG","operations":[{"seq":10,"workcenter":"A","run_minutes_per_unit":60}]}],
          "inventory":[{"item":"FG","on_hand":4}]})";
        ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    }
};

} // namespace

TEST_F(PromiseCommand, jsonHasTheContractShapeAndTheHandComputedDate)
{
    importSmallShop();
    const CliResult r = run("promise --item FG --qty 14 --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    // 4 from stock; C in house 12-08 (10 + 3 days), 10 h of work end 12-09 10:00.
    EXPECT_EQ(doc["date"], "2026-12-09");
    ASSERT_TRUE(doc["limited_by"].is_array());
    EXPECT_EQ(doc["limited_by"], nlohmann::json::parse(R"([
        "material C: purchase lead time 10 days + 3 days buffer, earliest 2026-12-08",
        "production FG: completes 2026-12-09 10:00 when due 2026-12-08",
        "stock: 4 of 14 covered by stock and open orders"])"));
    EXPECT_EQ(doc["item"], "FG");
    EXPECT_EQ(doc["qty"], 14);
    EXPECT_EQ(doc["feasible_in_horizon"], true);
}

TEST_F(PromiseCommand, fromStockIsToday)
{
    importSmallShop();
    const CliResult r = run("promise --item FG --qty 3 --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["date"], "2026-11-25");
    EXPECT_EQ(doc["limited_by"], nlohmann::json::parse(R"(["stock: available from stock, 4 on hand"])"));
}

TEST_F(PromiseCommand, readableTextWithoutJson)
{
    importSmallShop();
    const CliResult r = run("promise --item FG --qty 14");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("FG x 14: earliest delivery 2026-12-09"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  - material C: purchase lead time 10 days"), std::string::npos) << r.out;
}

TEST_F(PromiseCommand, badInputExitsWithTwo)
{
    importSmallShop();
    for (const char* arguments : {"promise --item NOPE --qty 1", "promise --item FG --qty 0",
                                         "promise --item FG --qty -2", "promise --item FG --qty many",
                                         "promise --qty 1", "promise --item FG", "promise --item FG --qty 1 --seconds 2"}) {
        const CliResult r = run(std::string(arguments) + " --json");
        EXPECT_EQ(r.exitCode, 2) << arguments;
        EXPECT_TRUE(r.out.empty()) << arguments;
        EXPECT_NE(r.err.find("pmc-cli promise: "), std::string::npos) << arguments << ": " << r.err;
    }
    EXPECT_NE(run("promise --item NOPE --qty 1").err.find("unknown item \"NOPE\""), std::string::npos);
}

TEST_F(PromiseCommand, demoFactoryAnswersWithinTheHorizon)
{
    ASSERT_EQ(run("import " + std::string(PMC_SOURCE_DIR) + "/resources/demo/demo-factory.json").exitCode, 0);
    const CliResult r = run("promise --item EB-A100 --qty 50 --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["feasible_in_horizon"], true);
    EXPECT_GE(doc["date"].get<std::string>(), "2026-11-25");
    EXPECT_LE(doc["date"].get<std::string>(), "2027-03-24");
    EXPECT_FALSE(doc["limited_by"].empty());
}
