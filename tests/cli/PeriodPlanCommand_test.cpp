#include "support/CliTest.h"

#include "store/Spreadsheet.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>

namespace {

using pmc::test::CliResult;

/// `pmc-cli plan weekly|monthly` on the demo factory (today Wednesday 2026-11-25).
class PeriodPlanCommand : public pmc::test::CliTest {
protected:
    void SetUp() override
    {
        const std::string demo = std::string(PMC_SOURCE_DIR) + "/resources/demo/demo-factory.json";
        ASSERT_EQ(run("import " + demo).exitCode, 0);
    }
    nlohmann::json plan(const std::string& arguments)
    {
        const CliResult r = run("plan " + arguments + " --json");
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return nlohmann::json::parse(r.out);
    }
    /// Whether the PDF or Excel export was written; false when this pmc-cli has no Qt print layer.
    bool written(const CliResult& r)
    {
        if (r.exitCode == 2 && r.err.find("without the Qt print layer") != std::string::npos)
            return false;
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return true;
    }
};

} // namespace

TEST_F(PeriodPlanCommand, weeklyJsonHasSevenDaysAndItsDaysAreTheDailyPlansLastSteps)
{
    // Each order's last step; `schedule` first, since it stores the MRP run the plans then read.
    std::map<std::string, int> lastSeq;
    const CliResult schedule = run("schedule --seconds 0 --json");
    ASSERT_EQ(schedule.exitCode, 0) << schedule.err;
    const nlohmann::json scheduled = nlohmann::json::parse(schedule.out);
    for (const auto& op : scheduled["operations"]) {
        int& seq = lastSeq[op["order"].get<std::string>()];
        seq = std::max(seq, op["seq"].get<int>());
    }

    const nlohmann::json week = plan("weekly --date 2026-11-26");
    EXPECT_EQ(week["period"], "week");
    EXPECT_EQ(week["from"], "2026-11-23");
    EXPECT_EQ(week["to"], "2026-11-29");
    EXPECT_EQ(week["plan_number"], "WP-2026W48-ALL");
    EXPECT_TRUE(week["workshop"].is_null());
    ASSERT_EQ(week["buckets"].size(), 7u);
    ASSERT_FALSE(week["rows"].empty());
    for (const auto& row : week["rows"]) {
        for (const char* key : { "workshop", "item", "item_name", "uom", "qty", "total", "orders", "order_numbers",
                 "customer_orders", "customers", "due" })
            EXPECT_TRUE(row.contains(key)) << key;
        EXPECT_EQ(row["qty"].size(), 7u);
        EXPECT_EQ(row["orders"], row["order_numbers"].size());
    }
    ASSERT_FALSE(week["workshops"].empty());
    EXPECT_EQ(week["workshops"][0]["working_minutes"].size(), 7u);

    // Thursday's column against Thursday's daily plan: its lines of each order's last step.
    std::map<std::string, double> daily;
    const nlohmann::json thursday = plan("daily --date 2026-11-26");
    for (const auto& line : thursday["lines"])
        if (line["seq"].get<int>() == lastSeq[line["order"].get<std::string>()])
            daily[line["workshop"].get<std::string>() + "/" + line["item"].get<std::string>()]
                += line["qty"].get<double>();
    std::erase_if(daily, [](const auto& entry) { return entry.second == 0; });
    std::map<std::string, double> weekly;
    for (const auto& row : week["rows"])
        if (row["qty"][3].get<double>() != 0)
            weekly[row["workshop"].get<std::string>() + "/" + row["item"].get<std::string>()]
                = row["qty"][3].get<double>();
    EXPECT_FALSE(weekly.empty());
    EXPECT_EQ(weekly, daily);
}

TEST_F(PeriodPlanCommand, monthlyJsonHasTheWeeksOfTheMonthAndAWorkshopFilter)
{
    const nlohmann::json month = plan("monthly --month 2026-12 --workshop 总装车间");
    EXPECT_EQ(month["period"], "month");
    EXPECT_EQ(month["from"], "2026-12-01");
    EXPECT_EQ(month["to"], "2026-12-31");
    EXPECT_EQ(month["plan_number"], "MP-202612-总装车间");
    EXPECT_EQ(month["workshop"], "总装车间");
    ASSERT_EQ(month["buckets"].size(), 5u);
    EXPECT_EQ(month["buckets"][0]["to"], "2026-12-06");
    EXPECT_EQ(month["buckets"][4]["from"], "2026-12-28");
    for (const auto& row : month["rows"])
        EXPECT_EQ(row["workshop"], "总装车间");
    for (const auto& total : month["workshops"])
        EXPECT_EQ(total["workshop"], "总装车间");
}

TEST_F(PeriodPlanCommand, badInputIsAUsageError)
{
    for (const char* arguments : { "plan weekly", "plan weekly --date 2026-02-30", "plan monthly",
             "plan monthly --month 2026-13", "plan monthly --month 2026-1", "plan monthly --date 2026-11-01",
             "plan weekly --month 2026-11", "plan weekly --date 2026-11-26 extra", "plan daily --date 2026-11-26 --month 2026-11" }) {
        const CliResult r = run(arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments;
        EXPECT_FALSE(r.err.empty()) << arguments;
    }
    const CliResult unknown = run("plan weekly --date 2026-11-26 --workshop 喷涂");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("总装车间"), std::string::npos) << unknown.err;
    const CliResult month = run("plan monthly --month 2026-13");
    EXPECT_NE(month.err.find("2026-13"), std::string::npos) << month.err;
}

TEST_F(PeriodPlanCommand, pdfIsThePrintableWeeklyPlan)
{
    const std::string pdf = m_dir.file("wp.pdf");
    if (!written(run("plan weekly --date 2026-11-26 --pdf " + pdf)))
        GTEST_SKIP() << "pmc-cli built without PMC_BUILD_UI";
    EXPECT_EQ(pmc::test::readTextFile(pdf).substr(0, 4), "%PDF");
    if (access("/usr/bin/pdftotext", X_OK) != 0)
        GTEST_SKIP() << "pdftotext is not installed";
    const std::string text = m_dir.file("wp.txt");
    ASSERT_EQ(std::system(("/usr/bin/pdftotext " + pdf + " " + text).c_str()), 0);
    const std::string content = pmc::test::readTextFile(text);
    EXPECT_NE(content.find("周生产计划"), std::string::npos) << content.substr(0, 400);
    EXPECT_NE(content.find("WP-2026W48-ALL"), std::string::npos);
    EXPECT_NE(content.find("批准"), std::string::npos);
}

TEST_F(PeriodPlanCommand, monthlyPdfAndExcelHaveTheSameTable)
{
    const std::string pdf = m_dir.file("mp.pdf");
    const std::string xlsx = m_dir.file("mp.xlsx");
    if (!written(run("plan monthly --month 2026-11 --pdf " + pdf + " --xlsx " + xlsx)))
        GTEST_SKIP() << "pmc-cli built without PMC_BUILD_UI";
    const nlohmann::json month = plan("monthly --month 2026-11");
    const pmc::store::Workbook book = pmc::store::readSpreadsheet(xlsx);
    ASSERT_EQ(book.sheets.size(), 1u);
    const pmc::store::Sheet& sheet = book.sheets[0];
    EXPECT_EQ(sheet.name, "MP-202611-ALL");
    // 序号 车间 产品编码 品名 单位, six weeks (November 2026 starts on a Sunday), 合计 订单数 客户订单 交期.
    ASSERT_EQ(sheet.rows.at(0).size(), 5u + 6u + 4u);
    EXPECT_EQ(sheet.rows[0][5], "第44周 11-01–11-01");
    EXPECT_EQ(sheet.rows[0][11], "合计 Total");
    // Every product row of the JSON is a sheet row with the same total.
    ASSERT_FALSE(month["rows"].empty());
    for (const auto& row : month["rows"]) {
        const auto same = std::find_if(sheet.rows.begin(), sheet.rows.end(), [&](const std::vector<std::string>& cells) {
            return cells.size() > 11 && cells[1] == row["workshop"].get<std::string>()
                && cells[2] == row["item"].get<std::string>();
        });
        ASSERT_NE(same, sheet.rows.end()) << row.dump();
        EXPECT_DOUBLE_EQ(std::stod((*same)[11]), row["total"].get<double>());
    }
    bool signatures = false;
    for (const auto& row : sheet.rows)
        signatures = signatures || (!row.empty() && row[0].rfind("编制", 0) == 0);
    EXPECT_TRUE(signatures);
}
