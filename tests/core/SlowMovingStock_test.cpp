#include "core/FactoryModel.h"
#include "core/inventory/SlowMovingStock.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

Date nov(int day) { return Date::fromYmd(2026, 11, day); }

FactoryModel warehouse()
{
    FactoryModel model;
    model.settings.today = nov(25);
    for (const auto& [code, cost] : std::vector<std::pair<std::string, double>>{{"FRAME", 300}, {"TUBE", 2}, {"BOLT", 0.1}, {"PAINT", 50}}) {
        Item item;
        item.code = code;
        item.unitCost = cost;
        model.items.push_back(item);
    }
    model.boms.push_back({"FRAME", "TUBE", 2, 0.0});
    model.inventory = {{"TUBE", 500, 0}, {"BOLT", 1000, 0}, {"PAINT", 10, 0}, {"FRAME", 3, 0}};
    model.workOrders.push_back({"WO-1", "FRAME", 30, nov(30), 10});
    model.purchaseOrders.push_back({"PO-1", "BOLT", 1000, nov(1), "S", 1000});
    return model;
}

} // namespace

TEST(SlowMovingStock, stockIdleForTheDaysWithValueAndConsumers)
{
    KpiHistory history;
    history.issues = {{"WO-1", "TUBE", 10, Date::fromYmd(2026, 7, 1), ""}, {"WO-1", "TUBE", 5, Date::fromYmd(2026, 8, 1), ""}};
    PurchaseReceipt bolts;
    bolts.purchaseOrder = "PO-1";
    bolts.date = nov(2);
    bolts.qty = 1000;
    history.receipts = {bolts};
    const SlowMovingReview review = reviewSlowMovingStock(warehouse(), history, 90);
    // TUBE last moved 2026-08-01 (116 days); BOLT came in on 11-02; PAINT and FRAME have no movement on record.
    ASSERT_EQ(review.items.size(), 1u);
    EXPECT_EQ(review.items[0].item, "TUBE");
    EXPECT_EQ(*review.items[0].lastMovement, Date::fromYmd(2026, 8, 1));
    EXPECT_EQ(*review.items[0].idleDays, 116);
    EXPECT_EQ(review.items[0].value, 1000);
    ASSERT_EQ(review.items[0].consumers.size(), 1u);
    // WO-1 still needs 20 × 2 − 15 issued.
    EXPECT_EQ(review.items[0].consumers[0].order, "WO-1");
    EXPECT_EQ(review.items[0].consumers[0].qty, 25);
    EXPECT_EQ(review.items[0].consumable(), 25);
    ASSERT_EQ(review.unrecorded.size(), 2u);
    EXPECT_EQ(review.unrecorded[0].item, "FRAME"); // 900, no movement recorded
    EXPECT_FALSE(review.unrecorded[0].lastMovement);
    EXPECT_EQ(review.unrecorded[1].item, "PAINT");
    EXPECT_DOUBLE_EQ(review.stockValue, 1000 + 100 + 500 + 900);
    EXPECT_DOUBLE_EQ(review.slowValue, 1000);
    EXPECT_NEAR(*review.ratio(), 1000.0 / 2500, 1e-12);
    EXPECT_TRUE(reviewSlowMovingStock(warehouse(), history, 120).items.empty()); // TUBE is not yet 120 days idle
}
