#include "core/mrp/PlannedOrderRelease.h"

#include "MrpTestFactory.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace pmc::core;

namespace {

using test::day;

/// A bike made from a bought tube, with work orders and a firm planned order already numbered,
/// and an MRP run proposing one order of each.
struct Fixture : test::MrpTestFactory {
    MrpResult mrp;

    Fixture()
    {
        model.suppliers = {{"S1", "Steel"}};
        make("BIKE", 2);
        buy("TUBE", 10, 0, "m").supplier = "S1";
        wo("WO-0007", "BIKE", 5, day(3), 1);
        wo("WO-X", "BIKE", 1, day(4));
        model.firmPlannedOrders = {{"FPO-00041", "BIKE", 8, day(20), day(16)}};
        mrp.plannedOrders = {{"PLN-00001", "BIKE", 30, day(10), day(8), ItemSource::Make, {{"SO-1/1", 30}}},
                             {"PLN-00002", "TUBE", 200, day(5), day(0), ItemSource::Buy, {{"PLN-00001", 73.44}}}};
    }
};

std::vector<std::string> ids(std::initializer_list<const char*> list) { return {list.begin(), list.end()}; }

} // namespace

TEST(PlannedOrderRelease, firmTurnsPlannedOrdersIntoNumberedFirmOrders)
{
    Fixture f;
    const PlannedOrderRelease release = PlannedOrderRelease::firm(f.model, f.mrp, ids({"PLN-00002", "PLN-00001"}));
    ASSERT_TRUE(release.ok());
    EXPECT_EQ(release.firmPlannedOrders, ids({"FPO-00042", "FPO-00043"}));
    ASSERT_EQ(release.edit.firmPlannedOrders.size(), 2u);
    EXPECT_EQ(release.edit.firmPlannedOrders[0].after,
              (FirmPlannedOrder{"FPO-00042", "TUBE", 200, day(5), day(0)}));
    EXPECT_EQ(release.edit.firmPlannedOrders[1].after,
              (FirmPlannedOrder{"FPO-00043", "BIKE", 30, day(10), day(8)}));
    EXPECT_TRUE(release.edit.workOrders.empty());
    ASSERT_EQ(release.consumed.size(), 2u);
    EXPECT_EQ(release.consumed[0].id, "PLN-00002");
}

TEST(PlannedOrderRelease, firmLeavesFirmOrdersAsTheyAre)
{
    Fixture f;
    const PlannedOrderRelease release = PlannedOrderRelease::firm(f.model, f.mrp, ids({"FPO-00041"}));
    ASSERT_TRUE(release.ok());
    EXPECT_TRUE(release.edit.empty());
    EXPECT_EQ(release.alreadyFirm, ids({"FPO-00041"}));
}

TEST(PlannedOrderRelease, convertMakesWorkOrdersAndRequisitionsByItemSource)
{
    Fixture f;
    const PlannedOrderRelease release = PlannedOrderRelease::convert(f.model, f.mrp, ids({"PLN-00001", "PLN-00002"}));
    ASSERT_TRUE(release.ok());
    // WO-0007 is the largest numbered work order; WO-X has no number to count on.
    EXPECT_EQ(release.workOrders, ids({"WO-00008"}));
    EXPECT_EQ(release.purchaseRequisitions, ids({"PR-00001"}));
    ASSERT_EQ(release.edit.workOrders.size(), 1u);
    EXPECT_EQ(release.edit.workOrders[0].after, (WorkOrder{"WO-00008", "BIKE", 30, day(10), 0}));
    ASSERT_EQ(release.edit.purchaseRequisitions.size(), 1u);
    EXPECT_EQ(release.edit.purchaseRequisitions[0].after,
              (PurchaseRequisition{"PR-00001", "TUBE", 200, day(5), day(0), "S1"}));
}

TEST(PlannedOrderRelease, convertingAFirmOrderRemovesIt)
{
    Fixture f;
    const PlannedOrderRelease release = PlannedOrderRelease::convert(f.model, f.mrp, ids({"FPO-00041"}));
    ASSERT_TRUE(release.ok());
    ASSERT_EQ(release.edit.firmPlannedOrders.size(), 1u);
    EXPECT_EQ(release.edit.firmPlannedOrders[0].before, f.model.firmPlannedOrders[0]);
    EXPECT_FALSE(release.edit.firmPlannedOrders[0].after);
    EXPECT_EQ(release.edit.workOrders[0].after, (WorkOrder{"WO-00008", "BIKE", 8, day(20), 0}));
    EXPECT_TRUE(release.consumed.empty());

    FactoryModel after = f.model;
    ASSERT_TRUE(applyValidatedEdit(after, release.edit).ok());
    EXPECT_TRUE(after.firmPlannedOrders.empty());
    EXPECT_EQ(after.workOrders.back().number, "WO-00008");
    applyEdit(after, release.edit.inverse());
    EXPECT_EQ(after, f.model);
}

TEST(PlannedOrderRelease, unknownIdsRefuseTheWholeSelection)
{
    Fixture f;
    const PlannedOrderRelease release
        = PlannedOrderRelease::convert(f.model, f.mrp, ids({"PLN-00001", "PLN-00099", "FPO-7"}));
    EXPECT_FALSE(release.ok());
    EXPECT_EQ(release.unknown, ids({"PLN-00099", "FPO-7"}));
    EXPECT_TRUE(release.edit.empty());
    EXPECT_TRUE(release.consumed.empty());
    EXPECT_EQ(release.error(), "unknown planned order or firm planned order: PLN-00099, FPO-7");
}

TEST(PlannedOrderRelease, aRepeatedIdIsConvertedOnce)
{
    Fixture f;
    const PlannedOrderRelease release = PlannedOrderRelease::convert(f.model, f.mrp, ids({"PLN-00001", "PLN-00001"}));
    EXPECT_EQ(release.workOrders.size(), 1u);
}

TEST(PlannedOrderRelease, releaseAllListsPlannedOrdersThenFirmOrders)
{
    Fixture f;
    EXPECT_EQ(releasableIds(f.model, f.mrp), ids({"PLN-00001", "PLN-00002", "FPO-00041"}));
    const auto all = releasableIds(f.model, f.mrp);
    const PlannedOrderRelease release = PlannedOrderRelease::convert(f.model, f.mrp, all);
    EXPECT_EQ(release.workOrders, ids({"WO-00008", "WO-00009"}));
    FactoryModel after = f.model;
    EXPECT_TRUE(applyValidatedEdit(after, release.edit).ok());
}

TEST(PlannedOrderRelease, numbersContinueBeyondFiveDigits)
{
    Fixture f;
    f.model.workOrders.push_back({"WO-123456", "BIKE", 1, day(0), 0});
    const PlannedOrderRelease release = PlannedOrderRelease::convert(f.model, f.mrp, ids({"PLN-00001"}));
    EXPECT_EQ(release.workOrders, ids({"WO-123457"}));
}

TEST(PlannedOrderRelease, ordersPeggedToAFirmedOrConvertedOneServeItsNewNumber)
{
    Fixture f;
    PlannedOrderRelease release = PlannedOrderRelease::firm(f.model, f.mrp, ids({"PLN-00001"}));
    ASSERT_EQ(release.consumed.size(), 2u);
    EXPECT_EQ(release.consumed[1].id, "PLN-00002");
    ASSERT_EQ(release.added.size(), 2u);
    EXPECT_EQ(release.added[0].id, "FPO-00042");
    EXPECT_EQ(release.added[1].id, "PLN-00002");
    EXPECT_EQ(release.added[1].pegging, (std::vector<Pegging>{{"FPO-00042", 73.44}}));
    release = PlannedOrderRelease::convert(f.model, f.mrp, ids({"PLN-00001"}));
    ASSERT_EQ(release.added.size(), 1u);
    EXPECT_EQ(release.added[0].pegging, (std::vector<Pegging>{{"WO-00008", 73.44}}));
    // Nothing pegged to the selection: nothing else moves.
    release = PlannedOrderRelease::firm(f.model, f.mrp, ids({"PLN-00002"}));
    EXPECT_EQ(release.consumed.size(), 1u);
    EXPECT_EQ(release.added.size(), 1u);
}
