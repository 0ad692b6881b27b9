#include "core/diagnostics/FactoryValidator.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

FactoryModel valid()
{
    FactoryModel m;
    m.suppliers = {{"S1", "供应商"}};
    Item a;
    a.code = "A";
    a.source = ItemSource::Make;
    Item b;
    b.code = "B";
    b.supplier = "S1";
    m.items = {a, b};
    m.boms = {{"A", "B", 2, 0.01, {}, {}}};
    m.workCenters = {{"WELD", "焊接线", "焊装车间", 2, 1.0}};
    m.routings = {{"A", {{10, "WELD", 30, 12}}}};
    return m;
}

bool hasIssue(const ValidationResult& r, const std::string& path, const std::string& fragment)
{
    for (const auto& i : r.issues())
        if (i.path == path && i.message.find(fragment) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST(FactoryValidator, acceptsAConsistentFactory)
{
    EXPECT_TRUE(validateFactory(valid()).ok());
}

TEST(FactoryValidator, namesUnknownReferencesByPath)
{
    FactoryModel m = valid();
    m.boms.push_back({"A", "X", 1, 0, {}, {}});
    m.routings[0].operations.push_back({20, "PAINT", 0, 1});
    m.items[1].supplier = "S9";
    const auto r = validateFactory(m);
    EXPECT_TRUE(hasIssue(r, "boms[1].component", "unknown item \"X\""));
    EXPECT_TRUE(hasIssue(r, "routings[0].operations[1].workcenter", "unknown work center"));
    EXPECT_TRUE(hasIssue(r, "items[1].supplier", "unknown supplier"));
}

TEST(FactoryValidator, refusesDuplicatesAndNegatives)
{
    FactoryModel m = valid();
    m.items.push_back(m.items[0]);
    m.items[0].leadTimeDays = -1;
    m.inventory = {{"B", -5}};
    const auto r = validateFactory(m);
    EXPECT_TRUE(hasIssue(r, "items[2].code", "duplicate"));
    EXPECT_TRUE(hasIssue(r, "items[0].lead_time_days", ">= 0"));
    EXPECT_TRUE(hasIssue(r, "inventory[0].on_hand", ">= 0"));
}

TEST(FactoryValidator, reportsBomCyclesWithThePath)
{
    FactoryModel m = valid();
    m.boms.push_back({"B", "A", 1, 0, {}, {}});
    const auto r = validateFactory(m);
    EXPECT_TRUE(hasIssue(r, "boms", "cycle A -> B -> A") || hasIssue(r, "boms", "cycle B -> A -> B"));
}

TEST(FactoryValidator, refusesAnInvertedValidityRange)
{
    FactoryModel m = valid();
    m.boms[0].validFrom = Date::parse("2027-01-01");
    m.boms[0].validTo = Date::parse("2026-01-01");
    EXPECT_TRUE(hasIssue(validateFactory(m), "boms[0].valid_to", "after valid_from"));
}

TEST(FactoryValidator, checksFirmPlannedOrders)
{
    FactoryModel m = valid();
    const Date due = Date::fromYmd(2026, 12, 10);
    m.firmPlannedOrders = {{"FPO-00001", "A", 10, due, due - 2}, {"FPO-00001", "X", 0, due, due + 1},
                           {"", "A", -1, due, due}};
    const auto r = validateFactory(m);
    EXPECT_TRUE(hasIssue(r, "firm_planned_orders[1].number", "duplicate \"FPO-00001\""));
    EXPECT_TRUE(hasIssue(r, "firm_planned_orders[1].item", "unknown item \"X\""));
    EXPECT_TRUE(hasIssue(r, "firm_planned_orders[1].qty", "must be > 0"));
    EXPECT_TRUE(hasIssue(r, "firm_planned_orders[1].release", "must be on or before due"));
    EXPECT_TRUE(hasIssue(r, "firm_planned_orders[2].number", "must not be empty"));
    EXPECT_TRUE(hasIssue(r, "firm_planned_orders[2].qty", "must be > 0"));
    EXPECT_EQ(r.issues().size(), 6u);
}

TEST(FactoryValidator, checksPurchaseRequisitions)
{
    FactoryModel m = valid();
    const Date due = Date::fromYmd(2026, 12, 10);
    m.purchaseRequisitions = {{"PR-00001", "B", 100, due, due - 10, "S1"}, {"PR-00002", "B", 5, due, due, ""},
                              {"PR-00003", "A", 5, due, due, "S9"}};
    const auto r = validateFactory(m);
    EXPECT_TRUE(hasIssue(r, "purchase_requisitions[2].item", "\"A\" is made, not bought"));
    EXPECT_TRUE(hasIssue(r, "purchase_requisitions[2].supplier", "unknown supplier \"S9\""));
    EXPECT_EQ(r.issues().size(), 2u);
}

TEST(FactoryValidator, refusesPlanningSettingsThatCannotPlan)
{
    FactoryModel m = valid();
    m.settings.horizonDays = 0;
    m.settings.materialBufferDays = -1;
    m.settings.salesOrderNumberPattern = "SO-{yyyyMM}";
    const auto r = validateFactory(m);
    EXPECT_TRUE(hasIssue(r, "settings.horizon_days", "must be >= 1"));
    EXPECT_TRUE(hasIssue(r, "settings.material_buffer_days", "must be >= 0"));
    EXPECT_TRUE(hasIssue(r, "settings.sales_order_number_pattern", "needs a counter such as {####}"));
}

TEST(FactoryValidator, namesTheUnknownFieldOfANumberPattern)
{
    FactoryModel m = valid();
    m.settings.salesOrderNumberPattern = "SO-{yyyyQ}-{###}";
    const auto r = validateFactory(m);
    ASSERT_EQ(r.issues().size(), 1u);
    EXPECT_TRUE(hasIssue(r, "settings.sales_order_number_pattern", "unknown field \"Q\" in {yyyyQ}"));
}

TEST(FactoryValidator, theReleaseCutoffIsATimeOfDay)
{
    FactoryModel model = valid();
    model.settings.planReleaseCutoffMinute = 24 * 60;
    const ValidationResult result = validateFactory(model);
    ASSERT_EQ(result.issues().size(), 1u);
    EXPECT_TRUE(hasIssue(result, "settings.plan_release_cutoff", "time of day"));
    model.settings.planReleaseCutoffMinute = 0;
    EXPECT_TRUE(validateFactory(model).ok());
}
