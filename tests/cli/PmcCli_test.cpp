#include "support/CliTest.h"

#include "store/Spreadsheet.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <sstream>

namespace {

using pmc::test::CliResult;

/// Runs the real pmc-cli binary, as a script or ERP would.
class PmcCli : public pmc::test::CliTest {
protected:
    std::string demo() const { return std::string(PMC_SOURCE_DIR) + "/resources/demo/demo-factory.json"; }
};

} // namespace

TEST_F(PmcCli, importThenExportRoundTrips)
{
    ASSERT_EQ(run("import " + demo()).exitCode, 0);
    const CliResult first = run("export");
    ASSERT_EQ(first.exitCode, 0) << first.err;
    const std::string exported = m_dir.write("exported.json", first.out);
    ASSERT_EQ(run("import " + exported).exitCode, 0);
    EXPECT_EQ(run("export").out, first.out);
    EXPECT_EQ(nlohmann::json::parse(first.out)["format"], "pmc-scenario/1");
}

TEST_F(PmcCli, copyToMovesTheFactoryIntoAnEmptyDatabaseOnly)
{
    ASSERT_EQ(run("import " + demo()).exitCode, 0);
    ASSERT_EQ(run("mrp").exitCode, 0);
    const std::string target = m_dir.file("moved.db");
    const CliResult copied = run("copy-to " + target);
    ASSERT_EQ(copied.exitCode, 0) << copied.err;
    EXPECT_NE(copied.out.find(" tables from "), std::string::npos) << copied.out;
    EXPECT_EQ(runOn(target, "export").out, run("export").out);
    EXPECT_EQ(runOn(target, "mrp --json").out, run("mrp --json").out);

    const CliResult again = run("copy-to " + target);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("already holds a factory"), std::string::npos) << again.err;
    EXPECT_EQ(run("copy-to").exitCode, 2);
}

TEST_F(PmcCli, userAssignsRolesAndKeepsAnAdministrator)
{
    ASSERT_EQ(run("import " + demo()).exitCode, 0);
    const CliResult me = run("user");
    ASSERT_EQ(me.exitCode, 0) << me.err;
    ASSERT_EQ(me.out.rfind("you are ", 0), 0u) << me.out;
    const std::string login = me.out.substr(8, me.out.find(':') - 8);
    EXPECT_NE(me.out.find(": admin"), std::string::npos) << me.out; // nobody restricted yet

    EXPECT_EQ(run("user grant wang planner").exitCode, 1); // the first role must be an administrator's
    ASSERT_EQ(run("user grant " + login + " admin").exitCode, 0);
    EXPECT_EQ(run("user grant wang reviewer").exitCode, 2); // for which department?
    EXPECT_EQ(run("user grant wang boss").exitCode, 2);
    const CliResult reviewer = run("user grant wang reviewer --department quality");
    ASSERT_EQ(reviewer.exitCode, 0) << reviewer.err;
    EXPECT_EQ(reviewer.out, "wang is now reviewer for quality\n");
    const CliResult list = run("user list");
    EXPECT_NE(list.out.find("  wang  reviewer quality\n"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("  " + login + "  admin\n"), std::string::npos) << list.out;

    const CliResult lastAdmin = run("user revoke " + login);
    EXPECT_EQ(lastAdmin.exitCode, 1);
    EXPECT_NE(lastAdmin.err.find("without an administrator"), std::string::npos) << lastAdmin.err;
    EXPECT_EQ(run("user revoke wang").exitCode, 0);
    const CliResult audit = run("audit --entity user_roles --json");
    EXPECT_EQ(nlohmann::json::parse(audit.out).size(), 3u) << audit.out; // two grants and the revocation
}

TEST_F(PmcCli, exportCarriesTheExecutionHistoryAndImportStoresItWithoutBookingItAgain)
{
    ASSERT_EQ(run("import " + demo()).exitCode, 0);
    for (const char* record : {"report --order WO-2026-1461 --seq 10 --good 5 --scrap 1 --reason burr --worker A --hours 2",
                               "abnormal --workcenter CUT --cause material --hours 1.5 --order WO-2026-1461 --owner 采购",
                               "po receive PO-2026-1181 --qty 100 --date 2026-11-24", "po receive PO-2026-1181 --qty 20",
                               "po inspect 1 --accepted 90 --rejected 10 --disposition return --date 2026-11-25",
                               "po promise PO-2026-1182 --date 2026-12-01 --note 分两批",
                               "issue --order WO-2026-1461 --item RM-SEAT --qty 3 --note 补料"}) {
        const CliResult r = run(record);
        ASSERT_EQ(r.exitCode, 0) << record << ": " << r.err;
    }
    const CliResult first = run("export");
    ASSERT_EQ(first.exitCode, 0) << first.err;
    nlohmann::json doc = nlohmann::json::parse(first.out);
    EXPECT_EQ(doc["completion_reports"][0],
              nlohmann::json::parse(R"({"order":"WO-2026-1461","seq":10,"date":"2026-11-25","good":5,"scrap":1,
                                        "reason":"burr","worker":"A","hours":2})"));
    EXPECT_EQ(doc["abnormal_hours"][0]["cause"], "material");
    EXPECT_EQ(doc["purchase_receipts"][0],
              nlohmann::json::parse(R"({"order":"PO-2026-1181","date":"2026-11-24","qty":100,"accepted":90,"rejected":10,
                                        "disposition":"return","inspected_on":"2026-11-25"})"));
    EXPECT_FALSE(doc["purchase_receipts"][1].contains("inspected_on"));
    EXPECT_EQ(doc["purchase_promises"][0]["note"], "分两批");
    EXPECT_EQ(doc["material_issues"][0]["qty"], 3);

    // Importing the export again (here and into a new database) keeps completed_qty, received_qty
    // and the stock as exported: the history is not booked a second time.
    const std::string exported = m_dir.write("history.json", first.out);
    ASSERT_EQ(run("import " + exported).exitCode, 0);
    EXPECT_EQ(run("export").out, first.out);
    const CliResult receipts = run("po receipts PO-2026-1181 --json");
    ASSERT_EQ(receipts.exitCode, 0) << receipts.err;
    EXPECT_EQ(nlohmann::json::parse(receipts.out).size(), 2u);
}

TEST_F(PmcCli, badInputExitsWithTwoNamesThePathAndChangesNothing)
{
    ASSERT_EQ(run("import " + demo()).exitCode, 0);
    const std::string before = run("export").out;
    auto doc = nlohmann::json::parse(before);
    doc["items"][3]["lead_time_days"] = -2;
    const CliResult bad = run("import " + m_dir.write("bad.json", doc.dump()));
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("bad.json: items[3].lead_time_days: must be >= 0"), std::string::npos) << bad.err;
    EXPECT_EQ(run("export").out, before);
}

TEST_F(PmcCli, missingFileAndUnknownCommandAreBadInput)
{
    EXPECT_EQ(run("import /nonexistent/x.json").exitCode, 2);
    const CliResult unknown = run("frobnicate");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("unknown command"), std::string::npos);
}

TEST_F(PmcCli, bomExplodeJsonFollowsTheContract)
{
    const std::string scenario = R"({"format":"pmc-scenario/1","settings":{"today":"2026-11-25"},
      "items":[{"code":"A","type":"finished","source":"make"},{"code":"B","type":"semi","source":"make"},
               {"code":"C","type":"raw","source":"buy","uom":"kg"}],
      "boms":[{"parent":"A","component":"B","qty_per":2,"scrap_rate":0.1},
              {"parent":"B","component":"C","qty_per":1.5},{"parent":"A","component":"C","qty_per":1}]})";
    ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    const CliResult r = run("bom explode A --qty 10 --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["item"], "A");
    ASSERT_EQ(doc["lines"].size(), 3u);
    EXPECT_EQ(doc["lines"][1]["level"], 2);
    EXPECT_DOUBLE_EQ(doc["lines"][1]["qty"].get<double>(), 10 * 2 * 1.1 * 1.5);
    ASSERT_EQ(doc["totals"].size(), 2u);
    EXPECT_DOUBLE_EQ(doc["totals"][1]["qty"].get<double>(), 33 + 10);
    EXPECT_EQ(run("bom explode NOPE --json").exitCode, 2);
    EXPECT_EQ(run("bom explode A --qty abc").exitCode, 2);
}

TEST_F(PmcCli, mrpJsonOnTheContractExample)
{
    // The example of interchange.md §1. EB-A: WO 20 covers part of the 50 due Sunday 12-20, so
    // one planned order of 30 is released two working days earlier (Fri 12-18). RM-TUBE: 120 on
    // hand and the PO of 400 cover 2.448 per bike for the WO and the planned order.
    const std::string scenario = R"({"format":"pmc-scenario/1",
      "settings":{"today":"2026-11-25","horizon_days":120,"material_buffer_days":3},
      "calendar":{"workdays":[1,2,3,4,5,6],"shifts":[{"start":"08:00","end":"12:00"},{"start":"13:30","end":"17:30"}],
                  "holidays":["2026-10-01","2026-10-02"],"extra_workdays":["2026-10-11"],"overtime":[]},
      "suppliers":[{"code":"S-STEEL","name":"某钢材供应商"}],
      "items":[{"code":"EB-A","name":"电动自行车 A型","type":"finished","uom":"pcs","source":"make","lead_time_days":2,
                "safety_stock":0,"lot":{"rule":"lot_for_lot"}},
               {"code":"RM-TUBE","name":"车架钢管","type":"raw","uom":"m","source":"buy","supplier":"S-STEEL",
                "lead_time_days":10,"safety_stock":50,"lot":{"rule":"min_multiple","moq":200,"multiple":50}}],
      "boms":[{"parent":"EB-A","component":"RM-TUBE","qty_per":2.4,"scrap_rate":0.02,"valid_from":null,"valid_to":null}],
      "inventory":[{"item":"RM-TUBE","on_hand":120}],
      "purchase_orders":[{"number":"PO-0001","item":"RM-TUBE","qty":400,"due":"2026-12-01","supplier":"S-STEEL"}],
      "work_orders":[{"number":"WO-0001","item":"EB-A","qty":20,"due":"2026-12-05","completed_qty":0}],
      "sales_orders":[{"number":"SO-2026-0001","customer":"某客户","priority":1,
                       "lines":[{"item":"EB-A","qty":50,"due":"2026-12-20"}]}]})";
    ASSERT_EQ(run("import " + m_dir.write("example.json", scenario)).exitCode, 0);
    const CliResult r = run("mrp --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    ASSERT_EQ(doc["planned_orders"].size(), 1u) << r.out;
    const auto& order = doc["planned_orders"][0];
    EXPECT_EQ(order["item"], "EB-A");
    EXPECT_DOUBLE_EQ(order["qty"].get<double>(), 30);
    EXPECT_EQ(order["due"], "2026-12-20");
    EXPECT_EQ(order["release"], "2026-12-18");
    EXPECT_EQ(order["source"], "make");
    ASSERT_EQ(order["pegging"].size(), 1u);
    EXPECT_EQ(order["pegging"][0]["demand"], "SO-2026-0001/1");
    EXPECT_DOUBLE_EQ(order["pegging"][0]["qty"].get<double>(), 30);
    EXPECT_TRUE(doc["exceptions"].empty()) << r.out;
}

TEST_F(PmcCli, mrpRaisesTheExampleSafetyStockWithLotSizing)
{
    // Without the PO, RM-TUBE falls below its safety stock of 50 on 11-30 (120 - 48.96):
    // need 50 - 71.04 < 0 is none; on 12-15 (-2.4) the need 52.4 becomes the MOQ 200.
    const std::string scenario = R"({"format":"pmc-scenario/1",
      "settings":{"today":"2026-11-25","horizon_days":120,"material_buffer_days":3},
      "calendar":{"workdays":[1,2,3,4,5,6]},
      "items":[{"code":"EB-A","type":"finished","source":"make","lead_time_days":2},
               {"code":"RM-TUBE","type":"raw","uom":"m","source":"buy","lead_time_days":10,"safety_stock":50,
                "lot":{"rule":"min_multiple","moq":200,"multiple":50}}],
      "boms":[{"parent":"EB-A","component":"RM-TUBE","qty_per":2.4,"scrap_rate":0.02}],
      "inventory":[{"item":"RM-TUBE","on_hand":120}],
      "work_orders":[{"number":"WO-0001","item":"EB-A","qty":20,"due":"2026-12-05"}],
      "sales_orders":[{"number":"SO-1","lines":[{"item":"EB-A","qty":50,"due":"2026-12-20"}]}]})";
    ASSERT_EQ(run("import " + m_dir.write("no-po.json", scenario)).exitCode, 0);
    const auto doc = nlohmann::json::parse(run("mrp --json").out);
    ASSERT_EQ(doc["planned_orders"].size(), 2u);
    const auto& tube = doc["planned_orders"][1];
    EXPECT_EQ(tube["item"], "RM-TUBE");
    EXPECT_DOUBLE_EQ(tube["qty"].get<double>(), 200);
    EXPECT_EQ(tube["due"], "2026-12-15");
    EXPECT_EQ(tube["release"], "2026-12-05");
    EXPECT_EQ(tube["source"], "buy");
    ASSERT_EQ(tube["pegging"].size(), 1u);
    EXPECT_EQ(tube["pegging"][0]["demand"], doc["planned_orders"][0]["id"]);
    EXPECT_NEAR(tube["pegging"][0]["qty"].get<double>(), 52.4, 1e-9);
}

namespace {

/// Recomputes what an outside checker does: every operation once, durations from the
/// instance, job precedence, no overlap per machine, and the makespan.
void expectFeasible(const nlohmann::json& doc, const std::vector<std::vector<std::vector<std::pair<int, int>>>>& jobs)
{
    std::map<int, std::vector<std::pair<long, long>>> byMachine;
    std::map<std::pair<int, int>, std::pair<long, long>> times;
    long makespan = 0;
    for (const auto& op : doc["operations"]) {
        const int job = op["job"], index = op["op"], machine = op["machine"];
        const long start = op["start"], end = op["end"];
        bool eligible = false;
        for (const auto& [m, duration] : jobs.at(static_cast<std::size_t>(job)).at(static_cast<std::size_t>(index)))
            eligible = eligible || (m == machine && end - start == duration);
        EXPECT_TRUE(eligible) << "job " << job << " op " << index;
        EXPECT_TRUE(times.emplace(std::pair{job, index}, std::pair{start, end}).second);
        byMachine[machine].emplace_back(start, end);
        makespan = std::max(makespan, end);
    }
    for (std::size_t j = 0; j < jobs.size(); ++j)
        for (std::size_t o = 1; o < jobs[j].size(); ++o)
            EXPECT_LE(times.at({int(j), int(o - 1)}).second, times.at({int(j), int(o)}).first);
    for (auto& [machine, intervals] : byMachine) {
        std::sort(intervals.begin(), intervals.end());
        for (std::size_t i = 1; i < intervals.size(); ++i)
            EXPECT_LE(intervals[i - 1].second, intervals[i].first) << "machine " << machine;
    }
    EXPECT_EQ(doc["makespan"].get<long>(), makespan);
}

std::vector<int> numbers(const std::string& text)
{
    std::vector<int> values;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.find('#') != std::string::npos)
            continue;
        std::istringstream words(line);
        for (double v; words >> v;)
            values.push_back(static_cast<int>(v));
    }
    return values;
}

} // namespace

TEST_F(PmcCli, jsspSolvesFt06Feasibly)
{
    const std::string file = std::string(PMC_TEST_DATA_DIR) + "/jssp/ft06.txt";
    const CliResult r = run("jssp " + file + " --seconds 1 --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto values = numbers(pmc::test::readTextFile(file));
    std::vector<std::vector<std::vector<std::pair<int, int>>>> jobs(static_cast<std::size_t>(values[0]));
    std::size_t at = 2;
    for (auto& job : jobs)
        for (int o = 0; o < values[1]; ++o, at += 2)
            job.push_back({{values[at], values[at + 1]}});
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["operations"].size(), 36u);
    EXPECT_EQ(doc["makespan"], 55); // the proven optimum; found in well under a second
    expectFeasible(doc, jobs);
}

TEST_F(PmcCli, fjspSolvesMk01WithMachinesNumberedAsInTheFile)
{
    const std::string file = std::string(PMC_TEST_DATA_DIR) + "/fjsp/mk01.fjs";
    const CliResult r = run("fjsp " + file + " --seconds 1 --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto values = numbers(pmc::test::readTextFile(file));
    std::vector<std::vector<std::vector<std::pair<int, int>>>> jobs(static_cast<std::size_t>(values[0]));
    std::size_t at = 3;
    for (auto& job : jobs) {
        const int operations = values[at++];
        for (int o = 0; o < operations; ++o) {
            const int alternatives = values[at++];
            std::vector<std::pair<int, int>> choices;
            for (int a = 0; a < alternatives; ++a, at += 2)
                choices.emplace_back(values[at], values[at + 1]);
            job.push_back(choices);
        }
    }
    const auto doc = nlohmann::json::parse(r.out);
    expectFeasible(doc, jobs);
    EXPECT_LE(doc["makespan"].get<long>(), 42);
}

TEST_F(PmcCli, jobShopRefusesMalformedInstances)
{
    const CliResult r = run("jssp " + m_dir.write("bad.txt", "2 2\n0 5 1 4\n") + " --seconds 0 --json");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("bad.txt"), std::string::npos) << r.err;
    EXPECT_EQ(run("jssp " + m_dir.write("ok.txt", "1 1\n0 5\n") + " --seconds -1").exitCode, 2);
}

TEST_F(PmcCli, shortagesListsUncoveredMaterialWithBlockedOrdersAndLatePurchaseOrders)
{
    // B (bought) is needed 10 on 11-28 and 10 on 12-05 through A's planned orders; 5 are on hand
    // and PO-1 brings 10 on 12-01: short 5 in all, first missing 11-28, PO-1 three days late.
    const std::string scenario = R"({"format":"pmc-scenario/1",
      "settings":{"today":"2026-11-25","horizon_days":30,"material_buffer_days":0},
      "calendar":{"workdays":[1,2,3,4,5,6,7]},
      "items":[{"code":"A","type":"finished","source":"make","lead_time_days":0},
               {"code":"B","type":"raw","source":"buy","lead_time_days":5}],
      "boms":[{"parent":"A","component":"B","qty_per":1}],
      "inventory":[{"item":"B","on_hand":5}],
      "purchase_orders":[{"number":"PO-1","item":"B","qty":10,"due":"2026-12-01"}],
      "sales_orders":[{"number":"SO-1","lines":[{"item":"A","qty":10,"due":"2026-11-28"}]},
                      {"number":"SO-2","lines":[{"item":"A","qty":10,"due":"2026-12-05"}]}]})";
    ASSERT_EQ(run("import " + m_dir.write("short.json", scenario)).exitCode, 0);
    const CliResult r = run("shortages --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    ASSERT_EQ(doc.size(), 1u) << r.out;
    EXPECT_EQ(doc[0]["item"], "B");
    EXPECT_DOUBLE_EQ(doc[0]["short_qty"].get<double>(), 5);
    EXPECT_EQ(doc[0]["need_date"], "2026-11-28");
    EXPECT_EQ(doc[0]["orders"], nlohmann::json::parse(R"(["SO-1","SO-2"])"));
    ASSERT_EQ(doc[0]["open_pos"].size(), 1u);
    EXPECT_EQ(doc[0]["open_pos"][0]["number"], "PO-1");
    EXPECT_EQ(doc[0]["open_pos"][0]["due"], "2026-12-01");
    EXPECT_EQ(doc[0]["open_pos"][0]["days_late"], 3);
}

TEST_F(PmcCli, shortageListPrintsAndExportsWithTheSupplierToCall)
{
    const std::string scenario = R"({"format":"pmc-scenario/1",
      "settings":{"today":"2026-11-25","horizon_days":30,"material_buffer_days":0},
      "calendar":{"workdays":[1,2,3,4,5,6,7]},
      "suppliers":[{"code":"S1","name":"钢材供应商","contact":"王经理","phone":"13800000000"}],
      "items":[{"code":"A","type":"finished","source":"make","lead_time_days":0},
               {"code":"B","name":"钢管","type":"raw","source":"buy","supplier":"S1","lead_time_days":5}],
      "boms":[{"parent":"A","component":"B","qty_per":1}],
      "inventory":[{"item":"B","on_hand":5}],
      "purchase_orders":[{"number":"PO-1","item":"B","qty":10,"due":"2026-12-01"}],
      "sales_orders":[{"number":"SO-1","lines":[{"item":"A","qty":10,"due":"2026-11-28"}]},
                      {"number":"SO-2","lines":[{"item":"A","qty":10,"due":"2026-12-05"}]}]})";
    ASSERT_EQ(run("import " + m_dir.write("short.json", scenario)).exitCode, 0);
    const std::string pdf = m_dir.file("sl.pdf");
    const std::string xlsx = m_dir.file("sl.xlsx");
    const CliResult r = run("shortages --pdf " + pdf + " --xlsx " + xlsx);
    if (r.exitCode == 2 && r.err.find("without the Qt print layer") != std::string::npos)
        GTEST_SKIP() << "pmc-cli built without PMC_BUILD_UI";
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("wrote " + pdf + " (1 materials short)"), std::string::npos) << r.out;

    const pmc::store::Workbook book = pmc::store::readSpreadsheet(xlsx);
    ASSERT_EQ(book.sheets.size(), 1u);
    EXPECT_EQ(book.sheets[0].name, "SL-20261125");
    const std::vector<std::string>& row = book.sheets[0].rows.at(1);
    ASSERT_EQ(row.size(), 11u);
    EXPECT_EQ(row[1], "B");
    EXPECT_EQ(row[3], "钢材供应商 / 王经理 13800000000");
    EXPECT_DOUBLE_EQ(std::stod(row[5]), 5);
    EXPECT_EQ(row[6], "2026-11-28");
    EXPECT_EQ(row[7], "SO-1, SO-2 / 共 2 order(s)");
    EXPECT_EQ(row[8], "PO-1 ×10 12-01 (+3)");

    if (access("/usr/bin/pdftotext", X_OK) != 0)
        GTEST_SKIP() << "pdftotext is not installed";
    const std::string text = m_dir.file("sl.txt");
    ASSERT_EQ(std::system(("/usr/bin/pdftotext " + pdf + " " + text).c_str()), 0);
    const std::string content = pmc::test::readTextFile(text);
    EXPECT_NE(content.find("欠料表"), std::string::npos) << content.substr(0, 400);
    EXPECT_NE(content.find("钢管"), std::string::npos);
    EXPECT_NE(content.find("PO-1"), std::string::npos);
    EXPECT_NE(content.find("采购"), std::string::npos);

    EXPECT_NE(run("shortages --pdf /nonexistent/dir/sl.pdf").exitCode, 0);
    EXPECT_EQ(run("shortages --month 2026-11").exitCode, 2);
}

TEST_F(PmcCli, shortagesIsEmptyWhenStockCoversEverything)
{
    const std::string scenario = R"({"format":"pmc-scenario/1","settings":{"today":"2026-11-25"},
      "items":[{"code":"B","type":"raw","source":"buy","lead_time_days":5}],
      "inventory":[{"item":"B","on_hand":50}],
      "sales_orders":[{"number":"SO-1","lines":[{"item":"B","qty":50,"due":"2026-11-28"}]}]})";
    ASSERT_EQ(run("import " + m_dir.write("covered.json", scenario)).exitCode, 0);
    EXPECT_EQ(nlohmann::json::parse(run("shortages --json").out), nlohmann::json::array());
}
