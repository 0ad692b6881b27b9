#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/ScenarioJson.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <functional>

using namespace pmc::store;
using nlohmann::json;

namespace {

json smallFactory()
{
    return json::parse(R"({
      "format": "pmc-scenario/1",
      "settings": { "today": "2026-11-25", "horizon_days": 60, "material_buffer_days": 3 },
      "calendar": { "workdays": [1,2,3,4,5,6], "shifts": [{"start":"08:00","end":"12:00"}],
                    "holidays": ["2027-01-01"], "extra_workdays": [], "overtime": [] },
      "suppliers": [ { "code": "S-STEEL", "name": "某钢材供应商" } ],
      "items": [
        { "code": "EB-A", "name": "电动自行车 A型", "type": "finished", "uom": "pcs", "source": "make",
          "lead_time_days": 2, "safety_stock": 0, "lot": { "rule": "lot_for_lot" } },
        { "code": "RM-TUBE", "name": "车架钢管", "type": "raw", "uom": "m", "source": "buy", "supplier": "S-STEEL",
          "lead_time_days": 10, "safety_stock": 50, "lot": { "rule": "min_multiple", "moq": 200, "multiple": 50 } } ],
      "boms": [ { "parent": "EB-A", "component": "RM-TUBE", "qty_per": 2.4, "scrap_rate": 0.02, "valid_from": null, "valid_to": null } ],
      "workcenters": [ { "code": "WELD", "name": "焊接线", "workshop": "焊装车间", "parallel_units": 2, "efficiency": 1.0 } ],
      "routings": [ { "item": "EB-A", "operations": [ { "seq": 10, "workcenter": "WELD", "setup_minutes": 30, "run_minutes_per_unit": 12 } ] } ],
      "inventory": [ { "item": "RM-TUBE", "on_hand": 120 } ],
      "purchase_orders": [ { "number": "PO-0001", "item": "RM-TUBE", "qty": 400, "due": "2026-12-01", "supplier": "S-STEEL" } ],
      "work_orders": [ { "number": "WO-0001", "item": "EB-A", "qty": 20, "due": "2026-12-05", "completed_qty": 0 } ],
      "sales_orders": [ { "number": "SO-2026-0001", "customer": "某客户", "priority": 1,
                          "lines": [ { "item": "EB-A", "qty": 50, "due": "2026-12-20" } ] } ]
    })");
}

struct BadInput {
    const char* name;
    std::function<void(json&)> mutate;
    const char* expected; // "path: reason" fragment the message must contain
};

std::string firstIssues(const InputError& e)
{
    std::string all;
    for (const auto& i : e.issues().issues())
        all += i.toString() + "\n";
    return all;
}

class ScenarioImportBadInput : public ::testing::TestWithParam<BadInput> {};

/// smallFactory with one row or more of every history section, as a plant that has been running.
json runningFactory()
{
    json doc = smallFactory();
    doc["work_orders"][0]["completed_qty"] = 4;
    doc["purchase_orders"][0]["received_qty"] = 140;
    doc["inventory"][0]["on_inspection"] = 50;
    doc["completion_reports"] = json::parse(R"([
        {"order":"WO-0001","seq":10,"date":"2026-11-24","good":4,"scrap":1,"reason":"焊穿","worker":"焊接一班","hours":2.5},
        {"order":"WO-0001","seq":10,"date":"2026-11-24","good":0}])");
    doc["abnormal_hours"] = json::parse(R"([
        {"date":"2026-11-20","workcenter":"OLD-LINE","order":"WO-0000","cause":"equipment","hours":1.5,"owner":"设备科","note":"停机"},
        {"date":"2026-11-24","workcenter":"WELD","cause":"material","hours":2}])");
    doc["purchase_receipts"] = json::parse(R"([
        {"order":"PO-0001","date":"2026-11-20","qty":100,"accepted":90,"rejected":10,"disposition":"return","inspected_on":"2026-11-21","note":"划伤"},
        {"order":"PO-0001","date":"2026-11-24","qty":50}])");
    doc["purchase_promises"] = json::parse(R"([
        {"order":"PO-0001","date":"2026-11-28","recorded_at":"2026-11-18T10:05:00"},
        {"order":"PO-0001","date":"2026-12-01","note":"分两批","recorded_at":"2026-11-22T16:40:12"}])");
    doc["material_issues"] = json::parse(R"([
        {"order":"WO-0001","item":"RM-TUBE","qty":12,"date":"2026-11-23"},
        {"order":"WO-0001","item":"RM-TUBE","qty":-2,"date":"2026-11-24","note":"退料"}])");
    return doc;
}

} // namespace

TEST(ScenarioImport, roundTripsExportImportExport)
{
    pmc::test::TempDir dir;
    FactoryDatabase first(dir.database("a.db"));
    first.importScenario(smallFactory().dump(), "small.json");
    const std::string exported = writeScenario(first.load()).dump(2);
    FactoryDatabase second(dir.database("b.db"));
    second.importScenario(exported, "exported.json");
    EXPECT_EQ(writeScenario(second.load()).dump(2), exported);
    EXPECT_EQ(first.load(), second.load());
}

TEST(ScenarioImport, roundTripsTheDemoFactory)
{
    pmc::test::TempDir dir;
    FactoryDatabase db(dir.database("demo.db"));
    ASSERT_TRUE(db.seedDemoIfEmpty());
    EXPECT_FALSE(db.seedDemoIfEmpty());
    const auto model = db.load();
    EXPECT_GE(model.items.size(), 40u);
    EXPECT_GE(model.workCenters.size(), 8u);
    EXPECT_GE(model.salesOrders.size(), 40u);
    const std::string exported = writeScenario(model).dump(2);
    FactoryDatabase again(dir.database("again.db"));
    again.importScenario(exported, "demo-export.json");
    EXPECT_EQ(writeScenario(again.load()).dump(2), exported);
}

TEST(ScenarioImport, roundTripsFirmPlannedOrdersAndRequisitions)
{
    pmc::test::TempDir dir;
    FactoryDatabase db(dir.database("x.db"));
    json doc = smallFactory();
    doc["firm_planned_orders"] = json::parse(
        R"([{"number":"FPO-00001","item":"EB-A","qty":30,"due":"2026-12-18","release":"2026-12-16"},
            {"number":"FPO-00002","item":"RM-TUBE","qty":12.5,"due":"2026-12-10"}])");
    doc["purchase_requisitions"] = json::parse(
        R"([{"number":"PR-00001","item":"RM-TUBE","qty":200,"due":"2026-12-08","release":"2026-11-28","supplier":"S-STEEL"},
            {"number":"PR-00002","item":"RM-TUBE","qty":50,"due":"2026-12-09","release":"2026-11-29"}])");
    EXPECT_TRUE(db.importScenario(doc.dump(), "x.json").empty());
    const pmc::core::FactoryModel model = db.load();
    ASSERT_EQ(model.firmPlannedOrders.size(), 2u);
    // Without a release, the order is released on its due date.
    EXPECT_EQ(model.firmPlannedOrders[1].release, model.firmPlannedOrders[1].due);
    ASSERT_EQ(model.purchaseRequisitions.size(), 2u);
    EXPECT_EQ(model.purchaseRequisitions[0].supplier, "S-STEEL");
    EXPECT_EQ(model.purchaseRequisitions[1].supplier, "");
    const std::string exported = writeScenario(model).dump(2);
    FactoryDatabase again(dir.database("y.db"));
    again.importScenario(exported, "exported.json");
    EXPECT_EQ(again.load(), model);
    EXPECT_EQ(writeScenario(again.load()).dump(2), exported);
}

TEST(ScenarioImport, roundTripsFamiliesChangeoversAndPins)
{
    pmc::test::TempDir dir;
    FactoryDatabase db(dir.database("f.db"));
    json doc = smallFactory();
    doc["items"][0]["family"] = "A型";
    doc["changeovers"] = json::parse(R"([{"workcenter":"WELD","from":"*","to":"*","minutes":20},
                                         {"workcenter":"WELD","from":"A型","to":"B型","minutes":45.5}])");
    doc["pinned_operations"] = json::parse(R"([{"order":"WO-0001","seq":10,"unit":1,"start":"2026-11-26T13:30"}])");
    EXPECT_TRUE(db.importScenario(doc.dump(), "f.json").empty());
    const pmc::core::FactoryModel model = db.load();
    EXPECT_EQ(model.items[0].family, "A型");
    EXPECT_EQ(model.items[1].familyOrCode(), "RM-TUBE");
    ASSERT_EQ(model.changeovers.size(), 2u);
    EXPECT_EQ(model.changeovers[1], (pmc::core::Changeover{"WELD", "A型", "B型", 45.5}));
    ASSERT_EQ(model.operationPins.size(), 1u);
    EXPECT_EQ(model.operationPins[0],
              (pmc::core::OperationPin{"WO-0001", 10, 1, pmc::core::Date::fromYmd(2026, 11, 26), 13 * 60 + 30}));
    const std::string exported = writeScenario(model).dump(2);
    FactoryDatabase again(dir.database("g.db"));
    again.importScenario(exported, "exported.json");
    EXPECT_EQ(again.load(), model);
    EXPECT_EQ(writeScenario(again.load()).dump(2), exported);
}

TEST(ScenarioImport, roundTripsTheSalesOrderLifecycle)
{
    pmc::test::TempDir dir;
    FactoryDatabase db(dir.database("l.db"));
    json doc = smallFactory();
    doc["settings"]["sales_order_number_pattern"] = "XS{yy}-{###}";
    doc["order_review"] = json::parse(R"({"required":{"engineering":"always","finance_is_not_here":null}})");
    doc["order_review"]["required"].erase("finance_is_not_here");
    json& so = doc["sales_orders"][0];
    so["status"] = "partially_shipped";
    so["order_date"] = "2026-11-20";
    so["custom"] = true;
    so["note"] = "定制颜色";
    so["lines"][0]["promised"] = "2026-12-22";
    so["lines"][0]["shipments"] = json::parse(R"([{"number":"DN-1","date":"2026-11-24","qty":20}])");
    so["reviews"] = json::parse(R"([{"department":"pmc","verdict":"accept_with_conditions","can_meet":"2026-12-22",
                                     "comment":"加班","reviewer":"李四","reviewed_at":"2026-11-21T09:30"}])");
    EXPECT_TRUE(db.importScenario(doc.dump(), "l.json").empty());
    const pmc::core::FactoryModel model = db.load();
    const pmc::core::SalesOrder& order = model.salesOrders[0];
    EXPECT_EQ(order.status, pmc::core::SalesOrderStatus::PartiallyShipped);
    EXPECT_TRUE(order.custom);
    EXPECT_EQ(order.note, "定制颜色");
    EXPECT_EQ(order.lines[0].promised, pmc::core::Date::fromYmd(2026, 12, 22));
    EXPECT_DOUBLE_EQ(order.lines[0].openQty(), 30);
    ASSERT_EQ(order.reviews.size(), 1u);
    EXPECT_EQ(order.reviews[0].reviewer, "李四");
    EXPECT_EQ(model.reviewPolicy.requirement(pmc::core::Department::Engineering), pmc::core::ReviewRequirement::Always);
    EXPECT_EQ(model.settings.salesOrderNumberPattern, "XS{yy}-{###}");

    const std::string exported = writeScenario(model).dump(2);
    FactoryDatabase again(dir.database("m.db"));
    again.importScenario(exported, "exported.json");
    EXPECT_EQ(again.load(), model);
    EXPECT_EQ(writeScenario(again.load()).dump(2), exported);
}

TEST(ScenarioImport, roundTripsTheExecutionHistoryWithoutBookingItAgain)
{
    pmc::test::TempDir dir;
    FactoryDatabase db(dir.database("h.db"));
    EXPECT_TRUE(db.importScenario(runningFactory().dump(), "h.json").empty());
    const ExecutionHistory history = db.executionHistory();
    ASSERT_EQ(history.reports.size(), 2u);
    EXPECT_EQ(history.reports[0].worker, "焊接一班");
    EXPECT_DOUBLE_EQ(history.reports[0].labourHours, 2.5);
    ASSERT_EQ(history.abnormalHours.size(), 2u);
    EXPECT_EQ(history.abnormalHours[0].workCenter, "OLD-LINE"); // history keeps what is no longer there
    EXPECT_EQ(history.abnormalHours[0].cause, pmc::core::AbnormalCause::Equipment);
    ASSERT_EQ(history.receipts.size(), 2u);
    EXPECT_TRUE(history.receipts[0].inspected);
    EXPECT_EQ(history.receipts[0].disposition, pmc::core::Disposition::Return);
    EXPECT_FALSE(history.receipts[1].inspected);
    ASSERT_EQ(history.promises.size(), 2u);
    EXPECT_EQ(history.promises[1].recordedAt, "2026-11-22T16:40:12");
    ASSERT_EQ(history.issues.size(), 2u);
    EXPECT_DOUBLE_EQ(history.issues[1].qty, -2);
    // The quantities are the scenario's, which already include what the history did.
    const pmc::core::FactoryModel model = db.load();
    EXPECT_DOUBLE_EQ(model.workOrders[0].completedQty, 4);
    EXPECT_DOUBLE_EQ(model.purchaseOrders[0].receivedQty, 140);
    EXPECT_DOUBLE_EQ(model.inventory[0].onHand, 120);
    EXPECT_DOUBLE_EQ(model.inventory[0].onInspection, 50);

    const std::string exported = writeScenario(model, history).dump(2);
    FactoryDatabase other(dir.database("i.db"));
    other.importScenario(exported, "exported.json");
    EXPECT_EQ(writeScenario(other.load(), other.executionHistory()).dump(2), exported);
    // Again into the same database: the rows replace themselves (abnormal hours included) rather than add up.
    db.importScenario(exported, "exported.json");
    // Receipt ids are the database's own handles: a server numbers on from its sequence.
    const auto withoutIds = [](ExecutionHistory rows) {
        for (pmc::core::PurchaseReceipt& receipt : rows.receipts)
            receipt.id = 0;
        return rows;
    };
    EXPECT_EQ(withoutIds(db.executionHistory()), withoutIds(history));
    EXPECT_EQ(writeScenario(db.load(), db.executionHistory()).dump(2), exported);
}

TEST(ScenarioImport, abnormalHoursOutliveAScenarioWithoutThem)
{
    pmc::test::TempDir dir;
    FactoryDatabase db(dir.database("a.db"));
    db.importScenario(runningFactory().dump(), "running.json");
    db.importScenario(smallFactory().dump(), "small.json");
    const ExecutionHistory kept = db.executionHistory();
    EXPECT_EQ(kept.abnormalHours.size(), 2u);
    EXPECT_TRUE(kept.reports.empty()); // they went with the work orders they belong to
    EXPECT_TRUE(kept.receipts.empty());
    json cleared = smallFactory();
    cleared["abnormal_hours"] = json::array();
    db.importScenario(cleared.dump(), "cleared.json");
    EXPECT_TRUE(db.executionHistory().abnormalHours.empty());
}

TEST(ScenarioImport, writesNoExtensionSectionsWhenThereAreNone)
{
    pmc::test::TempDir dir;
    FactoryDatabase db(dir.database("c.db"));
    db.importScenario(smallFactory().dump(), "small.json");
    const auto exported = writeScenario(db.load(), db.executionHistory());
    for (const char* history : {"completion_reports", "abnormal_hours", "purchase_receipts", "purchase_promises",
                                "material_issues"})
        EXPECT_FALSE(exported.contains(history)) << history;
    EXPECT_FALSE(exported.contains("firm_planned_orders"));
    EXPECT_FALSE(exported.contains("purchase_requisitions"));
    EXPECT_FALSE(exported.contains("changeovers"));
    EXPECT_FALSE(exported.contains("pinned_operations"));
    EXPECT_FALSE(exported["items"][0].contains("family"));
    EXPECT_FALSE(exported.contains("order_review"));
    EXPECT_FALSE(exported["settings"].contains("sales_order_number_pattern"));
    EXPECT_FALSE(exported["sales_orders"][0].contains("status"));
    EXPECT_FALSE(exported["sales_orders"][0]["lines"][0].contains("shipments"));
}

TEST(ScenarioImport, warnsAboutUnknownKeysAndImports)
{
    pmc::test::TempDir dir;
    FactoryDatabase db(dir.database("w.db"));
    json doc = smallFactory();
    doc["items"][0]["colour"] = "red";
    doc["erp_extension"] = 1;
    const auto warnings = db.importScenario(doc.dump(), "w.json");
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings[0], "erp_extension: unknown key ignored");
    EXPECT_EQ(warnings[1], "items[0].colour: unknown key ignored");
    EXPECT_EQ(db.load().items.size(), 2u);
}

TEST_P(ScenarioImportBadInput, isRefusedWithItsPathAndChangesNothing)
{
    pmc::test::TempDir dir;
    FactoryDatabase db(dir.database("bad.db"));
    db.importScenario(runningFactory().dump(), "good.json");
    const std::string before = writeScenario(db.load(), db.executionHistory()).dump();

    json doc = runningFactory();
    GetParam().mutate(doc);
    try {
        db.importScenario(doc.dump(), "bad.json");
        FAIL() << "accepted: " << GetParam().name;
    } catch (const InputError& e) {
        EXPECT_NE(firstIssues(e).find(GetParam().expected), std::string::npos)
            << "expected \"" << GetParam().expected << "\" in:\n" << firstIssues(e);
    }
    EXPECT_EQ(writeScenario(db.load(), db.executionHistory()).dump(), before);
}

INSTANTIATE_TEST_SUITE_P(Cases, ScenarioImportBadInput, ::testing::Values(
    BadInput{"negativeLeadTime", [](json& d) { d["items"][1]["lead_time_days"] = -1; }, "items[1].lead_time_days: must be >= 0"},
    BadInput{"missingCode", [](json& d) { d["items"][0].erase("code"); }, "items[0].code: required key is missing"},
    BadInput{"wrongFormat", [](json& d) { d["format"] = "pmc-scenario/2"; }, "format: must be \"pmc-scenario/1\""},
    BadInput{"missingToday", [](json& d) { d["settings"].erase("today"); }, "settings.today: required key is missing"},
    BadInput{"badDate", [](json& d) { d["purchase_orders"][0]["due"] = "2026-02-30"; }, "purchase_orders[0].due: \"2026-02-30\" is not a valid date"},
    BadInput{"unknownComponent", [](json& d) { d["boms"][0]["component"] = "RM-NONE"; }, "boms[0].component: unknown item \"RM-NONE\""},
    BadInput{"unknownWorkCenter", [](json& d) { d["routings"][0]["operations"][0]["workcenter"] = "PAINT"; }, "routings[0].operations[0].workcenter: unknown work center"},
    BadInput{"unknownSupplier", [](json& d) { d["items"][1]["supplier"] = "S-NONE"; }, "items[1].supplier: unknown supplier"},
    BadInput{"duplicateItem", [](json& d) { d["items"].push_back(d["items"][0]); }, "items[2].code: duplicate \"EB-A\""},
    BadInput{"duplicateOrder", [](json& d) { d["sales_orders"].push_back(d["sales_orders"][0]); }, "sales_orders[1].number: duplicate"},
    BadInput{"negativeQty", [](json& d) { d["sales_orders"][0]["lines"][0]["qty"] = -5; }, "sales_orders[0].lines[0].qty: must be >= 0"},
    BadInput{"unknownStatus", [](json& d) { d["sales_orders"][0]["status"] = "open"; }, "sales_orders[0].status: unknown status \"open\""},
    BadInput{"overShipped", [](json& d) { d["sales_orders"][0]["lines"][0]["shipments"] = json::parse(R"([{"date":"2026-11-20","qty":60}])"); },
             "sales_orders[0].lines[0].shipments: ships 60, more than the 50 ordered"},
    BadInput{"zeroShipment", [](json& d) { d["sales_orders"][0]["lines"][0]["shipments"] = json::parse(R"([{"date":"2026-11-20","qty":0}])"); },
             "sales_orders[0].lines[0].shipments[0].qty: must be > 0"},
    BadInput{"unknownDepartment", [](json& d) { d["sales_orders"][0]["reviews"] = json::parse(R"([{"department":"finance","verdict":"accept"}])"); },
             "sales_orders[0].reviews[0].department: unknown department \"finance\""},
    BadInput{"badPattern", [](json& d) { d["settings"]["sales_order_number_pattern"] = "SO-{yyyy}"; },
             "settings.sales_order_number_pattern: the pattern needs a counter"},
    BadInput{"badRequirement", [](json& d) { d["order_review"] = json::parse(R"({"required":{"quality":"sometimes"}})"); },
             "order_review.required.quality: unknown requirement"},
    BadInput{"negativeStock", [](json& d) { d["inventory"][0]["on_hand"] = -1; }, "inventory[0].on_hand: must be >= 0"},
    BadInput{"textQty", [](json& d) { d["purchase_orders"][0]["qty"] = "400"; }, "purchase_orders[0].qty: must be a number"},
    BadInput{"badLotRule", [](json& d) { d["items"][0]["lot"]["rule"] = "eoq"; }, "items[0].lot.rule: must be lot_for_lot"},
    BadInput{"fixedWithoutSize", [](json& d) { d["items"][0]["lot"] = {{"rule", "fixed"}}; }, "items[0].lot.size: required key is missing"},
    BadInput{"badType", [](json& d) { d["items"][0]["type"] = "assembly"; }, "items[0].type: must be finished"},
    BadInput{"badWeekday", [](json& d) { d["calendar"]["workdays"] = {1, 8}; }, "calendar.workdays[1]: must be an ISO weekday"},
    BadInput{"badShift", [](json& d) { d["calendar"]["shifts"][0]["end"] = "25:00"; }, "calendar.shifts[0].end: must be a time HH:MM"},
    BadInput{"shiftBackwards", [](json& d) { d["calendar"]["shifts"][0]["end"] = "07:00"; }, "calendar.shifts[0].end: must be after start"},
    BadInput{"zeroUnits", [](json& d) { d["workcenters"][0]["parallel_units"] = 0; }, "workcenters[0].parallel_units: must be >= 1"},
    BadInput{"bomCycle", [](json& d) { d["boms"].push_back({{"parent", "RM-TUBE"}, {"component", "EB-A"}, {"qty_per", 1}}); }, "boms: cycle"},
    BadInput{"selfReference", [](json& d) { d["boms"][0]["component"] = "EB-A"; }, "boms[0].component: an item cannot contain itself"},
    BadInput{"firmOrderQty", [](json& d) { d["firm_planned_orders"] = {{{"number", "FPO-00001"}, {"item", "EB-A"}, {"qty", 0}, {"due", "2026-12-10"}}}; }, "firm_planned_orders[0].qty: must be > 0"},
    BadInput{"requisitionOfMadeItem", [](json& d) { d["purchase_requisitions"] = {{{"number", "PR-00001"}, {"item", "EB-A"}, {"qty", 5}, {"due", "2026-12-10"}}}; }, "purchase_requisitions[0].item: \"EB-A\" is made, not bought"},
    BadInput{"changeoverUnknownWorkCenter", [](json& d) { d["changeovers"] = {{{"workcenter", "PAINT"}, {"from", "*"}, {"to", "*"}, {"minutes", 5}}}; }, "changeovers[0].workcenter: unknown work center \"PAINT\""},
    BadInput{"changeoverNegative", [](json& d) { d["changeovers"] = {{{"workcenter", "WELD"}, {"from", "A"}, {"to", "*"}, {"minutes", -5}}}; }, "changeovers[0].minutes: must be >= 0"},
    BadInput{"changeoverTwice", [](json& d) { d["changeovers"] = {{{"workcenter", "WELD"}, {"from", "A"}, {"to", "*"}, {"minutes", 5}}, {{"workcenter", "WELD"}, {"from", "A"}, {"to", "*"}, {"minutes", 6}}}; }, "changeovers[1].to: a second row for WELD from A to *"},
    BadInput{"pinUnknownOrder", [](json& d) { d["pinned_operations"] = {{{"order", "WO-9"}, {"seq", 10}, {"start", "2026-11-26T08:00"}}}; }, "pinned_operations[0].order: unknown work order or firm planned order \"WO-9\""},
    BadInput{"pinUnknownStep", [](json& d) { d["pinned_operations"] = {{{"order", "WO-0001"}, {"seq", 20}, {"start", "2026-11-26T08:00"}}}; }, "pinned_operations[0].seq: the routing of EB-A has no step 20"},
    BadInput{"pinUnit", [](json& d) { d["pinned_operations"] = {{{"order", "WO-0001"}, {"seq", 10}, {"unit", 2}, {"start", "2026-11-26T08:00"}}}; }, "pinned_operations[0].unit: WELD has units 0 to 1"},
    BadInput{"pinStart", [](json& d) { d["pinned_operations"] = {{{"order", "WO-0001"}, {"seq", 10}, {"start", "2026-11-26 08:00"}}}; }, "pinned_operations[0].start: must be a timestamp YYYY-MM-DDTHH:MM"},
    BadInput{"reportUnknownOrder", [](json& d) { d["completion_reports"][1]["order"] = "WO-9"; }, "completion_reports[1].order: unknown work order \"WO-9\""},
    BadInput{"reportNegativeScrap", [](json& d) { d["completion_reports"][0]["scrap"] = -1; }, "completion_reports[0].scrap: must be >= 0"},
    BadInput{"reportWithoutGood", [](json& d) { d["completion_reports"][1].erase("good"); }, "completion_reports[1].good: required key is missing"},
    BadInput{"reportBadDate", [](json& d) { d["completion_reports"][0]["date"] = "2026-11-31"; }, "completion_reports[0].date: \"2026-11-31\" is not a valid date"},
    BadInput{"abnormalCause", [](json& d) { d["abnormal_hours"][1]["cause"] = "weather"; }, "abnormal_hours[1].cause: unknown cause"},
    BadInput{"abnormalZeroHours", [](json& d) { d["abnormal_hours"][0]["hours"] = 0; }, "abnormal_hours[0].hours: must be > 0"},
    BadInput{"receiptUnknownOrder", [](json& d) { d["purchase_receipts"][0]["order"] = "PO-9"; }, "purchase_receipts[0].order: unknown purchase order \"PO-9\""},
    BadInput{"receiptZeroQty", [](json& d) { d["purchase_receipts"][1]["qty"] = 0; }, "purchase_receipts[1].qty: must be > 0"},
    BadInput{"inspectionNotAddingUp", [](json& d) { d["purchase_receipts"][0]["accepted"] = 80; }, "purchase_receipts[0].accepted: accepted 80 + rejected 10 must equal the 100 received"},
    BadInput{"rejectedWithoutDisposition", [](json& d) { d["purchase_receipts"][0].erase("disposition"); }, "purchase_receipts[0].disposition: required when part of the lot is rejected"},
    BadInput{"inspectedBeforeArrival", [](json& d) { d["purchase_receipts"][0]["inspected_on"] = "2026-11-19"; }, "purchase_receipts[0].inspected_on: 2026-11-19 is before the lot arrived"},
    BadInput{"acceptedWithoutInspection", [](json& d) { d["purchase_receipts"][1]["accepted"] = 50; }, "purchase_receipts[1].accepted: only an inspected lot has one"},
    BadInput{"promiseUnknownOrder", [](json& d) { d["purchase_promises"][0]["order"] = "WO-0001"; }, "purchase_promises[0].order: unknown purchase order \"WO-0001\""},
    BadInput{"promiseStamp", [](json& d) { d["purchase_promises"][0]["recorded_at"] = "yesterday"; }, "purchase_promises[0].recorded_at: must be a local time"},
    BadInput{"issueZeroQty", [](json& d) { d["material_issues"][0]["qty"] = 0; }, "material_issues[0].qty: must not be 0"},
    BadInput{"issueUnknownOrder", [](json& d) { d["material_issues"][1]["order"] = "PO-0001"; }, "material_issues[1].order: unknown work order \"PO-0001\""},
    BadInput{"itemsNotArray", [](json& d) { d["items"] = json::object(); }, "items: must be an array"},
    BadInput{"notAnObject", [](json& d) { d = json::array(); }, "the scenario must be a JSON object"}),
    [](const ::testing::TestParamInfo<BadInput>& info) { return std::string(info.param.name); });

TEST(ScenarioImport, reportsJsonSyntaxErrorsWithTheirPosition)
{
    pmc::test::TempDir dir;
    FactoryDatabase db(dir.database("syntax.db"));
    try {
        db.importScenario("{\"format\": \"pmc-scenario/1\",", "broken.json");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.source(), "broken.json");
        EXPECT_NE(firstIssues(e).find("invalid JSON"), std::string::npos);
    }
    EXPECT_TRUE(db.isEmpty());
}

TEST(ScenarioImport, saysWhichCalendarItAssumesWhenThereIsNone)
{
    pmc::test::TempDir dir;
    FactoryDatabase db(dir.database("nc.db"));
    json doc = smallFactory();
    doc.erase("calendar");
    const auto warnings = db.importScenario(doc.dump(), "nc.json");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0], "calendar: missing; planning with Monday to Friday, 08:00-12:00 and 13:00-17:00, no holidays");
    EXPECT_EQ(db.load().calendar.workdays(), (std::vector<int>{1, 2, 3, 4, 5}));
}
