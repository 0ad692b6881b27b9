#include "support/CliTest.h"

#include "store/Spreadsheet.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace {

using pmc::test::CliResult;

/// Wednesday 2026-11-25, buffer 1 day. FG takes 2 A (10 % scrap) and 1 B. A is in stock at
/// R-01; B only comes with PO-1 on 11-30, usable 12-01, so the scheduler starts both orders then.
class KittingCommand : public pmc::test::CliTest {
protected:
    void SetUp() override
    {
        const std::string scenario = R"({"format":"pmc-scenario/1",
          "settings":{"today":"2026-11-25","horizon_days":60,"material_buffer_days":1},
          "calendar":{"workdays":[1,2,3,4,5],"shifts":[{"start":"08:00","end":"12:00"},{"start":"13:00","end":"17:00"}]},
          "items":[{"code":"FG","name":"Bike","type":"finished","source":"make","lead_time_days":1},
                   {"code":"A","name":"Spoke","type":"raw","source":"buy"},
                   {"code":"B","name":"Hub","type":"raw","source":"buy","lead_time_days":2},
                   {"code":"S","name":"Seat","type":"raw","source":"buy"}],
          "boms":[{"parent":"FG","component":"A","qty_per":2,"scrap_rate":0.1},{"parent":"FG","component":"B","qty_per":1}],
          "workcenters":[{"code":"L1","name":"Line 1","workshop":"总装","parallel_units":1}],
          "routings":[{"item":"FG","operations":[{"seq":10,"workcenter":"L1","run_minutes_per_unit":6}]}],
          "inventory":[{"item":"A","on_hand":100,"location":"R-01"},{"item":"S","on_hand":9}],
          "purchase_orders":[{"number":"PO-1","item":"B","qty":50,"due":"2026-11-30"}],
          "work_orders":[{"number":"WO-1","item":"FG","qty":10,"due":"2026-12-10"},
                         {"number":"WO-2","item":"FG","qty":5,"due":"2026-12-20"}]})";
        ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    }
    nlohmann::json json(const std::string& arguments)
    {
        const CliResult r = run(arguments + " --json");
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return nlohmann::json::parse(r.out);
    }
    nlohmann::json line(const std::string& item)
    {
        const nlohmann::json list = json("plan kitting --order WO-1");
        for (const auto& l : list["orders"][0]["lines"])
            if (l["item"] == item)
                return l;
        ADD_FAILURE() << "no line " << item;
        return {};
    }
};

} // namespace

TEST_F(KittingCommand, orderListShowsScrapLocationAllocationAndShort)
{
    const nlohmann::json list = json("plan kitting --order WO-1");
    EXPECT_EQ(list["number"], "KL-WO-1");
    EXPECT_TRUE(list["date"].is_null());
    const nlohmann::json& order = list["orders"][0];
    EXPECT_EQ(order["order_type"], "work_order");
    EXPECT_EQ(order["releasable"], false);
    EXPECT_EQ(order["kit_date"], "2026-12-01"); // PO-1 on 11-30 + 1 buffer day
    const nlohmann::json a = line("A");
    EXPECT_EQ(a["required"], 22);
    EXPECT_EQ(a["location"], "R-01");
    EXPECT_EQ(a["allocated"], 22);
    EXPECT_EQ(a["short"], 0);
    const nlohmann::json b = line("B");
    EXPECT_EQ(b["required"], 10);
    EXPECT_EQ(b["short"], 10);
    EXPECT_EQ(b["ready_date"], "2026-12-01");
}

TEST_F(KittingCommand, issueAndReturnChangeTheListAndBadInputWritesNothing)
{
    EXPECT_EQ(json("issue --order WO-1 --item A --qty 8")["issued"], 8);
    EXPECT_EQ(json("issue --order WO-1 --item A --qty 3 --return --note 多领")["issued"], 5);
    nlohmann::json a = line("A");
    EXPECT_EQ(a["issued"], 5);
    EXPECT_EQ(a["to_issue"], 17);
    EXPECT_EQ(a["allocated"], 17);

    for (const char* bad : {"issue --order WO-9 --item A --qty 1", "issue --order WO-1 --item ZZ --qty 1",
                            "issue --order WO-1 --item S --qty 1", "issue --order WO-1 --item A --qty 0",
                            "issue --order WO-1 --item A --qty 1 --date 2026-11-26",
                            "issue --order WO-1 --item A --qty 6 --return", "issue --order WO-1 --item A"}) {
        const CliResult r = run(bad);
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_FALSE(r.err.empty()) << bad;
    }
    EXPECT_EQ(line("A")["issued"], 5);
}

TEST_F(KittingCommand, dayListAndDailyPlanCarryTheKitStatus)
{
    const nlohmann::json day = json("plan kitting --date 2026-12-01 --workcenter L1");
    EXPECT_EQ(day["number"], "KL-20261201-L1");
    ASSERT_EQ(day["orders"].size(), 2u);
    EXPECT_EQ(day["orders"][0]["order"], "WO-1");

    const nlohmann::json plan = json("plan daily --date 2026-12-01");
    ASSERT_FALSE(plan["lines"].empty());
    EXPECT_EQ(plan["lines"][0]["releasable"], false);
    EXPECT_EQ(plan["lines"][0]["kit_date"], "2026-12-01");
    EXPECT_TRUE(plan["standby"].is_array());

    EXPECT_EQ(run("plan kitting --date 2026-12-01 --workcenter XX").exitCode, 2);
    EXPECT_EQ(run("plan kitting --order WO-404").exitCode, 2);
    EXPECT_EQ(run("plan kitting").exitCode, 2);
    EXPECT_EQ(run("plan kitting --order WO-1 --date 2026-12-01").exitCode, 2);
}

TEST_F(KittingCommand, pdfIsTheKittingList)
{
    const std::string pdf = m_dir.file("kl.pdf");
    const CliResult r = run("plan kitting --order WO-1 --pdf " + pdf);
    if (r.exitCode == 2 && r.err.find("without the Qt print layer") != std::string::npos)
        GTEST_SKIP() << "pmc-cli built without PMC_BUILD_UI";
    ASSERT_EQ(r.exitCode, 0) << r.err;
    if (access("/usr/bin/pdftotext", X_OK) != 0)
        GTEST_SKIP() << "pdftotext is not installed";
    const std::string text = m_dir.file("kl.txt");
    ASSERT_EQ(std::system(("/usr/bin/pdftotext " + pdf + " " + text).c_str()), 0);
    const std::string content = pmc::test::readTextFile(text);
    EXPECT_NE(content.find("套料单"), std::string::npos) << content.substr(0, 400);
    EXPECT_NE(content.find("WO-1"), std::string::npos);
    EXPECT_NE(content.find("R-01"), std::string::npos);
    EXPECT_NE(content.find("发料"), std::string::npos);
}

TEST_F(KittingCommand, excelIsTheListInThePrintedLayout)
{
    const std::string xlsx = m_dir.file("kl.xlsx");
    const CliResult r = run("plan kitting --order WO-1 --xlsx " + xlsx);
    if (r.exitCode == 2 && r.err.find("without the Qt print layer") != std::string::npos)
        GTEST_SKIP() << "pmc-cli built without PMC_BUILD_UI";
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const pmc::store::Workbook book = pmc::store::readSpreadsheet(xlsx);
    ASSERT_EQ(book.sheets.size(), 1u);
    EXPECT_EQ(book.sheets[0].name, "KL-WO-1");
    // A's row: 2 per piece with 10 % scrap for 10 pieces, at R-01.
    bool spoke = false;
    for (const auto& row : book.sheets[0].rows)
        for (std::size_t c = 0; c < row.size(); ++c)
            if (row[c] == "A") {
                spoke = true;
                EXPECT_NE(std::find(row.begin(), row.end(), "R-01"), row.end());
                EXPECT_NE(std::find(row.begin(), row.end(), "22"), row.end());
            }
    EXPECT_TRUE(spoke);
}
