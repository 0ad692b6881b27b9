#include "core/masterdata/MasterDataEdit.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

using namespace pmc::core;

namespace {

FactoryModel smallFactory()
{
    FactoryModel model;
    model.calendar.setWorkdays({1, 2, 3, 4, 5});
    model.suppliers = {{"S1", "Steel"}};
    Item bike{"BIKE", "Bike", ItemType::Finished, "pcs", ItemSource::Make, 2};
    Item tube{"TUBE", "Tube", ItemType::Raw, "m", ItemSource::Buy, 10};
    tube.supplier = "S1";
    model.items = {bike, tube};
    model.boms = {{"BIKE", "TUBE", 2.4, 0.02}};
    model.workCenters = {{"WELD", "Welding", "Frame shop", 2, 1.0}};
    model.routings = {{"BIKE", {{10, "WELD", 30, 12}}}};
    model.inventory = {{"TUBE", 120}};
    return model;
}

} // namespace

TEST(MasterDataEdit, changesAddsAndRemovesRowsAndItsInverseRestoresTheModel)
{
    const FactoryModel original = smallFactory();
    FactoryModel model = original;
    MasterDataEdit edit;
    Item tube = model.items[1];
    tube.leadTimeDays = 12;
    tube.minStock = 50;
    edit.items.push_back({model.items[1], tube});
    Item saddle{"SADDLE", "Saddle", ItemType::Raw, "pcs", ItemSource::Buy, 5};
    edit.items.push_back({std::nullopt, saddle});
    edit.boms.push_back({std::nullopt, BomLine{"BIKE", "SADDLE", 1}});
    edit.inventory.push_back({model.inventory[0], std::nullopt});
    Calendar calendar = model.calendar;
    calendar.setHolidays({Date::fromYmd(2026, 10, 1)});
    edit.calendar = std::make_pair(model.calendar, calendar);

    ASSERT_TRUE(applyValidatedEdit(model, edit).ok());
    EXPECT_EQ(model.items[1].leadTimeDays, 12);
    EXPECT_EQ(model.items[2].code, "SADDLE");
    EXPECT_EQ(model.boms.size(), 2u);
    EXPECT_TRUE(model.inventory.empty());
    EXPECT_FALSE(model.calendar.isWorkday(Date::fromYmd(2026, 10, 1)));

    applyEdit(model, edit.inverse());
    EXPECT_EQ(model, original);
}

TEST(MasterDataEdit, anInvalidResultIsRefusedWithThePathAndTheModelIsKept)
{
    const FactoryModel original = smallFactory();
    FactoryModel model = original;
    MasterDataEdit edit;
    Item tube = model.items[1];
    tube.defectRate = 1.5;
    edit.items.push_back({model.items[1], tube});
    edit.boms.push_back({std::nullopt, BomLine{"TUBE", "BIKE", 1}}); // closes a cycle

    const ValidationResult issues = applyValidatedEdit(model, edit);
    ASSERT_FALSE(issues.ok());
    bool namedDefectRate = false;
    bool namedCycle = false;
    for (const ValidationIssue& issue : issues.issues()) {
        namedDefectRate |= issue.path == "items[1].defect_rate";
        namedCycle |= issue.toString().find("cycle") != std::string::npos;
    }
    EXPECT_TRUE(namedDefectRate);
    EXPECT_TRUE(namedCycle);
    EXPECT_EQ(model, original);
}

TEST(MasterDataEdit, removingAReferencedItemIsRefused)
{
    FactoryModel model = smallFactory();
    const FactoryModel original = model;
    MasterDataEdit edit;
    edit.items.push_back({model.items[0], std::nullopt}); // BIKE: its BOM row and routing remain
    EXPECT_FALSE(applyValidatedEdit(model, edit).ok());
    EXPECT_EQ(model, original); // the row is back in its place, not re-added at the end
}

TEST(MasterDataEdit, aStaleEditThrowsAndChangesNothing)
{
    FactoryModel model = smallFactory();
    const FactoryModel original = model;
    MasterDataEdit edit;
    Item stale = model.items[0];
    stale.name = "not what is stored";
    Item renamed = stale;
    renamed.name = "Bike 2";
    edit.suppliers.push_back({model.suppliers[0], Supplier{"S1", "Steel Co."}});
    edit.items.push_back({stale, renamed});
    EXPECT_THROW(applyEdit(model, edit), std::invalid_argument);
    EXPECT_EQ(model, original);
}

TEST(MasterDataEdit, waitingTimesAfterAnOperationAddUp)
{
    Operation op{10, "WELD", 30, 12, 60, 15, 5};
    EXPECT_DOUBLE_EQ(op.minutesAfter(), 80);
}

TEST(MasterDataEdit, plannableStockCountsInspectionAndSubtractsAllocation)
{
    InventoryRecord r{"TUBE", 100, 20, 30};
    EXPECT_DOUBLE_EQ(r.plannable(), 90);
    FactoryModel model = smallFactory();
    model.inventory = {r, {"TUBE", 5}};
    EXPECT_DOUBLE_EQ(model.onHandByItem().at("TUBE"), 95);
}

TEST(MasterDataEdit, aLargeEditKeepsOrderAndAppliesChangesInSequence)
{
    FactoryModel model;
    for (int i = 0; i < 20000; ++i)
        model.items.push_back({"I" + std::to_string(i), "", ItemType::Raw, "pcs", ItemSource::Buy, 1});
    MasterDataEdit edit;
    for (int i = 0; i < 20000; i += 2) {
        Item changed = model.items[static_cast<std::size_t>(i)];
        changed.leadTimeDays = 9;
        edit.items.push_back({model.items[static_cast<std::size_t>(i)], changed});
        edit.items.push_back({model.items[static_cast<std::size_t>(i) + 1], std::nullopt});
    }
    Item added{"NEW", "", ItemType::Raw, "pcs", ItemSource::Buy, 1};
    Item addedChanged = added;
    addedChanged.name = "changed after being added";
    edit.items.push_back({std::nullopt, added});
    edit.items.push_back({added, addedChanged});

    FactoryModel result = model;
    applyEdit(result, edit);
    ASSERT_EQ(result.items.size(), 10001u);
    EXPECT_EQ(result.items[1].code, "I2");
    EXPECT_EQ(result.items[1].leadTimeDays, 9);
    EXPECT_EQ(result.items.back(), addedChanged);
    applyEdit(result, edit.inverse());
    EXPECT_EQ(result.items.size(), model.items.size());
    std::sort(result.items.begin(), result.items.end(), [](const Item& a, const Item& b) { return a.code < b.code; });
    std::sort(model.items.begin(), model.items.end(), [](const Item& a, const Item& b) { return a.code < b.code; });
    EXPECT_EQ(result.items, model.items);
}

TEST(MasterDataEdit, orderSectionsAreEditedByNumberAndUndone)
{
    FactoryModel model = smallFactory();
    const Date due = Date::fromYmd(2026, 12, 10);
    model.workOrders = {{"WO-1", "BIKE", 10, due, 2}};
    model.firmPlannedOrders = {{"FPO-00001", "BIKE", 5, due, due - 2}};
    const FactoryModel original = model;
    MasterDataEdit edit;
    WorkOrder wo = model.workOrders[0];
    wo.qty = 12;
    edit.workOrders.push_back({model.workOrders[0], wo});
    edit.workOrders.push_back({std::nullopt, WorkOrder{"WO-2", "BIKE", 5, due, 0}});
    edit.firmPlannedOrders.push_back({model.firmPlannedOrders[0], std::nullopt});
    edit.purchaseRequisitions.push_back({std::nullopt, PurchaseRequisition{"PR-00001", "TUBE", 100, due, due - 10, "S1"}});
    EXPECT_FALSE(edit.empty());

    ASSERT_TRUE(applyValidatedEdit(model, edit).ok());
    EXPECT_EQ(model.workOrders[0].qty, 12);
    EXPECT_EQ(model.workOrders[1].number, "WO-2");
    EXPECT_TRUE(model.firmPlannedOrders.empty());
    EXPECT_EQ(model.purchaseRequisitions.size(), 1u);
    applyEdit(model, edit.inverse());
    EXPECT_EQ(model, original);

    MasterDataEdit stale;
    stale.workOrders.push_back({WorkOrder{"WO-9", "BIKE", 1, due, 0}, std::nullopt});
    EXPECT_THROW(applyEdit(model, stale), std::invalid_argument);
}

TEST(MasterDataEdit, settingsAndReviewPolicyAreEditedAsWholesAndUndone)
{
    FactoryModel model = smallFactory();
    const FactoryModel original = model;
    PlanningSettings settings = model.settings;
    settings.today = Date::fromYmd(2026, 11, 2);
    settings.horizonDays = 90;
    settings.salesOrderNumberPattern = "DD{yy}-{#####}";
    OrderReviewPolicy policy = model.reviewPolicy;
    policy.setRequirement(Department::Quality, ReviewRequirement::Never);
    MasterDataEdit edit;
    edit.settings = std::make_pair(model.settings, settings);
    edit.reviewPolicy = std::make_pair(model.reviewPolicy, policy);
    EXPECT_FALSE(edit.empty());

    ASSERT_TRUE(applyValidatedEdit(model, edit).ok());
    EXPECT_EQ(model.settings.today, Date::fromYmd(2026, 11, 2));
    EXPECT_EQ(model.settings.horizonDays, 90);
    EXPECT_EQ(model.settings.materialBufferDays, original.settings.materialBufferDays);
    EXPECT_EQ(model.reviewPolicy.requirement(Department::Quality), ReviewRequirement::Never);
    EXPECT_EQ(model.reviewPolicy.requirement(Department::Engineering), ReviewRequirement::CustomOnly);

    const MasterDataEdit undo = edit.inverse();
    ASSERT_TRUE(undo.settings && undo.reviewPolicy);
    EXPECT_EQ(undo.settings->second, original.settings);
    applyEdit(model, undo);
    EXPECT_EQ(model, original);
}

TEST(MasterDataEdit, aSettingsEditWithAnOutdatedBeforeIsRefusedWhole)
{
    FactoryModel model = smallFactory();
    PlanningSettings outdated = model.settings;
    outdated.horizonDays = 60; // the model has 120
    PlanningSettings after = outdated;
    after.materialBufferDays = 5;
    Supplier renamed = model.suppliers[0];
    renamed.name = "Steel Co.";
    MasterDataEdit edit;
    edit.suppliers.push_back({model.suppliers[0], renamed});
    edit.settings = std::make_pair(outdated, after);
    const FactoryModel original = model;
    try {
        applyEdit(model, edit);
        FAIL() << "an outdated settings edit was applied";
    } catch (const std::invalid_argument& e) {
        EXPECT_STREQ(e.what(), "the planning settings are no longer as the edit expects");
    }
    EXPECT_EQ(model, original);

    MasterDataEdit policyEdit;
    OrderReviewPolicy stale = model.reviewPolicy;
    stale.setRequirement(Department::Sales, ReviewRequirement::Never);
    policyEdit.reviewPolicy = std::make_pair(stale, OrderReviewPolicy{});
    EXPECT_THROW(applyEdit(model, policyEdit), std::invalid_argument);
    EXPECT_EQ(model, original);
}

TEST(MasterDataEdit, anInvalidNumberPatternIsRefusedAndTheSettingsKept)
{
    FactoryModel model = smallFactory();
    const FactoryModel original = model;
    PlanningSettings settings = model.settings;
    settings.salesOrderNumberPattern = "SO-{####}-{##}";
    MasterDataEdit edit;
    edit.settings = std::make_pair(model.settings, settings);
    const ValidationResult issues = applyValidatedEdit(model, edit);
    ASSERT_EQ(issues.issues().size(), 1u);
    EXPECT_EQ(issues.issues()[0].toString(),
              "settings.sales_order_number_pattern: the pattern has more than one counter {#…}");
    EXPECT_EQ(model, original);
}
