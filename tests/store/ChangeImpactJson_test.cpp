#include "store/ChangeImpactJson.h"

#include <gtest/gtest.h>

using namespace pmc;

namespace {

const core::Date kToday = core::Date::fromYmd(2026, 11, 25);

} // namespace

TEST(ChangeImpactJson, writesEveryRowWithNullForAMissingSide)
{
    core::ChangeImpact impact;
    impact.today = kToday;
    impact.reason = core::ChangeReason::RushInsertion;
    impact.salesLines.push_back({"SO-1/1", "ACME", "FG", core::SalesLinePlan{10, kToday + 12, kToday + 8, 0}, {}});
    core::PlanAdjustment row;
    row.item = "FG";
    row.after = core::OrderPlan{"PLN-00002", 15, kToday + 12, 8 * 24 * 60 + 480, 8 * 24 * 60 + 495, {{"A", 0}}};
    row.salesLines = {"SO-1/1"};
    impact.planAdjustments.push_back(row);
    core::MaterialAdjustment po;
    po.number = "PO-2";
    po.supplier = "S1";
    po.item = "RM";
    po.itemName = "Steel plate";
    po.qty = 10;
    po.due = kToday + 9;
    po.before = {kToday + 12, 10};
    po.after = {};
    po.action = core::MaterialAction::Cancel;
    po.proposedQty = 0;
    po.proposedDue = kToday + 9;
    impact.materialAdjustments.push_back(po);

    EXPECT_EQ(store::changeImpactToJson(impact).dump(),
              R"({"today":"2026-11-25","reason":"rush_insertion",)"
              R"("sales_lines":[{"line":"SO-1/1","customer":"ACME","item":"FG","before":{"open_qty":10,)"
              R"("committed":"2026-12-07","completion":"2026-12-03","late_days":0},"after":null}],)"
              R"("plan_adjustments":[{"kind":"planned_order","order":"PLN-00002","item":"FG","sales_lines":["SO-1/1"],)"
              R"("before":null,"after":{"order":"PLN-00002","qty":15,"due":"2026-12-07","start":"2026-12-03T08:00",)"
              R"("end":"2026-12-03T08:15","units":[{"workcenter":"A","unit":0}]}}],)"
              R"("material_adjustments":[{"number":"PO-2","kind":"purchase_order","supplier":"S1","item":"RM",)"
              R"("name":"Steel plate","qty":10,"due":"2026-12-04","need_before":"2026-12-07","needed_qty_before":10,)"
              R"("need_after":null,"needed_qty_after":0,"action":"cancel","proposed_qty":0,)"
              R"("proposed_due":"2026-12-04"}]})");
}

TEST(ChangeImpactJson, anEmptyImpactHasEmptyLists)
{
    core::ChangeImpact impact;
    impact.today = kToday;
    EXPECT_EQ(store::changeImpactToJson(impact).dump(),
              R"({"today":"2026-11-25","reason":"customer_change","sales_lines":[],"plan_adjustments":[],)"
              R"("material_adjustments":[]})");
}
