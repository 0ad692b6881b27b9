#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"
#include "store/StoreError.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace pmc;

namespace {

core::FactoryModel demo(store::FactoryDatabase& db)
{
    db.seedDemoIfEmpty();
    return db.load();
}

} // namespace

TEST(MasterDataEditStore, storedEditsReloadExactlyAsAppliedInMemory)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.database("f.db"));
    core::FactoryModel model = demo(db);

    core::MasterDataEdit edit;
    core::Item changed = model.items[3];
    changed.name = "改名 renamed";
    changed.maxStock = 500;
    changed.buyer = "王工";
    edit.items.push_back({model.items[3], changed});
    core::Item added{"NEW-1", "新物料", core::ItemType::Raw, "kg", core::ItemSource::Buy, 7};
    added.defectRate = 0.01;
    edit.items.push_back({std::nullopt, added});
    edit.boms.push_back({model.boms[2], std::nullopt});
    core::BomLine bomChanged = model.boms[0];
    bomChanged.qtyPer = 3.5;
    bomChanged.validFrom = core::Date::fromYmd(2026, 12, 1);
    edit.boms.push_back({model.boms[0], bomChanged});
    core::Routing routing = model.routings[1];
    routing.operations[0].queueMinutes = 120;
    routing.operations.push_back({99, routing.operations[0].workCenter, 0, 1.5, 0, 30, 10});
    edit.routings.push_back({model.routings[1], routing});
    core::WorkCenter wc = model.workCenters[0];
    wc.line = "L1";
    edit.workCenters.push_back({model.workCenters[0], wc});
    edit.suppliers.push_back({std::nullopt, core::Supplier{"S-NEW", "新供应商", "李四", "138"}});
    core::InventoryRecord stock = model.inventory[0];
    stock.onInspection = 10;
    stock.allocated = 4;
    edit.inventory.push_back({model.inventory[0], stock});
    edit.inventory.push_back({std::nullopt, core::InventoryRecord{"NEW-1", 3}});
    core::Calendar calendar = model.calendar;
    calendar.setExtraWorkdays({core::Date::fromYmd(2026, 12, 6)});
    edit.calendar = std::make_pair(model.calendar, calendar);

    ASSERT_TRUE(db.applyEdit(edit).ok());
    core::FactoryModel expected = model;
    core::applyEdit(expected, edit);
    EXPECT_EQ(db.load(), expected);
    // The extension keys survive the scenario JSON round trip too.
    const core::FactoryModel reread = store::readScenarioText(store::writeScenario(expected).dump()).model;
    EXPECT_EQ(reread, expected);

    // Undone, a removed row comes back last, in memory and in the database alike.
    ASSERT_TRUE(db.applyEdit(edit.inverse()).ok());
    core::FactoryModel undone = expected;
    core::applyEdit(undone, edit.inverse());
    EXPECT_EQ(db.load(), undone);
    EXPECT_EQ(undone.items, model.items);
    EXPECT_EQ(undone.boms.size(), model.boms.size());
    EXPECT_EQ(undone.boms.back(), model.boms[2]);
}

TEST(MasterDataEditStore, aRefusedEditWritesNothing)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.database("f.db"));
    const core::FactoryModel model = demo(db);
    core::MasterDataEdit edit;
    core::Item bad = model.items[0];
    bad.lot.rule = core::LotRule::Fixed;
    bad.lot.size = 0;
    edit.items.push_back({model.items[0], bad});
    const core::ValidationResult issues = db.applyEdit(edit);
    ASSERT_FALSE(issues.ok());
    EXPECT_EQ(issues.issues()[0].path, "items[0].lot.size");
    EXPECT_EQ(db.load(), model);
}

TEST(MasterDataEditStore, removingAnItemWithItsRowsInOneEditIsAllowed)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.database("f.db"));
    core::FactoryModel model = demo(db);
    core::MasterDataEdit edit;
    core::Item extra{"TMP", "temp", core::ItemType::Raw, "pcs", core::ItemSource::Buy, 1};
    edit.items.push_back({std::nullopt, extra});
    edit.boms.push_back({std::nullopt, core::BomLine{model.items[0].code, "TMP", 1}});
    ASSERT_TRUE(db.applyEdit(edit).ok());
    // Item before its BOM row in the edit: foreign keys are checked at commit, not per row.
    core::MasterDataEdit removal;
    removal.items.push_back({extra, std::nullopt});
    removal.boms.push_back({core::BomLine{model.items[0].code, "TMP", 1}, std::nullopt});
    ASSERT_TRUE(db.applyEdit(removal).ok());
    EXPECT_EQ(db.load(), model);
}

TEST(MasterDataEditStore, rowsWithTheSameKeyAreToldApartByTheirValues)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.database("f.db"));
    core::FactoryModel model = demo(db);
    const core::BomLine first{model.items[0].code, model.items.back().code, 1};
    const core::BomLine second{model.items[0].code, model.items.back().code, 2};
    core::MasterDataEdit add;
    add.boms = {{std::nullopt, first}, {std::nullopt, second}};
    ASSERT_TRUE(db.applyEdit(add).ok());
    core::applyEdit(model, add);

    core::BomLine changed = second;
    changed.scrapRate = 0.05;
    core::MasterDataEdit edit;
    edit.boms = {{second, changed}, {first, std::nullopt}};
    ASSERT_TRUE(db.applyEdit(edit).ok());
    core::applyEdit(model, edit);
    EXPECT_EQ(db.load(), model);
    EXPECT_EQ(model.boms.back(), changed);
}

TEST(MasterDataEditStore, orderSectionsReloadAsAppliedInMemoryAndUndo)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.database("f.db"));
    const core::FactoryModel model = demo(db);
    const core::Date due = model.settings.today + 20;
    const core::FirmPlannedOrder firm{"FPO-00001", "EB-A100", 30, due, due - 3};
    core::MasterDataEdit add;
    add.firmPlannedOrders.push_back({std::nullopt, firm});
    add.purchaseRequisitions.push_back({std::nullopt, core::PurchaseRequisition{"PR-00001", "RM-TUBE-38", 400, due, due - 10, "S-001"}});
    add.purchaseRequisitions.push_back({std::nullopt, core::PurchaseRequisition{"PR-00002", "RM-TUBE-25", 50, due, due, ""}});
    ASSERT_TRUE(db.applyEdit(add).ok());
    core::FactoryModel expected = model;
    core::applyEdit(expected, add);
    EXPECT_EQ(db.load(), expected);

    // Converting the firm order: it goes, a work order comes, a requisition changes.
    core::MasterDataEdit convert;
    convert.firmPlannedOrders.push_back({firm, std::nullopt});
    convert.workOrders.push_back({std::nullopt, core::WorkOrder{"WO-00001", "EB-A100", 30, due, 0}});
    core::WorkOrder wo = model.workOrders[1];
    wo.qty += 5;
    convert.workOrders.push_back({model.workOrders[1], wo});
    core::PurchaseRequisition pr = expected.purchaseRequisitions[0];
    pr.qty = 450;
    pr.supplier = "";
    convert.purchaseRequisitions.push_back({expected.purchaseRequisitions[0], pr});
    ASSERT_TRUE(db.applyEdit(convert).ok());
    core::FactoryModel converted = expected;
    core::applyEdit(converted, convert);
    EXPECT_EQ(db.load(), converted);
    EXPECT_EQ(converted.workOrders[1], wo);

    ASSERT_TRUE(db.applyEdit(convert.inverse()).ok());
    EXPECT_EQ(db.load(), expected);
    ASSERT_TRUE(db.applyEdit(add.inverse()).ok());
    EXPECT_EQ(db.load(), model);
}

TEST(MasterDataEditStore, plannedOrdersLeaveTheLastRunWithTheEditAndComeBackWithItsUndo)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.database("f.db"));
    demo(db);
    const core::MrpResult run = db.runMrp();
    ASSERT_GE(run.plannedOrders.size(), 2u);
    const core::PlannedOrder& taken = run.plannedOrders[1];
    const core::Date due = taken.due;
    core::MasterDataEdit edit;
    edit.firmPlannedOrders.push_back({std::nullopt, core::FirmPlannedOrder{"FPO-00001", taken.item, taken.qty, due, taken.release}});
    const store::PlannedOrderChanges removal{db.lastMrpRunAt(), {taken}, {}};
    ASSERT_TRUE(db.applyEdit(edit, removal).ok());
    core::MrpResult expected = run;
    expected.plannedOrders.erase(expected.plannedOrders.begin() + 1);
    EXPECT_EQ(db.lastMrpRun(), expected);

    ASSERT_TRUE(db.applyEdit(edit.inverse(), removal.inverse()).ok());
    EXPECT_EQ(db.lastMrpRun(), run);

    // Changes for another run than the stored one leave the run alone.
    const store::PlannedOrderChanges stale{"1999-01-01T00:00:00", {taken}, {}};
    ASSERT_TRUE(db.applyEdit(edit, stale).ok());
    EXPECT_EQ(db.lastMrpRun(), run);
}

TEST(MasterDataEditStore, salesOrderEditsReloadAndLeaveAHistory)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.database("so.db"));
    core::FactoryModel model = demo(db);
    const core::SalesOrder before = model.salesOrders[0];
    core::SalesOrder after = before;
    after.lines[0].qty += 5;
    after.lines[0].shipments.push_back({"DN-7", model.settings.today, 2});
    after.status = core::SalesOrderStatus::PartiallyShipped;
    after.reviews.push_back({core::Department::Quality, core::ReviewVerdict::Reject, std::nullopt, "无检测能力", "王五", "2026-11-25T08:00"});
    core::SalesOrder added = before;
    added.number = "SO-NEW-1";
    added.status = core::SalesOrderStatus::Draft;
    core::MasterDataEdit edit;
    edit.salesOrders.push_back({before, after});
    edit.salesOrders.push_back({std::nullopt, added});
    ASSERT_TRUE(db.applyEdit(edit).ok());

    const core::FactoryModel reloaded = db.load();
    EXPECT_EQ(reloaded.salesOrders[0], after);
    EXPECT_EQ(reloaded.salesOrders.back(), added);
    const std::vector<core::SalesOrderEvent> history = db.salesOrderHistory(before.number);
    std::vector<std::string> kinds;
    for (const core::SalesOrderEvent& e : history) {
        kinds.push_back(e.kind);
        EXPECT_FALSE(e.at.empty());
        EXPECT_FALSE(e.author.empty());
    }
    EXPECT_EQ(kinds, (std::vector<std::string>{"status", "qty", "shipment", "review"}));
    EXPECT_EQ(db.salesOrderHistory("SO-NEW-1").at(0).kind, "created");

    // The undo is a change too: the history keeps both.
    ASSERT_TRUE(db.applyEdit(edit.inverse()).ok());
    EXPECT_EQ(db.load().salesOrders, model.salesOrders);
    EXPECT_EQ(db.salesOrderHistory(before.number).size(), 8u);
    EXPECT_EQ(db.salesOrderHistory("SO-NEW-1").back().kind, "removed");
}

TEST(MasterDataEditStore, anExpeditedPurchaseOrderReloadsAndUndoes)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.database("po.db"));
    core::FactoryModel model = demo(db);
    core::PurchaseOrder expedited = model.purchaseOrders[0];
    expedited.due = expedited.due - 3;
    core::MasterDataEdit edit;
    edit.purchaseOrders.push_back({model.purchaseOrders[0], expedited});
    ASSERT_TRUE(db.applyEdit(edit).ok());
    EXPECT_EQ(db.load().purchaseOrders[0], expedited);
    ASSERT_TRUE(db.applyEdit(edit.inverse()).ok());
    EXPECT_EQ(db.load().purchaseOrders, model.purchaseOrders);
}

TEST(MasterDataEditStore, settingsAndReviewPolicyReloadAsEditedAndUndo)
{
    test::TempDir dir;
    const std::string file = dir.database("f.db");
    core::FactoryModel model;
    core::MasterDataEdit edit;
    {
        store::FactoryDatabase db(file);
        model = demo(db);
        core::PlanningSettings settings = model.settings;
        settings.today = core::Date::fromYmd(2026, 11, 30);
        settings.horizonDays = 45;
        settings.materialBufferDays = 0;
        settings.salesOrderNumberPattern = "订单{yy}{MM}-{###}";
        core::OrderReviewPolicy policy = model.reviewPolicy;
        policy.setRequirement(core::Department::Engineering, core::ReviewRequirement::Always);
        policy.setRequirement(core::Department::Pmc, core::ReviewRequirement::Never);
        edit.settings = std::make_pair(model.settings, settings);
        edit.reviewPolicy = std::make_pair(model.reviewPolicy, policy);
        ASSERT_TRUE(db.applyEdit(edit).ok());
    }
    store::FactoryDatabase reopened(file);
    const core::FactoryModel reloaded = reopened.load();
    EXPECT_EQ(reloaded.settings.today, core::Date::fromYmd(2026, 11, 30));
    EXPECT_EQ(reloaded.settings.horizonDays, 45);
    EXPECT_EQ(reloaded.settings.materialBufferDays, 0);
    EXPECT_EQ(reloaded.settings.salesOrderNumberPattern, "订单{yy}{MM}-{###}");
    EXPECT_EQ(reloaded.reviewPolicy.requirement(core::Department::Engineering), core::ReviewRequirement::Always);
    EXPECT_EQ(reloaded.reviewPolicy.requirement(core::Department::Pmc), core::ReviewRequirement::Never);
    EXPECT_EQ(reloaded.reviewPolicy.requirement(core::Department::Quality), core::ReviewRequirement::Always);
    core::FactoryModel expected = model;
    core::applyEdit(expected, edit);
    EXPECT_EQ(reloaded, expected);

    ASSERT_TRUE(reopened.applyEdit(edit.inverse()).ok());
    EXPECT_EQ(reopened.load(), model);
}

TEST(MasterDataEditStore, aSettingsEditIsRolledBackWithTheRestOfItsTransaction)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.database("f.db"));
    const core::FactoryModel model = demo(db);
    const core::MrpResult run = db.runMrp();
    ASSERT_FALSE(run.plannedOrders.empty());
    core::PlanningSettings settings = model.settings;
    settings.salesOrderNumberPattern = "X-{####}";
    core::OrderReviewPolicy policy;
    policy.setRequirement(core::Department::Sales, core::ReviewRequirement::Never);
    core::MasterDataEdit edit;
    edit.settings = std::make_pair(model.settings, settings);
    edit.reviewPolicy = std::make_pair(model.reviewPolicy, policy);
    // Giving back a planned order the run still holds fails after the settings were written.
    const store::PlannedOrderChanges duplicate{db.lastMrpRunAt(), {}, {run.plannedOrders[0]}};
    EXPECT_THROW(db.storeEdit(edit, duplicate), store::StoreError);
    EXPECT_EQ(db.load(), model);
}
