#include "support/CliTest.h"

#include "store/Spreadsheet.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace {

using pmc::test::CliResult;

/// Runs the real pmc-cli binary on a database in a fresh folder.
class PlanCommand : public pmc::test::CliTest {
protected:
    nlohmann::json plan(const std::string& options)
    {
        const CliResult r = run("plan daily " + options + " --json");
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return nlohmann::json::parse(r.out);
    }
    void importSmallShop()
    {
        // Wednesday 2026-11-25; FG is assembled on B (workshop 总装), SUB made on A (workshop 下料).
        const std::string scenario = R"({"format":"pmc-scenario/1",
          "settings":{"today":"2026-11-25","horizon_days":30,"material_buffer_days":1},
          "calendar":{"workdays":[1,2,3,4,5],"shifts":[{"start":"08:00","end":"12:00"},{"start":"13:00","end":"17:00"}]},
          "items":[{"code":"FG","name":"Finished","type":"finished","source":"make","lead_time_days":1},
                   {"code":"SUB","name":"Sub","type":"semi","source":"make","lead_time_days":1},
                   {"code":"RM","type":"raw","source":"buy","uom":"kg","lead_time_days":2}],
          "boms":[{"parent":"FG","component":"SUB","qty_per":1},{"parent":"SUB","component":"RM","qty_per":0.5}],
          "workcenters":[{"code":"A","workshop":"下料","parallel_units":1},{"code":"B","workshop":"总装","parallel_units":2}],
          "routings":[{"item":"FG","operations":[{"seq":10,"workcenter":"B","setup_minutes":30,"run_minutes_per_unit":6}]},
                      {"item":"SUB","operations":[{"seq":10,"workcenter":"A","run_minutes_per_unit":12}]}],
          "work_orders":[{"number":"WO-1","item":"FG","qty":5,"due":"2026-11-26"}],
          "sales_orders":[{"number":"SO-1","customer":"Acme","priority":1,
                           "lines":[{"item":"FG","qty":10,"due":"2026-12-01"}]}]})";
        ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    }
    std::string demo() const { return std::string(PMC_SOURCE_DIR) + "/resources/demo/demo-factory.json"; }
};

} // namespace

TEST_F(PlanCommand, jsonFollowsTheContractAndSumsTheDay)
{
    importSmallShop();
    // Material buffer: RM is due 11-25 at the earliest, so nothing starts before 11-26.
    const nlohmann::json all = plan("--date 2026-11-27");
    EXPECT_EQ(all["date"], "2026-11-27");
    EXPECT_EQ(all["plan_number"], "DP-20261127-ALL");
    EXPECT_TRUE(all["workshop"].is_null());
    ASSERT_TRUE(all["lines"].is_array());
    ASSERT_FALSE(all["lines"].empty()) << all.dump(2);
    double qty = 0;
    for (const auto& line : all["lines"]) {
        for (const char* key : { "workshop", "workcenter", "workcenter_name", "unit", "order", "item", "item_name",
                 "seq", "qty", "order_qty", "start", "end", "customer_orders", "due", "material_status" })
            EXPECT_TRUE(line.contains(key)) << key;
        EXPECT_TRUE(line["customer_orders"].is_array());
        EXPECT_EQ(line["start"].get<std::string>().size(), 5u);
        EXPECT_LE(line["start"].get<std::string>(), line["end"].get<std::string>());
        EXPECT_TRUE(line["material_status"] == "kitted" || line["material_status"] == "short");
        if (line["order"] == "WO-1")
            EXPECT_TRUE(line["customer_orders"].empty());
        else
            EXPECT_EQ(line["customer_orders"], nlohmann::json::array({ "SO-1/1" }));
        qty += line["qty"].get<double>();
    }
    EXPECT_EQ(all["totals"]["lines"], all["lines"].size());
    EXPECT_DOUBLE_EQ(all["totals"]["qty"].get<double>(), qty);
}

TEST_F(PlanCommand, everyOperationQuantityIsPlannedOnceOverItsDays)
{
    importSmallShop();
    const CliResult schedule = run("schedule --json");
    ASSERT_EQ(schedule.exitCode, 0) << schedule.err;
    std::map<std::string, double> scheduled;
    const nlohmann::json operations = nlohmann::json::parse(schedule.out)["operations"];
    for (const auto& op : operations)
        scheduled[op["order"].get<std::string>() + "/" + std::to_string(op["seq"].get<int>())]
            += op["qty"].get<double>();
    std::map<std::string, double> planned;
    for (const char* date : { "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-30", "2026-12-01" }) {
        const nlohmann::json lines = plan(std::string("--date ") + date)["lines"];
        for (const auto& line : lines)
            planned[line["order"].get<std::string>() + "/" + std::to_string(line["seq"].get<int>())]
                += line["qty"].get<double>();
    }
    EXPECT_EQ(planned, scheduled);
}

TEST_F(PlanCommand, workshopFilterAndBadInput)
{
    importSmallShop();
    const nlohmann::json assembly = plan("--date 2026-11-27 --workshop 总装");
    EXPECT_EQ(assembly["plan_number"], "DP-20261127-总装");
    EXPECT_EQ(assembly["workshop"], "总装");
    for (const auto& line : assembly["lines"])
        EXPECT_EQ(line["workcenter"], "B");

    EXPECT_EQ(run("plan daily --json").exitCode, 2);
    EXPECT_EQ(run("plan daily --date 2026-13-40").exitCode, 2);
    EXPECT_EQ(run("plan hourly --date 2026-11-27").exitCode, 2);
    const CliResult unknown = run("plan daily --date 2026-11-27 --workshop 喷涂");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("总装"), std::string::npos) << unknown.err;
}

TEST_F(PlanCommand, pdfIsThePrintableDailyPlan)
{
    ASSERT_EQ(run("import " + demo()).exitCode, 0);
    const std::string pdf = m_dir.file("dp.pdf");
    const CliResult r = run("plan daily --date 2026-11-26 --pdf " + pdf);
    if (r.exitCode == 2 && r.err.find("without the Qt print layer") != std::string::npos)
        GTEST_SKIP() << "pmc-cli built without PMC_BUILD_UI";
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(pmc::test::readTextFile(pdf).substr(0, 4), "%PDF");

    if (access("/usr/bin/pdftotext", X_OK) != 0)
        GTEST_SKIP() << "pdftotext is not installed";
    const std::string text = m_dir.file("dp.txt");
    ASSERT_EQ(std::system(("/usr/bin/pdftotext " + pdf + " " + text).c_str()), 0);
    const std::string content = pmc::test::readTextFile(text);
    EXPECT_NE(content.find("日生产计划表"), std::string::npos) << content.substr(0, 400);
    EXPECT_NE(content.find("DP-20261126-ALL"), std::string::npos);
    EXPECT_NE(content.find("编制"), std::string::npos);
}

TEST_F(PlanCommand, pdfToAnUnwritablePathFails)
{
    ASSERT_EQ(run("import " + demo()).exitCode, 0);
    const CliResult r = run("plan daily --date 2026-11-26 --pdf /nonexistent/dir/dp.pdf");
    EXPECT_NE(r.exitCode, 0);
    EXPECT_FALSE(r.err.empty());
}

TEST_F(PlanCommand, excelHasThePrintedColumnsAndEveryLineOfTheJson)
{
    importSmallShop();
    const std::string xlsx = m_dir.file("dp.xlsx");
    const CliResult r = run("plan daily --date 2026-11-26 --xlsx " + xlsx);
    if (r.exitCode == 2 && r.err.find("without the Qt print layer") != std::string::npos)
        GTEST_SKIP() << "pmc-cli built without PMC_BUILD_UI";
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("wrote " + xlsx), std::string::npos) << r.out;
    const nlohmann::json day = plan("--date 2026-11-26");
    const pmc::store::Workbook book = pmc::store::readSpreadsheet(xlsx);
    ASSERT_EQ(book.sheets.size(), 1u);
    const pmc::store::Sheet& sheet = book.sheets[0];
    EXPECT_EQ(sheet.name, "DP-20261126-ALL");
    ASSERT_EQ(sheet.rows.at(0).size(), 15u); // the printed columns, 序号 … 备注
    EXPECT_EQ(sheet.rows[0][2], "工单号 Order");
    // Each plan line is a sheet row with its order, step and today's quantity, in plan order.
    ASSERT_FALSE(day["lines"].empty());
    std::size_t next = 1;
    for (const auto& line : day["lines"]) {
        while (next < sheet.rows.size() && (sheet.rows[next].size() < 8 || sheet.rows[next][2] != line["order"]))
            ++next;
        ASSERT_LT(next, sheet.rows.size()) << line.dump();
        EXPECT_EQ(sheet.rows[next][6], std::to_string(line["seq"].get<int>()));
        EXPECT_DOUBLE_EQ(std::stod(sheet.rows[next][7]), line["qty"].get<double>());
        ++next;
    }
    // The workshop captions and the signature roles come along.
    bool caption = false;
    bool signatures = false;
    for (const auto& row : sheet.rows) {
        caption = caption || (!row.empty() && row[0].rfind("车间", 0) == 0);
        signatures = signatures || (!row.empty() && row[0].rfind("编制", 0) == 0);
    }
    EXPECT_TRUE(caption);
    EXPECT_TRUE(signatures);
}

TEST_F(PlanCommand, thePaperSettingSetsThePageOfThePdf)
{
    if (access("/usr/bin/pdfinfo", X_OK) != 0)
        GTEST_SKIP() << "pdfinfo is not installed";
    const auto pageSize = [&](const std::string& paper) {
        std::string scenario = pmc::test::readTextFile(demo());
        scenario.replace(scenario.find("\"horizon_days\""), 0, "\"print_paper\": \"" + paper + "\", ");
        EXPECT_EQ(run("import " + m_dir.write("paper.json", scenario)).exitCode, 0);
        const std::string pdf = m_dir.file("paper.pdf");
        const CliResult r = run("plan daily --date 2026-11-26 --pdf " + pdf);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        const std::string info = m_dir.file("paper.txt");
        EXPECT_EQ(std::system(("/usr/bin/pdfinfo " + pdf + " > " + info).c_str()), 0);
        const std::string text = pmc::test::readTextFile(info);
        const std::size_t at = text.find("Page size:");
        return at == std::string::npos ? text : text.substr(at, text.find('\n', at) - at);
    };
    const std::string a3 = pageSize("A3");
    if (a3.find("without the Qt print layer") != std::string::npos)
        GTEST_SKIP() << "pmc-cli built without PMC_BUILD_UI";
    // "Page size:       1191 x 842 pts (A3)": width and height in points, rounded or not.
    const auto points = [](const std::string& line) {
        double width = 0;
        double height = 0;
        std::sscanf(line.c_str(), "Page size: %lf x %lf", &width, &height);
        return std::pair{std::lround(width), std::lround(height)};
    };
    EXPECT_EQ(points(a3), (std::pair{1191L, 842L})) << a3; // A3 landscape
    const std::string a4 = pageSize("A4 portrait");
    EXPECT_EQ(points(a4), (std::pair{595L, 842L})) << a4;
}
