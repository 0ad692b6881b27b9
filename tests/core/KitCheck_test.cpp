#include "ScheduleTestShop.h"

#include "core/execution/MaterialIssue.h"
#include "core/plan/DailyPlan.h"
#include "core/plan/KitCheck.h"
#include "core/plan/KittingList.h"
#include "core/plan/StandbyJobs.h"

#include <gtest/gtest.h>

using namespace pmc::core;
using namespace pmc::core::test;

namespace {

/// Today Wednesday 2026-11-25, material buffer 2 days, a schedule written by hand. P needs
/// 2 A (10 % scrap) + 1 B + 1 C; Q needs 1 A; R needs 1 B. Stock: 30 A. PO-1 brings 50 B on
/// 11-27 (usable 11-29). Nothing brings C.
struct KitShop : ScheduleTestShop {
    ScheduleResult schedule;

    KitShop()
    {
        model.settings.materialBufferDays = 2;
        schedule.today = kScheduleToday;
        model.workCenters = {{"L1", "Line 1", "W", 2, 1.0}, {"L2", "Line 2", "W", 1, 1.0}};
        model.items = {{"P", "Product", ItemType::Finished, "pcs", ItemSource::Make},
                       {"Q", "Other", ItemType::Finished, "pcs", ItemSource::Make},
                       {"R", "Third", ItemType::Finished, "pcs", ItemSource::Make},
                       {"A", "Frame", ItemType::Raw, "pcs", ItemSource::Buy},
                       {"B", "Motor", ItemType::Raw, "pcs", ItemSource::Buy},
                       {"C", "Battery", ItemType::Raw, "pcs", ItemSource::Buy}};
        model.boms = {{"P", "A", 2, 0.1}, {"P", "B", 1}, {"P", "C", 1}, {"Q", "A", 1}, {"R", "B", 1}};
        model.inventory = {{"A", 25, 5, 0, "R-01"}, {"B", 0}};
        model.purchaseOrders = {{"PO-1", "B", 50, kScheduleToday + 2, ""}};
    }
    void job(const std::string& order, const std::string& item, double qty, const std::string& wc, int unit, int start)
    {
        wo(order, item, qty, 10);
        schedule.operations.push_back({order, item, qty, 10, wc, unit, start, start + 120});
        schedule.orders.push_back({order, item, true, kScheduleToday + 10, start + 120});
    }
};

} // namespace

TEST(KitCheck, stockGoesFirstComeFirstServedAndFutureSupplyGivesTheKitDate)
{
    KitShop shop;
    shop.job("WO-1", "P", 10, "L1", 0, at(1, 8)); // A 22 from stock, B 10 from PO-1, C never
    shop.job("WO-2", "Q", 5, "L1", 1, at(0, 8));  // starts first: A 5 from stock
    shop.job("WO-3", "R", 20, "L2", 0, at(2, 8)); // B 20 from what PO-1 has left
    const KitCheck check = checkKits(shop.model, shop.mrp, shop.schedule);

    ASSERT_EQ(check.orders.size(), 3u);
    EXPECT_EQ(check.orders[0].order, "WO-2"); // allocation order = first operation's start
    const OrderKit& second = *check.find("WO-2");
    EXPECT_TRUE(second.releasable);
    EXPECT_EQ(second.kitDate, kScheduleToday);
    EXPECT_DOUBLE_EQ(second.components[0].fromStock, 5);

    const OrderKit& first = *check.find("WO-1");
    EXPECT_FALSE(first.releasable);
    EXPECT_FALSE(first.kitDate.has_value()); // C is covered by nothing
    ASSERT_EQ(first.components.size(), 3u);
    EXPECT_NEAR(first.components[0].required, 22, 1e-9); // 10 × 2 × 1.1
    EXPECT_NEAR(first.components[0].fromStock, 22, 1e-9); // 30 − 5 left for it
    EXPECT_DOUBLE_EQ(first.components[1].fromSupply, 10);
    ASSERT_EQ(first.components[1].arrivals.size(), 1u);
    EXPECT_EQ(first.components[1].arrivals[0], (KitArrival{"PO-1", kScheduleToday + 4, 10}));
    EXPECT_DOUBLE_EQ(first.components[2].shortQty, 10);

    const OrderKit& third = *check.find("WO-3");
    EXPECT_FALSE(third.releasable);
    EXPECT_EQ(third.kitDate, kScheduleToday + 4); // PO-1 due 11-27 + 2 buffer days
    EXPECT_DOUBLE_EQ(third.components[0].fromSupply, 20);
}

TEST(KitCheck, stockRunsOutForTheLaterOrderAndAMadeComponentComesFromItsScheduledCompletion)
{
    KitShop shop;
    shop.model.boms.push_back({"Q", "R", 1}); // Q also needs R, made by WO-9
    shop.job("WO-1", "Q", 20, "L1", 0, at(0, 8));
    shop.job("WO-2", "Q", 20, "L1", 0, at(0, 13));
    shop.job("WO-9", "R", 40, "L2", 0, at(0, 8)); // completes day 0 10:00; R needs B from PO-1
    const KitCheck check = checkKits(shop.model, shop.mrp, shop.schedule);

    const OrderKit& late = *check.find("WO-2");
    EXPECT_DOUBLE_EQ(late.components[0].fromStock, 10); // 30 A: 20 went to WO-1
    EXPECT_DOUBLE_EQ(late.components[0].shortQty, 10);
    EXPECT_DOUBLE_EQ(late.components[1].fromSupply, 20);
    EXPECT_EQ(late.components[1].arrivals[0], (KitArrival{"WO-9", kScheduleToday, 20}));
    EXPECT_FALSE(late.releasable);
    EXPECT_FALSE(late.kitDate.has_value());
}

TEST(KitCheck, issuedMaterialReducesWhatAWorkOrderStillNeeds)
{
    KitShop shop;
    shop.model.inventory = {{"A", 0}};
    shop.job("WO-2", "Q", 5, "L1", 0, at(0, 8));
    EXPECT_FALSE(checkKits(shop.model, shop.mrp, shop.schedule).orders[0].releasable);
    const std::vector<MaterialIssue> issues = {{"WO-2", "A", 7, kScheduleToday}, {"WO-2", "A", -2, kScheduleToday}};
    const KitCheck check = checkKits(shop.model, shop.mrp, shop.schedule, issues);
    EXPECT_DOUBLE_EQ(check.orders[0].components[0].required, 0);
    EXPECT_TRUE(check.orders[0].releasable);
}

TEST(KittingList, requiredWithScrapIssuedAllocatedAndShort)
{
    KitShop shop;
    shop.model.inventory = {{"A", 12, 0, 0, "R-01"}, {"A", 0, 0, 0, "R-07"}, {"B", 10, 0, 0, "M-02"}};
    shop.model.boms = {{"P", "A", 2, 0.1}, {"P", "B", 1}};
    shop.job("WO-1", "P", 10, "L1", 0, at(0, 8));
    const std::vector<MaterialIssue> issues = {{"WO-1", "A", 5, kScheduleToday}};
    const KitCheck check = checkKits(shop.model, shop.mrp, shop.schedule, issues);
    const std::optional<KittingList> list = kittingListForOrder(shop.model, check, issues, shop.schedule, "WO-1");
    ASSERT_TRUE(list);
    EXPECT_EQ(list->number, "KL-WO-1");
    const KittingOrder& order = list->orders.at(0);
    EXPECT_EQ(order.workCenter, "L1");
    const KittingLine& a = order.lines.at(0);
    EXPECT_EQ(a.name, "Frame");
    EXPECT_DOUBLE_EQ(a.qtyPer, 2);
    EXPECT_NEAR(a.scrapRate, 0.1, 1e-12);
    EXPECT_NEAR(a.required, 22, 1e-9);
    EXPECT_EQ(a.location, "R-01, R-07");
    EXPECT_DOUBLE_EQ(a.issued, 5);
    EXPECT_NEAR(a.toIssue, 17, 1e-9);
    EXPECT_DOUBLE_EQ(a.allocated, 12);
    EXPECT_NEAR(a.shortQty, 5, 1e-9); // 22 − 5 issued − 12 allocated
    EXPECT_FALSE(a.readyDate.has_value());
    const KittingLine& b = order.lines.at(1);
    EXPECT_DOUBLE_EQ(b.shortQty, 0);
    EXPECT_EQ(b.readyDate, kScheduleToday);
    EXPECT_FALSE(order.releasable);
    EXPECT_FALSE(kittingListForOrder(shop.model, check, issues, shop.schedule, "WO-404"));
}

TEST(KittingList, aDayListTakesTheOrdersOfThePlanOnTheWorkCenter)
{
    KitShop shop;
    shop.job("WO-1", "Q", 1, "L1", 0, at(0, 8));
    shop.job("WO-2", "Q", 1, "L2", 0, at(0, 9));
    shop.job("WO-3", "Q", 1, "L1", 1, at(1, 8)); // another day
    const KitCheck check = checkKits(shop.model, shop.mrp, shop.schedule);
    const DailyPlan plan = buildDailyPlan(shop.model, shop.mrp, shop.schedule, kScheduleToday);
    const KittingList list = kittingListForDay(shop.model, check, {}, shop.schedule, plan, "L1");
    EXPECT_EQ(list.number, "KL-20261125-L1");
    ASSERT_EQ(list.orders.size(), 1u);
    EXPECT_EQ(list.orders[0].order, "WO-1");
    EXPECT_EQ(kittingListForDay(shop.model, check, {}, shop.schedule, plan, "").orders.size(), 2u);
}

TEST(StandbyJobs, theEarliestReleasableLaterOrderOfTheWorkCenterNotInTheDaysPlan)
{
    KitShop shop;
    shop.job("WO-1", "P", 10, "L1", 0, at(0, 8));  // not releasable (C)
    shop.job("WO-5", "Q", 1, "L1", 1, at(0, 9));   // releasable, but already in today's plan
    shop.job("WO-4", "Q", 1, "L1", 0, at(2, 8));   // releasable, after the day
    shop.job("WO-6", "Q", 1, "L1", 1, at(1, 13));  // releasable, the earliest after the day
    shop.job("WO-7", "Q", 1, "L2", 0, at(1, 8));   // releasable, but another work center
    shop.job("WO-8", "R", 20, "L1", 1, at(0, 13)); // waits for PO-1: not releasable either
    const DailyPlan plan = buildDailyPlan(shop.model, shop.mrp, shop.schedule, kScheduleToday);

    ASSERT_EQ(plan.lines.size(), 3u);
    EXPECT_FALSE(plan.lines[0].releasable);
    EXPECT_FALSE(plan.lines[0].kitDate.has_value());
    EXPECT_TRUE(plan.lines[1].releasable);
    EXPECT_EQ(plan.lines[1].kitDate, kScheduleToday);
    EXPECT_EQ(plan.lines[2].kitDate, kScheduleToday + 4);
    ASSERT_EQ(plan.standby.size(), 2u);
    // Each standby goes to one line only: WO-8's line gets the next one.
    EXPECT_EQ(plan.standby[0], (StandbyJob{"L1", 0, "WO-1", "WO-6", "Q", 1, 10}));
    EXPECT_EQ(plan.standby[1], (StandbyJob{"L1", 1, "WO-8", "WO-4", "Q", 1, 10}));
}

TEST(MaterialIssue, refusesBadInputNamingTheOption)
{
    KitShop shop;
    shop.wo("WO-1", "P", 10, 5);
    const std::vector<MaterialIssue> existing = {{"WO-1", "A", 4, kScheduleToday}};
    const auto firstPath = [&](const MaterialIssue& next) {
        const ValidationResult result = checkMaterialIssue(shop.model, existing, next);
        return result.ok() ? std::string("ok") : result.issues().front().path + ": " + result.issues().front().message;
    };
    EXPECT_EQ(firstPath({"WO-1", "A", 3, kScheduleToday}), "ok");
    EXPECT_EQ(firstPath({"WO-1", "A", -4, kScheduleToday}), "ok");
    EXPECT_EQ(firstPath({"WO-9", "A", 3, kScheduleToday}), "--order: unknown work order \"WO-9\"");
    EXPECT_EQ(firstPath({"WO-1", "ZZ", 3, kScheduleToday}), "--item: unknown item \"ZZ\"");
    EXPECT_EQ(firstPath({"WO-1", "Q", 3, kScheduleToday}), "--item: Q is not in the bill of materials of P (WO-1)");
    EXPECT_EQ(firstPath({"WO-1", "A", 0, kScheduleToday}), "--qty: the quantity must be above 0");
    EXPECT_EQ(firstPath({"WO-1", "A", 1, kScheduleToday + 1}), "--date: 2026-11-26 is after today (2026-11-25)");
    EXPECT_EQ(firstPath({"WO-1", "A", -5, kScheduleToday}), "--qty: cannot return 5 of A: only 4 were issued to WO-1");
}
