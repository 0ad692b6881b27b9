#include "core/FactoryModel.h"
#include "core/kpi/Kpi.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

const Date kToday = Date::fromYmd(2026, 11, 25);
const KpiPeriod kNovember{Date::fromYmd(2026, 11, 1), Date::fromYmd(2026, 11, 30)};

FactoryModel shop()
{
    FactoryModel model;
    model.settings.today = kToday;
    model.routings.push_back({"FRAME", {{10, "CUT", 0, 1}, {20, "WELD", 0, 1}}});
    model.workOrders.push_back({"WO-1", "FRAME", 20, Date::fromYmd(2026, 11, 20), 0});
    model.workOrders.push_back({"WO-2", "FRAME", 30, Date::fromYmd(2026, 11, 28), 0});
    model.workOrders.push_back({"WO-DEC", "FRAME", 50, Date::fromYmd(2026, 12, 5), 0});
    model.purchaseOrders.push_back({"PO-1", "TUBE", 100, Date::fromYmd(2026, 11, 10), "S"});
    model.salesOrders.push_back({"SO-1", "C", 1, {{"FRAME", 40, Date::fromYmd(2026, 11, 29)}}});
    return model;
}

CompletionReport report(const std::string& order, int seq, Date date, double good, double scrap = 0)
{
    return {order, seq, date, good, scrap, scrap > 0 ? "burr" : ""};
}

} // namespace

TEST(Kpi, planAchievementCountsGoodOnTheLastOperationOfOrdersDueInThePeriod)
{
    FactoryModel model = shop();
    const Date d = Date::fromYmd(2026, 11, 18);
    model.workOrders[0].completedQty = 15;
    const std::vector<CompletionReport> reports{
        report("WO-1", 10, d, 20), report("WO-1", 20, d, 15),          // 15 finished
        report("WO-2", 10, d, 30), report("WO-2", 20, d + 20, 30),     // finished after the period
        report("WO-DEC", 10, d, 10), report("WO-DEC", 20, d, 10)};     // due outside the period
    const KpiReport kpi = computeKpis(model, reports, kNovember);
    EXPECT_EQ(kpi.planAchievement.numerator, 15);
    EXPECT_EQ(kpi.planAchievement.denominator, 50);
    ASSERT_TRUE(kpi.planAchievement.value);
    EXPECT_DOUBLE_EQ(*kpi.planAchievement.value, 0.3);
}

TEST(Kpi, quantityImportedAsCompletedCountsAsAchieved)
{
    FactoryModel model = shop();
    model.workOrders[0].completedQty = 12; // 8 imported + 4 reported
    const Date d = Date::fromYmd(2026, 11, 18);
    const KpiReport kpi = computeKpis(model, {report("WO-1", 10, d, 4), report("WO-1", 20, d, 4)}, kNovember);
    EXPECT_EQ(kpi.planAchievement.numerator, 12);
}

TEST(Kpi, scrapRateOverReportsDatedInThePeriod)
{
    const Date d = Date::fromYmd(2026, 11, 18);
    const std::vector<CompletionReport> reports{report("WO-1", 10, d, 18, 2), report("WO-1", 20, d, 10, 0),
                                                report("WO-2", 10, d - 30, 5, 5)};
    const KpiReport kpi = computeKpis(shop(), reports, kNovember);
    EXPECT_EQ(kpi.scrapRate.numerator, 2);
    EXPECT_EQ(kpi.scrapRate.denominator, 30);
    EXPECT_DOUBLE_EQ(*kpi.scrapRate.value, 2.0 / 30);
}

TEST(Kpi, emptyDenominatorOrMissingDataIsNullWithANoteNotZero)
{
    const KpiReport kpi = computeKpis(shop(), {}, {Date::fromYmd(2027, 1, 1), Date::fromYmd(2027, 1, 31)});
    EXPECT_FALSE(kpi.planAchievement.value);
    EXPECT_EQ(kpi.planAchievement.note, "no work order is due in the period");
    EXPECT_FALSE(kpi.scrapRate.value);
    const KpiReport november = computeKpis(shop(), {}, kNovember);
    EXPECT_FALSE(november.deliveryAchievement.value);
    EXPECT_EQ(november.deliveryAchievement.denominator, 0);
    EXPECT_EQ(november.deliveryAchievement.note,
              "no shipment data is recorded; 1 sales order line(s) are due in the period");
    EXPECT_FALSE(november.onTimeDelivery.value);
    EXPECT_EQ(november.supplierOnTime.note, "no receipt data is recorded; 1 purchase order(s) are due in the period");
    ASSERT_TRUE(november.planAchievement.value);
    EXPECT_EQ(*november.planAchievement.value, 0.0);
}

TEST(Kpi, defaultPeriodRunsFromTheEarliestDataUpToToday)
{
    const FactoryModel model = shop();
    EXPECT_EQ(defaultKpiPeriod(model, {}, std::nullopt, std::nullopt),
              (KpiPeriod{Date::fromYmd(2026, 11, 10), kToday}));
    const Date early = Date::fromYmd(2026, 10, 2);
    EXPECT_EQ(defaultKpiPeriod(model, {report("WO-1", 10, early, 1)}, std::nullopt, std::nullopt).from, early);
    EXPECT_EQ(defaultKpiPeriod(model, {}, std::nullopt, Date::fromYmd(2026, 11, 1)),
              (KpiPeriod{Date::fromYmd(2026, 11, 1), Date::fromYmd(2026, 11, 1)}));
    EXPECT_EQ(defaultKpiPeriod(model, {}, early, std::nullopt), (KpiPeriod{early, kToday}));
}
