#include "support/CliTest.h"

#include "store/MasterTables.h"
#include "store/Spreadsheet.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using pmc::test::CliResult;
using testing::HasSubstr;
using Rows = std::vector<std::vector<std::string>>;

namespace {

// GB18030 bytes of the Chinese words of the holidays table, as Chinese Excel saves a CSV.
const std::string kGbKind = "\xC0\xE0\xD0\xCD";             // 类型
const std::string kGbDate = "\xC8\xD5\xC6\xDA";             // 日期
const std::string kGbHoliday = "\xBD\xDA\xBC\xD9\xC8\xD5";  // 节假日
const std::string kGbMakeUp = "\xB5\xF7\xD0\xDD\xC9\xCF\xB0\xE0"; // 调休上班

/// Runs the real pmc-cli binary on a database holding the demo factory.
class TableCommand : public pmc::test::CliTest {
protected:
    void SetUp() override
    {
        ASSERT_EQ(run("import " PMC_SOURCE_DIR "/resources/demo/demo-factory.json").exitCode, 0);
        m_before = run("export").out;
    }

    /// The rows of a table as `table export` writes them to CSV.
    Rows exported(const std::string& table, const std::string& lang = "en")
    {
        const std::string path = m_dir.file("exported-" + table + ".csv");
        EXPECT_EQ(run("table export " + table + " --out " + path + " --lang " + lang).exitCode, 0);
        return pmc::store::readSpreadsheet(path).sheets.at(0).rows;
    }

    std::string writeCsv(const std::string& name, Rows rows)
    {
        pmc::store::writeCsv(m_dir.file(name), pmc::store::Sheet{"s", std::move(rows), {}});
        return m_dir.file(name);
    }

    /// Imports `path`, expecting a refusal whose messages contain `reason`, and the data unchanged.
    void expectRefused(const std::string& arguments, const std::string& reason)
    {
        const CliResult r = run("table import " + arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments << "\n" << r.out;
        EXPECT_THAT(r.err, HasSubstr(reason)) << arguments;
        EXPECT_THAT(r.err, HasSubstr("refused, nothing was changed"));
        EXPECT_EQ(run("export").out, m_before) << arguments;
    }

    std::string m_before;
};

} // namespace

TEST_F(TableCommand, allTablesRoundTripThroughXlsxInBothLanguages)
{
    for (const std::string lang : {"zh", "en"}) {
        const std::string book = m_dir.file("all-" + lang + ".xlsx");
        const CliResult out = run("table export all --out " + book + " --lang " + lang);
        ASSERT_EQ(out.exitCode, 0) << out.err;
        EXPECT_THAT(out.out, HasSubstr("exported 144 rows of boms"));
        const CliResult in = run("table import " + book + " --json");
        ASSERT_EQ(in.exitCode, 0) << in.err;
        const auto doc = nlohmann::json::parse(in.out);
        ASSERT_EQ(doc["tables"].size(), pmc::store::tableInfos().size());
        for (const auto& table : doc["tables"]) {
            EXPECT_TRUE(table["added"].empty()) << table["table"];
            EXPECT_TRUE(table["changed"].empty()) << table["table"];
            EXPECT_TRUE(table["removed"].empty()) << table["table"];
        }
        EXPECT_TRUE(doc["warnings"].empty());
        EXPECT_EQ(run("export").out, m_before);
    }
}

TEST_F(TableCommand, everyTableRoundTripsThroughCsv)
{
    for (const pmc::store::TableInfo& table : pmc::store::tableInfos()) {
        const std::string path = m_dir.file(table.key + ".csv");
        ASSERT_EQ(run("table export " + table.key + " --out " + path + " --lang zh").exitCode, 0);
        const CliResult r = run("table import " + path);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_THAT(r.out, HasSubstr(table.key + ": added 0, changed 0, removed 0"));
    }
    EXPECT_EQ(run("export").out, m_before);
}

TEST_F(TableCommand, readsAGb18030CsvWithColumnsInAnotherOrder)
{
    std::string text = kGbKind + "," + kGbDate + "\r\n";
    const Rows days = exported("holidays");
    for (std::size_t i = 1; i < days.size(); ++i)
        text += (days[i][1] == "holiday" ? kGbHoliday : kGbMakeUp) + "," + days[i][0] + "\r\n";
    const CliResult same = run("table import " + m_dir.write("calendar.csv", text));
    ASSERT_EQ(same.exitCode, 0) << same.err;
    EXPECT_THAT(same.out, HasSubstr("holidays: added 0, changed 0, removed 0"));

    const std::string withoutLastDay = text.substr(0, text.rfind("\r\n", text.size() - 3) + 2);
    const CliResult fewer = run("table import " + m_dir.write("holidays.csv", withoutLastDay));
    ASSERT_EQ(fewer.exitCode, 0) << fewer.err;
    EXPECT_THAT(fewer.out, HasSubstr("holidays: added 0, changed 0, removed 1"));
    EXPECT_NE(run("export").out, m_before);
}

TEST_F(TableCommand, anUpdatedFileIsShownAsADiffAndAppliedOnlyWithoutDryRun)
{
    Rows items = exported("items");
    items.push_back({"OLD-1", "旧物料", "raw", "kg", "buy"});
    ASSERT_EQ(run("table import " + writeCsv("items.csv", items)).exitCode, 0);
    m_before = run("export").out;
    const std::string changed = items[1][0];
    const std::string removed = items.back()[0];
    items[1][5] = "9";
    items[1][15] = "张三";
    items.pop_back();
    items.push_back({"NEW-1", "新物料", "原材料", "kg", "外购", "1,200"});
    const std::string path = writeCsv("items.csv", items);

    const CliResult dry = run("table import " + path + " --dry-run --json");
    ASSERT_EQ(dry.exitCode, 0) << dry.err;
    const auto doc = nlohmann::json::parse(dry.out);
    EXPECT_EQ(doc["tables"][0]["table"], "items");
    EXPECT_EQ(doc["tables"][0]["added"], nlohmann::json::array({"NEW-1"}));
    EXPECT_EQ(doc["tables"][0]["changed"][0]["key"], changed);
    EXPECT_EQ(doc["tables"][0]["changed"][0]["fields"], nlohmann::json::array({"lead_time_days", "buyer"}));
    EXPECT_EQ(doc["tables"][0]["removed"], nlohmann::json::array({removed}));
    EXPECT_EQ(doc["dry_run"], true);
    EXPECT_EQ(run("export").out, m_before);

    const CliResult applied = run("table import " + path);
    ASSERT_EQ(applied.exitCode, 0) << applied.err;
    EXPECT_THAT(applied.out, HasSubstr("items: added 1, changed 1, removed 1\n  + NEW-1\n  ~ " + changed
                                       + ": lead_time_days, buyer\n  - " + removed));
    const auto scenario = nlohmann::json::parse(run("export").out);
    EXPECT_EQ(scenario["items"][0]["lead_time_days"], 9);
    EXPECT_EQ(scenario["items"].back()["code"], "NEW-1");
    EXPECT_EQ(scenario["items"].back()["lead_time_days"], 1200);
}

TEST_F(TableCommand, malformedFilesAreRefusedWithEveryReasonAndNothingChanges)
{
    Rows items = exported("items", "zh");
    items[3][0] = items[2][0];
    items[4][6] = "-5";
    items[5][6] = "1e13";
    items[6][5] = "abc";
    expectRefused(writeCsv("items.csv", items), "items.csv:4:物料编码: duplicate \"" + items[2][0] + "\" (also on row 3)");
    expectRefused(m_dir.file("items.csv"), "items.csv:5:安全库存: must be a number >= 0, not \"-5\"");
    expectRefused(m_dir.file("items.csv"), "items.csv:6:安全库存: is too large: \"1e13\"");
    expectRefused(m_dir.file("items.csv"), "items.csv:7:提前期(天): must be a whole number >= 0, not \"abc\"");

    Rows boms = exported("boms");
    boms.push_back({"EB-A100", "NO-SUCH", "1"});
    expectRefused(writeCsv("boms.csv", boms),
                  "boms.csv:" + std::to_string(boms.size()) + ":Component: unknown item \"NO-SUCH\"");

    Rows orders = exported("purchase_orders");
    orders[1][2] = "-5";
    orders[2][3] = "2026-13-01";
    expectRefused(writeCsv("purchase_orders.csv", orders),
                  "purchase_orders.csv:2:Quantity: must be a number >= 0, not \"-5\"");
    expectRefused(m_dir.file("purchase_orders.csv"),
                  "purchase_orders.csv:3:Due date: must be a date YYYY-MM-DD or YYYY/M/D, not \"2026-13-01\"");

    Rows noSource = exported("items");
    for (auto& row : noSource)
        row.erase(row.begin() + 4);
    expectRefused(writeCsv("items.csv", noSource), "items.csv:1: required column \"Make or buy\" is missing");

    expectRefused(m_dir.write("suppliers.csv", "code,name\r\nS-1,\xFF\xFF\r\n"), "neither UTF-8 nor GB18030");
    expectRefused(m_dir.write("inventory.csv", ""), "inventory.csv: the file is empty");
    expectRefused(writeCsv("export.csv", exported("boms")), "cannot tell which table this is");
    const CliResult wrongName = run("table import " + m_dir.file("export.csv") + " --table nope");
    EXPECT_EQ(wrongName.exitCode, 2);
    EXPECT_THAT(wrongName.err, HasSubstr("unknown table \"nope\""));
    EXPECT_EQ(run("table export all --out " + m_dir.file("all.csv")).exitCode, 2);
}

TEST_F(TableCommand, aWorkbookIsAppliedAllOrNothing)
{
    const std::string book = m_dir.file("book.xlsx");
    ASSERT_EQ(run("table export all --out " + book).exitCode, 0);
    pmc::store::Workbook workbook = pmc::store::readSpreadsheet(book);
    workbook.sheets[0].rows[1][1] = "renamed";        // items: fine
    workbook.sheets[7].rows[1][2] = "many";           // work orders: bad quantity
    pmc::store::writeXlsx(book, workbook);
    const CliResult r = run("table import " + book);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr("book.xlsx[Work orders]:2:Quantity: must be a number >= 0, not \"many\""));
    EXPECT_EQ(run("export").out, m_before);
}
