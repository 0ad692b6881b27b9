#include "core/FactoryModel.h"
#include "core/kpi/Kpi.h"
#include "core/kpi/SupplierPerformance.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

const Date kToday = Date::fromYmd(2026, 11, 25);
const DateRange kNovember{Date::fromYmd(2026, 11, 1), Date::fromYmd(2026, 11, 30)};
Date nov(int day) { return Date::fromYmd(2026, 11, day); }

FactoryModel shop()
{
    FactoryModel model;
    model.settings.today = kToday;
    model.calendar.setWorkdays({1, 2, 3, 4, 5});
    model.calendar.setShifts({{8 * 60, 12 * 60}});
    model.workCenters.push_back({"CUT", "下料", "W1", 1, 1.0, ""});
    model.workCenters.push_back({"WELD", "焊接", "W1", 1, 1.0, ""});
    model.routings.push_back({"FRAME", {{10, "CUT", 0, 1}, {20, "WELD", 0, 1}}});
    model.workOrders.push_back({"WO-1", "FRAME", 20, nov(20), 0});
    model.workOrders.push_back({"WO-2", "FRAME", 30, nov(28), 0});
    model.workOrders.push_back({"WO-DEC", "FRAME", 50, Date::fromYmd(2026, 12, 5), 0});
    model.purchaseOrders.push_back({"PO-1", "TUBE", 100, nov(10), "S"});
    model.salesOrders.push_back({"SO-1", "C", 1, {{"FRAME", 40, nov(29)}}});
    return model;
}

CompletionReport report(const std::string& order, int seq, Date date, double good, double scrap = 0)
{
    return {order, seq, date, good, scrap, scrap > 0 ? "burr" : ""};
}

KpiHistory withReports(std::vector<CompletionReport> reports)
{
    KpiHistory history;
    history.reports = std::move(reports);
    return history;
}

PurchaseReceipt receipt(const std::string& po, Date date, double qty, double rejected = 0)
{
    PurchaseReceipt r;
    r.purchaseOrder = po;
    r.date = date;
    r.qty = qty;
    r.inspected = true;
    r.acceptedQty = qty - rejected;
    r.rejectedQty = rejected;
    r.disposition = rejected > 0 ? Disposition::Return : Disposition::None;
    return r;
}

} // namespace

TEST(Kpi, planAchievementCountsGoodOnTheLastOperationOfOrdersDueInThePeriod)
{
    FactoryModel model = shop();
    const Date d = nov(18);
    model.workOrders[0].completedQty = 15;
    const KpiHistory history = withReports({
        report("WO-1", 10, d, 20), report("WO-1", 20, d, 15),          // 15 finished
        report("WO-2", 10, d, 30), report("WO-2", 20, d + 20, 30),     // finished after the period
        report("WO-DEC", 10, d, 10), report("WO-DEC", 20, d, 10)});    // due outside the period
    const KpiReport kpi = computeKpis(model, history, kNovember);
    EXPECT_EQ(kpi.planAchievement.numerator, 15);
    EXPECT_EQ(kpi.planAchievement.denominator, 50);
    ASSERT_TRUE(kpi.planAchievement.value);
    EXPECT_DOUBLE_EQ(*kpi.planAchievement.value, 0.3);
    // Neither order due in November was finished by its end.
    EXPECT_EQ(kpi.workOrderCloseRate.numerator, 0);
    EXPECT_EQ(kpi.workOrderCloseRate.denominator, 2);
}

TEST(Kpi, workOrderCloseRateCountsOrdersFinishedByThePeriodsEnd)
{
    FactoryModel model = shop();
    model.workOrders[0].completedQty = 20;
    model.workOrders[1].completedQty = 30;
    const KpiHistory history = withReports({report("WO-1", 10, nov(17), 20), report("WO-1", 20, nov(18), 20),
                                            report("WO-2", 10, nov(27), 30),
                                            report("WO-2", 20, Date::fromYmd(2026, 12, 8), 30)});
    const KpiReport kpi = computeKpis(model, history, kNovember);
    EXPECT_EQ(kpi.workOrderCloseRate.numerator, 1);
    EXPECT_EQ(kpi.workOrderCloseRate.denominator, 2);
    EXPECT_DOUBLE_EQ(*kpi.workOrderCloseRate.value, 0.5);
}

TEST(Kpi, quantityImportedAsCompletedCountsAsAchieved)
{
    FactoryModel model = shop();
    model.workOrders[0].completedQty = 12; // 8 imported + 4 reported
    const Date d = nov(18);
    const KpiReport kpi = computeKpis(model, withReports({report("WO-1", 10, d, 4), report("WO-1", 20, d, 4)}), kNovember);
    EXPECT_EQ(kpi.planAchievement.numerator, 12);
}

TEST(Kpi, scrapRateOverReportsDatedInThePeriod)
{
    const Date d = nov(18);
    const KpiHistory history = withReports({report("WO-1", 10, d, 18, 2), report("WO-1", 20, d, 10, 0),
                                            report("WO-2", 10, d - 30, 5, 5)});
    const KpiReport kpi = computeKpis(shop(), history, kNovember);
    EXPECT_EQ(kpi.scrapRate.numerator, 2);
    EXPECT_EQ(kpi.scrapRate.denominator, 30);
    EXPECT_DOUBLE_EQ(*kpi.scrapRate.value, 2.0 / 30);
}

TEST(Kpi, deliveryAchievementAndOnTimeDeliveryFromShipments)
{
    FactoryModel model = shop();
    // SO-1: 40 due 11-29, 25 shipped 11-27 and 15 on 12-02: 25 delivered in November, late.
    model.salesOrders[0].lines[0].shipments = {{"DN-1", nov(27), 25}, {"DN-2", Date::fromYmd(2026, 12, 2), 15}};
    // SO-2: 10 due 11-15, shipped in full the day before.
    model.salesOrders.push_back({"SO-2", "D", 2, {{"FRAME", 10, nov(15), std::nullopt, {{"DN-3", nov(14), 10}}}}});
    // A draft is no commitment yet.
    SalesOrder draft{"SO-3", "E", 3, {{"FRAME", 100, nov(20)}}};
    draft.status = SalesOrderStatus::Draft;
    model.salesOrders.push_back(draft);
    const KpiReport kpi = computeKpis(model, {}, kNovember);
    EXPECT_EQ(kpi.deliveryAchievement.numerator, 35);
    EXPECT_EQ(kpi.deliveryAchievement.denominator, 50);
    EXPECT_DOUBLE_EQ(*kpi.deliveryAchievement.value, 0.7);
    EXPECT_EQ(kpi.onTimeDelivery.numerator, 1);
    EXPECT_EQ(kpi.onTimeDelivery.denominator, 2);
}

TEST(Kpi, aCancelledOrderWasOnlyWantedAsFarAsItShipped)
{
    FactoryModel model = shop();
    model.salesOrders[0].status = SalesOrderStatus::Cancelled;
    model.salesOrders[0].lines[0].shipments = {{"", nov(20), 10}};
    const KpiReport kpi = computeKpis(model, {}, kNovember);
    EXPECT_EQ(kpi.deliveryAchievement.denominator, 10);
    EXPECT_DOUBLE_EQ(*kpi.deliveryAchievement.value, 1.0);
    EXPECT_EQ(kpi.onTimeDelivery.numerator, 1);
}

TEST(Kpi, thePromisedDateIsTheDateALineIsDueOn)
{
    FactoryModel model = shop();
    model.salesOrders[0].lines[0].promised = Date::fromYmd(2026, 12, 3);
    model.salesOrders[0].lines[0].shipments = {{"", Date::fromYmd(2026, 12, 2), 40}};
    EXPECT_EQ(computeKpis(model, {}, kNovember).onTimeDelivery.denominator, 0);
    const KpiReport december = computeKpis(model, {}, {Date::fromYmd(2026, 12, 1), Date::fromYmd(2026, 12, 31)});
    EXPECT_EQ(december.onTimeDelivery.numerator, 1);
    EXPECT_EQ(december.onTimeDelivery.denominator, 1);
}

TEST(Kpi, supplierOnTimeCountsOrdersDeliveredInFullByTheirDue)
{
    FactoryModel model = shop();
    model.purchaseOrders.push_back({"PO-2", "TUBE", 50, nov(20), "T"});
    model.purchaseOrders.push_back({"PO-3", "TUBE", 30, nov(25), "S", 30}); // received before receipts were kept
    KpiHistory history;
    history.receipts = {receipt("PO-1", nov(8), 60), receipt("PO-1", nov(12), 40), // the rest two days late
                        receipt("PO-2", nov(19), 50, 5)};                            // 5 rejected: short by its due
    const KpiReport kpi = computeKpis(model, history, kNovember);
    EXPECT_EQ(kpi.supplierOnTime.numerator, 1);
    EXPECT_EQ(kpi.supplierOnTime.denominator, 3);

    const std::vector<SupplierMonth> bySupplier = supplierPerformance(model, history.receipts, kNovember);
    ASSERT_EQ(bySupplier.size(), 2u);
    EXPECT_EQ(bySupplier[0].supplier, "S");
    EXPECT_EQ(bySupplier[0].month, "2026-11");
    EXPECT_EQ(bySupplier[0].due, 2);
    EXPECT_EQ(bySupplier[0].onTime, 1);
    EXPECT_EQ(bySupplier[0].lateOrders, std::vector<std::string>{"PO-1"});
    EXPECT_EQ(bySupplier[1].supplier, "T");
    EXPECT_DOUBLE_EQ(bySupplier[1].rate(), 0.0);
}

TEST(Kpi, aLotStillOnInspectionCountsAsDelivered)
{
    FactoryModel model = shop();
    PurchaseReceipt pending = receipt("PO-1", nov(9), 100);
    pending.inspected = false;
    pending.acceptedQty = 0;
    KpiHistory history;
    history.receipts = {pending};
    EXPECT_EQ(computeKpis(model, history, kNovember).supplierOnTime.numerator, 1);
}

TEST(Kpi, efficiencyUtilisationAndMaterialIdleFromReportedHours)
{
    FactoryModel model = shop();
    model.routings[0].operations[0].setupMinutes = 10;
    const DateRange week{nov(16), nov(20)}; // Monday to Friday: 5 × 4 h on each of 2 work centers = 40 h
    KpiHistory history = withReports({report("WO-1", 10, nov(17), 20), report("WO-1", 20, nov(18), 10)});
    history.reports[0].labourHours = 0.5;   // 20 units × 1 min + 10 min setup = 30 min earned in 30 min
    history.reports[1].labourHours = 0.25;  // 10 min earned in 15 min
    history.abnormalHours = {{nov(18), "WELD", "WO-1", AbnormalCause::Material, 0.15, "采购", ""},
                             {nov(18), "CUT", "", AbnormalCause::Equipment, 0.3, "设备", ""},
                             {nov(23), "CUT", "", AbnormalCause::Material, 5, "", ""}}; // outside the week
    const KpiReport kpi = computeKpis(model, history, week);
    EXPECT_DOUBLE_EQ(kpi.labourEfficiency.numerator, 40.0 / 60);
    EXPECT_DOUBLE_EQ(kpi.labourEfficiency.denominator, 0.75);
    EXPECT_NEAR(*kpi.labourEfficiency.value, 0.8889, 1e-4);
    EXPECT_DOUBLE_EQ(kpi.capacityUtilisation.denominator, 40);
    EXPECT_NEAR(*kpi.capacityUtilisation.value, (40.0 / 60) / 40, 1e-12);
    EXPECT_DOUBLE_EQ(kpi.materialIdleRate.numerator, 0.15);
    EXPECT_NEAR(*kpi.materialIdleRate.value, 0.2, 1e-12);
    EXPECT_NEAR(kpi.abnormalHours, 0.45, 1e-12);
}

TEST(Kpi, materialTurnoverIsIssuedValueOverStockValue)
{
    FactoryModel model = shop();
    Item tube;
    tube.code = "TUBE";
    tube.unitCost = 2;
    model.items.push_back(tube);
    model.inventory.push_back({"TUBE", 80, 20});
    KpiHistory history;
    history.issues = {{"WO-1", "TUBE", 60, nov(10), ""}, {"WO-1", "TUBE", -10, nov(11), ""},
                      {"WO-2", "TUBE", 500, Date::fromYmd(2026, 10, 1), ""}};
    const KpiReport kpi = computeKpis(model, history, kNovember);
    EXPECT_DOUBLE_EQ(kpi.materialTurnover.numerator, 100);
    EXPECT_DOUBLE_EQ(kpi.materialTurnover.denominator, 200);
    EXPECT_DOUBLE_EQ(*kpi.materialTurnover.value, 0.5);
    EXPECT_EQ(computeKpis(shop(), history, kNovember).materialTurnover.note, "no item has a unit cost");
}

TEST(Kpi, emptyDenominatorIsNullWithANoteNotZero)
{
    const KpiReport kpi = computeKpis(shop(), {}, {Date::fromYmd(2027, 1, 1), Date::fromYmd(2027, 1, 31)});
    EXPECT_FALSE(kpi.planAchievement.value);
    EXPECT_EQ(kpi.planAchievement.note, "no work order is due in the period");
    EXPECT_FALSE(kpi.scrapRate.value);
    EXPECT_FALSE(kpi.deliveryAchievement.value);
    EXPECT_EQ(kpi.deliveryAchievement.note, "no sales order line is due in the period");
    EXPECT_FALSE(kpi.supplierOnTime.value);
    EXPECT_FALSE(kpi.dailyPlanAchievement.value);
    EXPECT_FALSE(kpi.labourEfficiency.value);
    // Data that is due but did not happen is a real 0, not a missing value.
    const KpiReport november = computeKpis(shop(), {}, kNovember);
    ASSERT_TRUE(november.deliveryAchievement.value);
    EXPECT_EQ(*november.deliveryAchievement.value, 0.0);
    ASSERT_TRUE(november.supplierOnTime.value);
    EXPECT_EQ(*november.supplierOnTime.value, 0.0);
    ASSERT_TRUE(november.planAchievement.value);
    EXPECT_EQ(*november.planAchievement.value, 0.0);
}

TEST(Kpi, monthsOfCutsThePeriodAtMonthEnds)
{
    const std::vector<DateRange> months = monthsOf({nov(3), Date::fromYmd(2027, 1, 10)});
    ASSERT_EQ(months.size(), 3u);
    EXPECT_EQ(months[0], (DateRange{nov(3), nov(30)}));
    EXPECT_EQ(months[1], (DateRange{Date::fromYmd(2026, 12, 1), Date::fromYmd(2026, 12, 31)}));
    EXPECT_EQ(months[2], (DateRange{Date::fromYmd(2027, 1, 1), Date::fromYmd(2027, 1, 10)}));
    EXPECT_EQ(monthKey(months[2].to), "2027-01");
}

TEST(Kpi, defaultPeriodRunsFromTheEarliestDataUpToToday)
{
    const FactoryModel model = shop();
    EXPECT_EQ(defaultKpiPeriod(model, {}, std::nullopt, std::nullopt), (DateRange{nov(10), kToday}));
    const Date early = Date::fromYmd(2026, 10, 2);
    EXPECT_EQ(defaultKpiPeriod(model, {report("WO-1", 10, early, 1)}, std::nullopt, std::nullopt).from, early);
    EXPECT_EQ(defaultKpiPeriod(model, {}, std::nullopt, nov(1)), (DateRange{nov(1), nov(1)}));
    EXPECT_EQ(defaultKpiPeriod(model, {}, early, std::nullopt), (DateRange{early, kToday}));
}
