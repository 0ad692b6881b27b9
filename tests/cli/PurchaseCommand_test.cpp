#include "store/Spreadsheet.h"
#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using pmc::test::CliResult;

const char* kScenario = R"({
  "format": "pmc-scenario/1",
  "settings": { "today": "2026-11-25", "horizon_days": 30 },
  "suppliers": [ { "code": "S", "name": "钢材厂" } ],
  "items": [ { "code": "FRAME", "type": "finished", "source": "make", "lead_time_days": 1 },
             { "code": "TUBE", "type": "raw", "source": "buy", "supplier": "S", "lead_time_days": 5 } ],
  "boms": [ { "parent": "FRAME", "component": "TUBE", "qty_per": 2 } ],
  "inventory": [ { "item": "TUBE", "on_hand": 10 } ],
  "purchase_orders": [ { "number": "PO-1", "item": "TUBE", "qty": 100, "due": "2026-11-24", "supplier": "S" },
                       { "number": "PO-2", "item": "TUBE", "qty": 40, "due": "2026-11-28", "supplier": "S" } ],
  "sales_orders": [ { "number": "SO-1", "customer": "C", "lines": [ { "item": "FRAME", "qty": 50, "due": "2026-12-10" } ] } ]
})";

class PurchaseCommand : public pmc::test::CliTest {
protected:
    void SetUp() override { ASSERT_EQ(run("import " + m_dir.write("s.json", kScenario)).exitCode, 0); }

    nlohmann::json json(const std::string& arguments) const
    {
        const CliResult r = run(arguments);
        EXPECT_EQ(r.exitCode, 0) << arguments << ": " << r.err;
        return nlohmann::json::parse(r.out);
    }
    nlohmann::json stockOf(const std::string& item) const
    {
        const nlohmann::json exported = json("export");
        for (const auto& row : exported["inventory"])
            if (row["item"] == item)
                return row;
        return {};
    }
};

} // namespace

TEST_F(PurchaseCommand, receiptWaitsOnInspectionThenAcceptedIsStockAndRejectedIsOwedAgain)
{
    const auto receipt = json("po receive PO-1 --qty 60 --date 2026-11-23 --json");
    EXPECT_EQ(receipt["inspection"], "pending");
    const int id = receipt["id"];
    EXPECT_EQ(stockOf("TUBE")["on_inspection"], 60);
    EXPECT_EQ(json("export")["purchase_orders"][0]["received_qty"], 60);

    const CliResult noDisposition = run("po inspect " + std::to_string(id) + " --accepted 50 --rejected 10");
    EXPECT_EQ(noDisposition.exitCode, 2);
    EXPECT_NE(noDisposition.err.find("--disposition"), std::string::npos) << noDisposition.err;

    const auto inspected = json("po inspect " + std::to_string(id) + " --accepted 50 --rejected 10 --disposition return --json");
    EXPECT_EQ(inspected["accepted"], 50);
    const auto tube = stockOf("TUBE");
    EXPECT_EQ(tube["on_hand"], 60);
    EXPECT_FALSE(tube.contains("on_inspection"));
    // The 10 rejected are owed again: 50 of PO-1 are open, and MRP plans with that.
    const auto list = json("po list --json");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0]["po"], "PO-1");
    EXPECT_EQ(list[0]["open"], 50);
    EXPECT_EQ(run("po inspect " + std::to_string(id) + " --accepted 60").exitCode, 2); // inspected already
}

TEST_F(PurchaseCommand, overReceiptAndFutureDatesAreRefusedWithNothingWritten)
{
    const std::string before = run("export").out;
    const CliResult over = run("po receive PO-2 --qty 41");
    EXPECT_EQ(over.exitCode, 2);
    EXPECT_NE(over.err.find("--qty: 41 exceeds the 40 still open on PO-2"), std::string::npos) << over.err;
    EXPECT_EQ(run("po receive PO-2 --qty 5 --date 2026-11-26").exitCode, 2);
    EXPECT_EQ(run("po receive PO-9 --qty 5").exitCode, 2);
    EXPECT_EQ(run("po receive PO-2 --qty -5").exitCode, 2);
    EXPECT_EQ(run("export").out, before);
}

TEST_F(PurchaseCommand, promisedDatesKeepTheirHistoryAndRemindersFlagUnconfirmedOrders)
{
    EXPECT_TRUE(json("po list --json")[1]["needs_confirmation"]); // PO-2 due in 3 days, no date
    ASSERT_EQ(run("po promise PO-2 --date 2026-11-30").exitCode, 0);
    const auto promised = json("po promise PO-2 --date 2026-12-03 --note 设备故障 --json");
    EXPECT_EQ(promised["history"].size(), 2u);
    const auto list = json("po list --json");
    EXPECT_EQ(list[1]["promised"], "2026-12-03");
    EXPECT_EQ(list[1]["days_late"], 5);
    EXPECT_EQ(list[1]["promise_changes"], 2);
    EXPECT_FALSE(list[1]["needs_confirmation"]);
    EXPECT_EQ(run("po promise PO-2 --date 2026-13-01").exitCode, 2);
}

TEST_F(PurchaseCommand, supplierOnTimeFromReceipts)
{
    ASSERT_EQ(run("po receive PO-1 --qty 100 --date 2026-11-24").exitCode, 0);
    const auto kpi = json("kpi --from 2026-11-01 --to 2026-11-30 --json");
    // PO-1 arrived in full on its due; PO-2 is due on the 28th and has not come.
    EXPECT_EQ(kpi["supplier_on_time"]["on_time"], 1);
    EXPECT_EQ(kpi["supplier_on_time"]["due"], 2);
    EXPECT_EQ(kpi["supplier_on_time"]["target"], 0.9);
    ASSERT_EQ(kpi["suppliers"].size(), 1u);
    EXPECT_EQ(kpi["suppliers"][0]["supplier"], "S");
    EXPECT_EQ(kpi["suppliers"][0]["meets_target"], false);
    EXPECT_EQ(kpi["suppliers"][0]["late"][0], "PO-2");
}

TEST_F(PurchaseCommand, theAuditTrailListsWhoPromisedAndReceivedWhat)
{
    ASSERT_EQ(run("po promise PO-1 --date 2026-12-01 --note 电话").exitCode, 0);
    const CliResult r = run("audit --entity purchase_promises --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto events = nlohmann::json::parse(r.out);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0]["action"], "promise");
    EXPECT_EQ(events[0]["key"], "PO-1");
    EXPECT_EQ(events[0]["after"]["date"], "2026-12-01");
    EXPECT_TRUE(events[0]["before"].is_null());
    const CliResult sheet = run("audit --xlsx " + m_dir.file("audit.xlsx"));
    ASSERT_EQ(sheet.exitCode, 0) << sheet.err;
    const pmc::store::Workbook book = pmc::store::readSpreadsheet(m_dir.file("audit.xlsx"));
    ASSERT_EQ(book.sheets.size(), 1u);
    EXPECT_GE(book.sheets[0].rows.size(), 3u); // header, the import, the promise
    EXPECT_EQ(run("audit --from 2026-12-02 --to 2026-12-01").exitCode, 2);
}
